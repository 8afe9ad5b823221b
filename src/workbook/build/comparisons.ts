/**
 * The Comparisons sheet: one block per parent node and expert (judgments typed in the upper
 * triangle, the reciprocal lower triangle by formula), with several experts the AIJ aggregate
 * block, and beside each block its weights and consistency. Add-in style: one AHP.WEIGHTS array
 * formula and one AHP.REPORT per block, so each block is evaluated once. Native style: the SQRT
 * or SUM weights, λmax, CI and CR from built-in functions.
 */
import { randomIndex } from "../../core/ahp/consistency";
import type { IndicatorNode } from "../model";
import { comparisonParents } from "../model";
import { aggregateLabel, aggregated, comparisonBlocks, effectiveMethod } from "../layout";
import { blockId, judgmentKey, resultKey } from "../keys";
import { FORMATS, addr, colName, rangeOf, textWidth } from "../spec";
import type { CellSpec } from "../spec";
import { BuildContext, SheetBuilder, quoted } from "./context";

/** Numeric value of a judgment cell holding a number or a text fraction such as "1/3". */
export function judgmentNumber(ref: string): string {
  return `IF(ISNUMBER(${ref}),${ref},IF(TRIM(${ref})="","",IFERROR(VALUE(LEFT(${ref},FIND("/",${ref})-1))/VALUE(MID(${ref},FIND("/",${ref})+1,20)),VALUE(${ref}))))`;
}

/** The columns of the sheet, fixed by the largest block. */
interface Columns {
  /** Weights. */
  weight: number;
  /** Labels of the consistency figures (their values one column to the right). */
  stats: number;
  /** The numeric copy of each expert's matrix (text fractions as numbers). */
  mirror: number;
  /** Native style helpers: row geometric means, (Aw)ᵢ. */
  helper: number;
  /** |ln ε_ij| of every judgment, ranked by the Status sheet (both styles). */
  deviation: number;
}

/** One block's matrix: where it is and which range the formulas read. */
interface Block {
  /** Key of the block's results (parent|expert, parent|aggregate). */
  key: string;
  /** First row of the matrix. */
  top: number;
  children: IndicatorNode[];
  /** The range formulas read: the typed grid (add-in style) or its numeric copy (native). */
  matrix: string;
  /** First column of the numeric matrix (native formulas). */
  numericColumn: number;
}

/**
 * The width of the consistency figures' labels: 10 (native) or 22 characters, wider in a
 * language whose labels need more (Chinese characters count double).
 */
function statsWidth(ctx: BuildContext, native: boolean): number {
  const base = native ? 10 : 22;
  if (ctx.language === "en") return base;
  const s = ctx.settings;
  const labels = native
    ? ctx.t.comparisons.nativeStats(s.riTable)
    : ctx.t.comparisons.report(s.crThreshold);
  return Math.max(base, ...labels.map((l) => textWidth(l) + 2));
}

/** How many rows AHP.REPORT has (their labels: messages comparisons.report). */
const REPORT_LENGTH = 9;
/** Where λmax, CI, RI and CR are among the AHP.REPORT rows. */
const REPORT_AT = { lambda: 2, ci: 3, ri: 5, cr: 6 };

/**
 * Builds the Comparisons sheet. With `answers` (the Questionnaire sheets' numeric judgments by
 * input key) the upper triangles show the answers by formula instead of holding the inputs.
 */
