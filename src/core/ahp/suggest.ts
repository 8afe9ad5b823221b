/** Finding the judgments to revisit in an inconsistent matrix (docs/methods.md §1.3). */
import type { Priorities } from "./weights";

/** The Saaty scale values 1/9 … 9. */
export const SAATY_SCALE: readonly number[] = [9, 8, 7, 6, 5, 4, 3, 2]
  .map((x) => 1 / x)
  .concat([1, 2, 3, 4, 5, 6, 7, 8, 9]);

export interface Suggestion {
  /** 1-based row and column of the judgment (row < column). */
  row: number;
  column: number;
  judgment: number;
  /** The consistent value w_i / w_j (or its nearest Saaty scale value). */
  suggested: number;
  /** ε_ij = a_ij · w_j / w_i; 1 means the judgment agrees with the weights. */
  deviation: number;
}

/** The Saaty scale value nearest to x on a log scale. */
export function snapToScale(x: number): number {
  let best = SAATY_SCALE[0];
  for (const s of SAATY_SCALE)
    if (Math.abs(Math.log(s / x)) < Math.abs(Math.log(best / x))) best = s;
  return best;
}

/**
 * The `count` given judgments (i < j) with the largest |ln ε_ij|, worst first (ties, to 9
 * decimals: the earlier pair in row-major order first). Missing comparisons are not listed.
 *
 * @example suggestions(priorities(j, "EIGEN"), j.a, 3)
 */
export function suggestions(
  p: Priorities,
  given: number[][],
  count: number,
  snap = false
): Suggestion[] {
  const { w, a } = p;
  const n = w.length;
  const all: Suggestion[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (Number.isNaN(given[i][j])) continue;
      const ratio = w[i] / w[j];
      all.push({
        row: i + 1,
        column: j + 1,
        judgment: a[i][j],
        suggested: snap ? snapToScale(ratio) : ratio,
        deviation: (a[i][j] * w[j]) / w[i],
      });
    }
  }
  // |ln ε| to 9 decimals, so that judgments tied in exact arithmetic (every pair of a 3×3
  // matrix is) rank in row-major order whatever the rounding noise.
  const size = (s: Suggestion) => Math.round(Math.abs(Math.log(s.deviation)) * 1e9) / 1e9;
  all.sort((x, y) => size(y) - size(x) || x.row - y.row || x.column - y.column);
  return all.slice(0, count);
}
