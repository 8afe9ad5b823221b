/**
 * The two linear-algebra routines the methods need, on plain arrays: a matrix product and a
 * linear solve (LU with partial pivoting). They replace mathjs here because mathjs brings about
 * 190 KB of number types to the custom functions for these two calls; the tests check both
 * against mathjs (tests/core/linalg.test.ts).
 */

/**
 * The product A·B of an m×k and a k×n matrix.
 *
 * @example matMul([[1, 2]], [[3], [4]]) // [[11]]
 */
export function matMul(
  a: readonly (readonly number[])[],
  b: readonly (readonly number[])[]
): number[][] {
  const m = a.length;
  const k = b.length;
  const n = k === 0 ? 0 : b[0].length;
  const out: number[][] = new Array(m);
  for (let i = 0; i < m; i++) {
    const row = new Float64Array(n);
    const ai = a[i];
    for (let p = 0; p < k; p++) {
      const x = ai[p];
      if (x === 0) continue;
      const bp = b[p];
      for (let j = 0; j < n; j++) row[j] += x * bp[j];
    }
    out[i] = Array.from(row);
  }
  return out;
}

/**
 * Solves A·x = b for a square A by Gaussian elimination with partial pivoting. Returns null when
 * A is singular (a pivot below 1e-14 of the largest entry).
 *
 * @example solveLinear([[2, 0], [0, 4]], [2, 2]) // [1, 0.5]
 */
export function solveLinear(
  a: readonly (readonly number[])[],
  b: readonly number[]
): number[] | null {
  const n = a.length;
  const m = a.map((row) => Float64Array.from(row));
  const x = Float64Array.from(b);
  let big = 0;
  for (const row of m) for (let j = 0; j < n; j++) big = Math.max(big, Math.abs(row[j]));
  const tiny = 1e-14 * big;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    if (!(Math.abs(m[p][c]) > tiny)) return null;
    if (p !== c) {
      [m[p], m[c]] = [m[c], m[p]];
      [x[p], x[c]] = [x[c], x[p]];
    }
    const pivot = m[c];
    for (let r = c + 1; r < n; r++) {
      const row = m[r];
      const f = row[c] / pivot[c];
      if (f === 0) continue;
      for (let j = c; j < n; j++) row[j] -= f * pivot[j];
      x[r] -= f * x[c];
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r];
    const row = m[r];
    for (let j = r + 1; j < n; j++) s -= row[j] * x[j];
    x[r] = s / row[r];
  }
  return Array.from(x);
}