export function buildComparisonsSheet(ctx: BuildContext, answers?: Map<string, string>): void {
  const s = ctx.settings;
  const asked = answers !== undefined && answers.size > 0;
  const sh = ctx.sheet("comparisons", true);
  const method = effectiveMethod(s);
  const native = s.style === "native";
  const t = ctx.t;
  sh.put(0, 0, { value: t.comparisons.title, style: "title" });
  const parents = comparisonParents(ctx.model);
  const maxK = Math.max(2, ...parents.map((p) => p.children.length));
  const weight = 1 + maxK + 1;
  const cols: Columns = {
    weight,
    stats: weight + 2,
    mirror: weight + 5,
    helper: weight + 5 + maxK,
    deviation: weight + 5 + maxK + (native ? 2 : 0),
  };
  const longest = Math.max(0, ...ctx.model.nodes.map((n) => textWidth(n.name)));
  Object.assign(sh.spec.columnWidths, {
    A: Math.min(50, Math.max(34, longest + 2)),
    [colName(weight)]: 11,
    [colName(cols.stats)]: statsWidth(ctx, native),
    [colName(cols.stats + 1)]: 22,
  });
  for (let c = 1; c <= maxK; c++) sh.spec.columnWidths[colName(c)] = 14;
  // Rows from the top of a matrix to the next block: the matrix or the consistency figures, whichever is longer.
  const height = (k: number) => Math.max(k, native ? 6 : REPORT_LENGTH + 1) + 2;
  const blocks = comparisonBlocks(s);
  let r = 3;
  for (const p of parents) {
    const k = p.children.length;
    const expertTops: number[] = [];
    for (const b of blocks) {
      sh.put(r, 0, { value: `${p.name} — ${b.label}`, style: "subtitle" });
      sh.put(r, cols.mirror, { value: t.comparisons.numericMatrix, style: "note" });
      gridHeader(ctx, sh, r + 1, p.children, cols, true);
      const top = r + 2;
      for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) {
          if (i === j) {
            sh.put(top + i, 1 + j, { value: 1, style: "diagonal" });
            sh.put(top + i, cols.mirror + j, {
              value: 1,
              style: "formula",
              numFmt: FORMATS.judgment,
            });
          } else if (i < j) {
            const key = judgmentKey(p.id, b.key, p.children[i].id, p.children[j].id);
            const answer = answers?.get(key);
            if (answer)
              sh.put(top + i, 1 + j, {
                formula: `=IF(${answer}="","",${answer})`,
                style: "formula",
                numFmt: FORMATS.judgment,
              });
            else sh.input(top + i, 1 + j, key);
            sh.put(top + i, cols.mirror + j, {
              formula: `=${judgmentNumber(addr(top + i, 1 + j))}`,
              style: "formula",
              numFmt: FORMATS.judgment,
            });
          } else {
            const upper = addr(top + j, cols.mirror + i);
            const reciprocal = {
              formula: `=IF(${upper}="","",1/${upper})`,
              style: "formula" as const,
              numFmt: FORMATS.judgment,
            };
            sh.put(top + i, 1 + j, reciprocal);
            sh.put(top + i, cols.mirror + j, { ...reciprocal });
          }
        }
      }
      const first = `B${top + 1}`;
      if (!asked)
        sh.spec.validations.push({
          range: rangeOf(top, 1, top + k - 1, k),
          kind: "custom",
          formula: `OR(${first}="",AND(ISNUMBER(${judgmentNumber(first)}),${judgmentNumber(first)}>=0.111,${judgmentNumber(first)}<=9))`,
          prompt: t.comparisons.prompt,
          error: t.comparisons.error,
        });
      const block: Block = {
        key: blockId(p.id, b.key),
        top,
        children: p.children,
        matrix: native
          ? rangeOf(top, cols.mirror, top + k - 1, cols.mirror + k - 1, true)
          : rangeOf(top, 1, top + k - 1, k, true),
        numericColumn: cols.mirror,
      };
      const status = blockResults(ctx, sh, block, cols);
      deviations(ctx, sh, block, cols);
      ctx.blocks.push({
        key: block.key,
        parent: p.name,
        label: b.label,
        aggregate: false,
        judgmentKeys: (i, j) => judgmentKey(p.id, b.key, p.children[i].id, p.children[j].id),
        children: p.children.map((c) => c.name),
        title: sh.ref(r, 0),
        ...status,
        names: sh.ref(top, 0) + ":" + addr(top + k - 1, 0, true),
        matrix: sh.ref(top, cols.mirror) + ":" + addr(top + k - 1, cols.mirror + k - 1, true),
        weights: sh.ref(top, cols.weight) + ":" + addr(top + k - 1, cols.weight, true),
        deviations:
          sh.ref(top, cols.deviation) + ":" + addr(top + k - 1, cols.deviation + k - 1, true),
      });
      expertTops.push(top);
      if (!aggregated(s)) setLocalWeights(ctx, sh, block, cols);
      r = top + height(k);
    }
    if (aggregated(s)) {
      sh.put(r, 0, {
        value: `${p.name} — ${aggregateLabel(blocks.length, ctx.language)}`,
        style: "subtitle",
      });
      gridHeader(ctx, sh, r + 1, p.children, cols, false);
      const top = r + 2;
      for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) {
          if (i === j) {
            sh.put(top + i, 1 + j, { value: 1, style: "diagonal" });
            continue;
          }
          const cells = expertTops.map((t) => addr(t + i, cols.mirror + j)).join(",");
          sh.result(top + i, 1 + j, resultKey.aggregate(p.id, p.children[i].id, p.children[j].id), {
            formula: `=IFERROR(GEOMEAN(${cells}),"")`,
            style: "formula",
            numFmt: FORMATS.aggregate,
          });
        }
      }
      const block: Block = {
        key: blockId(p.id, "aggregate"),
        top,
        children: p.children,
        matrix: rangeOf(top, 1, top + k - 1, k, true),
        numericColumn: 1,
      };
      const status = blockResults(ctx, sh, block, cols);
      ctx.blocks.push({
        key: block.key,
        parent: p.name,
        label: aggregateLabel(blocks.length, ctx.language),
        aggregate: true,
        judgmentKeys: () => "",
        children: p.children.map((c) => c.name),
        title: sh.ref(r, 0),
        ...status,
        names: sh.ref(top, 0) + ":" + addr(top + k - 1, 0, true),
        matrix: sh.ref(top, 1) + ":" + addr(top + k - 1, k, true),
        weights: sh.ref(top, cols.weight) + ":" + addr(top + k - 1, cols.weight, true),
        deviations: "",
      });
      setLocalWeights(ctx, sh, block, cols);
      r = top + height(k);
    }
  }
  // Nodes that are an only child have local weight 1.
  for (const node of ctx.model.nodes)
    if (!ctx.localWeightRef.has(node.id)) ctx.localWeightRef.set(node.id, "1");
  const entry = asked ? t.comparisons.fromQuestionnaire(blocks.length === 1) : t.comparisons.typed;
  sh.note(
    1,
    t.comparisons.note(entry, method, native && s.method === "EIGEN", s.riTable, s.crThreshold),
    cols.stats + 1
  );
  sh.helpers(cols.mirror, cols.deviation + maxK - 1);
  sh.page({ freeze: { rows: 3, columns: 1 }, landscape: true });
}

