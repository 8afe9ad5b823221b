/**
 * Priority vectors of judgment matrices by the three methods of docs/methods.md §1.1, with λmax
 * as each method defines it, and the completion of incomplete matrices (§1.5).
 */
import { InputError } from "../errors";
import { luFactorInPlace, luSolveInPlace, solveLinear } from "../linalg";
import { maxAbs } from "../numeric";
import { type Judgments, reciprocalMatrixInto } from "./judgments";
import type { WeightMethod } from "./methods";

export interface Priorities {
  method: WeightMethod;
  /** Weights, Σw = 1. */
  w: number[];
  /** λmax as the method defines it. */
  lambdaMax: number;
  /** The matrix the weights come from (the input, or its completion when incomplete). */
  a: number[][];
}

/** Power-iteration stopping rule: largest relative change of any weight. */
const EIGEN_TOLERANCE = 1e-13;
const EIGEN_MAX_ITERATIONS = 10000;

/**
 * The multiply-adds one weight computation may spend on power iterations, the completion of an
 * incomplete matrix included: 6·10⁷ (an iteration of an n×n matrix counts n² + 256), about 0.3 s in a browser engine, so that every function
 * answers within a second. Positive matrices of any size Excel can pass settle well within it;
 * what does not (a large, sparse and inconsistent incomplete matrix under EIGEN or SUM) is an
 * error that suggests SQRT.
 */
export const EIGEN_WORK_LIMIT = 6e7;

/** Multiply-adds left to spend (shared by the power iterations of one computation). */
export interface Work {
  left: number;
}

/** What a power iteration gave (see eigen). */
export interface Eigen {
  /** Principal right eigenvector, Σw = 1. */
  w: number[];
  /** Principal eigenvalue, Σ_i (Aw)_i. */
  lambda: number;
  /** True when the last iteration changed every weight by less than 1e-13 (relative). */
  converged: boolean;
  /** Power iterations run. */
  iterations: number;
  /** Largest relative change of a weight in the last iteration (Infinity before the first). */
  change: number;
}

/**
 * Principal right eigenvector (Σw = 1) and eigenvalue of a positive matrix by power iteration,
 * started from `start` (default: row geometric means) until the relative change of every
 * weight is below 1e-13; `converged` is false when `maxIterations` (10,000), or the `work`
 * left, did not get there.
 *
 * @example eigen([[1, 2], [0.5, 1]]) // { w: [2/3, 1/3], lambda: 2, converged: true, … }
 */
export function eigen(
  a: number[][],
  start?: number[],
  work: Work = { left: EIGEN_WORK_LIMIT },
  maxIterations = EIGEN_MAX_ITERATIONS
): Eigen {
  const n = a.length;
  let w = start ? start.slice() : sqrtWeights(a);
  let next = new Array<number>(n).fill(0);
  let converged = false;
  let change = Infinity;
  let it = 0;
  // An iteration costs n² multiply-adds and a fixed overhead (loop set-up).
  const cost = n * n + 256;
  for (; it < maxIterations && !converged && work.left >= cost; it++) {
    work.left -= cost;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const row = a[i];
      let s = 0;
      for (let j = 0; j < n; j++) s += row[j] * w[j];
      next[i] = s;
      total += s;
    }
    change = 0;
    for (let i = 0; i < n; i++) {
      const x = next[i] / total;
      const d = Math.abs(x - w[i]) / x;
      if (d > change) change = d;
      next[i] = x;
    }
    const previous = w; // swap the two vectors instead of allocating one per iteration
    w = next;
    next = previous;
    converged = change < EIGEN_TOLERANCE;
  }
  // λ from the normalised vector: Σ_i (Aw)_i = λ Σ_i w_i = λ.
  let lambda = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) lambda += a[i][j] * w[j];
  return { w, lambda, converged, iterations: it, change };
}

/** The largest matrix whose eigenvector is found by inverse iteration first (its LU costs n³/3). */
const INVERSE_ITERATION_MAX_N = 48;
/** Power steps before the shift of the inverse iteration is chosen, and its most steps. */
const POWER_STEPS = 4;
const INVERSE_STEPS = 32;
/** The inverse iteration stops when the error it estimates is below this (relative). */
const INVERSE_TOLERANCE = 1e-14;

