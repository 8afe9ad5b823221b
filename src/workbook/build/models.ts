/**
 * The Models table of the Results sheet (several units): per unit the score and rank by each
 * evaluation model the workbook holds (src/workbook/models.ts), and Spearman's rank
 * correlation between the models. Ranks and ρ use built-in functions only: average ranks from
 * SUMPRODUCT (ties share the mean of their ranks) and CORREL of the rank columns. TOPSIS and GRA
 * read a units × indicators matrix of mean scores in hidden helper columns: TOPSIS.SCORE and
 * GRA.GRADE in add-in style, the same steps in built-in formulas in native style.
 */
import { MODELS_RHO, ModelId, modelsKey, modelsOf } from "../models";
import { indicators } from "../model";
import { FORMATS, addr, parseAddr, rangeOf } from "../spec";
import type { BuildContext, SheetBuilder } from "./context";

/** Where the grey tables are: what the mean-score matrix of TOPSIS and GRA reads. */
export interface GreySamples {
  /** First row of each unit's grey table (one row per indicator, in indicators() order). */
  firstRows: number[];
  /** First sample column (one per expert). */
  sampleColumn: number;
  /** First free column for hidden helpers. */
  helperColumn: number;
  /** Column of the indicator weights the evaluation uses (rows of the first grey table). */
  weightColumn: number;
}

/** Writes the table at `top`; `w` is the Units table's W column. Returns the next free row. */
export function modelsTable(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  w: string,
  globalRef: Map<string, string>,
  grey: GreySamples
): number {
  const ids = modelsOf(ctx.model);
  if (ids.length === 0) return top;
  const quant = indicators(ctx.model).filter((n) => n.type === "quantitative");
  let r = top;
  const t = ctx.t.models;
  sh.put(r++, 0, { value: t.title, style: "subtitle" });
  sh.put(r, 0, { value: ctx.t.common.unit, style: "header" });
  ids.forEach((m, k) => {
    sh.put(r, 1 + 2 * k, { value: t.labels[m], style: "header" });
    sh.put(r, 2 + 2 * k, { value: ctx.t.common.rank, style: "header" });
  });
  r++;
  const first = r;
  const last = first + ctx.units.length - 1;
  const wTop = parseAddr(w.split(":")[0]).r;
  const byScores = ids.includes("topsis") ? scoreMatrix(ctx, sh, r - 1, first, grey) : null;
  ctx.units.forEach((u, j) => {
    const row = first + j;
    sh.put(row, 0, { value: u.name, style: "label" });
    ids.forEach((m, k) => {
      const c = 1 + 2 * k;
      let formula = "";
      if ((m === "topsis" || m === "gra") && byScores) {
        if (j === 0) scoreModelColumn(ctx, sh, m, first, c, byScores);
      } else if (m === "grey") {
        const cell = addr(wTop + j, 1);
        formula = `=IF(ISNUMBER(${cell}),${cell},"")`;
      } else if (m === "dea") {
        const cell = ctx.deaScoreRef.get(u.name) as string;
        formula = `=IF(ISNUMBER(${cell}),${cell},"")`;
      } else if (m === "quant") {
        const terms = quant.map((n) => [globalRef.get(n.id), u.quantScoreRef.get(n.id)]);
        formula = `=IFERROR((${terms.map(([g, q]) => `${g}*${q}`).join("+")})/(${terms.map(([g]) => g).join("+")}),"")`;
      }
      if (m !== "topsis" && m !== "gra")
        sh.result(row, c, modelsKey.value(m, u.name), {
          formula,
          style: "result",
          numFmt: m === "grey" || m === "quant" ? FORMATS.score : FORMATS.weight,
        });
      const v = addr(row, c);
      const col = rangeOf(first, c, last, c, true);
      sh.result(row, c + 1, modelsKey.rank(m, u.name), {
        formula: `=IF(ISNUMBER(${v}),1+SUMPRODUCT(ISNUMBER(${col})*(${col}>${v}))+(SUMPRODUCT(ISNUMBER(${col})*(${col}=${v}))-1)/2,"")`,
        style: "formula",
        numFmt: "0.#",
      });
    });
  });
  r = last + 2;
  sh.put(r++, 0, { value: t.spearman, style: "subtitle" });
  ids.forEach((m, k) => {
    sh.put(r, 1 + k, { value: t.labels[m], style: "header" });
    sh.put(r + 1 + k, 0, { value: t.labels[m], style: "label", wrap: true });
  });
  const ranks = (k: number) => rangeOf(first, 2 + 2 * k, last, 2 + 2 * k, true);
  ids.forEach((a, i) =>
    ids.forEach((b, k) => {
      const at = { r: r + 1 + i, c: 1 + k };
      if (i === k) sh.put(at.r, at.c, { value: 1, style: "diagonal", numFmt: FORMATS.consistency });
      else if (i < k)
        sh.result(at.r, at.c, modelsKey.rho(a, b), {
          formula: `=IFERROR(CORREL(${ranks(i)},${ranks(k)}),"")`,
          style: "result",
          numFmt: FORMATS.consistency,
        });
      else
        sh.put(at.r, at.c, {
          formula: `=${addr(r + 1 + k, 1 + i)}`,
          style: "formula",
          numFmt: FORMATS.consistency,
        });
    })
  );
  r += ids.length + 1;
  if (byScores) sh.note(r++, t.note, 2 * ids.length);
  return r + 1;
}