function gridHeader(
  ctx: BuildContext,
  sh: SheetBuilder,
  r: number,
  children: IndicatorNode[],
  cols: Columns,
  withMirror: boolean
): void {
  children.forEach((c, j) => {
    sh.put(r, 1 + j, { value: c.name, style: "header" });
    sh.put(r + 1 + j, 0, { value: c.name, style: "label", wrap: true });
    if (withMirror) sh.put(r, cols.mirror + j, { value: c.name, style: "header" });
  });
  sh.put(r, cols.weight, { value: ctx.t.common.weight, style: "header" });
}

function setLocalWeights(ctx: BuildContext, sh: SheetBuilder, block: Block, cols: Columns): void {
  block.children.forEach((c, i) =>
    ctx.localWeightRef.set(c.id, sh.ref(block.top + i, cols.weight))
  );
}

/**
 * The ranking helper of an expert's block: |ln ε_ij| (ε_ij = a_ij·w_j/w_i) of every judgment
 * i < j to 9 decimals, less (i·k + j)·10⁻¹² so that no two are equal and ties rank the earlier
 * pair first, as AHP.SUGGEST does; blank where a judgment or weight is missing.
 */
function deviations(ctx: BuildContext, sh: SheetBuilder, block: Block, cols: Columns): void {
  const { top, numericColumn: m0 } = block;
  const k = block.children.length;
  sh.put(top - 1, cols.deviation, { value: ctx.t.comparisons.deviation, style: "note" });
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const a = addr(top + i, m0 + j);
      const wi = addr(top + i, cols.weight);
      const wj = addr(top + j, cols.weight);
      sh.put(top + i, cols.deviation + j, {
        formula: `=IFERROR(IF(AND(ISNUMBER(${a}),ISNUMBER(${wi}),ISNUMBER(${wj})),ROUND(ABS(LN(${a}*${wj}/${wi})),9)-${i * k + j}E-12,""),"")`,
        style: "formula",
      });
    }
  }
}