/** Buffers of inverseIteration, made at its first call and reused (no allocation per matrix). */
function newScratch() {
  const m = INVERSE_ITERATION_MAX_N;
  return {
    flat: new Float64Array(m * m),
    lu: new Float64Array(m * m),
    pivot: new Int32Array(m),
    inverseDiagonal: new Float64Array(m),
    w: new Float64Array(m),
    x: new Float64Array(m),
  };
}
let scratch: ReturnType<typeof newScratch> | null = null;

/** The first n numbers of the scratch vector w, as an array. */
function scratchWeights(n: number): number[] {
  const w = scratch!.w;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = w[i];
  return out;
}

/**
 * A close approximation (to about 1e-14) of the principal eigenvector of a positive n×n matrix
 * (4 ≤ n ≤ 48; below, the geometric means are exact or close), into the scratch buffers: the
 * vector in `w`, the matrix row-major in `flat`; returns n, or 0 when the method below does not
 * give a positive vector. Start: the reciprocals of the column sums (the weights
 * exactly when the matrix is consistent), then four power steps, the last of which gives the
 * shift μ = (1/n) Σ_i (Aw)_i / w_i. Then shifted inverse iteration, w ← (A − μI)⁻¹w / Σ, one LU
 * factorisation, steps until the error left (the largest relative change times its ratio to the
 * previous change) is below 1e-14, at most 32. Each step multiplies the error by about
 * |λmax − μ| / |λ₂ − μ|: a random 9×9 Saaty matrix takes about 4.6 steps where the power
 * iteration from the geometric means takes 30–70 (a second factorisation at a refined μ saves a
 * step and costs more than two).
 * Only a start: principalEigen and eigenOfNumbers apply the power iteration's own test (1e-13)
 * to it.
 */
function inverseIteration(a: number[][]): number {
  const n = a.length;
  if (n < 4 || n > INVERSE_ITERATION_MAX_N) return 0;
  if (scratch === null) scratch = newScratch();
  const flat = scratch.flat;
  for (let i = 0; i < n; i++) {
    const row = a[i];
    const ii = i * n;
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (!(v > 0 && v < Infinity)) return 0;
      flat[ii + j] = v;
    }
  }
  return inverseIterationOfScratch(n);
}

/** inverseIteration of the positive matrix already in the scratch buffer `flat`. */
function inverseIterationOfScratch(n: number): number {
  const { flat, lu, pivot, inverseDiagonal, w, x } = scratch!;
  // Start: w_j = 1 / Σ_i a_ij (x holds the column sums).
  for (let j = 0; j < n; j++) x[j] = 0;
  for (let i = 0; i < n; i++) {
    const ii = i * n;
    for (let j = 0; j < n; j++) x[j] += flat[ii + j];
  }
  for (let j = 0; j < n; j++) w[j] = 1 / x[j];
  // Power steps: each brings w closer by about |λ₂| / λmax, and μ with it. μ comes from the last
  // one, (1/n) Σ_i (Aw)_i / w_i with the w it started from: closer to λmax than Σ_i (Aw)_i / Σ w.
  let mu = 0;
  for (let step = 0; step < POWER_STEPS; step++) {
    const total = productInto(flat, n, w, x);
    if (step === POWER_STEPS - 1) for (let i = 0; i < n; i++) mu += x[i] / w[i];
    const scale = 1 / total;
    for (let i = 0; i < n; i++) w[i] = x[i] * scale;
  }
  mu /= n;
  if (!Number.isFinite(mu)) return 0;
  const nn = n * n;
  for (let k = 0; k < nn; k++) lu[k] = flat[k];
  for (let k = 0; k < nn; k += n + 1) lu[k] -= mu;
  if (!luFactorInPlace(lu, n, pivot)) return 0;
  for (let i = 0; i < n; i++) inverseDiagonal[i] = 1 / lu[i * n + i];
  let previous = Infinity;
  for (let step = 0; step < INVERSE_STEPS; step++) {
    for (let i = 0; i < n; i++) x[i] = w[i];
    luSolveInPlace(lu, n, pivot, x, inverseDiagonal);
    let total = 0;
    for (let i = 0; i < n; i++) total += x[i];
    if (!(Math.abs(total) > 0) || !Number.isFinite(total)) return 0;
    const scale = 1 / total;
    // The largest relative change |v − w_i| / |v|, kept as a fraction (no division per weight).
    let dMax = 0;
    let sizeMax = 1;
    for (let i = 0; i < n; i++) {
      const v = x[i] * scale;
      const d = Math.abs(v - w[i]);
      const size = Math.abs(v);
      if (d * sizeMax > dMax * size) {
        dMax = d;
        sizeMax = size;
      }
      w[i] = v;
    }
    const change = dMax / sizeMax;
    // The error left is about the change times the rate (change / previous change).
    if (
      change < INVERSE_TOLERANCE ||
      (previous < 1 && (change * change) / previous < INVERSE_TOLERANCE)
    )
      break;
    previous = change;
  }
  for (let i = 0; i < n; i++) if (!(w[i] > 0) || !Number.isFinite(w[i])) return 0;
  return n;
}

