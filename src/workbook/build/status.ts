/**
 * The Status sheet: what is entered and what keeps the results provisional, live as the user
 * types. Progress counts (judgments, expert scores, complete data series, consistent blocks);
 * one row per comparison block with its judgments entered, CR and state and, while it is not
 * consistent, its three worst judgments with their consistent values w_i/w_j (AHP.SUGGEST's
 * ranking); the scores of each expert and the years of each series entered. Every item links to
 * its cell. Built-in functions only, in both formula styles; the Results sheet shows the warning.
 */
import { aggregateShort } from "../layout";
import type { Language } from "../../core/language";
import { indicators } from "../model";
import { resultKey } from "../keys";
import { FORMATS, addr, parseAddr, rangeOf, sheetRef, textWidth } from "../spec";
import type { BlockLayout, BuildContext, SheetBuilder } from "./context";
import { quoted } from "./context";

/** Columns of the block table; hidden helpers start at HELPER. */
const C = { block: 0, entered: 1, of: 2, cr: 3, state: 4, worst: 5, judgment: 6, value: 7, e: 8 };
const HELPER = 9;
/** Rows of the progress table. */
const ROW = { judgments: 5, scores: 6, series: 7, blocks: 8, results: 9 };

/**
 * Where the Status sheet keeps the warning the results carry while provisional (blank when they
 * are final): a hidden cell, read by the Results sheet.
 */
export const WARNING_ADDRESS = addr(ROW.results, HELPER, true);

/** A link to `target` (a sheet-qualified reference) showing `text` (a formula expression). */
const link = (target: string, text: string) =>
  `HYPERLINK(${quoted(`#${target}`)},LEFT(${text},255))`;

/**
 * What names a block in column A: "Parent — Expert", "Parent — aggregate (AIJ)", read from the
 * block's title on the Comparisons sheet (names can be longer than a formula's text may be).
 */
function blockText(b: BlockLayout, language: Language): { formula: string; shown: string } {
  if (!b.aggregate) return { formula: b.title, shown: `${b.parent} — ${b.label}` };
  const short = aggregateShort(language);
  return {
    formula: `LEFT(${b.title},LEN(${b.title})-LEN(${quoted(b.label)}))&${quoted(short)}`,
    shown: `${b.parent} — ${short}`,
  };
}

/** The first cell of a sheet-qualified range. */
const firstCell = (ref: string) => ref.split(":")[0];

