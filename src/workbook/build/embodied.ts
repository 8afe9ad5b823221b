/**
 * The optional Embodied Carbon sheet (setting `embodied`, docs/methods.md §14.5 “Carbon embodied in
 * trade”): the emissions embodied in a country's exports and imports from an input-output table
 * the user pastes (environmentally extended input-output, Miller & Blair 2009, ch. 10), split by
 * the trade classes of the paper's Table 1.
 *
 * Per sector: name, ISIC code, class (typed, or from the ISIC code: src/core/io/sectors.ts),
 * total output x, direct emissions E, exports and imports; below, the intermediate flows Z.
 * Computed with built-in functions in both formula styles (the sheet works without the add-in):
 * A = Z·diag(x)⁻¹, L = MINVERSE(I − A), direct intensities c = E/x, total intensities m = c·L
 * (MMULT), embodied emissions m·exports and m·imports (imports at domestic technology), their
 * balance, the output multipliers (column sums of L), a table by class and a chart.
 */
import { isicClassTable } from "../../core/io/sectors";
import { GROUPS } from "../../core/trade/tables";
import { flowKey, resultKey, sectorKey } from "../keys";
import { sectorCount } from "../embodied";
import { FORMATS, addr, rangeOf } from "../spec";
import { BuildContext, quoted } from "./context";
import { lookupSheet } from "./lookups";

/** The typed columns of a sector row, in order (the c of its `e|i|c` keys). */
export const SECTOR_COLUMNS = [
  "Sector",
  "ISIC code",
  "Class (blank: from the code)",
  "Total output x",
  "Direct emissions E",
  "Exports",
  "Imports",
] as const;

/** 0-based columns of the sector table. */
const COL = {
  sector: 0,
  code: 1,
  typed: 2,
  output: 3,
  emissions: 4,
  exports: 5,
  imports: 6,
  cls: 7,
  direct: 8,
  total: 9,
  eex: 10,
  eim: 11,
  balance: 12,
  multiplier: 13,
  note: 14,
};
const HEAD = 4;
const FIRST = 5;