/**
 * Weights, λmax, CI, RI, CR and status of one block, beside it; returns where its CR
 * is (sheet-qualified).
 */
function blockResults(
  ctx: BuildContext,
  sh: SheetBuilder,
  block: Block,
  cols: Columns
): { cr: string } {
  const s = ctx.settings;
  const { key, top, matrix } = block;
  const k = block.children.length;
  const value = cols.stats + 1;
  const at = (row: number) => addr(top - 1 + row, value);
  let crRow: number;
  let statusRow: number;
  if (s.style === "native") {
    nativeBlockResults(ctx, sh, block, cols);
    crRow = 3;
    statusRow = 4;
  } else {
    const method = quoted(effectiveMethod(s));
    sh.array(
      top,
      cols.weight,
      k,
      1,
      {
        formula: `=IFERROR(AHP.WEIGHTS(${matrix},${method}),"")`,
        style: "result",
        numFmt: FORMATS.weight,
      },
      (i) => resultKey.blockWeight(key, i)
    );
    const rows = ctx.t.comparisons.report(s.crThreshold);
    rows.forEach((label, i) => sh.put(top - 1 + i, cols.stats, { value: label, style: "label" }));
    const keys = new Map<number, string>([
      [REPORT_AT.lambda, resultKey.lambda(key)],
      [REPORT_AT.ci, resultKey.ci(key)],
      [REPORT_AT.ri, resultKey.ri(key)],
      [REPORT_AT.cr, resultKey.cr(key)],
    ]);
    const report = `AHP.REPORT(${matrix},${method},${quoted(s.riTable)},${s.crThreshold})`;
    sh.array(
      top - 1,
      value,
      rows.length,
      1,
      {
        formula: `=IFERROR(INDEX(${report},0,2),"")`,
        style: "formula",
        numFmt: FORMATS.consistency,
      },
      (i) => keys.get(i)
    );
    (sh.spec.cells.get(addr(top - 1, value)) as CellSpec).numFmt = "0"; // n
    crRow = REPORT_AT.cr;
    statusRow = rows.length;
    sh.put(top - 1 + statusRow, cols.stats, { value: ctx.t.comparisons.status, style: "label" });
  }
  const cr = at(crRow);
  sh.put(top - 1 + statusRow, value, {
    formula: `=IF(ISNUMBER(${cr}),IF(${cr}<${s.crThreshold},${quoted(ctx.t.comparisons.consistent)},${quoted(ctx.t.comparisons.revise(s.crThreshold))}),${quoted(ctx.t.comparisons.incompleteOrInvalid)})`,
    style: "formula",
  });
  const flagged = rangeOf(top - 1 + crRow, value, top - 1 + statusRow, value);
  const crAbs = `$${colName(value)}$${top + crRow}`;
  sh.spec.conditionalFormats.push(
    {
      range: flagged,
      formula: `AND(ISNUMBER(${crAbs}),${crAbs}>=${s.crThreshold})`,
      fill: "F8CBAD",
      font: "9C0006",
    },
    {
      range: flagged,
      formula: `AND(ISNUMBER(${crAbs}),${crAbs}<${s.crThreshold})`,
      fill: "C6EFCE",
      font: "006100",
    }
  );
  return { cr: sh.ref(top - 1 + crRow, value) };
}