/** The mean-score matrix and the helper cells of TOPSIS and GRA, in hidden helper columns. */
interface ScoreMatrix {
  /** Units × indicators, absolute. */
  matrix: string;
  /** The indicators' weights as a row, absolute. */
  weights: string;
  /** First column and row of the matrix, and its size. */
  column: number;
  row: number;
  n: number;
  m: number;
  /** GRA: Δ of every unit (a block of the matrix's size), the weights without constant columns, Δmin and Δmax. */
  delta: number;
  graWeights: string;
  dMin: string;
  dMax: string;
  /** Native TOPSIS: the column of each unit's D⁺ (D⁻ one to the right). */
  distances: number;
}

/**
 * Each unit's mean score per indicator (its grey sample: the experts' scores, or the
 * quantitative score), one row per unit at the Models table's rows; below it a row of weights,
 * GRA's Δ block and, in native style, TOPSIS's norms and ideal rows; right of it (native) D⁺, D⁻.
 */
function scoreMatrix(
  ctx: BuildContext,
  sh: SheetBuilder,
  header: number,
  first: number,
  grey: GreySamples
): ScoreMatrix {
  const leaves = indicators(ctx.model);
  const m = leaves.length;
  const n = ctx.units.length;
  const p = ctx.settings.experts.length;
  const C = grey.helperColumn;
  const last = first + n - 1;
  const W = last + 1; // weights
  const GW = W + 1; // GRA's weights: 0 for an indicator equal in every unit
  const D = GW + 1; // Δ, n rows; then Δmin, Δmax
  const T = D + n + 1; // native TOPSIS: ‖x‖, v⁺, v⁻
  const label = (r: number, text: string) => sh.put(r, C + m, { value: text, style: "label" });
  leaves.forEach((node, i) => {
    sh.put(header, C + i, { value: node.name, style: "header" });
    ctx.units.forEach((u, j) => {
      const row = grey.firstRows[j] + i;
      const samples = rangeOf(row, grey.sampleColumn, row, grey.sampleColumn + p - 1);
      sh.result(first + j, C + i, modelsKey.meanScore(node.id, u.name), {
        formula: `=IF(COUNT(${samples})=${p},AVERAGE(${samples}),"")`,
        style: "formula",
        numFmt: FORMATS.score,
      });
    });
    const col = rangeOf(first, C + i, last, C + i, true);
    const spread = `MAX(${col})>MIN(${col})`;
    sh.put(W, C + i, {
      formula: `=${addr(grey.firstRows[0] + i, grey.weightColumn, true)}`,
      style: "formula",
      numFmt: FORMATS.weight,
    });
    sh.put(GW, C + i, {
      formula: `=IF(${spread},${addr(W, C + i)},0)`,
      style: "formula",
      numFmt: FORMATS.weight,
    });
    for (let j = 0; j < n; j++)
      sh.put(D + j, C + i, {
        formula: `=IF(${spread},(MAX(${col})-${addr(first + j, C + i)})/(MAX(${col})-MIN(${col})),0)`,
        style: "formula",
      });
  });
  const helpers = ctx.t.models.helpers;
  label(W, helpers[0]);
  label(GW, helpers[1]);
  label(D, helpers[2]);
  const deltas = rangeOf(D, C, D + n - 1, C + m - 1, true);
  sh.put(D + n, C, { formula: `=MIN(${deltas})`, style: "formula" });
  sh.put(D + n, C + 1, { formula: `=MAX(${deltas})`, style: "formula" });
  label(D + n, helpers[3]);
  const out: ScoreMatrix = {
    matrix: rangeOf(first, C, last, C + m - 1, true),
    weights: rangeOf(W, C, W, C + m - 1, true),
    column: C,
    row: first,
    n,
    m,
    delta: D,
    graWeights: rangeOf(GW, C, GW, C + m - 1, true),
    dMin: addr(D + n, C, true),
    dMax: addr(D + n, C + 1, true),
    distances: C + m + 1,
  };
  if (ctx.settings.style === "native") topsisHelpers(sh, T, out, ctx.t.models.topsis);
  sh.helpers(C, C + m + 2);
  return out;
}

