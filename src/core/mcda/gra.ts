/** Grey relational analysis against the ideal unit (Deng 1982; docs/methods.md §9). */
import { InputError } from "../errors";
import { Direction } from "../scoring";
import { DecisionMatrix, minMaxNormalise } from "./matrix";

/**
 * Grey relational grades of the n units against the ideal unit: z the min-max normalisation by
 * direction (the ideal is 1 in every column), Δ_ij = |1 − z_ij|, Δmin and Δmax over the whole
 * matrix, ξ_ij = (Δmin + ρΔmax)/(Δ_ij + ρΔmax), grade_i = Σ_j w_j ξ_ij. `weights` sum to 1
 * (weightsFor); ρ in (0, 1]. A constant column is an InputError (min-max normalisation).
 *
 * @example greyRelationalGrades(decisionMatrix([[1], [2], [3]]), ["BENEFIT"], 0.5, [1]) // [1/3, 0.5, 1]
 */
export function greyRelationalGrades(
  d: DecisionMatrix,
  dirs: readonly Direction[],
  rho: number,
  weights: ArrayLike<number>
): Float64Array {
  if (!(rho > 0 && rho <= 1))
    throw new InputError(`rho (the distinguishing coefficient) must be in (0, 1], not ${rho}`);
  const { n, m } = d;
  const z = minMaxNormalise(d, dirs);
  let dMin = Infinity;
  let dMax = 0;
  for (let k = 0; k < n * m; k++) {
    const delta = 1 - z[k];
    z[k] = delta;
    if (delta < dMin) dMin = delta;
    if (delta > dMax) dMax = delta;
  }
  // With no constant column every column holds a 0 and a 1 after normalisation: Δmax = 1 > 0.
  const top = dMin + rho * dMax;
  const grades = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let g = 0;
    for (let j = 0; j < m; j++) g += (weights[j] * top) / (z[i * m + j] + rho * dMax);
    grades[i] = g;
  }
  return grades;
}