export function buildStatusSheet(ctx: BuildContext): void {
  const s = ctx.settings;
  const sh = ctx.sheet("status", true);
  const t = ctx.t.status;
  sh.put(0, 0, { value: t.title, style: "title" });
  const chars = textWidth;
  const longestTitle = Math.max(
    0,
    ...ctx.blocks.map((b) => chars(blockText(b, ctx.language).shown))
  );
  const longestPair = Math.max(
    0,
    ...ctx.blocks.map((b) => {
      const n = b.children.map(chars).sort((x, y) => y - x);
      return (n[0] ?? 0) + (n[1] ?? 0) + 4;
    })
  );
  Object.assign(sh.spec.columnWidths, {
    A: Math.min(70, Math.max(32, longestTitle + 2)),
    B: 11,
    C: 9,
    D: 9,
    E: 24,
    F: Math.min(80, Math.max(40, longestPair + 2)),
    G: 10,
    H: 12,
    I: 9,
  });
  let r = 11;
  sh.put(r++, 0, { value: t.blocks, style: "subtitle" });
  t.blockHeaders.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  const first = r;
  let judgments = 0;
  let expertEntered: string[] = [];
  for (const b of ctx.blocks) {
    const rows = blockRows(ctx, sh, b, r, expertEntered);
    if (b.aggregate) expertEntered = [];
    else {
      expertEntered.push(addr(r, C.entered));
      const k = b.children.length;
      judgments += (k * (k - 1)) / 2;
    }
    r += rows;
  }
  const last = Math.max(first, r - 1);
  if (ctx.blocks.length === 0) sh.put(r++, 0, { value: t.noBlocks, style: "note" });
  const column = (c: number) => rangeOf(first, c, last, c, true);

  r++;
  const scores = expertRows(ctx, sh, r);
  r = scores.next + 1;
  const series = seriesRows(ctx, sh, r);
  // With several units: what each unit has entered; the totals are theirs.
  const units = ctx.several ? unitRows(ctx, sh, series.next + 1) : null;
  if (units) {
    scores.entered = units.scores;
    series.complete = units.series;
  }

  // Progress.
  sh.put(3, 0, { value: t.progress, style: "subtitle" });
  t.progressHeaders.forEach((h, c) => sh.put(4, c, { value: h, style: "header" }));
  const progress = (
    row: number,
    what: "judgments" | "scores" | "series" | "blocks",
    label: string,
    target: string,
    entered: string,
    expected: number
  ) => {
    sh.put(row, 0, { formula: `=${link(target, quoted(label))}`, style: "label" });
    sh.result(row, 1, resultKey.progress(what, "entered"), {
      formula: entered,
      style: "formula",
      numFmt: "0",
    });
    sh.result(row, 2, resultKey.progress(what, "expected"), { value: expected, numFmt: "0" });
    sh.put(row, 3, { formula: `=${addr(row, 2)}-${addr(row, 1)}`, style: "result", numFmt: "0" });
  };
  const blocksTarget = ctx.blocks[0]?.title ?? `${sheetRef(ctx.names.comparisons)}$A$1`;
  progress(
    ROW.judgments,
    "judgments",
    t.judgments,
    blocksTarget,
    `=SUM(${column(C.entered)})`,
    judgments
  );
  progress(
    ROW.scores,
    "scores",
    t.expertScores,
    `${sheetRef(ctx.names.scores)}$A$1`,
    scores.entered,
    scores.expected
  );
  progress(
    ROW.series,
    "series",
    t.series,
    `${sheetRef(ctx.names.quant)}$A$1`,
    series.complete,
    series.expected
  );
  progress(
    ROW.blocks,
    "blocks",
    t.consistentBlocks,
    blocksTarget,
    `=COUNTIF(${column(C.state)},${quoted(t.consistent)})`,
    ctx.blocks.length
  );

  // The warning, from hidden helpers: inconsistent blocks, the first of them, what is missing.
  const [nInc, firstInc, missing] = [ROW.judgments, ROW.scores, ROW.series].map((row) =>
    addr(row, HELPER)
  );
  const flags = column(HELPER + 1);
  sh.put(ROW.judgments, HELPER, { formula: `=SUM(${flags})` });
  const at = (c: number) => `INDEX(${column(c)},MATCH(1,${flags},0))`;
  sh.put(ROW.scores, HELPER, {
    formula: `=IF(${nInc}=0,"",${at(C.block)}&${quoted(t.cr[0])}&TEXT(${at(C.cr)},"0.000")&${quoted(t.cr[1])})`,
  });
  const d = (row: number) => addr(row, 3);
  const sep = t.countsJoin;
  const count = (row: number, [one, many]: [string, string]) =>
    `IF(${d(row)}>0,${d(row)}&IF(${d(row)}=1,${quoted(one + sep)},${quoted(many + sep)}),"")`;
  sh.put(ROW.series, HELPER, {
    formula: `=${count(ROW.judgments, t.words.judgments)}&${count(ROW.scores, t.words.scores)}&${count(ROW.series, t.words.series)}`,
  });
  const [one, many] = t.notConsistent.map(quoted);
  sh.result(ROW.results, HELPER, resultKey.warning, {
    formula: `=IF(${nInc}+LEN(${missing})=0,"",IF(${nInc}>0,${nInc}&IF(${nInc}=1,${one},${many})&${quoted(t.first)}&${firstInc}&${quoted(t.firstEnd)},"")&IF(LEN(${missing})>0,${quoted(t.missing)}&LEFT(${missing},LEN(${missing})-LEN(${quoted(sep)}))&${quoted(t.missingEnd)},"")&${quoted(t.provisional)})`,
  });
  sh.put(ROW.results, 0, { value: t.results, style: "label", wrap: true });
  const warning = addr(ROW.results, HELPER);
  sh.put(ROW.results, 1, {
    formula: `=IF(${warning}="",${quoted(t.final)},${warning})`,
    style: "warning",
  });
  sh.spec.merges.push(rangeOf(ROW.results, 1, ROW.results, C.e));
  sh.spec.rowHeights[ROW.results] = 45;
  sh.spec.conditionalFormats.push({
    range: addr(ROW.results, 1),
    formula: `${addr(ROW.results, HELPER, true)}=""`,
    fill: "C6EFCE",
    font: "006100",
  });
  sh.note(1, t.note(s.crThreshold), C.e);
  sh.helpers(HELPER, Math.max(HELPER + 1, units?.lastHelper ?? 0));
  sh.page({
    freeze: { rows: 1, columns: 1 },
    landscape: true,
    area: rangeOf(0, 0, Math.max(units?.next ?? series.next, last), C.e, true),
  });
}

