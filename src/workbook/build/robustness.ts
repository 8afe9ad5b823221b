/**
 * The Robustness block of the Results sheet (src/workbook/robustness.ts computes the same):
 * - the judgments perturbed (Monte-Carlo): how often each unit keeps its grade (and rank), and
 *   the spread of W; values computed when the workbook is built;
 * - with several units, the smallest change of one criterion's weight that lets the second unit
 *   overtake the first (rank reversal), live from the Evaluation table's W per criterion.
 */
import { CONSENSUS_WORDS, minAlphaEntropy } from "../../core/ahp/consensus";
import { blockId } from "../keys";
import { aggregated, comparisonBlocks } from "../layout";
import { comparisonParents } from "../model";
import {
  CONSENSUS_SCALE_MAX,
  MC_FIELDS,
  MONTE_CARLO,
  SENSITIVITY_FIELDS,
  SENSITIVITY_STEP,
  monteCarlo,
  robustnessKey,
  sensitivityValues,
} from "../robustness";
import type { CellValue, ChartSpec } from "../spec";
import { evaluateModel } from "../evaluate";
import { FORMATS, addr, rangeOf } from "../spec";
import { BuildContext, SheetBuilder, UnitLayout, quoted } from "./context";

/** Where the evaluation's figures are, for the formulas of the block. */
export interface EvaluationCells {
  /** First-level criteria in order: id, name and the cell of its global weight. */
  criteria: { id: string; name: string; weight: string }[];
  /** Per unit (in ctx.units order): the cell of W and of each criterion's W, by criterion id. */
  units: {
    unit: UnitLayout;
    w: string;
    grade: string;
    criterionW: Map<string, string>;
    /** GREY.SENSITIVITY's arguments: the unit's samples, indicator weights, criterion labels and criteria weights (absolute ranges). */
    samples: string;
    weights: string;
    groups: string;
    groupWeights: string;
  }[];
  /** Several units: the Units table's W column, absolute, and its first row. */
  unitW?: { range: string; first: number };
  /** First free column for hidden helpers. */
  helperColumn: number;
  /** The grey scale as the add-in's functions read it: the Evaluation table's labels above their centres (absolute). */
  scale: string;
}

/** Writes the block at `top`; returns the next free row and the tornado chart, for the caller to add after its own. */
export function robustnessBlock(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  cells: EvaluationCells
): { next: number; chart: ChartSpec | null } {
  let r = top;
  // Everything but this block: the Monte-Carlo below runs once.
  const computed = evaluateModel(ctx.model, ctx.inputs, { robustness: false });
  sh.put(r++, 0, { value: ctx.t.robustness.title, style: "subtitle" });
  const sensitivity = sensitivityTables(ctx, sh, r, cells, computed);
  r = monteCarloTable(ctx, sh, sensitivity.next, cells, computed);
  if (ctx.several && cells.unitW) r = reversalTable(ctx, sh, r, cells);
  if (aggregated(ctx.settings)) r = consensusTable(ctx, sh, r);
  return { next: r, chart: sensitivity.chart };
}

/**
 * Several experts: per comparison block Goepel's consensus S* of the experts' weights (as
 * AHP.CONSENSUS) and its word; per element the AIJ weight beside the AIP weight (the experts'
 * weights' geometric mean, renormalised, as AHP.AIP) and their arithmetic mean. Built-in
 * formulas over the Comparisons sheet's weights, in both styles.
 */
