/**
 * AHP.* custom functions: thin adapters from Excel ranges to src/core/ahp.
 * Every function returns an Excel error value (never throws) for bad input.
 */
import {
  Judgments, WeightMethod, aggregateJudgments, consistencyIndex, consistencyRatio, fromUpperTriangle,
  geometricConsistencyIndex, globalWeights, parseJudgments, priorities, randomIndex, riTable, suggestions, weightMethod,
} from "../core/ahp";
import { InputError } from "../core/errors";
import { asRange, column, excel, isBlank, optionalText, optionalNumber, readNumbers, readVector, requiredNumber } from "./excel";

/** Parses and validates a judgment matrix range. */
export function readJudgments(matrix: unknown, what = "Matrix"): Judgments {
  return parseJudgments(readNumbers(matrix, what), what);
}

function methodOf(name: unknown): WeightMethod {
  return weightMethod(optionalText(name, "EIGEN"));
}

/** λmax of a matrix for a method, with its size. */
function lambdaOf(matrix: unknown, methodName: unknown): { n: number; lambda: number } {
  const j = readJudgments(matrix);
  return { n: j.n, lambda: priorities(j, methodOf(methodName)).lambdaMax };
}

/**
 * Priority weights of a pairwise comparison matrix (n×1 column summing to 1).
 * @customfunction AHP.WEIGHTS AHP.WEIGHTS
 * @helpurl https://localhost:3000/help.html#ahpweights
 * @param matrix Square comparison matrix: full, or upper triangle only; text fractions like "1/3" allowed.
 * @param [method] EIGEN (default, principal eigenvector), SQRT (row geometric mean) or SUM (normalised columns).
 * @returns Column of weights.
 */
export function ahpWeights(matrix: any[][], method?: any): any[][] {
  return excel(() => column(priorities(readJudgments(matrix), methodOf(method)).w)) as any;
}

/**
 * Largest eigenvalue λmax of a comparison matrix, as the chosen method defines it.
 * @customfunction AHP.LAMBDA AHP.LAMBDA
 * @helpurl https://localhost:3000/help.html#ahplambda
 * @param matrix Square comparison matrix.
 * @param [method] EIGEN (default: the principal eigenvalue), SQRT or SUM (mean of (Aw)ᵢ/wᵢ).
 * @returns λmax.
 */
export function ahpLambda(matrix: any[][], method?: any): number {
  return excel(() => lambdaOf(matrix, method).lambda) as any;
}

/**
 * Consistency index CI = (λmax − n)/(n − 1).
 * @customfunction AHP.CI AHP.CI
 * @helpurl https://localhost:3000/help.html#ahpci
 * @param matrix Square comparison matrix.
 * @param [method] EIGEN (default), SQRT or SUM: the method that gives λmax.
 * @returns CI (0 for n ≤ 2).
 */
export function ahpCI(matrix: any[][], method?: any): number {
  return excel(() => {
    const { n, lambda } = lambdaOf(matrix, method);
    return consistencyIndex(lambda, n);
  }) as any;
}

/**
 * Consistency ratio CR = CI/RI(n).
 * @customfunction AHP.CR AHP.CR
 * @helpurl https://localhost:3000/help.html#ahpcr
 * @param matrix Square comparison matrix.
 * @param [method] EIGEN (default), SQRT or SUM: the method that gives λmax.
 * @param [ri_table] SAATY (default), SAATY2005, CN, ALONSO or DD.
 * @returns CR (acceptable below 0.10).
 */
export function ahpCR(matrix: any[][], method?: any, ri_table?: any): number {
  return excel(() => {
    const table = riTable(optionalText(ri_table, "SAATY"));
    const { n, lambda } = lambdaOf(matrix, method);
    return consistencyRatio(lambda, n, table);
  }) as any;
}

