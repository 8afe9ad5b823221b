/** Building a full reciprocal matrix from its upper-triangle judgments. */
import { InputError } from "../errors";

/**
 * The n×n reciprocal matrix from the n(n−1)/2 judgments a_12, a_13, …, a_1n, a_23, … given
 * row-major. A null judgment stays missing (null on both sides).
 *
 * @example fromUpperTriangle([3, 5, 2]) // [[1, 3, 5], [1/3, 1, 2], [1/5, 1/2, 1]]
 */
export function fromUpperTriangle(values: (number | null)[]): (number | null)[][] {
  const m = values.length;
  const n = (1 + Math.sqrt(1 + 8 * m)) / 2;
  if (m === 0 || !Number.isInteger(n)) {
    throw new InputError(
      `${m} judgments do not fill an upper triangle: n elements need n(n−1)/2 judgments (1, 3, 6, 10, 15, 21, 28, 36, …)`
    );
  }
  const a: (number | null)[][] = [];
  for (let i = 0; i < n; i++) a.push(new Array(n).fill(null));
  let k = 0;
  for (let i = 0; i < n; i++) {
    a[i][i] = 1;
    for (let j = i + 1; j < n; j++, k++) {
      const v = values[k];
      if (v === null) continue;
      if (!(v > 0))
        throw new InputError(
          `Judgment ${k + 1} (a${i + 1}${j + 1}) is ${v}; judgments must be positive`
        );
      a[i][j] = v;
      a[j][i] = 1 / v;
    }
  }
  return a;
}
