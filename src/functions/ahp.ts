/**
 * AHP.* custom functions: thin adapters from Excel ranges to src/core/ahp. A matrix is parsed
 * and validated once per content (src/functions/cache.ts), and its weights once per method, so
 * AHP.WEIGHTS, AHP.CR and AHP.REPORT on the same block cost one evaluation.
 */
import {
  Judgments,
  MAX_MINIMISED_GAPS,
  Priorities,
  WeightMethod,
  Weights,
  aggregateJudgments,
  aggregatePriorities,
  consistencyIndex,
  consistencyRatio,
  eigenOfNumbers,
  expertWeights,
  fromUpperTriangle,
  geometricConsistencyIndex,
  globalWeights,
  groupConsensus,
  judgmentsFromNumbers,
  parseJudgments,
  priorities,
  priorityMean,
  randomIndex,
  riTable,
  suggestions,
  weightMethod,
  weightUncertainty,
  UNCERTAINTY_MAX_CR,
} from "../core/ahp";
import { isBlank, toGrid } from "../core/cells";
import { InputError } from "../core/errors";
import { numbersMemo } from "./cache";
import {
  checkCells,
  column,
  excel,
  excelGrid,
  isOmitted,
  optionalNumber,
  optionalText,
  readNumberList,
  readNumbers,
  readVector,
  requiredNumber,
} from "./excel";

/** The largest hierarchy AHP.GLOBAL takes. */
export const MAX_NODES = 100_000;
/** The largest matrix the AHP functions take (AHP.MATRIX: its n(n−1)/2 judgments). */
export const MAX_MATRIX = 1000;
/** The most expert matrices AHP.GROUP, AHP.CONSENSUS and AHP.AIP take (a column of 1×1 "matrices" is a slip). */
export const MAX_EXPERTS = 10_000;

/**
 * A validated matrix and its weights by each method asked for so far. A complete matrix of typed
 * numbers asked for EIGEN weights keeps no Judgments (its numbers are in `values`): AHP.WEIGHTS
 * and AHP.CR need none, and kept they would double what the memo holds per matrix, which the
 * garbage collector pays for on every miss.
 */
interface ParsedMatrix {
  n: number;
  /** The grid's numbers, row-major (null when the range was read cell by cell). */
  values: readonly number[] | null;
  /** The judgments, made on first use when `values` holds them. */
  j: Judgments | null;
  byMethod: Partial<Record<WeightMethod, Weights>>;
}

const matrixMemo = numbersMemo<ParsedMatrix>("AHP matrix");

/**
 * The parsed matrix of a range, once per content: once per grid of numbers when the range is
 * rectangular and every cell a number, a number typed as text or blank (so "1/2" and 0.5 share
 * one evaluation); anything else is parsed by readNumbers, which names the cell at fault. When
 * the first function to see the matrix asks for EIGEN weights, they are computed with it.
 */
function parsedMatrix(matrix: unknown, method?: WeightMethod): ParsedMatrix {
  const memo = matrixMemo;
  const hit = memo.getRange(
    matrix,
    (values, rows, cols) => parsedNumbers(values, rows, cols, method),
    (p) => 64 * p.n * p.n + 256
  );
  if (hit !== undefined) return hit;
  return memo.uncached(() => {
    const j = parseJudgments(readNumbers(matrix, "Matrix"), "Matrix");
    return { n: j.n, values: null, j, byMethod: {} };
  });
}

function parsedNumbers(
  values: readonly number[],
  rows: number,
  cols: number,
  method: WeightMethod | undefined
): ParsedMatrix {
  if (method === "EIGEN" && rows === cols) {
    const eigen = eigenOfNumbers(values, rows);
    if (eigen !== null) return { n: rows, values, j: null, byMethod: { EIGEN: eigen } };
  }
  const j = judgmentsFromNumbers(values, rows, cols, "Matrix");
  return { n: j.n, values, j, byMethod: {} };
}

/** The judgments of a parsed matrix (made from its numbers on first use). */
function judgmentsOf(parsed: ParsedMatrix): Judgments {
  if (parsed.j === null) parsed.j = judgmentsFromNumbers(parsed.values!, parsed.n, parsed.n);
  return parsed.j;
}

