/**
 * The entropy weight method (docs/methods.md §9): indicators on which the units differ more
 * carry more weight.
 */
import { InputError, cellName } from "../errors";
import { Direction } from "../scoring";
import { DecisionMatrix, minMaxNormalise } from "./matrix";

/** MINMAX: (x − min)/(max − min), reversed for cost; NONE: the raw data (≥ 0). */
export type EntropyNormalise = "MINMAX" | "NONE";

const NORMALISE_NAMES = new Map<string, EntropyNormalise>([
  ["MINMAX", "MINMAX"],
  ["MIN-MAX", "MINMAX"],
  ["RANGE", "MINMAX"],
  ["NONE", "NONE"],
  ["RAW", "NONE"],
]);

/**
 * A normalisation by name, case-insensitive: MINMAX (also MIN-MAX, RANGE) or NONE (also RAW).
 *
 * @example parseEntropyNormalise("minmax") // "MINMAX"
 */
export function parseEntropyNormalise(name: string): EntropyNormalise {
  const r = NORMALISE_NAMES.get(name.trim().toUpperCase());
  if (r === undefined)
    throw new InputError(
      `normalise must be MINMAX or NONE, not "${name.length > 20 ? `${name.slice(0, 20)}…` : name}"`
    );
  return r;
}

/**
 * Entropy weights of the m indicators: z the normalised data, p_ij = z_ij / Σ_i z_ij,
 * e_j = −(1/ln n) Σ_i p_ij ln p_ij (natural logarithm, p ln p = 0 for p = 0), d_j = 1 − e_j,
 * w_j = d_j / Σ_k d_k. Under NONE the directions do not matter (the entropy of a column's
 * proportions does not depend on which way is better). Errors: under MINMAX a constant column;
 * under NONE a negative cell or a column of zeros; every column uniform (all d_j = 0).
 *
 * @example entropyWeights(decisionMatrix([[1, 1], [2, 1], [3, 5]]), ["BENEFIT", "BENEFIT"]) // ≈ [0.2961, 0.7039]
 */
export function entropyWeights(
  d: DecisionMatrix,
  dirs: readonly Direction[],
  normalise: EntropyNormalise = "MINMAX"
): Float64Array {
  const { n, m, x } = d;
  let z: Float64Array;
  if (normalise === "MINMAX") z = minMaxNormalise(d, dirs);
  else {
    for (let i = 0; i < n * m; i++)
      if (x[i] < 0)
        throw new InputError(
          `data: ${cellName(Math.floor(i / m), i % m)} is ${x[i]}; with normalise NONE the data must be ≥ 0`
        );
    z = x;
  }
  const k = 1 / Math.log(n);
  const dj = new Float64Array(m);
  let total = 0;
  for (let j = 0; j < m; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += z[i * m + j];
    if (!(s > 0))
      throw new InputError(
        `data: column ${j + 1} is all 0; its proportions p = x / Σx divide by 0`
      );
    if (!Number.isFinite(s))
      throw new InputError(`data: column ${j + 1} sums beyond Excel's numbers`);
    let h = 0;
    for (let i = 0; i < n; i++) {
      const p = z[i * m + j] / s;
      if (p > 0) h -= p * Math.log(p);
    }
    const e = Math.min(1, k * h);
    dj[j] = 1 - e;
    total += dj[j];
  }
  // Below this, every column is uniform up to rounding: the weights would be noise.
  if (!(total > 1e-12 * m))
    throw new InputError(
      "data: every column is uniform across the units (entropy 1 everywhere), so no indicator discriminates and the entropy weights cannot be computed"
    );
  for (let j = 0; j < m; j++) dj[j] /= total;
  return dj;
}
