/**
 * The Efficiency sheet (setting `efficiency`): the paper's input-output method as DEA over the
 * evaluated units. The last year's inputs, outputs and undesirable outputs of each unit (from
 * the Quantitative Data sheet); CRS, VRS and scale efficiency with the returns to scale
 * (DEA.SCALE) and Tone's SBM with the undesirable outputs (DEA.SBM); with two years or more the
 * Malmquist index and its parts per unit and pair of years (DEA.MALMQUIST) and their geometric
 * means; charts. Native style: DEA needs linear programs, which built-in functions cannot
 * solve, so the scores are values computed when the workbook is built (src/workbook/efficiency.ts).
 */
import { efficiencyKey, efficiencyMeasures, efficiencyValues } from "../efficiency";
import type { IndicatorNode } from "../model";
import { FORMATS, addr, colName, parseAddr, rangeOf, textWidth } from "../spec";
import type { CellValue } from "../spec";
import { BuildContext, SheetBuilder } from "./context";

export function buildEfficiencySheet(ctx: BuildContext): void {
  const s = ctx.settings;
  const sh = ctx.sheet("efficiency", true);
  const native = s.style === "native";
  const m = efficiencyMeasures(ctx.model);
  const t = ctx.t.efficiency;
  sh.put(0, 0, { value: t.title, style: "title" });
  sh.spec.columnWidths.A = Math.min(
    40,
    Math.max(16, ...ctx.units.map((u) => textWidth(u.name) + 2))
  );
  if (m.problem) {
    sh.note(1, m.problem, 6);
    sh.page({ freeze: { rows: 1, columns: 1 }, landscape: true });
    return;
  }
  const values = native ? efficiencyValues(ctx.model, ctx.inputs) : new Map<string, CellValue>();
  const years = s.years;
  const last = years[years.length - 1];
  const measures: IndicatorNode[] = [...m.inputs, ...m.outputs, ...m.undesirable];
  const n = ctx.units.length;
  // A. The last year's data and the scores.
  sh.put(3, 0, { value: t.inYear(last), style: "subtitle" });
  const head = 4;
  sh.put(head, 0, { value: ctx.t.common.unit, style: "header" });
  const kind = (node: IndicatorNode) =>
    m.inputs.includes(node)
      ? t.kinds.input
      : m.outputs.includes(node)
        ? t.kinds.output
        : t.kinds.undesirable;
  measures.forEach((node, c) => {
    sh.put(head, 1 + c, { value: t.measure(node.name, kind(node)), style: "header" });
    sh.spec.columnWidths[colName(1 + c)] = 14;
  });
  const first = head + 1;
  ctx.units.forEach((u, j) => {
    sh.put(first + j, 0, { value: u.name, style: "label" });
    measures.forEach((node, c) => {
      const cell = yearCell(u.quantDataRef.get(node.id) as string, ctx.settings.years.length - 1);
      sh.put(first + j, 1 + c, {
        formula: `=IF(ISNUMBER(${cell}),${cell},"")`,
        style: "formula",
        numFmt: FORMATS.data,
      });
    });
  });
  const lastRow = first + n - 1;
  const cols = (from: number, count: number) =>
    rangeOf(first, from, lastRow, from + count - 1, true);
  const inputs = cols(1, m.inputs.length);
  const outputs = cols(1 + m.inputs.length, m.outputs.length);
  const bad =
    m.undesirable.length > 0
      ? cols(1 + m.inputs.length + m.outputs.length, m.undesirable.length)
      : null;
  const S = 1 + measures.length + 1; // first score column
  const scoreNames = ["crs", "vrs", "scale", "returns"];
  scoreNames.forEach((_, c) => (sh.spec.columnWidths[colName(S + c)] = 10));
  sh.spec.columnWidths[colName(S + 4)] = 10;
  if (native) {
    t.scores.forEach((h, c) => sh.put(head, S + c, { value: h, style: "header" }));
    ctx.units.forEach((u, j) =>
      scoreNames.forEach((what, c) => {
        const key = efficiencyKey.score(what, u.name);
        sh.result(first + j, S + c, key, {
          value: values.get(key) ?? "",
          style: "result",
          numFmt: what === "returns" ? undefined : FORMATS.weight,
        });
      })
    );
  } else {
    sh.array(
      head,
      S,
      n + 1,
      4,
      { formula: `=DEA.SCALE(${inputs},${outputs})`, style: "result", numFmt: FORMATS.weight },
      (i, c) => (i === 0 ? undefined : efficiencyKey.score(scoreNames[c], ctx.units[i - 1].name))
    );
  }
  sh.put(head, S + 4, { value: "SBM", style: "header" });
  if (native) {
    ctx.units.forEach((u, j) => {
      const key = efficiencyKey.score("sbm", u.name);
      sh.result(first + j, S + 4, key, {
        value: values.get(key) ?? "",
        style: "result",
        numFmt: FORMATS.weight,
      });
    });
  } else {
    sh.array(
      first,
      S + 4,
      n,
      1,
      {
        formula: `=DEA.SBM(${inputs},${outputs},"CRS"${bad ? `,${bad}` : ""})`,
        style: "result",
        numFmt: FORMATS.weight,
      },
      (i) => efficiencyKey.score("sbm", ctx.units[i].name)
    );
  }
  // Slacks and targets (CRS, input-oriented): inputs, then outputs.
  const T = S + 6;
  const both = [...m.inputs, ...m.outputs];
  (["slack", "target"] as const).forEach((what, b) => {
    const c0 = T + b * (both.length + 1);
    both.forEach((node, c) => {
      sh.put(head, c0 + c, {
        value: what === "slack" ? t.slack(node.name) : t.target(node.name),
        style: "header",
      });
      sh.spec.columnWidths[colName(c0 + c)] = 13;
    });
    if (native)
      ctx.units.forEach((u, j) =>
        both.forEach((_, c) => {
          const key = efficiencyKey.measure(what, c, u.name);
          sh.result(first + j, c0 + c, key, {
            value: values.get(key) ?? "",
            style: "result",
            numFmt: FORMATS.data,
          });
        })
      );
    else
      sh.array(
        first,
        c0,
        n,
        both.length,
        {
          formula: `=${what === "slack" ? "DEA.SLACKS" : "DEA.TARGETS"}(${inputs},${outputs})`,
          style: "result",
          numFmt: FORMATS.data,
        },
        (j, c) => efficiencyKey.measure(what, c, ctx.units[j].name)
      );
  });
  sh.put(head - 1, T, {
    value: t.slacks,
    style: "subtitle",
  });
  ctx.units.forEach((u, j) => ctx.deaScoreRef.set(u.name, sh.ref(first + j, S)));
  const units = rangeOf(first, 0, lastRow, 0, true);
  sh.spec.charts.push({
    kind: "column",
    title: t.chart(last),
    categories: units,
    series: [
      { name: "CRS", values: rangeOf(first, S, lastRow, S, true) },
      { name: "VRS", values: rangeOf(first, S + 1, lastRow, S + 1, true) },
      { name: "SBM", values: rangeOf(first, S + 4, lastRow, S + 4, true) },
    ],
    axisFormat: "0.00",
    anchor: addr(lastRow + 2, 0),
    width: 6,
    height: 14,
  });
  if (years.length >= 2)
    malmquistTable(ctx, sh, lastRow + 17, measures, m.inputs.length, m.outputs.length, values);
  const few = n < 3 * (m.inputs.length + m.outputs.length + m.undesirable.length);
  sh.note(
    1,
    t.note(
      m.inputs.map((x) => x.name).join(t.listJoin),
      m.outputs.map((x) => x.name).join(t.listJoin),
      m.undesirable.map((x) => x.name).join(t.listJoin),
      native,
      few ? { units: n, measures: measures.length } : null
    ),
    S + 4
  );
  sh.page({
    freeze: { rows: head + 1, columns: 1 },
    landscape: true,
    titleRows: { first: head, last: head },
  });
}