/** A matrix range parsed, and its weights and λmax by `method`, each computed once. */
function weightsOf(matrix: unknown, method: WeightMethod): { parsed: ParsedMatrix; p: Weights } {
  const parsed = parsedMatrix(matrix, method);
  let p = parsed.byMethod[method];
  if (p === undefined) {
    p = priorities(judgmentsOf(parsed), method);
    parsed.byMethod[method] = p;
  }
  return { parsed, p };
}

/** The judgments of a matrix range and their priorities by `method`, each computed once. */
function prioritiesOf(matrix: unknown, method: WeightMethod): { j: Judgments; p: Priorities } {
  const { parsed, p } = weightsOf(matrix, method);
  const j = judgmentsOf(parsed);
  // Weights kept without their matrix come from a complete one: its matrix is the judgments'.
  return { j, p: "a" in p ? (p as Priorities) : { method, ...p, a: j.a } };
}

function methodOf(name: unknown): WeightMethod {
  if (name === null || name === undefined) return "EIGEN"; // omitted: no text to read
  return weightMethod(optionalText(name, "EIGEN", "method"));
}

function tableOf(name: unknown) {
  if (name === null || name === undefined) return "SAATY";
  return riTable(optionalText(name, "SAATY", "ri_table"));
}

/**
 * Priority weights of a pairwise comparison matrix (n×1 column summing to 1).
 * @customfunction AHP.WEIGHTS AHP.WEIGHTS
 * @helpurl https://localhost:3000/help.html#ahpweights
 * @param matrix Square comparison matrix: full, or upper triangle only; text fractions like "1/3" allowed.
 * @param [method] EIGEN (default, principal eigenvector), SQRT (row geometric mean) or SUM (normalised columns).
 * @returns {unknown[][]} Column of weights.
 */
export function ahpWeights(matrix: unknown[][], method?: unknown) {
  return excelGrid(() => column(weightsOf(matrix, methodOf(method)).p.w));
}

/**
 * Largest eigenvalue λmax of a comparison matrix, as the chosen method defines it.
 * @customfunction AHP.LAMBDA AHP.LAMBDA
 * @helpurl https://localhost:3000/help.html#ahplambda
 * @param matrix Square comparison matrix.
 * @param [method] EIGEN (default: the principal eigenvalue), SQRT or SUM (mean of (Aw)ᵢ/wᵢ).
 * @returns {number} λmax.
 */
export function ahpLambda(matrix: unknown[][], method?: unknown) {
  return excel(() => weightsOf(matrix, methodOf(method)).p.lambdaMax);
}

/**
 * Consistency index CI = (λmax − n)/(n − 1).
 * @customfunction AHP.CI AHP.CI
 * @helpurl https://localhost:3000/help.html#ahpci
 * @param matrix Square comparison matrix.
 * @param [method] EIGEN (default), SQRT or SUM: the method that gives λmax.
 * @returns {number} CI (0 for n ≤ 2).
 */
export function ahpCI(matrix: unknown[][], method?: unknown) {
  return excel(() => {
    const { parsed, p } = weightsOf(matrix, methodOf(method));
    return consistencyIndex(p.lambdaMax, parsed.n);
  });
}

/**
 * Consistency ratio CR = CI/RI(n).
 * @customfunction AHP.CR AHP.CR
 * @helpurl https://localhost:3000/help.html#ahpcr
 * @param matrix Square comparison matrix.
 * @param [method] EIGEN (default), SQRT or SUM: the method that gives λmax.
 * @param [ri_table] SAATY (default), SAATY2005, CN, ALONSO or DD.
 * @returns {number} CR (acceptable below 0.10).
 */
export function ahpCR(matrix: unknown[][], method?: unknown, ri_table?: unknown) {
  return excel(() => {
    const table = tableOf(ri_table);
    const { parsed, p } = weightsOf(matrix, methodOf(method));
    return consistencyRatio(p.lambdaMax, parsed.n, table);
  });
}

