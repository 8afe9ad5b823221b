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
 * Draws perturbed copies of one complete judgment matrix (see weightUncertainty) and computes
 * their weights and CR without allocating: after `draw()`, `a` holds the matrix (row-major) and
 * `w` its weights. `work` counts the multiply-adds spent, for callers that cap it.
 */
export class JudgmentSampler {
  readonly n: number;
  /** The last draw, row-major n × n. */
  readonly a: Float64Array;
  /** Its weights (after draw() or weigh()). */
  w: Float64Array;
  work = 0;
  private next: Float64Array;
  private readonly rowLog: Float64Array;
  private readonly colSum: Float64Array;
  private readonly value: Float64Array;
  private readonly logValue: Float64Array;
  private readonly pairI: Int32Array;
  private readonly pairJ: Int32Array;
  private readonly width: number;
  private readonly crLimit: number;

  /**
   * @param j a complete matrix; @param ri the random index CR divides by (0 for n ≤ 2);
   * @param maxCr draws with a larger CR are discarded.
   */
  constructor(
    j: Judgments,
    private readonly spread: number,
    private readonly method: WeightMethod,
    private readonly ri: number,
    private readonly random: () => number,
    private readonly maxCr = UNCERTAINTY_MAX_CR
  ) {
    const n = j.n;
    this.n = n;
    // Per pair q (i < j), the value and log of the judgment for each step d = −spread … spread.
    const width = 2 * spread + 1;
    const pairs = (n * (n - 1)) / 2;
    this.width = width;
    this.value = new Float64Array(pairs * width);
    this.logValue = new Float64Array(pairs * width);
    this.pairI = new Int32Array(pairs);
    this.pairJ = new Int32Array(pairs);
    let q = 0;
    for (let i = 0; i < n; i++) {
      for (let k = i + 1; k < n; k++, q++) {
        this.pairI[q] = i;
        this.pairJ[q] = k;
        const x = j.a[i][k];
        const p = SAATY_SCALE.indexOf(snapToScale(x));
        for (let d = -spread; d <= spread; d++) {
          const v = d === 0 ? x : SAATY_SCALE[Math.min(16, Math.max(0, p + d))];
          this.value[q * width + d + spread] = v;
          this.logValue[q * width + d + spread] = Math.log(v);
        }
      }
    }
    this.a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) this.a[i * n + i] = 1;
    this.rowLog = new Float64Array(n);
    this.w = new Float64Array(n);
    this.next = new Float64Array(n);
    this.colSum = new Float64Array(n);
    // CI above which CR > maxCr (a little margin: the bound may only discard what is surely above).
    this.crLimit = n <= 2 ? Infinity : maxCr * ri * (1 + 1e-9);
  }

  /** A new perturbed matrix in `a` and its weights in `w`; false when its CR is above maxCr. */
  draw(): boolean {
    const { n, a, rowLog, width, spread } = this;
    this.work += 4 * n * n + 64;
    rowLog.fill(0);
    const pairs = this.pairI.length;
    for (let p = 0; p < pairs; p++) {
      const d = spread === 0 ? spread : Math.floor(this.random() * width);
      const v = this.value[p * width + d];
      const l = this.logValue[p * width + d];
      const i = this.pairI[p];
      const k = this.pairJ[p];
      a[i * n + k] = v;
      a[k * n + i] = 1 / v;
      rowLog[i] += l;
      rowLog[k] -= l;
    }
    return this.weighFromLogs();
  }

  /**
   * The weights of the matrix now in `a` (filled by the caller, exactly reciprocal) into `w`;
   * false when its CR is above maxCr or the power iteration does not settle.
   */
  weigh(): boolean {
    const { n, a, rowLog } = this;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += Math.log(a[i * n + k]);
      rowLog[i] = s;
    }
    return this.weighFromLogs();
  }

  /** Weights and CR of `a` given the sums of the logs of its rows. */
  private weighFromLogs(): boolean {
    const { n, a, rowLog } = this;
    let w = this.w;
    let next = this.next;
    // Row geometric means (SQRT, and EIGEN's start).
    let total = 0;
    for (let i = 0; i < n; i++) {
      w[i] = Math.exp(rowLog[i] / n);
      total += w[i];
    }
    for (let i = 0; i < n; i++) w[i] /= total;
    let lambda: number;
    if (this.method === "EIGEN") {
      const iterationCost = n * n + 4 * n + 64;
      let converged = false;
      for (let it = 0; it < EIGEN_MAX_ITERATIONS && !converged; it++) {
        this.work += iterationCost;
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
        if ((low - n) / (n - 1) > this.crLimit) break;
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
      this.w = w;
      this.next = next;
      if (!converged) return false;
      lambda = 0;
      for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) lambda += a[i * n + k] * w[k];
    } else {
      const colSum = this.colSum;
      if (this.method === "SUM") {
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
    const cr = n <= 2 ? 0 : (Math.max(lambda, n) - n) / (n - 1) / this.ri;
    return cr <= this.maxCr;
  }
}

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
  const sampler = new JudgmentSampler(j, spread, method, ri, mulberry32(opts.seed));
  const rank = new Int32Array(n);
  const kept = new Float64Array(n * samples); // element i's samples at i·samples + s
  const sameRank = new Float64Array(n);
  const maxDraws = ATTEMPTS_PER_SAMPLE * samples;
  let keptCount = 0;
  let drawn = 0;

  while (keptCount < samples && drawn < maxDraws && sampler.work < UNCERTAINTY_WORK_LIMIT) {
    drawn++;
    if (!sampler.draw()) continue;
    const w = sampler.w;
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