/** Native style: weights by SQRT (row geometric means) or SUM (normalised columns), λmax, CI, RI and CR from built-in functions. */
function nativeBlockResults(
  ctx: BuildContext,
  sh: SheetBuilder,
  block: Block,
  cols: Columns
): void {
  const s = ctx.settings;
  const method = effectiveMethod(s);
  const { key, top, matrix, numericColumn: m0 } = block;
  const k = block.children.length;
  const W = cols.weight;
  const H = cols.helper;
  const value = cols.stats + 1;
  const at = (row: number) => addr(top - 1 + row, value);
  ctx.t.comparisons
    .nativeStats(s.riTable)
    .forEach((l, i) => sh.put(top - 1 + i, cols.stats, { value: l, style: "label" }));
  const wcol = rangeOf(top, W, top + k - 1, W, true);
  const row = (i: number) => rangeOf(top + i, m0, top + i, m0 + k - 1, true);
  for (let i = 0; i < k; i++) {
    if (method === "SQRT") {
      const means = rangeOf(top, H, top + k - 1, H, true);
      sh.put(top + i, H, {
        formula: `=IF(COUNT(${row(i)})=${k},GEOMEAN(${row(i)}),"")`,
        style: "formula",
      });
      sh.result(top + i, W, resultKey.blockWeight(key, i), {
        formula: `=IF(COUNT(${means})=${k},${addr(top + i, H)}/SUM(${means}),"")`,
        style: "result",
        numFmt: FORMATS.weight,
      });
    } else {
      const sums = rangeOf(top + k, m0, top + k, m0 + k - 1, true);
      sh.result(top + i, W, resultKey.blockWeight(key, i), {
        formula: `=IF(COUNT(${matrix})=${k * k},SUMPRODUCT(${row(i)}/${sums})/${k},"")`,
        style: "result",
        numFmt: FORMATS.weight,
      });
    }
    sh.put(top + i, H + 1, {
      formula: `=IF(ISNUMBER(${addr(top + i, W)}),MMULT(${row(i)},${wcol}),"")`,
      style: "formula",
    });
  }
  if (method === "SUM") {
    for (let j = 0; j < k; j++)
      sh.put(top + k, m0 + j, {
        formula: `=SUM(${rangeOf(top, m0 + j, top + k - 1, m0 + j)})`,
        style: "formula",
      });
  }
  sh.put(top - 1, H, {
    value: method === "SQRT" ? ctx.t.comparisons.rowMean : "",
    style: "note",
  });
  sh.put(top - 1, H + 1, { value: "(Aw)ᵢ", style: "note" });
  const aw = rangeOf(top, H + 1, top + k - 1, H + 1, true);
  sh.result(top - 1, value, resultKey.lambda(key), {
    formula: `=IF(COUNT(${wcol})=${k},SUMPRODUCT(${aw}/${wcol})/${k},"")`,
    style: "formula",
    numFmt: FORMATS.consistency,
  });
  sh.result(top, value, resultKey.ci(key), {
    formula:
      k <= 2
        ? `=IF(ISNUMBER(${at(0)}),0,"")`
        : `=IF(ISNUMBER(${at(0)}),(${at(0)}-${k})/${k - 1},"")`,
    style: "formula",
    numFmt: FORMATS.consistency,
  });
  let ri: number | string;
  try {
    ri = randomIndex(k, s.riTable);
  } catch {
    ri = ctx.t.comparisons.riTooLarge;
  }
  sh.result(top + 1, value, resultKey.ri(key), {
    value: ri,
    style: "formula",
    numFmt: FORMATS.consistency,
  });
  sh.result(top + 2, value, resultKey.cr(key), {
    formula: `=IF(ISNUMBER(${at(1)}),IF(${at(2)}=0,0,${at(1)}/${at(2)}),"")`,
    style: "result",
    numFmt: FORMATS.consistency,
  });
}
