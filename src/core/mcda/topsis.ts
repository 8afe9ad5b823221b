/** TOPSIS, closeness to the ideal unit (Hwang & Yoon 1981; docs/methods.md §9). */
import { InputError } from "../errors";
import { Direction } from "../scoring";
import { DecisionMatrix } from "./matrix";

/** The steps of TOPSIS for n units. */
export interface TopsisResult {
  /** Weighted normalised matrix v_ij = w_j · x_ij / √Σ_i x_ij², row-major. */
  readonly v: Float64Array;
  /** Distance of each unit to the ideal best. */
  readonly dPlus: Float64Array;
  /** Distance of each unit to the ideal worst. */
  readonly dMinus: Float64Array;
  /** Closeness C_i = D⁻_i / (D⁺_i + D⁻_i) in [0, 1]. */
  readonly closeness: Float64Array;
}

/**
 * TOPSIS with vector normalisation: r_ij = x_ij / √Σ_i x_ij², v_ij = w_j r_ij, the ideal best
 * takes each column's max (benefit) or min (cost) of v, the ideal worst the other, D⁺ and D⁻
 * are Euclidean distances to them, C = D⁻/(D⁺ + D⁻). `weights` sum to 1 (weightsFor). Errors:
 * a column of zeros (its norm is 0); all units identical on the weighted indicators
 * (D⁺ + D⁻ = 0 for every unit).
 *
 * @example topsis(decisionMatrix([[1], [3]]), [1], ["BENEFIT"]).closeness // [0, 1]
 */
export function topsis(
  d: DecisionMatrix,
  weights: ArrayLike<number>,
  dirs: readonly Direction[]
): TopsisResult {
  const { n, m, x } = d;
  const v = new Float64Array(n * m);
  const best = new Float64Array(m);
  const worst = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    // Scaled by the column's largest magnitude first, so squares neither overflow nor underflow.
    let big = 0;
    for (let i = 0; i < n; i++) big = Math.max(big, Math.abs(x[i * m + j]));
    if (big === 0)
      throw new InputError(
        `data: column ${j + 1} is all 0; vector normalisation divides by its norm, 0`
      );
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const t = x[i * m + j] / big;
      ss += t * t;
    }
    const f = weights[j] / (big * Math.sqrt(ss));
    let hi = -Infinity;
    let lo = Infinity;
    for (let i = 0; i < n; i++) {
      const t = x[i * m + j] * f;
      v[i * m + j] = t;
      if (t > hi) hi = t;
      if (t < lo) lo = t;
    }
    const cost = dirs[j] === "COST";
    best[j] = cost ? lo : hi;
    worst[j] = cost ? hi : lo;
  }
  const dPlus = new Float64Array(n);
  const dMinus = new Float64Array(n);
  const closeness = new Float64Array(n);
  let anySpread = false;
  for (let i = 0; i < n; i++) {
    let sp = 0;
    let sm = 0;
    for (let j = 0; j < m; j++) {
      const t = v[i * m + j];
      sp += (t - best[j]) ** 2;
      sm += (t - worst[j]) ** 2;
    }
    dPlus[i] = Math.sqrt(sp);
    dMinus[i] = Math.sqrt(sm);
    const s = dPlus[i] + dMinus[i];
    if (s > 0) anySpread = true;
    closeness[i] = s > 0 ? dMinus[i] / s : NaN;
  }
  if (!anySpread)
    throw new InputError(
      "data: all units are identical on the weighted indicators, so the ideal best and worst coincide (D⁺ + D⁻ = 0) and TOPSIS cannot rank them"
    );
  return { v, dPlus, dMinus, closeness };
}