/** out ← A·v for the row-major n×n `flat`; returns Σ out. */
function productInto(flat: Float64Array, n: number, v: Float64Array, out: Float64Array): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const ii = i * n;
    let s = 0;
    for (let j = 0; j < n; j++) s += flat[ii + j] * v[j];
    out[i] = s;
    total += s;
  }
  return total;
}

/**
 * The power iteration's test (eigen's) on the vector of inverseIteration, from the scratch
 * buffers: one step, Aw / Σ(Aw) against w. When every weight changes by less than 1e-13, w
 * with λ = Σ_i (Aw)_i (Σw = 1, so this is eigen's λ of w); else null.
 */
function testedNearEigen(n: number): Eigen | null {
  const { flat, w, x } = scratch!;
  const total = productInto(flat, n, w, x);
  let change = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i] / total;
    const d = Math.abs(v - w[i]) / v;
    if (d > change) change = d;
  }
  if (!(change < EIGEN_TOLERANCE)) return null;
  return { w: scratchWeights(n), lambda: total, converged: true, iterations: 1, change };
}

/**
 * Principal eigenvector and eigenvalue of a positive matrix: the vector of inverseIteration when
 * one power step (eigen's test) changes none of its weights by 1e-13 or more, with λ = Σ(Aw);
 * else the power iteration (eigen) from it, or from the row geometric means when it gives none.
 * The same stopping test, so the same result as eigen to about 1e-13.
 *
 * @example principalEigen([[1, 2], [0.5, 1]]).w // [2/3, 1/3]
 */
export function principalEigen(a: number[][], maxIterations = EIGEN_MAX_ITERATIONS): Eigen {
  const n = inverseIteration(a);
  if (n === 0) return eigen(a, undefined, { left: EIGEN_WORK_LIMIT }, maxIterations);
  const tested = maxIterations >= 1 ? testedNearEigen(n) : null;
  if (tested !== null) return tested;
  const start = scratchWeights(n);
  return eigen(a, start, { left: EIGEN_WORK_LIMIT }, maxIterations);
}

/** The weights and λmax of Priorities, which most functions need, without the matrix. */
export type Weights = Pick<Priorities, "w" | "lambdaMax">;

/**
 * EIGEN weights and λmax of a complete judgment matrix given as a row-major n×n grid of numbers
 * (the adapters' form), without making its Judgments: the matrix reciprocalMatrixInto makes of
 * the grid, straight into the buffers of the inverse iteration. The same numbers as
 * priorities(judgmentsFromNumbers(values, n, n), "EIGEN") (the same arithmetic on the same
 * matrix); null where that takes another way: a blank or invalid cell (judgmentsFromNumbers names
 * it), n below 4 or above 48, or a start that the power iteration's test does not accept.
 *
 * @example eigenOfNumbers(DRINKS.flat(), 7)?.lambdaMax // 7.1766… (Saaty's drinks matrix)
 */
export function eigenOfNumbers(values: ArrayLike<number>, n: number): Weights | null {
  if (n < 4 || n > INVERSE_ITERATION_MAX_N) return null;
  if (scratch === null) scratch = newScratch();
  if (!reciprocalMatrixInto(values, n, scratch.flat)) return null;
  if (inverseIterationOfScratch(n) === 0) return null;
  const e = testedNearEigen(n);
  return e === null ? null : { w: e.w, lambdaMax: Math.max(e.lambda, n) };
}

/** Row geometric means, normalised (the square-root method). */
export function sqrtWeights(a: number[][]): number[] {
  const n = a.length;
  const w = new Array<number>(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += Math.log(a[i][j]);
    w[i] = Math.exp(s / n);
    total += w[i];
  }
  for (let i = 0; i < n; i++) w[i] /= total;
  return w;
}

/** Mean of the rows of the column-normalised matrix (the sum-product method). */
export function sumWeights(a: number[][]): number[] {
  const n = a.length;
  const colSum = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) colSum[j] += a[i][j];
  const w = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[i][j] / colSum[j];
    w[i] = s / n;
  }
  return w;
}

