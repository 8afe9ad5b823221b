/**
 * Sensitivity of the grey evaluation to the weight of each first-level criterion
 * (docs/methods.md §2.1): the criterion's weight is moved, the other criteria weights rescaled
 * proportionally so the weights still sum to 1, and W and the grade recomputed.
 */
import { InputError } from "../errors";
import { GreyResult, comprehensiveValue, gradeIndex } from "./evaluate";
import type { GreyScale } from "./scales";

/**
 * B as a function of criterion c's weight t ∈ [0, 1]: B(t) = t·B_c + (1 − t)·B_rest, with
 * B_rest = Σ_{j≠c} a_j B_j / Σ_{j≠c} a_j (the other criteria keep their proportions). When the
 * other weights are all 0 (a_c = 1), the weight freed by lowering a_c is shared equally among
 * them; with a single criterion B(t) = B_c (its weight is always 1 after normalisation).
 */
export interface WeightLine {
  /** B_c: the classes of the criterion itself (B at t = 1). */
  own: number[];
  /** B_rest: the classes of the other criteria at their proportions (B at t = 0). */
  rest: number[];
}

/**
 * The line B(t) of criterion c (0-based, in the order of result.criteria).
 *
 * @example classesAt(weightLine(result, 0), result.criteria[0].weight) // result.classes
 */
export function weightLine(result: GreyResult, c: number): WeightLine {
  const crit = result.criteria;
  const own = crit[c].classes.slice();
  if (crit.length === 1) return { own, rest: own.slice() };
  let total = 0;
  crit.forEach((x, j) => {
    if (j !== c) total += x.weight;
  });
  const equal = !(total > 0);
  const rest = new Array<number>(own.length).fill(0);
  crit.forEach((x, j) => {
    if (j === c) return;
    const share = equal ? 1 / (crit.length - 1) : x.weight / total;
    for (let e = 0; e < rest.length; e++) rest[e] += share * x.classes[e];
  });
  return { own, rest };
}

/** B(t) = t·B_c + (1 − t)·B_rest. */
export function classesAt(line: WeightLine, t: number): number[] {
  return line.own.map((o, e) => t * o + (1 - t) * line.rest[e]);
}

/**
 * How far t can move from t0 (upwards for dir = 1, downwards for dir = −1, within [0, 1])
 * before the grade changes, solved exactly: every b_e(t) is linear in t, so the grade e0 at t0
 * holds until the first line b_e overtakes b_e0, at t0 + dir·(b_e0 − b_e)(t0)/|slope difference|.
 * null when no line overtakes it within [0, 1] (at the end of the range, only if the grade
 * there differs).
 */
export function gradeChange(line: WeightLine, t0: number, dir: 1 | -1): number | null {
  const b = classesAt(line, t0);
  const e0 = gradeIndex(b);
  const slope0 = line.own[e0] - line.rest[e0];
  let best = Infinity;
  for (let e = 0; e < b.length; e++) {
    if (e === e0) continue;
    const s = dir * (line.own[e] - line.rest[e] - slope0);
    if (!(s > 0)) continue;
    const dist = Math.max(0, (b[e0] - b[e]) / s);
    if (dist < best) best = dist;
  }
  const limit = dir > 0 ? 1 - t0 : t0;
  if (best > limit + 1e-12) return null;
  if (best >= limit - 1e-12)
    return gradeIndex(classesAt(line, dir > 0 ? 1 : 0)) !== e0 ? limit : null;
  return best;
}

/** W and the grade with the criterion's weight at t. */
export interface SensitivityPoint {
  weight: number;
  value: number;
  grade: string;
}

export interface SensitivityRow {
  label: string;
  /** The criterion's normalised weight a_c. */
  weight: number;
  /** At a_c − step (clamped to 0). */
  down: SensitivityPoint;
  /** At a_c + step (clamped to 1). */
  up: SensitivityPoint;
  /** The smallest decrease of a_c that changes the grade; null when none within [0, a_c]. */
  decrease: number | null;
  /** The smallest increase of a_c that changes the grade; null when none within [a_c, 1]. */
  increase: number | null;
}

/**
 * One row per first-level criterion of a two-level grey evaluation: W and the grade when its
 * weight moves by −step and +step (clamped to [0, 1], the others rescaled proportionally), and
 * the smallest moves down and up that change the grade. step in [0, 1]; 0 gives the evaluation
 * itself.
 *
 * @example greySensitivity(greyEvaluate(d, w, NAMED_SCALES["4"], groups), NAMED_SCALES["4"], 0.1)
 */
export function greySensitivity(
  result: GreyResult,
  scale: GreyScale,
  step = 0.1
): SensitivityRow[] {
  if (!(step >= 0 && step <= 1)) throw new InputError(`step must be in (0, 1], not ${step}`);
  if (result.criteria.length === 0)
    throw new InputError(
      "The sensitivity moves the weights of the first-level criteria: give groups and group_weights"
    );
  const point = (line: WeightLine, t: number): SensitivityPoint => {
    const b = classesAt(line, t);
    return { weight: t, value: comprehensiveValue(b, scale), grade: scale.labels[gradeIndex(b)] };
  };
  return result.criteria.map((c, k) => {
    const line = weightLine(result, k);
    return {
      label: c.label,
      weight: c.weight,
      down: point(line, Math.max(0, c.weight - step)),
      up: point(line, Math.min(1, c.weight + step)),
      decrease: gradeChange(line, c.weight, -1),
      increase: gradeChange(line, c.weight, 1),
    };
  });
}
