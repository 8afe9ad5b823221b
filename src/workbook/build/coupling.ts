/**
 * The optional Coupling sheet (setting `coupling`, docs/methods.md “The Coupling sheet”): how
 * low-carbon innovation and the trade structure move together. One row per unit (one row with
 * one unit): U₁ = the unit's W rescaled to [0, 1] by the scale's class centres, U₂ = a typed
 * trade-structure score (by default, with one unit and the Trade Structure sheet, the latest
 * year's TIB share), an optional typed U₃; the coupling C, coordination T, coupling coordination
 * degree D and D's grade, with a column chart. Built-in functions in both formula styles: the
 * formulas are short, and the sheet works without the add-in.
 *
 * A row with a blank, non-numeric or out-of-range U (or unusable weights) shows C, T, D and the
 * grade blank and says why in its Note cell (the hidden column beside it holds the problem).
 */
import { CCD_GRADES } from "../../core/mcda/coupling";
import { GROUPS } from "../../core/trade/tables";
import { couplingKey, couplingWeightKey, resultKey } from "../keys";
import { scoreRange } from "../layout";
import { FORMATS, addr, rangeOf, sheetRef, textWidth } from "../spec";
import { LANGUAGES } from "../../core/language";
import { sheetNames } from "../layout";
import type { CellValue } from "../spec";
import { BuildContext, quoted } from "./context";

/** 0-based columns of the table. */
const COL = { unit: 0, u1: 1, u2: 2, u3: 3, c: 4, t: 5, d: 6, grade: 7, note: 8, problem: 9 };
/** The weights row and the first unit's row (0-based). */
const HEAD = 4;
const WEIGHTS = 5;
const FIRST = 6;
const TIB = GROUPS[2];

/**
 * The default U₂ formula: the trade sheet's share `ref` when it is a number. A stored U₂ that
 * is such a formula over the trade sheet was the default of an earlier build, not typed.
 */