/** λmax = (1/n) Σ_i (Aw)_i / w_i, the estimate used with the SQRT and SUM methods. */
export function lambdaEstimate(a: number[][], w: number[]): number {
  const n = a.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    let aw = 0;
    for (let j = 0; j < n; j++) aw += a[i][j] * w[j];
    s += aw / w[i];
  }
  return s / n;
}

/**
 * Weights and λmax of a judgment matrix by `method`. Incomplete matrices are completed first:
 * by the logarithmic least squares solution for SQRT, by the λmax-minimising completion of
 * Bozóki, Fülöp & Rónyai (2010) for EIGEN and SUM. EIGEN's power iteration stops after
 * `maxIterations` (10,000) or the work a function may take: an error (#NUM!) saying so and
 * suggesting SQRT, never weights that did not settle.
 *
 * @example priorities(parseJudgments([[1, 3], [null, 1]]), "SQRT").w // [0.75, 0.25]
 */
export function priorities(
  j: Judgments,
  method: WeightMethod,
  maxIterations = EIGEN_MAX_ITERATIONS
): Priorities {
  let a = j.a;
  if (j.missing.length > 0)
    a = method === "SQRT" ? completeLogLeastSquares(j) : completeMinLambdaFast(j);
  const n = j.n;
  if (method === "EIGEN") {
    const e = principalEigen(a, maxIterations);
    if (!e.converged) throw notConverged(e, n, maxIterations);
    return { method, w: e.w, lambdaMax: Math.max(e.lambda, n), a };
  }
  const w = method === "SQRT" ? sqrtWeights(a) : sumWeights(a);
  // λmax ≥ n holds exactly for reciprocal matrices; anything below is rounding.
  return { method, w, lambdaMax: Math.max(lambdaEstimate(a, w), n), a };
}

/**
 * The error of a power iteration that stopped before its test held: n is the matrix size,
 * `cap` the iterations it was allowed (fewer were run when the work ran out).
 */
export function notConverged(e: Eigen, n: number, cap = EIGEN_MAX_ITERATIONS): InputError {
  const why = e.iterations < cap ? ", the work a function may take" : "";
  const change =
    e.iterations > 0
      ? `; the largest relative change of a weight was still ${e.change.toExponential(1)}, above 1e-13`
      : "";
  return new InputError(
    `The principal eigenvector did not settle within ${e.iterations} power iterations${why} (n = ${n}${change}); use SQRT, whose weights need no iteration`,
    "num"
  );
}

/** Copy of j.a with the missing pairs set to exp(±y_k). */
function fill(j: Judgments, y: number[]): number[][] {
  const a = j.a.map((row) => row.slice());
  j.missing.forEach(([p, q], k) => {
    a[p][q] = Math.exp(y[k]);
    a[q][p] = Math.exp(-y[k]);
  });
  return a;
}

/** Log-least-squares weights over the known comparisons (graph Laplacian system). */
export function logLeastSquaresWeights(j: Judgments): number[] {
  const n = j.n;
  const known = (p: number, q: number) => !Number.isNaN(j.a[p][q]);
  const lap: number[][] = [];
  const b = new Array<number>(n).fill(0);
  for (let p = 0; p < n; p++) {
    lap.push(new Array<number>(n).fill(1 / n)); // + J/n pins Σy = 0 and removes the null space
    for (let q = 0; q < n; q++) {
      if (p === q || !known(p, q)) continue;
      lap[p][p] += 1;
      lap[p][q] -= 1;
      b[p] += Math.log(j.a[p][q]);
    }
  }
  const y = solveLinear(lap, b);
  if (y === null)
    throw new InputError(
      "The known comparisons do not determine the weights (the least-squares system is singular)"
    );
  const w = y.map(Math.exp);
  const total = w.reduce((s, x) => s + x, 0);
  return w.map((x) => x / total);
}

/** Completion a_pq = w_p / w_q with the log-least-squares weights. */
function completeLogLeastSquares(j: Judgments): number[][] {
  const w = logLeastSquaresWeights(j);
  return fill(
    j,
    j.missing.map(([p, q]) => Math.log(w[p] / w[q]))
  );
}

/** Transpose of a square matrix. */
function transpose(m: number[][]): number[][] {
  return m[0].map((_, c) => m.map((r) => r[c]));
}

/**
 * λmax of the completion with log-values y, and its gradient: along y_k (a_pq = e^y) the
 * derivative is (v_p w_q a_pq − v_q w_p a_qp) / vᵀw with v, w the left and right principal
 * eigenvectors (warm-started from the previous ones).
 */