function consensusTable(ctx: BuildContext, sh: SheetBuilder, top: number): number {
  let r = top;
  const experts = comparisonBlocks(ctx.settings);
  const K = experts.length;
  const byKey = new Map(ctx.blocks.map((b) => [b.key, b]));
  const parents = comparisonParents(ctx.model);
  const t = ctx.t.robustness;
  sh.put(r++, 0, { value: t.consensus, style: "subtitle" });
  sh.note(r++, t.consensusNote(CONSENSUS_SCALE_MAX), 5);
  t.consensusHeaders.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  for (const p of parents) {
    const ranges = experts.map((e) => byKey.get(blockId(p.id, e.key))?.weights as string);
    const aij = byKey.get(blockId(p.id, "aggregate"))?.weights as string;
    const n = p.children.length;
    const first = r;
    const log = ranges.map((w) => `LN(${w})`).join("+");
    p.children.forEach((c, i) => {
      const at = (w: string) => `INDEX(${w},${i + 1})`;
      const cells = ranges.map(at).join(",");
      sh.put(r, 0, { value: i === 0 ? p.name : "", style: "label" });
      sh.put(r, 1, { value: c.name, style: "label" });
      sh.result(r, 2, robustnessKey.weightBy("aij", p.id, i), {
        formula: `=IF(ISNUMBER(${at(aij)}),${at(aij)},"")`,
        style: "formula",
        numFmt: FORMATS.weight,
      });
      sh.result(r, 3, robustnessKey.weightBy("aip", p.id, i), {
        formula: `=IFERROR(GEOMEAN(${cells})/SUMPRODUCT(EXP((${log})/${K})),"")`,
        style: "result",
        numFmt: FORMATS.weight,
      });
      sh.result(r, 4, robustnessKey.weightBy("mean", p.id, i), {
        formula: `=IF(COUNT(${cells})=${K},AVERAGE(${cells}),"")`,
        style: "formula",
        numFmt: FORMATS.weight,
      });
      r++;
    });
    // S* from Hα (the experts' mean entropy) and Hγ (the entropy of their mean).
    const means = rangeOf(first, 4, first + n - 1, 4);
    const alpha = `-(${ranges.map((w) => `SUMPRODUCT(${w},LN(${w}))`).join("+")})/${K}`;
    const gamma = `-SUMPRODUCT(${means},LN(${means}))`;
    const c = Math.exp(minAlphaEntropy(n, CONSENSUS_SCALE_MAX)) / n;
    const sStar = `MIN(1,(EXP(-MAX(0,${gamma}-(${alpha})))-${c})/(1-${c}))`;
    const s = sh.result(first, 5, robustnessKey.consensus(p.id), {
      formula: `=IFERROR(IF(${sStar}<0,"",${sStar}),"")`,
      style: "result",
      numFmt: FORMATS.consistency,
    });
    const words = t.consensusWords;
    const word = CONSENSUS_WORDS.slice(0, -1).reduceRight(
      (rest, x, i) => `IF(${s}${x.upTo === 0.5 ? "<" : "<="}${x.upTo},${quoted(words[i])},${rest})`,
      quoted(words[CONSENSUS_WORDS.length - 1])
    );
    sh.result(first, 6, robustnessKey.consensusWord(p.id), {
      formula: `=IF(ISNUMBER(${s}),${word},"")`,
      style: "result",
    });
  }
  return r + 1;
}

/**
 * Per unit, each first-level criterion's weight moved by ±SENSITIVITY_STEP (the others rescaled
 * proportionally): W and the grade, the smallest changes that change the grade, and W's change
 * (the tornado chart of the first unit reads it). Add-in style: one GREY.SENSITIVITY per unit;
 * native style: its values computed at build.
 */