/**
 * B. The Malmquist index per unit and pair of consecutive years (CRS, Färe et al. 1994) from
 * the data stacked by year (hidden helper columns), and the geometric means per pair, with a
 * chart.
 */
function malmquistTable(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  measures: IndicatorNode[],
  m: number,
  s: number,
  values: Map<string, CellValue>
): void {
  const native = ctx.settings.style === "native";
  const years = ctx.settings.years;
  const n = ctx.units.length;
  const tx = ctx.t.efficiency;
  sh.put(top, 0, { value: tx.malmquist, style: "subtitle" });
  const head = top + 1;
  // The stacked data: year, unit, inputs, outputs, one row per year and unit (hidden helpers).
  const H = 8 + measures.length; // first helper column, right of the tables
  const stackTop = head + 1;
  years.forEach((y, t) =>
    ctx.units.forEach((u, j) => {
      const row = stackTop + t * n + j;
      sh.put(row, H, { value: y });
      sh.put(row, H + 1, { value: u.name });
      measures.slice(0, m + s).forEach((node, c) => {
        const cell = yearCell(u.quantDataRef.get(node.id) as string, t);
        sh.put(row, H + 2 + c, {
          formula: `=IF(ISNUMBER(${cell}),${cell},"")`,
          numFmt: FORMATS.data,
        });
      });
    })
  );
  const stackBottom = stackTop + years.length * n - 1;
  sh.helpers(H, H + 1 + m + s);
  const rows = (years.length - 1) * n;
  const keys = ["mi", "ec", "tc"];
  if (native) {
    tx.malmquistHeaders.forEach((h, c) => sh.put(head, c, { value: h, style: "header" }));
    for (let t = 0; t + 1 < years.length; t++)
      ctx.units.forEach((u, j) => {
        const row = head + 1 + t * n + j;
        sh.put(row, 0, { value: `${years[t]}-${years[t + 1]}` });
        sh.put(row, 1, { value: u.name });
        keys.forEach((k, c) => {
          const key = efficiencyKey.malmquist(k, years[t], u.name);
          sh.result(row, 2 + c, key, {
            value: values.get(key) ?? "",
            style: "result",
            numFmt: FORMATS.aggregate,
          });
        });
      });
  } else {
    const stack = (c: number, count: number) =>
      rangeOf(stackTop, c, stackBottom, c + count - 1, true);
    sh.array(
      head,
      0,
      rows + 1,
      5,
      {
        formula: `=DEA.MALMQUIST(${stack(H + 2, m)},${stack(H + 2 + m, s)},${stack(H, 1)},${rangeOf(stackTop, H + 1, stackTop + n - 1, H + 1, true)})`,
        style: "result",
        numFmt: FORMATS.aggregate,
      },
      (i, c) => {
        if (i === 0 || c < 2) return undefined;
        const t = Math.floor((i - 1) / n);
        return efficiencyKey.malmquist(keys[c - 2], years[t], ctx.units[(i - 1) % n].name);
      }
    );
  }
  // Geometric means over the units, per pair of years.
  let r = head + rows + 2;
  sh.put(r++, 0, { value: tx.mean, style: "subtitle" });
  tx.meanHeaders.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  const meanTop = r;
  for (let t = 0; t + 1 < years.length; t++, r++) {
    sh.put(r, 0, { value: `${years[t]}-${years[t + 1]}`, style: "label" });
    for (let c = 0; c < 3; c++) {
      const range = rangeOf(head + 1 + t * n, 2 + c, head + t * n + n, 2 + c);
      sh.put(r, 1 + c, {
        formula: `=IFERROR(GEOMEAN(${range}),"")`,
        style: "formula",
        numFmt: FORMATS.aggregate,
      });
    }
  }
  sh.spec.charts.push({
    kind: "column",
    title: tx.malmquistChart,
    categories: rangeOf(meanTop, 0, r - 1, 0, true),
    series: tx.meanHeaders.slice(1).map((name, c) => ({
      name,
      values: rangeOf(meanTop, 1 + c, r - 1, 1 + c, true),
    })),
    axisFormat: "0.00",
    anchor: addr(r + 1, 0),
    width: 6,
    height: 14,
  });
}

/** Year t's cell (sheet-qualified) of a row of yearly data ('Quantitative Data'!$E$5:$L$5). */
export function yearCell(data: string, t: number): string {
  const bang = data.lastIndexOf("!");
  const { r, c } = parseAddr(data.slice(bang + 1).split(":")[0]);
  return `${data.slice(0, bang)}!${addr(r, c + t, true)}`;
}