/**
 * The most missing comparisons the λmax-minimising completion (EIGEN, SUM) takes on: about a
 * 75×75 matrix with no comparisons beyond a connecting chain. Beyond, the minimisation takes
 * seconds; SQRT (logarithmic least squares) completes any incomplete matrix at once.
 */
export const MAX_MINIMISED_GAPS = 2500;

/** The error of a λmax-minimising completion that would take longer than a function may. */
function completionTooLarge(j: Judgments): InputError {
  return new InputError(
    `The completion of this incomplete matrix that minimises λmax (n = ${j.n}, ${j.missing.length} missing comparisons) needs more work than a function may take; use SQRT (logarithmic least squares), which completes any incomplete matrix, or add comparisons`,
    "num"
  );
}

function lambdaAndGradient(
  j: Judgments,
  y: number[],
  warm: { w?: number[]; v?: number[] },
  work: Work
): { lambda: number; grad: number[] } {
  // Filling and transposing the matrix and the gradient's terms cost about as much as a few
  // matrix-vector products: they count against the same work.
  work.left -= 6 * j.n * j.n + 60 * j.missing.length + 4096;
  const a = fill(j, y);
  const right = eigen(a, warm.w, work);
  const left = eigen(transpose(a), warm.v, work);
  if (!right.converged || !left.converged) throw completionTooLarge(j);
  warm.w = right.w;
  warm.v = left.w;
  const w = right.w;
  const v = left.w;
  let vw = 0;
  for (let i = 0; i < w.length; i++) vw += v[i] * w[i];
  const grad = j.missing.map(([p, q]) => (v[p] * w[q] * a[p][q] - v[q] * w[p] * a[q][p]) / vw);
  return { lambda: right.lambda, grad };
}

/**
 * The completion with the smallest λmax (Bozóki, Fülöp & Rónyai 2010). λmax is a strictly
 * convex function of the logs of the missing entries (for a connected comparison graph), so
 * its minimiser is unique; it is found here by limited-memory BFGS with the exact gradient,
 * started from the log-least-squares completion, until the gradient vanishes to 1e-12. This
 * gives the same completion as the paper's cyclic coordinate descent (completeMinLambdaCCD,
 * kept as the reference the tests compare against) far faster when many entries are missing.
 */
export function completeMinLambdaFast(j: Judgments): number[][] {
  if (j.missing.length > MAX_MINIMISED_GAPS) throw completionTooLarge(j);
  const start = logLeastSquaresWeights(j);
  let y = j.missing.map(([p, q]) => Math.log(start[p] / start[q]));
  const warm: { w?: number[]; v?: number[] } = {};
  const work: Work = { left: EIGEN_WORK_LIMIT };
  let cur = lambdaAndGradient(j, y, warm, work);
  const memory: { s: number[]; t: number[]; rho: number }[] = [];
  const dot = (x: number[], z: number[]) => {
    let acc = 0;
    for (let i = 0; i < x.length; i++) acc += x[i] * z[i];
    return acc;
  };
  for (let iter = 0; iter < 5000 && maxAbs(cur.grad) > 1e-12; iter++) {
    // The two-loop recursion and the line search's vector updates count against the work too.
    work.left -= (4 * memory.length + 16) * j.missing.length + 4096;
    if (work.left < 0) throw completionTooLarge(j);
    // Two-loop recursion: d = −H·g.
    const q = cur.grad.slice();
    const alphas: number[] = [];
    for (let m = memory.length - 1; m >= 0; m--) {
      const { s, t, rho } = memory[m];
      const a = rho * dot(s, q);
      alphas[m] = a;
      for (let i = 0; i < q.length; i++) q[i] -= a * t[i];
    }
    const last = memory[memory.length - 1];
    const gamma = last ? dot(last.s, last.t) / dot(last.t, last.t) : 1;
    for (let i = 0; i < q.length; i++) q[i] *= gamma;
    for (let m = 0; m < memory.length; m++) {
      const { s, t, rho } = memory[m];
      const b = alphas[m] - rho * dot(t, q);
      for (let i = 0; i < q.length; i++) q[i] += s[i] * b;
    }
    let d = q.map((x) => -x);
    let slope = dot(cur.grad, d);
    if (!(slope < 0)) {
      d = cur.grad.map((g) => -g);
      slope = dot(cur.grad, d);
      memory.length = 0;
    }
    // Line search with the strong Wolfe conditions. Near the minimum λ changes by less than its
    // rounding, so a step whose change of λ is within that noise counts as a decrease: the
    // directional derivative (exact, from the eigenvectors) then decides.
    let step = 1;
    let lo = 0;
    let hi = Infinity;
    let next = cur;
    let yNext = y;
    for (let k = 0; k < 60; k++) {
      yNext = y.map((yi, i) => yi + step * d[i]);
      next = lambdaAndGradient(j, yNext, warm, work);
      const derivative = dot(next.grad, d);
      const decrease =
        next.lambda <= cur.lambda + 1e-4 * step * slope ||
        Math.abs(next.lambda - cur.lambda) <= 1e-14 * Math.abs(cur.lambda);
      if (decrease && Math.abs(derivative) <= 0.9 * Math.abs(slope)) break;
      if (!decrease || derivative > 0) hi = step;
      else lo = step;
      step = Number.isFinite(hi) ? (lo + hi) / 2 : 2 * step;
      if (hi - lo < 1e-14) break;
    }
    const s = yNext.map((yi, i) => yi - y[i]);
    const t = next.grad.map((g, i) => g - cur.grad[i]);
    const st = dot(s, t);
    if (st > 1e-30) {
      memory.push({ s, t, rho: 1 / st });
      if (memory.length > 12) memory.shift();
    }
    const moved = maxAbs(s);
    y = yNext;
    cur = next;
    if (moved < 1e-15 * (1 + maxAbs(y))) break;
  }
  return fill(j, y);
}

