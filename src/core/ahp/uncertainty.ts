/**
 * Monte-Carlo uncertainty of AHP weights (docs/methods.md §1.4a): every judgment above the
 * diagonal is moved by a whole number of steps, drawn uniformly in [−spread, +spread], along
 * the Saaty scale 1/9, 1/8, …, 1/2, 1, 2, …, 9; perturbed matrices with CR above 0.2 are
 * discarded; the kept samples give the mean, SD, 5th and 95th percentiles of each weight and
 * the share of samples in which an element keeps its rank.
 *
 * The inner loop works on Float64Arrays without allocation and repeats the math of
 * weights.ts (power iteration from the row geometric means, tolerance 1e-13; row geometric
 * means; normalised columns) and consistency.ts (CR = (λmax − n)/((n − 1)·RI)); the tests
 * compare it with `priorities` and `consistencyRatio`.
 */
import { InputError } from "../errors";
import { randomIndex } from "./consistency";
import type { Judgments } from "./judgments";
import type { WeightMethod } from "./methods";
import { SAATY_SCALE, snapToScale } from "./suggest";
import { priorities } from "./weights";

/** Perturbed matrices with a CR above this are discarded. */
export const UNCERTAINTY_MAX_CR = 0.2;
/** Draws allowed per sample asked for before the function gives up. */
export const ATTEMPTS_PER_SAMPLE = 20;
/**
 * Multiply-adds all draws of one call may spend (an n×n power iteration counts n² + 4n + 64): about
 * 0.15 s, so that a call answers within a second even when nearly every draw is discarded.
 */
export const UNCERTAINTY_WORK_LIMIT = 7.5e7;

/**
 * The mulberry32 generator (Tommy Ettinger): a uniform number in [0, 1) per call, the same
 * sequence for the same 32-bit seed.
 */
export function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of sorted values with linear interpolation between closest ranks,
 * as Excel's PERCENTILE.INC: h = (N − 1)p, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
 *
 * @example percentileInc([1, 2, 3, 4], 0.05) // 1.15
 */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Competition ranks (1 = largest; equal weights, to 1e-9 relative, share the better rank) of w.
 *
 * @example ranks([0.5, 0.2, 0.3]) // [1, 3, 2]
 */
export function ranks(
  w: ArrayLike<number>,
  out: Int32Array = new Int32Array(w.length)
): Int32Array {
  const n = w.length;
  for (let i = 0; i < n; i++) {
    let r = 1;
    const above = w[i] * (1 + 1e-9);
    for (let j = 0; j < n; j++) if (w[j] > above) r++;
    out[i] = r;
  }
  return out;
}

export interface UncertaintyOptions {
  /** Kept samples wanted. */
  samples: number;
  /** Largest step, a whole number 0 … 8. */
  spread: number;
  method: WeightMethod;
  /** Seed of the generator (any whole number; used modulo 2³²). */
  seed: number;
}

export interface WeightUncertainty {
  /** Weights of the unperturbed matrix (as `priorities`). */
  weight: number[];
  mean: number[];
  /** Population standard deviation (divisor N) over the kept samples. */
  sd: number[];
  /** PERCENTILE.INC at 0.05 and 0.95. */
  p5: number[];
  p95: number[];
  /** Share of kept samples in which the element has its unperturbed rank. */
  stability: number[];
  kept: number;
  drawn: number;
}

/** Power-iteration stopping rule and cap, as in weights.ts. */
const EIGEN_TOLERANCE = 1e-13;
const EIGEN_MAX_ITERATIONS = 10000;

/**
 * Monte-Carlo weight uncertainty of a complete judgment matrix. Each draw moves every a_ij
 * (i < j) by d ~ U{−spread … spread} steps: d = 0 keeps a_ij as given; otherwise it becomes
 * SAATY_SCALE[p + d] with p the position of the scale value nearest to a_ij on a log scale
 * (snapToScale), the index clamped to 1/9 … 9; a_ji = 1/a_ij. A draw whose CR (Saaty's RI for n ≤ 15, Alonso–Lamata's fit
 * beyond) exceeds 0.2 is discarded. Draws stop when `samples` are kept, after
 * 20 × samples draws, or when the work limit is spent; none kept is an error.
 *
 * @example weightUncertainty(parseJudgments([[1, 3], [null, 1]]), { samples: 100, spread: 0, method: "EIGEN", seed: 1 }).sd // [0, 0]
 */