/**
 * Random index RI(n) from a published table.
 * @customfunction AHP.RI AHP.RI
 * @helpurl https://localhost:3000/help.html#ahpri
 * @param n Matrix size (whole number ≥ 1).
 * @param [ri_table] SAATY (default), SAATY2005, CN, ALONSO (continues beyond 15) or DD.
 * @returns {number} RI (0 for n ≤ 2).
 */
export function ahpRI(n: unknown, ri_table?: unknown) {
  return excel(() => randomIndex(requiredNumber(n, "n"), tableOf(ri_table)));
}

/**
 * Geometric consistency index (Aguarón & Moreno-Jiménez) with row-geometric-mean weights.
 * @customfunction AHP.GCI AHP.GCI
 * @helpurl https://localhost:3000/help.html#ahpgci
 * @param matrix Square comparison matrix.
 * @returns {number} GCI (thresholds 0.31 for n = 3, 0.35 for n = 4, 0.37 above).
 */
export function ahpGCI(matrix: unknown[][]) {
  return excel(() => geometricConsistencyIndex(prioritiesOf(matrix, "SQRT").p.a));
}

/**
 * Consistency report: n, method, λmax, CI, RI table, RI, CR, GCI and whether CR is below the threshold.
 * @customfunction AHP.REPORT AHP.REPORT
 * @helpurl https://localhost:3000/help.html#ahpreport
 * @param matrix Square comparison matrix.
 * @param [method] EIGEN (default), SQRT or SUM.
 * @param [ri_table] SAATY (default), SAATY2005, CN, ALONSO or DD.
 * @param [threshold] CR below which the matrix is consistent (default 0.10).
 * @returns {unknown[][]} Two-column table of labels and values.
 */
export function ahpReport(
  matrix: unknown[][],
  method?: unknown,
  ri_table?: unknown,
  threshold?: unknown
) {
  return excelGrid(() => {
    const m = methodOf(method);
    const table = tableOf(ri_table);
    const limit = optionalNumber(threshold, 0.1, "threshold");
    if (!(limit > 0)) throw new InputError(`threshold must be positive, not ${limit}`);
    const { j, p } = prioritiesOf(matrix, m);
    const ri = randomIndex(j.n, table);
    const cr = consistencyRatio(p.lambdaMax, j.n, table);
    const gci = geometricConsistencyIndex(m === "SQRT" ? p.a : prioritiesOf(matrix, "SQRT").p.a);
    return [
      ["n", j.n],
      ["Method", m],
      ["λmax", p.lambdaMax],
      ["CI", consistencyIndex(p.lambdaMax, j.n)],
      ["RI table", table],
      ["RI", ri],
      ["CR", cr],
      ["GCI", gci],
      [`Consistent (CR < ${limit})`, cr < limit],
    ];
  });
}

/**
 * Full reciprocal matrix from the upper-triangle judgments given row-major (a12, a13, …, a23, …).
 * @customfunction AHP.MATRIX AHP.MATRIX
 * @helpurl https://localhost:3000/help.html#ahpmatrix
 * @param values The n(n−1)/2 judgments in one row or one column; blanks are missing comparisons.
 * @returns {unknown[][]} n×n matrix.
 */
export function ahpMatrix(values: unknown[][]) {
  return excelGrid(() => {
    const r = toGrid(values);
    if (r.length > 1 && r.some((row) => Array.isArray(row) && row.length > 1)) {
      throw new InputError(
        `values must be one row or one column (got ${r.length} rows × ${Array.isArray(r[0]) ? r[0].length : 1} columns)`
      );
    }
    checkCells(values, (MAX_MATRIX * (MAX_MATRIX - 1)) / 2, "values");
    const v = readVector(values, "values", true);
    return fromUpperTriangle(v).map((row) => row.map((x) => (x === null ? "" : x)));
  });
}

/**
 * Aggregate of several experts' comparison matrices (AIJ: weighted geometric mean, element by element).
 * @customfunction AHP.GROUP AHP.GROUP
 * @helpurl https://localhost:3000/help.html#ahpgroup
 * @param matrices k expert matrices of size n×n stacked vertically (k·n rows, n columns).
 * @param [expert_weights] k weights, one per expert (default equal).
 * @returns {unknown[][]} n×n aggregate matrix.
 */