/**
 * Random index RI(n) from a published table.
 * @customfunction AHP.RI AHP.RI
 * @helpurl https://localhost:3000/help.html#ahpri
 * @param n Matrix size (whole number ≥ 1).
 * @param [ri_table] SAATY (default), SAATY2005, CN, ALONSO (continues beyond 15) or DD.
 * @returns RI (0 for n ≤ 2).
 */
export function ahpRI(n: any, ri_table?: any): number {
  return excel(() => randomIndex(requiredNumber(n, "n"), riTable(optionalText(ri_table, "SAATY")))) as any;
}

/**
 * Geometric consistency index (Aguarón & Moreno-Jiménez) with row-geometric-mean weights.
 * @customfunction AHP.GCI AHP.GCI
 * @helpurl https://localhost:3000/help.html#ahpgci
 * @param matrix Square comparison matrix.
 * @returns GCI (thresholds 0.31 for n = 3, 0.35 for n = 4, 0.37 above).
 */
export function ahpGCI(matrix: any[][]): number {
  return excel(() => geometricConsistencyIndex(priorities(readJudgments(matrix), "SQRT").a)) as any;
}

/**
 * Consistency report: n, method, λmax, CI, RI table, RI, CR, GCI and whether CR is below the threshold.
 * @customfunction AHP.REPORT AHP.REPORT
 * @helpurl https://localhost:3000/help.html#ahpreport
 * @param matrix Square comparison matrix.
 * @param [method] EIGEN (default), SQRT or SUM.
 * @param [ri_table] SAATY (default), SAATY2005, CN, ALONSO or DD.
 * @param [threshold] CR below which the matrix is consistent (default 0.10).
 * @returns Two-column table of labels and values.
 */
export function ahpReport(matrix: any[][], method?: any, ri_table?: any, threshold?: any): any[][] {
  return excel(() => {
    const m = methodOf(method);
    const table = riTable(optionalText(ri_table, "SAATY"));
    const limit = optionalNumber(threshold, 0.1, "threshold");
    if (!(limit > 0)) throw new InputError(`threshold must be positive, not ${limit}`);
    const j = readJudgments(matrix);
    const p = priorities(j, m);
    const ri = randomIndex(j.n, table);
    const cr = consistencyRatio(p.lambdaMax, j.n, table);
    const gci = geometricConsistencyIndex(m === "SQRT" ? p.a : priorities(j, "SQRT").a);
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
  }) as any;
}

/**
 * Full reciprocal matrix from the upper-triangle judgments given row-major (a12, a13, …, a23, …).
 * @customfunction AHP.MATRIX AHP.MATRIX
 * @helpurl https://localhost:3000/help.html#ahpmatrix
 * @param values The n(n−1)/2 judgments in one row or one column; blanks are missing comparisons.
 * @returns n×n matrix.
 */
export function ahpMatrix(values: any[][]): any[][] {
  return excel(() => {
    const r = asRange(values);
    if (r.length > 1 && r.some((row) => row.length > 1)) {
      throw new InputError(`values must be one row or one column (got ${r.length} rows × ${r[0].length} columns)`);
    }
    const v = readVector(values, "values", true);
    return fromUpperTriangle(v).map((row) => row.map((x) => (x === null ? "" : x)));
  }) as any;
}

/**
 * Aggregate of several experts' comparison matrices (AIJ: weighted geometric mean, element by element).
 * @customfunction AHP.GROUP AHP.GROUP
 * @helpurl https://localhost:3000/help.html#ahpgroup
 * @param matrices k expert matrices of size n×n stacked vertically (k·n rows, n columns).
 * @param [expert_weights] k weights, one per expert (default equal).
 * @returns n×n aggregate matrix.
 */