/**
 * Native TOPSIS from row `T` down: each indicator's vector norm and the weighted ideal best and
 * worst; right of the matrix each unit's D⁺ and D⁻.
 */
function topsisHelpers(
  sh: SheetBuilder,
  T: number,
  x: ScoreMatrix,
  labels: readonly string[]
): void {
  const { column: C, row: first, n, m } = x;
  const last = first + n - 1;
  labels.forEach((l, k) => sh.put(T + k, C + m, { value: l, style: "label" }));
  for (let i = 0; i < m; i++) {
    const col = rangeOf(first, C + i, last, C + i, true);
    const norm = addr(T, C + i, true);
    const weight = addr(last + 1, C + i, true);
    sh.put(T, C + i, { formula: `=SQRT(SUMSQ(${col}))`, style: "formula" });
    sh.put(T + 1, C + i, { formula: `=${weight}*MAX(${col})/${norm}`, style: "formula" });
    sh.put(T + 2, C + i, { formula: `=${weight}*MIN(${col})/${norm}`, style: "formula" });
  }
  const row = (r: number) => rangeOf(r, C, r, C + m - 1, true);
  for (let j = 0; j < n; j++) {
    const v = `${x.weights}*${rangeOf(first + j, C, first + j, C + m - 1)}/${row(T)}`;
    sh.put(first + j, x.distances, {
      formula: `=SQRT(SUMPRODUCT((${v}-${row(T + 1)})^2))`,
      style: "formula",
    });
    sh.put(first + j, x.distances + 1, {
      formula: `=SQRT(SUMPRODUCT((${v}-${row(T + 2)})^2))`,
      style: "formula",
    });
  }
  sh.put(first - 1, x.distances, { value: "D⁺", style: "header" });
  sh.put(first - 1, x.distances + 1, { value: "D⁻", style: "header" });
}

/**
 * The column of TOPSIS closeness or GRA grades for every unit (the Models table's rows from
 * `first`). GRA leaves out indicators equal in every unit (min-max normalisation is undefined
 * for them); with any other indicator Δmin = 0 and Δmax = 1.
 */
function scoreModelColumn(
  ctx: BuildContext,
  sh: SheetBuilder,
  model: ModelId,
  first: number,
  c: number,
  x: ScoreMatrix
): void {
  const key = (j: number) => modelsKey.value(model, ctx.units[j].name);
  const style = { style: "result" as const, numFmt: FORMATS.weight };
  if (model === "topsis" && ctx.settings.style !== "native") {
    const formula = `=IFERROR(TOPSIS.SCORE(${x.matrix},${x.weights}),"")`;
    sh.array(first, c, x.n, 1, { formula, ...style }, (j) => key(j));
    return;
  }
  const top = `(${x.dMin}+${MODELS_RHO}*${x.dMax})`;
  for (let j = 0; j < x.n; j++) {
    const dPlus = addr(first + j, x.distances);
    const dMinus = addr(first + j, x.distances + 1);
    const deltas = rangeOf(x.delta + j, x.column, x.delta + j, x.column + x.m - 1);
    // MAX, MIN and SUMSQ skip blanks, SUMPRODUCT takes them as 0: every score and weight must be there.
    const value =
      model === "topsis"
        ? `${dMinus}/(${dPlus}+${dMinus})`
        : `SUMPRODUCT(${x.graWeights},${top}/(${deltas}+${MODELS_RHO}*${x.dMax}))/SUM(${x.graWeights})`;
    const complete = `AND(COUNT(${x.matrix})=${x.n * x.m},COUNT(${x.weights})=${x.m})`;
    const formula = `=IF(${complete},IFERROR(${value},""),"")`;
    sh.result(first + j, c, key(j), { formula, ...style });
  }
}
