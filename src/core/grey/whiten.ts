/** Whitening weight functions of the grey classes (docs/methods.md §2, step 3). */
import { InputError } from "../errors";
import type { GreyScale } from "./scales";

/**
 * f_e(d) for class e (0-based) of centres c: upper-limit for the top class, triangular for
 * the middle classes, lower-limit for the bottom class. Scores must be ≥ 0; a score above
 * the top centre belongs fully to the top class.
 *
 * @example whitenOne(3.5, [4, 3, 2, 1], 1) // (6 − 3.5)/3 = 0.8333…
 */
export function whitenOne(d: number, c: readonly number[], e: number): number {
  const ce = c[e];
  if (e === 0) return d >= ce ? 1 : d / ce;
  if (e === c.length - 1) return d <= ce ? 1 : d <= 2 * ce ? (2 * ce - d) / ce : 0;
  return d <= ce ? d / ce : d <= 2 * ce ? (2 * ce - d) / ce : 0;
}

/**
 * The row (f_1(d) … f_g(d)) of whitening values for one score.
 *
 * @example whiten(3, NAMED_SCALES["4"]) // [0.75, 1, 0.5, 0]
 */
export function whiten(d: number, scale: GreyScale, where = "Score"): number[] {
  if (!(d >= 0) || !Number.isFinite(d))
    throw new InputError(`${where} is ${d}; grey scores must be ≥ 0`);
  const c = scale.centres;
  const out = new Array<number>(c.length);
  for (let e = 0; e < c.length; e++) out[e] = whitenOne(d, c, e);
  return out;
}