/**
 * One block's rows: the first with its judgments entered, CR, state and the inconsistency flag
 * (hidden), then up to three worst judgments. `entered` are the judgment counts of the experts'
 * blocks of the same parent (the aggregate waits for all of them). Returns the rows used.
 */
function blockRows(
  ctx: BuildContext,
  sh: SheetBuilder,
  b: BlockLayout,
  r: number,
  entered: string[]
): number {
  const th = ctx.settings.crThreshold;
  const k = b.children.length;
  const pairs = (k * (k - 1)) / 2;
  const cr = b.cr;
  const m = ctx.t.status;
  sh.put(r, C.block, {
    formula: `=${link(b.title, blockText(b, ctx.language).formula)}`,
    style: "label",
  });
  sh.put(r, C.cr, {
    formula: `=IF(ISNUMBER(${cr}),${cr},"")`,
    style: "formula",
    numFmt: FORMATS.consistency,
  });
  const judged = `IF(ISNUMBER(${cr}),IF(${cr}<${th},${quoted(m.consistent)},${quoted(m.revise(th))}),${quoted(m.invalid)})`;
  const flag = (complete: string) => `=IF(AND(${complete},ISNUMBER(${cr})),IF(${cr}>=${th},1,0),0)`;
  if (b.aggregate) {
    const complete = entered.length > 0 ? entered.map((e) => `${e}=${pairs}`).join(",") : "TRUE";
    sh.result(r, C.state, resultKey.blockState(b.key), {
      formula: `=IF(AND(${complete}),${judged},${quoted(m.waits)})`,
      style: "formula",
    });
    sh.put(r, HELPER + 1, { formula: flag(`AND(${complete})`) });
    return 1;
  }
  const n = addr(r, C.entered);
  sh.put(r, C.entered, {
    formula: `=MAX(0,INT((COUNT(${b.matrix})-${k})/2))`,
    style: "formula",
    numFmt: "0",
  });
  sh.put(r, C.of, { value: pairs, numFmt: "0" });
  sh.result(r, C.state, resultKey.blockState(b.key), {
    formula: `=IF(${n}=0,${quoted(m.notStarted)},IF(${n}<${pairs},${quoted(m.incomplete[0])}&(${pairs}-${n})&${quoted(m.incomplete[1])},${judged}))`,
    style: "formula",
  });
  sh.put(r, HELPER + 1, { formula: flag(`${n}=${pairs}`) });
  const rows = Math.max(1, Math.min(3, pairs));
  const dev = b.deviations;
  const [devTop, devLeft] = (() => {
    const p = parseAddr(firstCell(dev).split("!")[1]);
    return [p.r + 1, p.c + 1];
  })();
  const flagCell = addr(r, HELPER + 1, true);
  for (let t = 0; t < rows; t++) {
    const row = r + t;
    const p = addr(row, HELPER);
    sh.put(row, HELPER, {
      formula: `=IF(${flagCell}=1,IFERROR(SUMPRODUCT((${dev}=LARGE(${dev},${t + 1}))*((ROW(${dev})-${devTop})*${k}+COLUMN(${dev})-${devLeft})),""),"")`,
    });
    const i = `INT(${p}/${k})`;
    const j = `MOD(${p},${k})`;
    const pair = `INDEX(${b.names},${i}+1)&${quoted(m.pairSeparator)}&INDEX(${b.names},${j}+1)`;
    sh.result(row, C.worst, resultKey.worstJudgment(b.key, t + 1), {
      formula: `=IF(${p}="","",HYPERLINK(${judgmentTarget(ctx, b, i, j)},LEFT(${pair},255)))`,
    });
    sh.put(row, C.judgment, {
      formula: `=IF(${p}="","",INDEX(${b.matrix},${i}+1,${j}+1))`,
      numFmt: FORMATS.judgment,
    });
    sh.put(row, C.value, {
      formula: `=IF(${p}="","",INDEX(${b.weights},${i}+1)/INDEX(${b.weights},${j}+1))`,
      numFmt: FORMATS.aggregate,
    });
    sh.put(row, C.e, {
      formula: `=IF(${p}="","",${addr(row, C.judgment)}/${addr(row, C.value)})`,
      numFmt: "0.00",
    });
  }
  return rows;
}