export function ahpGroup(matrices: unknown[][], expert_weights?: unknown[][]) {
  return excelGrid(() => {
    const experts = expertMatrices(matrices);
    return aggregateJudgments(experts, expertWeightsOf(expert_weights)).map((row) =>
      row.map((x) => (Number.isNaN(x) ? "" : x))
    );
  });
}

/** The k expert matrices of a range of k n×n blocks stacked vertically, each validated. */
function expertMatrices(matrices: unknown): Judgments[] {
  checkCells(matrices, MAX_MATRIX * MAX_MATRIX, "matrices");
  const all = readNumbers(matrices, "matrices");
  const n = all[0]?.length ?? 0;
  if (n === 0 || all.length % n !== 0) {
    throw new InputError(
      `matrices must stack k square n×n blocks: ${all.length} rows is not a multiple of ${n} columns`
    );
  }
  const k = all.length / n;
  if (k > MAX_EXPERTS)
    throw new InputError(
      `matrices stacks ${k.toLocaleString("en-US")} expert matrices of ${n}×${n}; at most ${MAX_EXPERTS.toLocaleString("en-US")} are taken`
    );
  const experts: Judgments[] = [];
  for (let h = 0; h < k; h++) {
    experts.push(
      parseJudgments(
        all.slice(h * n, (h + 1) * n),
        `Expert ${h + 1}'s matrix (rows ${h * n + 1}–${(h + 1) * n})`
      )
    );
  }
  return experts;
}

/** The expert_weights argument as numbers, or null when omitted (equal weights). */
function expertWeightsOf(expert_weights: unknown): number[] | null {
  return isOmitted(expert_weights) ? null : readNumberList(expert_weights, "expert_weights");
}

/**
 * The most missing comparisons, over all experts, whose λmax-minimising completion (EIGEN, SUM)
 * AHP.CONSENSUS and AHP.AIP take on: one matrix's worth (MAX_MINIMISED_GAPS), so that the
 * completions stay within the time of one.
 */
function checkExpertGaps(experts: Judgments[], method: WeightMethod): void {
  if (method === "SQRT") return;
  const gaps = experts.reduce((s, e) => s + e.missing.length, 0);
  const incomplete = experts.filter((e) => e.missing.length > 0).length;
  if (incomplete > 1 && gaps > MAX_MINIMISED_GAPS / 4) {
    throw new InputError(
      `${incomplete} expert matrices are incomplete (${gaps} missing comparisons); completing them all by ${method} takes longer than a function may: use SQRT (logarithmic least squares), or add comparisons`,
      "num"
    );
  }
}

/** Each expert's priority vector by `method`. */
function expertPriorities(experts: Judgments[], method: WeightMethod): number[][] {
  checkExpertGaps(experts, method);
  return experts.map((e) => priorities(e, method).w);
}

/**
 * Goepel's AHP group consensus S* of the experts' priorities (0 = none, 1 = full agreement).
 * @customfunction AHP.CONSENSUS AHP.CONSENSUS
 * @helpurl https://localhost:3000/help.html#ahpconsensus
 * @param matrices k ≥ 2 expert matrices of size n×n stacked vertically (k·n rows, n columns).
 * @param [method] EIGEN (default), SQRT or SUM: each expert's weights.
 * @param [scale_max] Largest value M of the judgment scale (default 9).
 * @returns {number} S* in [0, 1]: very low < 0.5, low ≤ 0.625, moderate ≤ 0.75, high ≤ 0.875, very high above.
 */
export function ahpConsensus(matrices: unknown[][], method?: unknown, scale_max?: unknown) {
  return excel(() => {
    const m = methodOf(method);
    const scaleMax = optionalNumber(scale_max, 9, "scale_max");
    const experts = expertMatrices(matrices);
    return groupConsensus(expertPriorities(experts, m), scaleMax).s;
  });
}

