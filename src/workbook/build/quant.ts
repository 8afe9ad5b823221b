/**
 * The Quantitative Data sheet: yearly values of the quantitative indicators, their moving
 * averages, the worst and best thresholds from the smoothed history, the latest value and its
 * score. Add-in style: one SCORE.SMOOTH array formula and one SCORE.QUANT per series (they share
 * the smoothing, so each series is evaluated once).
 */
import { IndicatorNode, indicators, thresholdsOf } from "../model";
import { scoreRange } from "../layout";
import { dataKey, forUnit, resultKey, thresholdKey } from "../keys";
import { FORMATS, addr, rangeOf, sheetRef, textWidth } from "../spec";
import { BuildContext, quoted } from "./context";

export function buildQuantSheet(ctx: BuildContext): void {
  const s = ctx.settings;
  const sh = ctx.sheet("quant", true);
  const years = s.years;
  const n = s.window;
  const { low, high } = scoreRange(s);
  const native = s.style === "native";
  const t = ctx.t;
  sh.put(0, 0, { value: t.quant.title, style: "title" });
  const Y = 4; // first year column
  const SM = Y + years.length + 1; // first smoothed column
  const T = SM + years.length; // thresholds: worst, best, latest, score
  [t.common.id, t.common.indicator, t.index.headers[7], t.common.direction].forEach((h, c) =>
    sh.put(3, c, { value: h, style: "header" })
  );
  years.forEach((y, k) => {
    sh.put(3, Y + k, { value: y, style: "header" });
    sh.put(3, SM + k, { value: y, style: "header" });
  });
  sh.put(2, Y, { value: t.quant.data, style: "subtitle" });
  sh.put(2, SM, { value: t.quant.smoothed(n), style: "subtitle" });
  t.quant.bounds.forEach((h, i) => sh.put(3, T + i, { value: h, style: "header" }));
  const quant = indicators(ctx.model).filter((x) => x.type === "quantitative");
  const mode = thresholdsOf(s);
  // With several units or typed thresholds, the rows come in blocks, each under a heading.
  const headed = ctx.several || mode === "typed";
  let r = 4;
  const labels = (row: number, node: IndicatorNode) => {
    sh.put(row, 0, { value: node.id });
    sh.put(row, 1, { value: node.name, style: node.example ? "example" : "label" });
    sh.put(row, 2, { value: node.unit });
    sh.put(row, 3, { value: t.common[node.direction] });
  };
  const typed = new Map<string, { worst: string; best: string }>();
  if (mode === "typed" && quant.length > 0) {
    sh.put(r++, 0, {
      value: t.quant.typedHeading(ctx.several),
      style: "subtitle",
    });
    for (const node of quant) {
      labels(r, node);
      sh.input(r, T, thresholdKey(node.id, "worst"));
      sh.input(r, T + 1, thresholdKey(node.id, "best"));
      typed.set(node.id, { worst: addr(r, T, true), best: addr(r, T + 1, true) });
      r++;
    }
  }
  const blocks = (quant.length > 0 ? ctx.units : []).map((unit) => {
    let heading: number | null = null;
    if (headed) {
      if (r > 4) r++;
      heading = r++;
    }
    const first = r;
    r += quant.length;
    return { unit, heading, first };
  });
  const smoothOf = (k: number, i: number) =>
    rangeOf(blocks[k].first + i, SM, blocks[k].first + i, SM + years.length - 1, true);
  for (const { unit, heading, first } of blocks) {
    if (heading !== null) {
      sh.put(heading, 0, { value: ctx.several ? unit.name : t.quant.data, style: "subtitle" });
      unit.quantAt = sh.ref(heading, 0);
    }
    quant.forEach((node, i) => {
      const r = first + i;
      labels(r, node);
      years.forEach((y, t) => sh.input(r, Y + t, dataKey(node.id, y, unit.key)));
      const data = rangeOf(r, Y, r, Y + years.length - 1, true);
      unit.quantDataRef.set(node.id, `${sheetRef(sh.name)}${data}`);
      const smooth = rangeOf(r, SM, r, SM + years.length - 1, true);
      if (native) {
        years.forEach((y, t) => {
          if (t < n - 1) {
            sh.put(r, SM + t, { value: null, style: "formula" });
            return;
          }
          const win = rangeOf(r, Y + t - n + 1, r, Y + t);
          sh.result(r, SM + t, forUnit(resultKey.smoothed(node.id, y), unit.key), {
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
          (_, t) =>
            t < n - 1 ? undefined : forUnit(resultKey.smoothed(node.id, years[t]), unit.key)
        );
      }
      const [lo, hi] = node.direction === "cost" ? ["MAX", "MIN"] : ["MIN", "MAX"];
      const pooled = mode === "units" ? blocks.map((_, k) => smoothOf(k, i)).join(",") : smooth;
      const bound = (f: string, end: "worst" | "best") => {
        const t = typed.get(node.id);
        if (t) return `=IF(ISNUMBER(${t[end]}),${t[end]},"")`;
        return `=IF(COUNT(${pooled})=0,"",${f}(${pooled}))`;
      };
      sh.put(r, T, { formula: bound(lo, "worst"), style: "formula", numFmt: FORMATS.data });
      sh.put(r, T + 1, { formula: bound(hi, "best"), style: "formula", numFmt: FORMATS.data });
      sh.put(r, T + 2, {
        formula: `=IFERROR(LOOKUP(9.99E+307,${smooth}),"")`,
        style: "formula",
        numFmt: FORMATS.data,
      });
      const [w, b, l] = [addr(r, T), addr(r, T + 1), addr(r, T + 2)];
      const score = native
        ? `=IF(OR(${w}="",${b}="",${l}=""),"",IF(${w}=${b},"",${low}+(${high}-${low})*MAX(0,MIN(1,(${l}-${w})/(${b}-${w})))))`
        : mode === "own"
          ? `=IFERROR(SCORE.QUANT(${data},${n},${quoted(node.direction.toUpperCase())},${low},${high}),"")`
          : `=IFERROR(SCORE.THRESHOLD(${l},${w},${b},${low},${high}),"")`;
      sh.result(r, T + 3, forUnit(resultKey.quantScore(node.id), unit.key), {
        formula: score,
        style: "result",
        numFmt: FORMATS.score,
      });
      unit.quantScoreRef.set(node.id, sh.ref(r, T + 3));
    });
  }
  if (quant.length === 0) sh.put(4, 0, { value: t.common.noQuantitative, style: "note" });
  const unitWidth = Math.max(18, ...quant.map((x) => textWidth(x.unit) + 2));
  Object.assign(sh.spec.columnWidths, { A: 8, B: 40, C: Math.min(40, unitWidth), D: 10 });
  sh.note(1, t.quant.note(n, t.quant.thresholds[mode](ctx.several), low, high, ctx.several), T + 3);
  sh.page({ freeze: { rows: 4, columns: 2 }, landscape: true, titleRows: { first: 2, last: 3 } });
}