function sensitivityTables(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  cells: EvaluationCells,
  computed: Map<string, CellValue>
): { next: number; chart: ChartSpec | null } {
  const native = ctx.settings.style === "native";
  const step = SENSITIVITY_STEP;
  const values = native ? sensitivityValues(ctx.model, computed) : new Map<string, CellValue>();
  const k = cells.criteria.length;
  let r = top;
  const t = ctx.t.robustness;
  sh.note(r++, t.sensitivityNote(step, native), 9);
  const headers = t.sensitivityHeaders(step);
  const formats = [
    undefined,
    FORMATS.weight,
    FORMATS.score,
    undefined,
    FORMATS.score,
    undefined,
    FORMATS.weight,
    FORMATS.weight,
  ];
  let chart: { categories: string; minus: string; plus: string } | null = null;
  cells.units.forEach((u, j) => {
    const key = ctx.several ? u.unit.name : undefined;
    if (ctx.several) sh.put(r++, 0, { value: u.unit.name, style: "label" });
    const head = r;
    if (native) {
      headers.forEach((h, c) => sh.put(head, c, { value: h, style: "header" }));
      cells.criteria.forEach((c, i) => {
        sh.put(head + 1 + i, 0, { value: c.name, style: "label" });
        SENSITIVITY_FIELDS.forEach((f, x) =>
          sh.result(head + 1 + i, 1 + x, robustnessKey.sensitivity(c.id, f, key), {
            value: values.get(robustnessKey.sensitivity(c.id, f, key)) ?? "",
            style: "result",
            numFmt: formats[1 + x],
          })
        );
      });
    } else {
      sh.array(
        head,
        0,
        k + 1,
        headers.length,
        {
          formula: `=IFERROR(GREY.SENSITIVITY(${u.samples},${u.weights},${u.groups},${u.groupWeights},${cells.scale},${step}),"")`,
          style: "result",
        },
        (i, x) =>
          i > 0 && x > 0
            ? robustnessKey.sensitivity(cells.criteria[i - 1].id, SENSITIVITY_FIELDS[x - 1], key)
            : undefined
      );
      // The function's first row is its header; number formats by column.
      for (let x = 0; x < headers.length; x++) {
        const at = addr(head, x);
        const cell = sh.spec.cells.get(at);
        if (cell) cell.style = "header";
        for (let i = 1; i <= k; i++) {
          const c = sh.spec.cells.get(addr(head + i, x));
          if (c && formats[x]) c.numFmt = formats[x];
        }
      }
    }
    // W's change at −step and +step, for the tornado chart.
    t.deltaHeaders(step).forEach((h, x) => sh.put(head, 8 + x, { value: h, style: "header" }));
    for (let i = 1; i <= k; i++)
      [2, 4].forEach((c, x) => {
        const v = addr(head + i, c);
        sh.put(head + i, 8 + x, {
          formula: `=IF(AND(ISNUMBER(${v}),ISNUMBER(${u.w})),${v}-${u.w},"")`,
          style: "formula",
          numFmt: "+0.000;-0.000;0.000",
        });
      });
    if (j === 0)
      chart = {
        categories: rangeOf(head + 1, 0, head + k, 0),
        minus: rangeOf(head + 1, 8, head + k, 8),
        plus: rangeOf(head + 1, 9, head + k, 9),
      };
    r = head + k + 2;
  });
  if (!chart) return { next: r, chart: null };
  const c = chart as { categories: string; minus: string; plus: string };
  const height = Math.max(10, k + 6);
  return {
    next: r + height + 1,
    chart: {
      kind: "bar",
      tornado: true,
      title: t.tornado(step, ctx.several ? ctx.units[0].name : null),
      categories: c.categories,
      series: [
        { name: t.tornadoSeries(step)[0], values: c.minus },
        { name: t.tornadoSeries(step)[1], values: c.plus },
      ],
      axisFormat: "+0.00;-0.00;0",
      anchor: addr(r, 0),
      width: 5,
      height,
    },
  };
}

/** The judgments perturbed: per unit the share of samples keeping its grade (and rank), W's mean, SD, P5 and P95. */
function monteCarloTable(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  cells: EvaluationCells,
  computed: Map<string, CellValue>
): number {
  let r = top;
  const mc = monteCarlo(ctx.model, ctx.inputs, computed);
  const o = MONTE_CARLO;
  const t = ctx.t.robustness;
  sh.note(
    r++,
    typeof mc === "string"
      ? t.monteCarloPending(mc)
      : t.monteCarloNote(o.spread, o.maxCr, mc.samples, o.seed),
    7
  );
  const headers = [...t.monteCarloHeaders];
  if (ctx.several) headers.push(t.sameRank);
  headers.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  const fields: [(typeof MC_FIELDS)[number], string][] = [
    ["same", FORMATS.share],
    ["mean", FORMATS.score],
    ["sd", FORMATS.score],
    ["p5", FORMATS.score],
    ["p95", FORMATS.score],
  ];
  if (ctx.several) fields.push(["rank", FORMATS.share]);
  ctx.units.forEach((unit, k) => {
    const key = ctx.several ? unit.name : undefined;
    sh.put(r, 0, { value: ctx.several ? unit.name : ctx.model.goal, style: "label" });
    const grade = cells.units[k].grade;
    sh.put(r, 1, { formula: `=IF(${grade}="","",${grade})`, style: "formula" });
    fields.forEach(([f, numFmt], c) =>
      sh.result(r, 2 + c, robustnessKey.mc(f, key), {
        value: typeof mc === "string" ? "" : mc.units[k][f],
        style: "result",
        numFmt,
      })
    );
    r++;
  });
  return r + 1;
}

