/** Combined subjective–objective weights (docs/methods.md §9). */
import { InputError } from "../errors";

/**
 * Combines subjective weights a (e.g. AHP) with objective weights b (e.g. entropy), each first
 * rescaled to sum to 1: multiplicative a_j·b_j / Σ_k a_k·b_k when `alpha` is null, linear
 * α·a_j + (1 − α)·b_j otherwise (α in [0, 1], the share of the subjective weights). Both must
 * have the same length, every weight ≥ 0 and a positive sum.
 *
 * @example combineWeights([0.5, 0.5], [0.2, 0.8], null) // [0.2, 0.8]
 * @example combineWeights([0.5, 0.5], [0.2, 0.8], 0.5) // [0.35, 0.65]
 */
export function combineWeights(
  subjective: readonly number[],
  objective: readonly number[],
  alpha: number | null
): Float64Array {
  if (subjective.length !== objective.length)
    throw new InputError(
      `subjective and objective need the same number of weights: subjective has ${subjective.length}, objective has ${objective.length}`
    );
  if (subjective.length === 0) throw new InputError("subjective is empty");
  if (alpha !== null && !(alpha >= 0 && alpha <= 1))
    throw new InputError(`alpha must be in [0, 1], not ${alpha}`);
  const a = unit(subjective, "subjective");
  const b = unit(objective, "objective");
  const out = new Float64Array(a.length);
  if (alpha !== null) {
    for (let j = 0; j < a.length; j++) out[j] = alpha * a[j] + (1 - alpha) * b[j];
    return out;
  }
  let s = 0;
  for (let j = 0; j < a.length; j++) s += out[j] = a[j] * b[j];
  if (!(s > 0))
    throw new InputError(
      "subjective and objective have no indicator where both weights are positive, so their product is 0 everywhere"
    );
  for (let j = 0; j < a.length; j++) out[j] /= s;
  return out;
}

/** Weights rescaled to sum to 1; an InputError naming `what` for a negative weight or a zero sum. */
function unit(w: readonly number[], what: string): Float64Array {
  let s = 0;
  w.forEach((v, j) => {
    if (!Number.isFinite(v) || v < 0)
      throw new InputError(`${what}: weight ${j + 1} is ${v}; weights must be ≥ 0`);
    s += v;
  });
  if (!(s > 0) || !Number.isFinite(s))
    throw new InputError(
      `${what}: the weights ${s > 0 ? "sum beyond Excel's numbers" : "are all 0"}`
    );
  return Float64Array.from(w, (v) => v / s);
}