export function buildEmbodiedSheet(ctx: BuildContext): void {
  const n = sectorCount(ctx.model, ctx.rows.sectors);
  const sh = ctx.sheet("embodied", true);
  const last = FIRST + n - 1;
  const totalRow = last + 1;
  const col = (c: number) => rangeOf(FIRST, c, last, c, true);
  const t = ctx.t.embodied;
  sh.put(0, 0, { value: t.title, style: "title" });
  sh.put(HEAD - 1, 0, { value: t.sectors, style: "subtitle" });
  t.headers.forEach((h, c) => sh.put(HEAD, c, { value: h, style: "header" }));

  // The flows Z below the sector table, their coefficients A and the Leontief inverse L in
  // hidden helper columns to the right (never above a column of the sector table).
  const zTitle = totalRow + 3 + GROUPS.length + 4;
  const zHead = zTitle + 1;
  const zTop = zHead + 1;
  const zLast = zTop + n - 1;
  const aLeft = Math.max(COL.note + 2, n + 2);
  const lLeft = aLeft + n + 1;
  const IA = rangeOf(zTop, aLeft, zLast, aLeft + n - 1, true);
  const L = rangeOf(zTop, lLeft, zLast, lLeft + n - 1, true);
  const cNumbers = rangeOf(FIRST, lLeft + n + 1, last, lLeft + n + 1, true);

  // L is used only when A is productive and no flow is negative (what IO.LEONTIEF accepts).
  const usable = `AND(MAX(${rangeOf(FIRST, lLeft + n + 2, last, lLeft + n + 2, true)})<1,COUNTIF(${rangeOf(zTop, 1, zLast, n, true)},"<0")=0)`;
  const classTable = lookupSheet(
    ctx,
    "_IsicClasses",
    t.lookupCode,
    isicClassTable(),
    t.lookupClass
  );
  for (let i = 0; i < n; i++) {
    const r = FIRST + i;
    for (let c = 0; c < SECTOR_COLUMNS.length; c++) sh.input(r, c, sectorKey(i, c));
    const at = (c: number) => addr(r, c);
    const code = `UPPER(TRIM(${at(COL.code)}))`;
    // The class: typed, or the ISIC division in the two characters after an optional section
    // letter, or a section letter alone (the rule of isicClass in src/core/io/sectors.ts).
    const fromCode = `IFERROR(VLOOKUP(IF(AND(LEN(${code})=1,NOT(ISNUMBER(VALUE(${code})))),${code},VALUE(MID(${code},IF(ISNUMBER(VALUE(LEFT(${code},1))),1,2),2))),${classTable},2,FALSE),"")`;
    sh.result(r, COL.cls, resultKey.sector("class", i), {
      formula: `=IF(TRIM(${at(COL.typed)})<>"",UPPER(TRIM(${at(COL.typed)})),IF(TRIM(${at(COL.code)}&"")="","",${fromCode}))`,
      style: "formula",
    });
    const x = at(COL.output);
    const positive = (ref: string) => `AND(ISNUMBER(${ref}),${ref}>0)`;
    sh.result(r, COL.direct, resultKey.sector("direct", i), {
      formula: `=IF(AND(${positive(x)},ISNUMBER(${at(COL.emissions)})),${at(COL.emissions)}/${x},"")`,
      style: "formula",
      numFmt: "0.0000",
    });
    // the column sum of A (the productivity check), hidden
    sh.put(r, lLeft + n + 2, {
      formula: `=IF(${positive(x)},SUM(${rangeOf(zTop, 1 + i, zLast, 1 + i, true)})/${x},0)`,
    });
    // c as numbers for MMULT (0 where blank), hidden
    sh.put(r, lLeft + n + 1, {
      formula: `=IF(ISNUMBER(${at(COL.direct)}),${at(COL.direct)},0)`,
    });
    const m = at(COL.total);
    const embodied = (flow: number) =>
      `=IF(AND(ISNUMBER(${m}),ISNUMBER(${at(flow)})),${m}*${at(flow)},"")`;
    sh.result(r, COL.eex, resultKey.sector("exports", i), {
      formula: embodied(COL.exports),
      style: "result",
      numFmt: FORMATS.value,
    });
    sh.result(r, COL.eim, resultKey.sector("imports", i), {
      formula: embodied(COL.imports),
      style: "result",
      numFmt: FORMATS.value,
    });
    sh.result(r, COL.balance, resultKey.sector("balance", i), {
      formula: `=IF(AND(ISNUMBER(${at(COL.eex)}),ISNUMBER(${at(COL.eim)})),${at(COL.eex)}-${at(COL.eim)},"")`,
      style: "result",
      numFmt: FORMATS.value,
    });
    const lColumn = rangeOf(zTop, lLeft + i, zLast, lLeft + i, true);
    sh.result(r, COL.multiplier, resultKey.sector("multiplier", i), {
      formula: `=IFERROR(IF(AND(${usable},${positive(x)}),SUM(${lColumn}),""),"")`,
      style: "formula",
      numFmt: "0.000",
    });
    const zColumn = rangeOf(zTop, 1 + i, zLast, 1 + i, true);
    const zRow = rangeOf(zTop + i, 1, zTop + i, n, true);
    const named = (why: string) => quoted(why);
    const checks: [string, string][] = [
      [`COUNTIF(${zColumn},"<0")+COUNTIF(${zRow},"<0")>0`, named(t.negative)],
      [
        `AND(NOT(${positive(x)}),OR(SUM(${zColumn})<>0,N(${at(COL.emissions)})<>0))`,
        named(t.noOutput),
      ],
      [`IF(${positive(x)},SUM(${zColumn})>=${x},FALSE)`, named(t.notProductive)],
      [`AND(${at(COL.cls)}="",OR(${at(COL.code)}<>"",${positive(x)}))`, named(t.noClass)],
      [
        `AND(${at(COL.cls)}<>"",ISNA(MATCH(${at(COL.cls)},{"RIB","LIB","TIB","OTHER"},0)))`,
        named(t.badClass),
      ],
    ];
    sh.result(r, COL.note, resultKey.sector("note", i), {
      formula: `=${checks.map(([test, why]) => `IF(${test},${why},`).join("")}""${")".repeat(checks.length)}`,
      style: "note",
    });
  }
  // Total intensities m = c·L as a column: Lᵀc.
  sh.array(
    FIRST,
    COL.total,
    n,
    1,
    {
      formula: `=IFERROR(IF(${usable},IF(${col(COL.output)}>0,MMULT(TRANSPOSE(${L}),${cNumbers}),""),""),"")`,
      style: "formula",
      numFmt: "0.0000",
    },
    (i) => resultKey.sector("total", i)
  );
  sh.put(totalRow, COL.sector, { value: t.total, style: "label" });
  for (const c of [
    COL.output,
    COL.emissions,
    COL.exports,
    COL.imports,
    COL.eex,
    COL.eim,
    COL.balance,
  ])
    sh.put(totalRow, c, { formula: `=SUM(${col(c)})`, style: "result", numFmt: FORMATS.value });

  // By class.
  const kTitle = totalRow + 2;
  sh.put(kTitle, 0, { value: t.byClass, style: "subtitle" });
  const kHead = kTitle + 1;
  t.classHeaders.forEach((h, c) => sh.put(kHead, c, { value: h, style: "header" }));
  const kFirst = kHead + 1;
  const kTotal = kFirst + GROUPS.length;
  const classes = col(COL.cls);
  GROUPS.forEach((g, k) => {
    const r = kFirst + k;
    sh.put(r, 0, { value: g, style: "label" });
    const sumIf = (c: number) => `=SUMIF(${classes},${addr(r, 0)},${col(c)})`;
    sh.put(r, 1, { formula: sumIf(COL.exports), style: "formula", numFmt: FORMATS.value });
    sh.put(r, 2, { formula: sumIf(COL.imports), style: "formula", numFmt: FORMATS.value });
    sh.result(r, 3, resultKey.embodied("exports", g), {
      formula: sumIf(COL.eex),
      style: "result",
      numFmt: FORMATS.value,
    });
    sh.result(r, 4, resultKey.embodied("imports", g), {
      formula: sumIf(COL.eim),
      style: "result",
      numFmt: FORMATS.value,
    });
    sh.result(r, 5, resultKey.embodied("balance", g), {
      formula: `=${addr(r, 3)}-${addr(r, 4)}`,
      style: "result",
      numFmt: FORMATS.value,
    });
    sh.result(r, 6, resultKey.embodied("share", g), {
      formula: `=IF(${addr(kTotal, 3)}>0,${addr(r, 3)}/${addr(kTotal, 3)},"")`,
      style: "result",
      numFmt: FORMATS.share,
    });
  });
  sh.put(kTotal, 0, { value: t.total, style: "label" });
  for (let c = 1; c <= 5; c++) {
    const cell = {
      formula: `=SUM(${rangeOf(kFirst, c, kTotal - 1, c)})`,
      style: "result" as const,
      numFmt: FORMATS.value,
    };
    if (c >= 3)
      sh.result(
        kTotal,
        c,
        resultKey.embodied(["exports", "imports", "balance"][c - 3] as "exports", "Total"),
        cell
      );
    else sh.put(kTotal, c, cell);
  }
  sh.put(kTotal + 1, 0, {
    value: t.unclassified,
    style: "note",
  });

  // Z (typed), A and L (hidden).
  sh.put(zTitle, 0, {
    value: t.flows,
    style: "subtitle",
  });
  sh.put(zHead, 0, { value: t.fromTo, style: "header" });
  for (let j = 0; j < n; j++) {
    const name = addr(FIRST + j, COL.sector);
    const label = `=IF(${name}="",${quoted(`${t.sector}${j + 1}`)},${name})`;
    sh.put(zHead, 1 + j, { formula: label, style: "header" });
    sh.put(zTop + j, 0, { formula: label, style: "label" });
    for (let i = 0; i < n; i++) sh.input(zTop + i, 1 + j, flowKey(i, j));
  }
  // I − A, with A = Z·diag(x)⁻¹ (a column of zeros where x is blank or 0), and L = (I − A)⁻¹.
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = addr(FIRST + j, COL.output, true);
      sh.put(zTop + i, aLeft + j, {
        formula: `=${i === j ? 1 : 0}-IF(AND(ISNUMBER(${x}),${x}>0),N(${addr(zTop + i, 1 + j)})/${x},0)`,
      });
    }
  }
  sh.put(zHead, aLeft, { value: "I − A, A = Z·diag(x)⁻¹", style: "header" });
  sh.put(zHead, lLeft, { value: "L = (I − A)⁻¹", style: "header" });
  sh.array(zTop, lLeft, n, n, { formula: `=MINVERSE(${IA})` });
  sh.helpers(aLeft, lLeft + n + 2);

  sh.spec.validations.push(
    {
      range: rangeOf(FIRST, COL.typed, last, COL.typed),
      kind: "list",
      formula: "RIB,LIB,TIB,OTHER",
      prompt: t.classPrompt,
      error: t.classError,
    },
    {
      range: rangeOf(FIRST, COL.output, last, COL.imports),
      kind: "decimal",
      min: 0,
      max: 1e15,
      prompt: t.numberPrompt,
      error: t.numberError,
    },
    {
      range: rangeOf(zTop, 1, zLast, n),
      kind: "decimal",
      min: 0,
      max: 1e15,
      prompt: t.flowPrompt,
      error: t.flowError,
    }
  );
  sh.spec.charts.push({
    kind: "column",
    title: t.chart,
    categories: rangeOf(kFirst, 0, kTotal - 1, 0, true),
    series: [
      { name: t.classHeaders[3], values: rangeOf(kFirst, 3, kTotal - 1, 3, true) },
      { name: t.classHeaders[4], values: rangeOf(kFirst, 4, kTotal - 1, 4, true) },
    ],
    anchor: addr(kTitle, 8),
    width: 6,
    height: 14,
  });
  Object.assign(sh.spec.columnWidths, {
    A: 24,
    B: 10,
    C: 12,
    D: 13,
    E: 13,
    F: 13,
    G: 13,
    H: 9,
    I: 12,
    J: 12,
    K: 13,
    L: 13,
    M: 14,
    N: 11,
    O: 48,
  });
  sh.note(1, t.note(n), COL.note);
  sh.page({
    freeze: { rows: FIRST, columns: 1 },
    landscape: true,
    titleRows: { first: HEAD, last: HEAD },
  });
}