/**
 * The link (a formula expression) to the cell where judgment (i, j) of block `b` is entered, `i`
 * and `j` being 0-based formula expressions: a matrix cell, or a row of a list of pairs in
 * row-major order (a questionnaire); the block's title when its judgments are laid out otherwise.
 */
function judgmentTarget(ctx: BuildContext, b: BlockLayout, i: string, j: string): string {
  const k = b.children.length;
  const at = (x: number, y: number) => ctx.inputCells.get(b.judgmentKeys(x, y));
  const origin = at(0, 1);
  if (!origin) return quoted(`#${b.title}`);
  const o = parseAddr(origin.address);
  let grid = true;
  let list = true;
  let q = 0;
  for (let x = 0; x < k; x++) {
    for (let y = x + 1; y < k; y++, q++) {
      const cell = at(x, y);
      const p = cell && cell.sheet === origin.sheet ? parseAddr(cell.address) : null;
      grid &&= p !== null && p.r === o.r + x && p.c === o.c - 1 + y;
      list &&= p !== null && p.c === o.c && p.r === o.r + q;
    }
  }
  const sheet = quoted(`#${sheetRef(origin.sheet)}`);
  if (grid) return `${sheet}&ADDRESS(${o.r + 1}+${i},${o.c}+${j},4)`;
  if (list)
    return `${sheet}&ADDRESS(${o.r + 1}+${i}*${k}-${i}*(${i}+1)/2+${j}-${i}-1,${o.c + 1},4)`;
  return quoted(`#${b.title}`);
}

/** The scores each expert entered, linked to the expert's column; returns the total formula. */
function expertRows(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number
): { entered: string; expected: number; next: number } {
  const qual = indicators(ctx.model).filter((n) => n.type === "qualitative");
  let r = top;
  sh.put(r++, 0, { value: ctx.t.status.expertScores, style: "subtitle" });
  ctx.t.status.expertHeaders.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  const experts = ctx.settings.experts;
  if (qual.length === 0) {
    sh.put(r, 0, { value: ctx.t.common.noQualitative, style: "note" });
    return { entered: "=0", expected: 0, next: r + 1 };
  }
  const firstRow = r;
  const units = ctx.units.length;
  experts.forEach((_, h) => {
    // The expert's column in each unit's block.
    const columns = ctx.units.map((u) => {
      const cells = qual.map((n) => (u.expertScoreRefs.get(n.id) as string[])[h]);
      return `${cells[0]}:${cells[cells.length - 1].split("!")[1]}`;
    });
    const start = firstCell(columns[0]);
    const header = `${sheetRef(ctx.names.scores)}${addr(3, parseAddr(start.split("!")[1]).c, true)}`;
    sh.put(r, 0, { formula: `=${link(start, header)}`, style: "label" });
    sh.put(r, 1, { formula: `=COUNT(${columns.join(",")})`, style: "formula", numFmt: "0" });
    sh.put(r, 2, { value: qual.length * units, numFmt: "0" });
    r++;
  });
  return {
    entered: `=SUM(${rangeOf(firstRow, 1, r - 1, 1, true)})`,
    expected: qual.length * experts.length * units,
    next: r,
  };
}