const defaultU2 = (ref: string) => `=IF(ISNUMBER(${ref}),${ref},"")`;
const isDefaultU2 = (v: CellValue | undefined, trade: string) =>
  typeof v === "string" &&
  // The trade sheet of this build or of a build in another language (renamed since).
  [trade, ...LANGUAGES.map((l) => sheetNames(l).trade)].some((name) =>
    v.startsWith(`=IF(ISNUMBER(${sheetRef(name)}`)
  ) &&
  /^=IF\(ISNUMBER\(('(?:[^']|'')*'!\$[A-Z]+\$\d+)\),\1,""\)$/.test(v);

export function buildCouplingSheet(ctx: BuildContext): void {
  const s = ctx.settings;
  const sh = ctx.sheet("coupling", true);
  const { low, high } = scoreRange(s);
  const lastYear = s.years[s.years.length - 1];
  const tibRef = ctx.resultCells.get(resultKey.tradeShare(lastYear, TIB));
  const tradeDefault = !ctx.several && s.trade && tibRef !== undefined;
  const m = ctx.t.coupling;
  sh.put(0, 0, { value: m.title, style: "title" });
  m.headers.forEach((h, c) => sh.put(HEAD, c, { value: h, style: "header" }));
  sh.put(HEAD - 1, 0, { value: m.scores, style: "subtitle" });
  // The weights of the systems in T: typed, 1 each unless typed (equal), rescaled to sum 1.
  sh.put(WEIGHTS, COL.unit, { value: m.weight, style: "label" });
  const weight: string[] = [];
  for (const system of [1, 2, 3] as const) {
    const key = couplingWeightKey(system);
    const a = sh.input(WEIGHTS, system, key);
    const cell = sh.spec.cells.get(a);
    if (cell && (cell.value === null || cell.value === undefined)) cell.value = 1;
    weight.push(addr(WEIGHTS, system, true));
  }
  sh.put(WEIGHTS, COL.c, {
    value: m.weightsNote,
    style: "note",
  });
  sh.spec.merges.push(rangeOf(WEIGHTS, COL.c, WEIGHTS, COL.note));
  // The grade table the Grade column reads (CCD_GRADES, src/core/mcda/coupling.ts), below the units.
  const last = FIRST + ctx.units.length - 1;
  const gradeHead = last + 3;
  sh.put(gradeHead - 1, 0, { value: m.grades, style: "subtitle" });
  m.gradeHeaders.forEach((h, c) => sh.put(gradeHead, c, { value: h, style: "header" }));
  CCD_GRADES.forEach((g, k) => {
    const next = CCD_GRADES[k + 1]?.lower;
    const range = next === undefined ? `${g.lower} ≤ D ≤ 1` : `${g.lower} ≤ D < ${next}`;
    sh.put(gradeHead + 1 + k, 0, { value: range });
    sh.put(gradeHead + 1 + k, 1, { value: g.lower, numFmt: "0.0" });
    sh.put(gradeHead + 1 + k, 2, { value: ctx.language === "zh-CN" ? g.zh : g.en });
  });
  const gradeLast = gradeHead + CCD_GRADES.length;
  const bounds = rangeOf(gradeHead + 1, 1, gradeLast, 1, true);
  const labels = rangeOf(gradeHead + 1, 2, gradeLast, 2, true);

  const [w1, w2, w3] = weight;
  const labelOf = (name: string) =>
    ctx.several ? name : ctx.model.goal.trim() || m.thisEvaluation;
  ctx.units.forEach((u, j) => {
    const r = FIRST + j;
    const label = labelOf(u.name);
    const at = (c: number) => addr(r, c);
    const [U1, U2, U3, C, T, D, P] = [COL.u1, COL.u2, COL.u3, COL.c, COL.t, COL.d, COL.problem].map(
      at
    );
    sh.put(r, COL.unit, { value: label, style: "label", wrap: true });
    const wAt = ctx.resultCells.get(
      ctx.several ? resultKey.unitValue(u.name) : resultKey.value("overall")
    );
    const w = wAt ? `${sheetRef(wAt.sheet)}${abs(wAt.address)}` : '""';
    sh.result(r, COL.u1, resultKey.coupling("u1", u.key), {
      formula: `=IF(ISNUMBER(${w}),MIN(1,MAX(0,(${w}-${low})/(${high - low}))),"")`,
      style: "formula",
      numFmt: FORMATS.weight,
    });
    const u2Key = couplingKey(2, u.key);
    const typed = ctx.inputs.get(u2Key);
    sh.input(r, COL.u2, u2Key);
    if (isDefaultU2(typed, ctx.names.trade) || typed === undefined || typed === null) {
      const cell = sh.spec.cells.get(U2);
      if (cell) {
        delete cell.value;
        if (tradeDefault && tibRef)
          cell.formula = defaultU2(`${sheetRef(tibRef.sheet)}${abs(tibRef.address)}`);
        else cell.value = null;
      }
    }
    sh.input(r, COL.u3, couplingKey(3, u.key));
    for (const c of [COL.u1, COL.u2, COL.u3]) {
      const cell = sh.spec.cells.get(at(c));
      if (cell) cell.numFmt = FORMATS.weight;
    }
    const blankU2 = tradeDefault ? m.blankU2Trade(lastYear, ctx.names.trade) : m.blankU2;
    const msg = (x: string, why: string) => quoted(m.message(x, label, why));
    // The row's problem, "" when its scores and weights can be used (lazy IFs: each test only
    // runs once the ones before it passed).
    const checks: [string, string][] = [
      [`NOT(ISNUMBER(${U1}))`, msg("U₁", m.u1Blank)],
      [`OR(${U1}<0,${U1}>1)`, msg("U₁", m.outside)],
      [`${U2}=""`, msg("U₂", blankU2)],
      [`NOT(ISNUMBER(${U2}))`, msg("U₂", m.notNumber)],
      [`OR(${U2}<0,${U2}>1)`, msg("U₂", m.outside)],
      [`AND(${U3}<>"",NOT(ISNUMBER(${U3})))`, msg("U₃", m.u3NotNumber)],
      [`IF(ISNUMBER(${U3}),OR(${U3}<0,${U3}>1),FALSE)`, msg("U₃", m.outside)],
      [
        `NOT(AND(ISNUMBER(${w1}),ISNUMBER(${w2}),IF(ISNUMBER(${U3}),ISNUMBER(${w3}),TRUE)))`,
        quoted(m.weightBlank),
      ],
      [`OR(${w1}<0,${w2}<0,IF(ISNUMBER(${U3}),${w3}<0,FALSE))`, quoted(m.weightNegative)],
      [`${w1}+${w2}+IF(ISNUMBER(${U3}),${w3},0)=0`, quoted(m.weightZero)],
    ];
    sh.put(r, COL.problem, {
      formula: `=${checks.map(([test, why]) => `IF(${test},${why},`).join("")}""${")".repeat(checks.length)}`,
    });
    const us = `${U1}:${U3}`;
    const ok = `${P}<>""`;
    sh.result(r, COL.c, resultKey.coupling("c", u.key), {
      formula: `=IF(${ok},"",IF(SUM(${us})=0,"",IF(ISNUMBER(${U3}),3*PRODUCT(${us})^(1/3),2*SQRT(${U1}*${U2}))/SUM(${us})))`,
      style: "result",
      numFmt: FORMATS.weight,
    });
    sh.result(r, COL.t, resultKey.coupling("t", u.key), {
      formula: `=IF(${ok},"",(${w1}*${U1}+${w2}*${U2}+IF(ISNUMBER(${U3}),${w3}*${U3},0))/(${w1}+${w2}+IF(ISNUMBER(${U3}),${w3},0)))`,
      style: "result",
      numFmt: FORMATS.weight,
    });
    sh.result(r, COL.d, resultKey.coupling("d", u.key), {
      formula: `=IF(${ok},"",IF(${T}=0,0,SQRT(${C}*${T})))`,
      style: "result",
      numFmt: FORMATS.weight,
    });
    sh.result(r, COL.grade, resultKey.coupling("grade", u.key), {
      formula: `=IF(${ok},"",LOOKUP(${D},${bounds},${labels}))`,
      style: "result",
    });
    sh.result(r, COL.note, resultKey.coupling("note", u.key), {
      formula: `=IF(${ok},${P},IF(SUM(${us})=0,${msg(m.everyU, m.allZero)},""))`,
      style: "note",
      wrap: true,
    });
  });
  sh.helpers(COL.problem, COL.problem);
  sh.spec.validations.push(
    {
      range: rangeOf(FIRST, COL.u2, last, COL.u3),
      kind: "decimal",
      min: 0,
      max: 1,
      prompt: m.scorePrompt,
      error: m.scoreError,
    },
    {
      range: rangeOf(WEIGHTS, COL.u1, WEIGHTS, COL.u3),
      kind: "decimal",
      min: 0,
      max: 1e9,
      prompt: m.weightPrompt,
      error: m.weightError,
    }
  );
  const units = rangeOf(FIRST, COL.unit, last, COL.unit, true);
  const column = (c: number) => rangeOf(FIRST, c, last, c, true);
  sh.spec.charts.push({
    kind: "column",
    title: m.chart,
    categories: units,
    series: [
      { name: m.series[0], values: column(COL.u1) },
      { name: m.series[1], values: column(COL.u2) },
      { name: m.series[2], values: column(COL.d) },
    ],
    axisFormat: "0.00",
    anchor: addr(gradeHead - 1, 4),
    width: 4,
    height: 16,
  });
  Object.assign(sh.spec.columnWidths, {
    A: Math.min(30, Math.max(16, ...ctx.units.map((u) => textWidth(labelOf(u.name)) + 2))),
    B: 13,
    C: 12,
    D: 10,
    E: 10,
    F: 12,
    G: 13,
    H: 25,
    I: 48,
  });
  const u2 = tradeDefault
    ? m.u2Trade(lastYear, ctx.names.trade)
    : ctx.several
      ? m.u2Units
      : m.u2Typed;
  sh.note(1, m.note(low, high, ctx.names.results, u2), COL.note);
  sh.page({
    freeze: { rows: FIRST, columns: 1 },
    landscape: true,
    titleRows: { first: HEAD, last: WEIGHTS },
  });
}

/** The absolute form of an A1 address (B7 → $B$7). */
const abs = (a: string) => a.replace(/^\$?([A-Z]+)\$?(\d+)$/, "$$$1$$$2");