/**
 * Aggregation of individual priorities (AIP): each expert's weights, then their weighted mean.
 * @customfunction AHP.AIP AHP.AIP
 * @helpurl https://localhost:3000/help.html#ahpaip
 * @param matrices k expert matrices of size n×n stacked vertically (k·n rows, n columns).
 * @param [expert_weights] k weights ≥ 0, one per expert, in a row or column (default equal).
 * @param [method] EIGEN (default), SQRT or SUM: each expert's weights.
 * @param [mean] GEOMETRIC (default, renormalised to sum 1) or ARITHMETIC.
 * @returns {unknown[][]} n×1 column of group weights summing to 1.
 */
export function ahpAIP(
  matrices: unknown[][],
  expert_weights?: unknown[][],
  method?: unknown,
  mean?: unknown
) {
  return excelGrid(() => {
    const m = methodOf(method);
    const how = priorityMean(optionalText(mean, "GEOMETRIC", "mean"));
    const experts = expertMatrices(matrices);
    const lambda = expertWeightsOf(expert_weights);
    expertWeights(experts.length, lambda); // checks them before any weights are computed
    return column(aggregatePriorities(expertPriorities(experts, m), lambda, how));
  });
}

/** The most samples AHP.UNCERTAINTY draws for a 20×20 matrix; larger n takes fewer (samples·n² ≤ 400·MAX_SAMPLES). */
export const MAX_SAMPLES = 5_000;

/**
 * Monte-Carlo uncertainty of the weights: judgments moved up to ±spread steps on the Saaty scale.
 * @customfunction AHP.UNCERTAINTY AHP.UNCERTAINTY
 * @helpurl https://localhost:3000/help.html#ahpuncertainty
 * @param matrix Complete square comparison matrix.
 * @param [samples] Perturbed matrices with CR ≤ 0.2 to keep (default 1000).
 * @param [spread] Largest move of a judgment, in Saaty scale steps (whole number 0–8, default 1).
 * @param [method] EIGEN (default), SQRT or SUM.
 * @param [seed] Seed of the random numbers (whole number, default 1): the same seed gives the same table.
 * @returns {unknown[][]} Header Element, Weight, Mean, SD, P5, P95, Rank stability; one row per element; a last row with the samples kept and drawn.
 */
export function ahpUncertainty(
  matrix: unknown[][],
  samples?: unknown,
  spread?: unknown,
  method?: unknown,
  seed?: unknown
) {
  return excelGrid(() => {
    const m = methodOf(method);
    const count = optionalNumber(samples, 1000, "samples");
    const steps = optionalNumber(spread, 1, "spread");
    const s = optionalNumber(seed, 1, "seed");
    if (!Number.isInteger(count) || count < 1 || count > 100_000)
      throw new InputError(`samples must be a whole number from 1 to 100,000, not ${count}`);
    if (!Number.isInteger(steps) || steps < 0 || steps > 8)
      throw new InputError(
        `spread must be a whole number of scale steps from 0 to 8, not ${steps}`
      );
    if (!Number.isSafeInteger(s)) throw new InputError(`seed must be a whole number, not ${s}`);
    checkCells(matrix, MAX_MATRIX * MAX_MATRIX, "matrix");
    const j = judgmentsOf(parsedMatrix(matrix));
    const most = Math.max(1, Math.floor((400 * MAX_SAMPLES) / (j.n * j.n)));
    if (count > Math.min(most, 100_000))
      throw new InputError(
        `samples is ${count}; for an ${j.n}×${j.n} matrix at most ${Math.min(most, 100_000).toLocaleString("en-US")} are drawn within the time a function may take`
      );
    const u = weightUncertainty(j, {
      samples: count,
      spread: steps,
      method: m,
      seed: ((s % 4294967296) + 4294967296) % 4294967296,
    });
    const rows: (string | number)[][] = [
      ["Element", "Weight", "Mean", "SD", "P5", "P95", "Rank stability"],
    ];
    // Never fewer samples than asked for, silently: the figures would rest on fewer draws.
    if (u.kept < count)
      throw new InputError(
        `only ${u.kept.toLocaleString("en-US")} of ${u.drawn.toLocaleString("en-US")} perturbed matrices had CR ≤ ${UNCERTAINTY_MAX_CR} (${count.toLocaleString("en-US")} samples asked for): ask for at most ${Math.max(1, u.kept).toLocaleString("en-US")} samples, a smaller spread, or make the matrix more consistent (AHP.SUGGEST)`
      );
    for (let i = 0; i < j.n; i++)
      rows.push([i + 1, u.weight[i], u.mean[i], u.sd[i], u.p5[i], u.p95[i], u.stability[i]]);
    return rows;
  });
}