/** The years each quantitative series has, linked to its row; returns the complete-series formula. */
function seriesRows(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number
): { complete: string; expected: number; next: number } {
  const quant = indicators(ctx.model).filter((n) => n.type === "quantitative");
  let r = top;
  sh.put(r++, 0, { value: ctx.t.status.quantitative, style: "subtitle" });
  ctx.t.status.seriesHeaders.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  if (quant.length === 0) {
    sh.put(r, 0, { value: ctx.t.common.noQuantitative, style: "note" });
    return { complete: "=0", expected: 0, next: r + 1 };
  }
  const years = ctx.settings.years.length;
  const firstRow = r;
  const units = ctx.units.length;
  for (const node of quant) {
    const data = ctx.units.map((u) => u.quantDataRef.get(node.id) as string);
    const start = firstCell(data[0]);
    const { r: row } = parseAddr(start.split("!")[1]);
    const name = `${sheetRef(ctx.names.quant)}${addr(row, 1, true)}`;
    sh.put(r, 0, { formula: `=${link(start, name)}`, style: "label" });
    sh.put(r, 1, { formula: `=COUNT(${data.join(",")})`, style: "formula", numFmt: "0" });
    sh.put(r, 2, { value: years * units, numFmt: "0" });
    r++;
  }
  const entered = rangeOf(firstRow, 1, r - 1, 1, true);
  const expected = rangeOf(firstRow, 2, r - 1, 2, true);
  return {
    complete: `=SUMPRODUCT((${entered}=${expected})*1)`,
    expected: quant.length * units,
    next: r,
  };
}

/**
 * With several units: per unit, the expert scores entered and the complete data series (a value
 * for every year), each unit linked to its block. Hidden helpers right of the table count each
 * series' years. Returns the totals' formulas.
 */
function unitRows(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number
): { scores: string; series: string; next: number; lastHelper: number } {
  const leaves = indicators(ctx.model);
  const qual = leaves.filter((n) => n.type === "qualitative");
  const quant = leaves.filter((n) => n.type === "quantitative");
  const experts = ctx.settings.experts.length;
  const years = ctx.settings.years.length;
  let r = top;
  sh.put(r++, 0, { value: ctx.t.common.units, style: "subtitle" });
  ctx.t.status.unitHeaders.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  const firstRow = r;
  for (const u of ctx.units) {
    const target = u.scoresAt ?? u.quantAt ?? `${sheetRef(ctx.names.scores)}$A$1`;
    sh.put(r, 0, { formula: `=${link(target, target)}`, style: "label" });
    const cells = qual.map((n) => u.expertScoreRefs.get(n.id) as string[]);
    const block =
      qual.length > 0
        ? `${cells[0][0]}:${cells[cells.length - 1][experts - 1].split("!")[1]}`
        : null;
    sh.result(r, 1, resultKey.unitProgress(u.name, "scores"), {
      formula: block ? `=COUNT(${block})` : "=0",
      style: "formula",
      numFmt: "0",
    });
    sh.put(r, 2, { value: qual.length * experts, numFmt: "0" });
    quant.forEach((n, i) =>
      sh.put(r, HELPER + i, { formula: `=COUNT(${u.quantDataRef.get(n.id) as string})` })
    );
    const counts = rangeOf(r, HELPER, r, HELPER + quant.length - 1);
    sh.result(r, 3, resultKey.unitProgress(u.name, "series"), {
      formula: quant.length > 0 ? `=COUNTIF(${counts},${years})` : "=0",
      style: "formula",
      numFmt: "0",
    });
    sh.put(r, 4, { value: quant.length, numFmt: "0" });
    r++;
  }
  return {
    scores: `=SUM(${rangeOf(firstRow, 1, r - 1, 1, true)})`,
    series: `=SUM(${rangeOf(firstRow, 3, r - 1, 3, true)})`,
    next: r,
    lastHelper: HELPER + quant.length - 1,
  };
}