export function weightUncertainty(j: Judgments, opts: UncertaintyOptions): WeightUncertainty {
  if (j.missing.length > 0) {
    throw new InputError(
      `The matrix has ${j.missing.length} missing comparison${j.missing.length === 1 ? "" : "s"}; the uncertainty needs every judgment (complete it first, e.g. with AHP.WEIGHTS' consistent ratios wᵢ/wⱼ)`
    );
  }
  const { samples, spread, method } = opts;
  const n = j.n;
  const weight = priorities(j, method).w;
  const refRank = ranks(weight);
  const ri = n <= 2 ? 0 : randomIndex(n, n <= 15 ? "SAATY" : "ALONSO");

  // Per pair q (i < j), the value and log of the judgment for each step d = −spread … spread.
  const width = 2 * spread + 1;
  const pairs = (n * (n - 1)) / 2;
  const value = new Float64Array(pairs * width);
  const logValue = new Float64Array(pairs * width);
  const pairI = new Int32Array(pairs);
  const pairJ = new Int32Array(pairs);
  let q = 0;
  for (let i = 0; i < n; i++) {
    for (let k = i + 1; k < n; k++, q++) {
      pairI[q] = i;
      pairJ[q] = k;
      const x = j.a[i][k];
      const p = SAATY_SCALE.indexOf(snapToScale(x));
      for (let d = -spread; d <= spread; d++) {
        const v = d === 0 ? x : SAATY_SCALE[Math.min(16, Math.max(0, p + d))];
        value[q * width + d + spread] = v;
        logValue[q * width + d + spread] = Math.log(v);
      }
    }
  }

  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) a[i * n + i] = 1;
  const rowLog = new Float64Array(n);
  let w = new Float64Array(n);
  let next = new Float64Array(n);
  const colSum = new Float64Array(n);
  const rank = new Int32Array(n);
  const kept = new Float64Array(n * samples); // element i's samples at i·samples + s
  const sameRank = new Float64Array(n);
  const random = mulberry32(opts.seed);
  const maxDraws = ATTEMPTS_PER_SAMPLE * samples;
  const iterationCost = n * n + 4 * n + 64;
  // CI above which CR > 0.2 (a little margin: the bound may only discard what is surely above).
  const crLimit = n <= 2 ? Infinity : UNCERTAINTY_MAX_CR * ri * (1 + 1e-9);
  let work = UNCERTAINTY_WORK_LIMIT;
  let keptCount = 0;
  let drawn = 0;

  while (keptCount < samples && drawn < maxDraws && work > 0) {
    drawn++;
    work -= 4 * n * n + 64;
    rowLog.fill(0);
    for (let p = 0; p < pairs; p++) {
      const d = spread === 0 ? spread : Math.floor(random() * width);
      const v = value[p * width + d];
      const l = logValue[p * width + d];
      const i = pairI[p];
      const k = pairJ[p];
      a[i * n + k] = v;
      a[k * n + i] = 1 / v;
      rowLog[i] += l;
      rowLog[k] -= l;
    }
    // Row geometric means (SQRT, and EIGEN's start).
    let total = 0;
    for (let i = 0; i < n; i++) {
      w[i] = Math.exp(rowLog[i] / n);
      total += w[i];
    }
    for (let i = 0; i < n; i++) w[i] /= total;
    let lambda: number;
    if (method === "EIGEN") {
      let converged = false;
      for (let it = 0; it < EIGEN_MAX_ITERATIONS && !converged && work > 0; it++) {
        work -= iterationCost;
        let sum = 0;
        for (let i = 0; i < n; i++) {
          let s = 0;
          const row = i * n;
          for (let k = 0; k < n; k++) s += a[row + k] * w[k];
          next[i] = s;
          sum += s;
        }
        // Collatz–Wielandt: λmax ≥ minᵢ (Aw)ᵢ/wᵢ for any positive w. A draw whose bound already
        // puts CR above the limit is discarded without iterating to convergence.
        let low = Infinity;
        for (let i = 0; i < n; i++) if (next[i] / w[i] < low) low = next[i] / w[i];
        if ((low - n) / (n - 1) > crLimit) break;
        let change = 0;
        for (let i = 0; i < n; i++) {
          const x = next[i] / sum;
          const dx = Math.abs(x - w[i]) / x;
          if (dx > change) change = dx;
          next[i] = x;
        }
        const previous = w;
        w = next;
        next = previous;
        converged = change < EIGEN_TOLERANCE;
      }
      if (!converged) continue;
      lambda = 0;
      for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) lambda += a[i * n + k] * w[k];
    } else {
      if (method === "SUM") {
        colSum.fill(0);
        for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) colSum[k] += a[i * n + k];
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += a[i * n + k] / colSum[k];
          w[i] = s / n;
        }
      }
      lambda = 0;
      for (let i = 0; i < n; i++) {
        let aw = 0;
        for (let k = 0; k < n; k++) aw += a[i * n + k] * w[k];
        lambda += aw / w[i];
      }
      lambda /= n;
    }
    const cr = n <= 2 ? 0 : (Math.max(lambda, n) - n) / (n - 1) / ri;
    if (cr > UNCERTAINTY_MAX_CR) continue;
    ranks(w, rank);
    for (let i = 0; i < n; i++) {
      kept[i * samples + keptCount] = w[i];
      if (rank[i] === refRank[i]) sameRank[i]++;
    }
    keptCount++;
  }

  if (keptCount === 0) {
    throw new InputError(
      `No perturbed matrix had CR ≤ ${UNCERTAINTY_MAX_CR} in ${drawn} draws (spread ${spread}); make the matrix more consistent (AHP.SUGGEST) or reduce spread`
    );
  }
  const mean: number[] = [];
  const sd: number[] = [];
  const p5: number[] = [];
  const p95: number[] = [];
  const stability: number[] = [];
  for (let i = 0; i < n; i++) {
    const xs = kept.subarray(i * samples, i * samples + keptCount);
    // Sums of the deviations from the first sample: identical samples give SD exactly 0.
    const x0 = xs[0];
    let dev = 0;
    let dev2 = 0;
    for (let s = 0; s < keptCount; s++) {
      const d = xs[s] - x0;
      dev += d;
      dev2 += d * d;
    }
    const m = x0 + dev / keptCount;
    const v = Math.max(0, dev2 - (dev * dev) / keptCount);
    xs.sort();
    mean.push(m);
    sd.push(Math.sqrt(v / keptCount));
    p5.push(percentileInc(xs, 0.05));
    p95.push(percentileInc(xs, 0.95));
    stability.push(sameRank[i] / keptCount);
  }
  return { weight, mean, sd, p5, p95, stability, kept: keptCount, drawn };
}