/**
 * The completion with the smallest λmax (Bozóki, Fülöp & Rónyai 2010): cyclic coordinate
 * descent over the log of each missing entry. λmax is convex in these logs, and along one
 * coordinate t (a_pq = e^t) its derivative is (v_p w_q e^t − v_q w_p e^−t) / vᵀw with v, w the
 * left and right principal eigenvectors; each step finds the root of that derivative.
 */
export function completeMinLambdaCCD(j: Judgments): number[][] {
  const start = logLeastSquaresWeights(j);
  const y = j.missing.map(([p, q]) => Math.log(start[p] / start[q]));
  const a = fill(j, y);
  const slope = (p: number, q: number, t: number): number => {
    a[p][q] = Math.exp(t);
    a[q][p] = Math.exp(-t);
    const w = eigen(a).w;
    const v = eigen(transpose(a)).w;
    let vw = 0;
    for (let i = 0; i < a.length; i++) vw += v[i] * w[i];
    return (v[p] * w[q] * a[p][q] - v[q] * w[p] * a[q][p]) / vw;
  };
  for (let cycle = 0; cycle < 20000; cycle++) {
    let moved = 0;
    j.missing.forEach(([p, q], k) => {
      const t = minimiseAlong(p, q, y[k], slope);
      moved = Math.max(moved, Math.abs(t - y[k]));
      y[k] = t;
      a[p][q] = Math.exp(t);
      a[q][p] = Math.exp(-t);
    });
    if (moved < 1e-14) break;
  }
  return a;
}

/** Root of the increasing function slope(p, q, ·), bracketed from t0 outwards, then Illinois. */
function minimiseAlong(
  p: number,
  q: number,
  t0: number,
  slope: (p: number, q: number, t: number) => number
): number {
  let lo = t0;
  let flo = slope(p, q, lo);
  if (flo === 0) return t0;
  let step = flo > 0 ? -0.5 : 0.5;
  let hi = lo + step;
  let fhi = slope(p, q, hi);
  for (let k = 0; k < 60 && Math.sign(fhi) === Math.sign(flo) && fhi !== 0; k++) {
    lo = hi;
    flo = fhi;
    step *= 2;
    hi = lo + step;
    fhi = slope(p, q, hi);
  }
  if (fhi === 0) return hi;
  // Illinois false position between lo and hi.
  let side = 0;
  let t = hi;
  for (let k = 0; k < 200 && Math.abs(hi - lo) > 1e-14 * Math.max(1, Math.abs(t)); k++) {
    t = (lo * fhi - hi * flo) / (fhi - flo);
    const ft = slope(p, q, t);
    if (ft === 0) return t;
    if (Math.sign(ft) === Math.sign(fhi)) {
      hi = t;
      fhi = ft;
      if (side === -1) flo /= 2;
      side = -1;
    } else {
      lo = t;
      flo = ft;
      if (side === 1) fhi /= 2;
      side = 1;
    }
  }
  return t;
}