export function ahpGroup(matrices: any[][], expert_weights?: any[][]): any[][] {
  return excel(() => {
    const all = readNumbers(matrices, "matrices");
    const n = all[0]?.length ?? 0;
    if (n === 0 || all.length % n !== 0) {
      throw new InputError(`matrices must stack k square n×n blocks: ${all.length} rows is not a multiple of ${n} columns`);
    }
    const k = all.length / n;
    const experts: Judgments[] = [];
    for (let h = 0; h < k; h++) {
      experts.push(parseJudgments(all.slice(h * n, (h + 1) * n), `Expert ${h + 1}'s matrix (rows ${h * n + 1}–${(h + 1) * n})`));
    }
    const lambda = isBlank(expert_weights) || isBlankRange(expert_weights) ? null : readVector(expert_weights, "expert_weights") as number[];
    return aggregateJudgments(experts, lambda).map((row) => row.map((x) => (Number.isNaN(x) ? "" : x)));
  }) as any;
}

function isBlankRange(v: unknown): boolean {
  return asRange(v).every((row) => row.every(isBlank));
}

/**
 * The most inconsistent judgments (i < j), worst first, with the consistent value wᵢ/wⱼ.
 * @customfunction AHP.SUGGEST AHP.SUGGEST
 * @helpurl https://localhost:3000/help.html#ahpsuggest
 * @param matrix Square comparison matrix.
 * @param [count] How many judgments to list (default 3).
 * @param [method] EIGEN (default), SQRT or SUM: the weights the suggestions follow.
 * @param [snap] TRUE to round suggestions to the nearest Saaty scale value (1/9 … 9); default FALSE.
 * @returns Table with header Row, Column, Judgment, Suggested, Deviation (εᵢⱼ = aᵢⱼ·wⱼ/wᵢ).
 */
export function ahpSuggest(matrix: any[][], count?: any, method?: any, snap?: any): any[][] {
  return excel(() => {
    const c = optionalNumber(count, 3, "count");
    if (!Number.isInteger(c) || c < 1) throw new InputError(`count must be a whole number ≥ 1, not ${c}`);
    const j = readJudgments(matrix);
    const p = priorities(j, methodOf(method));
    const rows: any[][] = [["Row", "Column", "Judgment", "Suggested", "Deviation"]];
    for (const s of suggestions(p, j.a, c, snap === true || String(snap ?? "").toUpperCase() === "TRUE")) {
      rows.push([s.row, s.column, s.judgment, s.suggested, s.deviation]);
    }
    if (rows.length === 1) rows.push(["", "", "", "", ""]);
    return rows;
  }) as any;
}

/**
 * Global weights in a hierarchy: local weight × parent's global weight.
 * @customfunction AHP.GLOBAL AHP.GLOBAL
 * @helpurl https://localhost:3000/help.html#ahpglobal
 * @param nodes Node names or ids, one per row.
 * @param parents Each node's parent (blank = child of the goal).
 * @param local_weights Each node's local weight within its parent.
 * @returns Column of global weights aligned with nodes.
 */
export function ahpGlobal(nodes: any[][], parents: any[][], local_weights: any[][]): any[][] {
  return excel(() => {
    const names = asRange(nodes).flat().map((v) => (isBlank(v) ? "" : String(v)));
    const pars = asRange(parents).flat().map((v) => (isBlank(v) ? null : String(v)));
    const weights = readVector(local_weights, "local_weights", true);
    if (pars.length !== names.length || weights.length !== names.length) {
      throw new InputError(`nodes, parents and local_weights must have the same number of cells (${names.length}, ${pars.length}, ${weights.length})`);
    }
    const used = names.map((name, i) => name !== "" || pars[i] !== null || weights[i] !== null);
    const idx = names.map((_, i) => i).filter((i) => used[i]);
    if (idx.length === 0) throw new InputError("nodes is empty");
    idx.forEach((i) => {
      if (names[i] === "") throw new InputError(`Row ${i + 1} has a parent or weight but no node name`);
      if (weights[i] === null) throw new InputError(`Node "${names[i]}" (row ${i + 1}) has no local weight`);
    });
    const g = globalWeights(idx.map((i) => names[i]), idx.map((i) => pars[i]), idx.map((i) => weights[i] as number));
    const out: (number | string)[] = names.map(() => "");
    idx.forEach((i, k) => (out[i] = g[k]));
    return column(out);
  }) as any;
}