/**
 * The most inconsistent judgments (i < j), worst first, with the consistent value wᵢ/wⱼ.
 * @customfunction AHP.SUGGEST AHP.SUGGEST
 * @helpurl https://localhost:3000/help.html#ahpsuggest
 * @param matrix Square comparison matrix.
 * @param [count] How many judgments to list (default 3).
 * @param [method] EIGEN (default), SQRT or SUM: the weights the suggestions follow.
 * @param [snap] TRUE to round suggestions to the nearest Saaty scale value (1/9 … 9); default FALSE.
 * @returns {unknown[][]} Table with header Row, Column, Judgment, Suggested, Deviation (εᵢⱼ = aᵢⱼ·wⱼ/wᵢ).
 */
export function ahpSuggest(matrix: unknown[][], count?: unknown, method?: unknown, snap?: unknown) {
  return excelGrid(() => {
    const c = optionalNumber(count, 3, "count");
    if (!Number.isInteger(c) || c < 1)
      throw new InputError(`count must be a whole number ≥ 1, not ${c}`);
    const { j, p } = prioritiesOf(matrix, methodOf(method));
    const rows: (string | number)[][] = [["Row", "Column", "Judgment", "Suggested", "Deviation"]];
    const snapped = snap === true || optionalText(snap, "", "snap").toUpperCase() === "TRUE";
    for (const s of suggestions(p, j.a, c, snapped))
      rows.push([s.row, s.column, s.judgment, s.suggested, s.deviation]);
    if (rows.length === 1) rows.push(["", "", "", "", ""]);
    return rows;
  });
}

/**
 * Global weights in a hierarchy: local weight × parent's global weight.
 * @customfunction AHP.GLOBAL AHP.GLOBAL
 * @helpurl https://localhost:3000/help.html#ahpglobal
 * @param nodes Node names or ids, one per row.
 * @param parents Each node's parent (blank = child of the goal).
 * @param local_weights Each node's local weight within its parent.
 * @returns {unknown[][]} Column of global weights aligned with nodes.
 */
export function ahpGlobal(nodes: unknown[][], parents: unknown[][], local_weights: unknown[][]) {
  return excelGrid(() => {
    for (const [v, what] of [
      [nodes, "nodes"],
      [parents, "parents"],
      [local_weights, "local_weights"],
    ] as const)
      checkCells(v, MAX_NODES, what);
    const names = toGrid(nodes)
      .flat()
      .map((v) => (isBlank(v) ? "" : String(v)));
    const pars = toGrid(parents)
      .flat()
      .map((v) => (isBlank(v) ? null : String(v)));
    const weights = readVector(local_weights, "local_weights", true);
    if (pars.length !== names.length || weights.length !== names.length) {
      throw new InputError(
        `nodes, parents and local_weights must have the same number of cells (${names.length}, ${pars.length}, ${weights.length})`
      );
    }
    const idx = names
      .map((_, i) => i)
      .filter((i) => names[i] !== "" || pars[i] !== null || weights[i] !== null);
    if (idx.length === 0) throw new InputError("nodes is empty");
    idx.forEach((i) => {
      if (names[i] === "")
        throw new InputError(`Row ${i + 1} has a parent or weight but no node name`);
      if (weights[i] === null)
        throw new InputError(`Node "${names[i]}" (row ${i + 1}) has no local weight`);
    });
    const g = globalWeights(
      idx.map((i) => names[i]),
      idx.map((i) => pars[i]),
      idx.map((i) => weights[i] as number)
    );
    const out: (number | string)[] = names.map(() => "");
    idx.forEach((i, k) => (out[i] = g[k]));
    return column(out);
  });
}
