/**
 * The Quantitative Data sheet: yearly values of the quantitative indicators, their moving
 * averages, the worst and best thresholds from the smoothed history, the latest value and its
 * score. Add-in style: one SCORE.SMOOTH array formula and one SCORE.QUANT per series (they share
 * the smoothing, so each series is evaluated once).
 */
import { indicators } from "../model";
import { scoreRange } from "../layout";
import { dataKey, resultKey } from "../keys";
import { FORMATS, addr, rangeOf, sheetRef } from "../spec";
import { BuildContext, quoted } from "./context";

export function buildQuantSheet(ctx: BuildContext): void {
  const s = ctx.settings;
  const sh = ctx.sheet("quant", true);
  const years = s.years;
  const n = s.window;
  const { low, high } = scoreRange(s);
  const native = s.style === "native";
  sh.put(0, 0, { value: "Quantitative indicators", style: "title" });
  const Y = 4; // first year column
  const SM = Y + years.length + 1; // first smoothed column
  const T = SM + years.length; // thresholds: worst, best, latest, score
  ["Id", "Indicator", "Unit", "Direction"].forEach((h, c) =>
    sh.put(3, c, { value: h, style: "header" })
  );
  years.forEach((y, t) => {
    sh.put(3, Y + t, { value: y, style: "header" });
    sh.put(3, SM + t, { value: y, style: "header" });
  });
  sh.put(2, Y, { value: "Data", style: "subtitle" });
  sh.put(2, SM, { value: `Smoothed (${n}-year moving average)`, style: "subtitle" });
  ["Worst", "Best", "Latest", "Score"].forEach((h, i) =>
    sh.put(3, T + i, { value: h, style: "header" })
  );
  const quant = indicators(ctx.model).filter((x) => x.type === "quantitative");
  quant.forEach((node, i) => {
    const r = 4 + i;
    sh.put(r, 0, { value: node.id });
    sh.put(r, 1, { value: node.name, style: node.example ? "example" : "label" });
    sh.put(r, 2, { value: node.unit });
    sh.put(r, 3, { value: node.direction });
    years.forEach((y, t) => sh.input(r, Y + t, dataKey(node.id, y)));
    const data = rangeOf(r, Y, r, Y + years.length - 1, true);
    ctx.quantDataRef.set(node.id, `${sheetRef(sh.name)}${data}`);
    const smooth = rangeOf(r, SM, r, SM + years.length - 1, true);
    if (native) {
      years.forEach((y, t) => {
        if (t < n - 1) {
          sh.put(r, SM + t, { value: null, style: "formula" });
          return;
        }
        const win = rangeOf(r, Y + t - n + 1, r, Y + t);
        sh.result(r, SM + t, resultKey.smoothed(node.id, y), {
          formula: `=IF(COUNT(${win})=${n},AVERAGE(${win}),"")`,
          style: "formula",
          numFmt: FORMATS.data,
        });
      });
    } else {
      sh.array(
        r,
        SM,
        1,
        years.length,
        {
          formula: `=IFERROR(SCORE.SMOOTH(${data},${n}),"")`,
          style: "formula",
          numFmt: FORMATS.data,
        },
        (_, t) => (t < n - 1 ? undefined : resultKey.smoothed(node.id, years[t]))
      );
    }
    const [lo, hi] = node.direction === "cost" ? ["MAX", "MIN"] : ["MIN", "MAX"];
    sh.put(r, T, {
      formula: `=IF(COUNT(${smooth})=0,"",${lo}(${smooth}))`,
      style: "formula",
      numFmt: FORMATS.data,
    });
    sh.put(r, T + 1, {
      formula: `=IF(COUNT(${smooth})=0,"",${hi}(${smooth}))`,
      style: "formula",
      numFmt: FORMATS.data,
    });
    sh.put(r, T + 2, {
      formula: `=IFERROR(LOOKUP(9.99E+307,${smooth}),"")`,
      style: "formula",
      numFmt: FORMATS.data,
    });
    const [w, b, l] = [addr(r, T), addr(r, T + 1), addr(r, T + 2)];
    const score = native
      ? `=IF(OR(${w}="",${b}="",${l}=""),"",IF(${w}=${b},"",${low}+(${high}-${low})*MAX(0,MIN(1,(${l}-${w})/(${b}-${w})))))`
      : `=IFERROR(SCORE.QUANT(${data},${n},${quoted(node.direction.toUpperCase())},${low},${high}),"")`;
    sh.result(r, T + 3, resultKey.quantScore(node.id), {
      formula: score,
      style: "result",
      numFmt: FORMATS.score,
    });
    ctx.quantScoreRef.set(node.id, sh.ref(r, T + 3));
  });
  if (quant.length === 0) sh.put(4, 0, { value: "No quantitative indicators.", style: "note" });
  const unitWidth = Math.max(18, ...quant.map((x) => [...x.unit].length + 2));
  Object.assign(sh.spec.columnWidths, { A: 8, B: 40, C: Math.min(40, unitWidth), D: 10 });
  sh.note(
    1,
    `Enter yearly values in the yellow cells. Each series is smoothed by a ${n}-year moving average; the worst and best thresholds come from the smoothed history (min/max for benefit, max/min for cost) and the latest smoothed value is scored from ${low} to ${high}.`,
    T + 3
  );
  sh.page({ freeze: { rows: 4, columns: 2 }, landscape: true, titleRows: { first: 2, last: 3 } });
}
