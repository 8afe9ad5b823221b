/**
 * Numeric helpers shared by the methods: normalising weights, and sums and quotients that
 * cannot overflow for any numbers Excel holds (up to about 1.8e308).
 */
import { InputError } from "./errors";

/** The largest absolute value of xs (0 for none). */
export function maxAbs(xs: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < xs.length; i++) {
    const a = Math.abs(xs[i]);
    if (a > m) m = a;
  }
  return m;
}

/**
 * Weights divided by their sum, so that they sum to 1. Each must be a number ≥ 0 and their sum
 * positive; `what` names them in messages ("Weight", "Expert weight"). Safe for weights near
 * Excel's largest number: they are scaled before they are added.
 *
 * @example normaliseWeights([1, 3], "Weight") // [0.25, 0.75]
 */
export function normaliseWeights(w: readonly number[], what: string): number[] {
  w.forEach((x, i) => {
    if (!(x >= 0) || !Number.isFinite(x))
      throw new InputError(
        `${what} ${i + 1} is ${Number.isFinite(x) ? x : "not a number"}; weights must be ≥ 0`
      );
  });
  const scale = maxAbs(w);
  if (!(scale > 0)) throw new InputError(`${what}s sum to 0`);
  let total = 0;
  for (const x of w) total += x / scale;
  return w.map((x) => x / scale / total);
}