/**
 * Rank reversal: for each first-level criterion, the weight at which the second unit's W
 * equals the first's (W_u(x) = x·W_uc + (1 − x)·(W_u − w_c·W_uc)/(1 − w_c), the other criteria
 * rescaled proportionally) and the change from today's weight; the smallest change below.
 */
function reversalTable(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  cells: EvaluationCells
): number {
  const { range: ws, first: wFirst } = cells.unitW as { range: string; first: number };
  const n = ctx.units.length;
  const H = cells.helperColumn;
  // Hidden helpers at the Units table's rows: W without the first unit, then each criterion's W.
  const firstAt = `MATCH(MAX(${ws}),${ws},0)`;
  const others = rangeOf(wFirst, H, wFirst + n - 1, H, true);
  const t = ctx.t.robustness;
  sh.put(wFirst - 1, H, { value: t.firstLeftOut, style: "header" });
  for (let j = 0; j < n; j++)
    sh.put(wFirst + j, H, {
      formula: `=IF(${j + 1}=${firstAt},-1,${addr(wFirst + j, 1)})`,
      style: "formula",
    });
  cells.criteria.forEach((c, k) => {
    sh.put(wFirst - 1, H + 1 + k, { value: t.criterionW(c.name), style: "header" });
    cells.units.forEach((u, j) =>
      sh.put(wFirst + j, H + 1 + k, {
        formula: `=${u.criterionW.get(c.id)}`,
        style: "formula",
        numFmt: FORMATS.score,
      })
    );
  });
  sh.helpers(H, H + cells.criteria.length);
  let r = top;
  const names = rangeOf(wFirst, 0, wFirst + n - 1, 0, true);
  const secondAt = `MATCH(MAX(${others}),${others},0)`;
  sh.put(r, 0, { value: t.reversal, style: "subtitle" });
  r++;
  sh.put(r, 0, { value: t.first, style: "label" });
  sh.put(r, 1, { formula: `=IFERROR(INDEX(${names},${firstAt}),"")`, style: "formula" });
  sh.put(r + 1, 0, { value: t.second, style: "label" });
  sh.put(r + 1, 1, { formula: `=IFERROR(INDEX(${names},${secondAt}),"")`, style: "formula" });
  r += 2;
  t.reversalHeaders.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  const first = r;
  const wA = `INDEX(${ws},${firstAt})`;
  const wB = `INDEX(${ws},${secondAt})`;
  cells.criteria.forEach((c, k) => {
    const col = rangeOf(wFirst, H + 1 + k, wFirst + n - 1, H + 1 + k, true);
    const w = addr(r, 1);
    sh.put(r, 0, { value: c.name, style: "label" });
    sh.put(r, 1, { formula: `=${c.weight}`, style: "formula", numFmt: FORMATS.weight });
    const dc = `(INDEX(${col},${firstAt})-INDEX(${col},${secondAt}))`;
    const dr = `((${wA}-${w}*INDEX(${col},${firstAt}))-(${wB}-${w}*INDEX(${col},${secondAt})))/(1-${w})`;
    const x = `(${dr})/((${dr})-${dc})`;
    const at = sh.result(r, 2, robustnessKey.reversal(c.id, "at"), {
      formula: `=IFERROR(IF(AND(${x}>=0,${x}<=1),${x},""),"")`,
      style: "result",
      numFmt: FORMATS.weight,
    });
    const change = sh.result(r, 3, robustnessKey.reversal(c.id, "change"), {
      formula: `=IF(ISNUMBER(${at}),${at}-${w},"")`,
      style: "result",
      numFmt: "+0.0000;-0.0000;0.0000",
    });
    sh.put(r, 4, {
      formula: `=IF(ISNUMBER(${change}),ABS(${change}),"")`,
      style: "formula",
      numFmt: FORMATS.weight,
    });
    r++;
  });
  const sizes = rangeOf(first, 4, r - 1, 4);
  sh.put(r, 0, { value: t.smallest, style: "label" });
  sh.result(r, 4, robustnessKey.reversalSmallest, {
    formula: `=IF(COUNT(${sizes})>0,MIN(${sizes}),"")`,
    style: "result",
    numFmt: FORMATS.weight,
  });
  return r + 2;
}
