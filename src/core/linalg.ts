/**
 * The linear algebra the methods need, on plain arrays: a matrix product, and an LU
 * factorisation with partial pivoting with its solves (A·x = b and Aᵀ·x = b) and the inverse.
 * They replace mathjs here because mathjs brings about 190 KB of number types to the custom
 * functions for these few calls; the tests check them against mathjs's multiply, lusolve and inv
 * (tests/core/linalg.test.ts).
 *
 * The factorisation works in place on a flat row-major n×n Float64Array (as LAPACK's getrf does):
 * afterwards the strict lower triangle holds the multipliers of L (unit diagonal), the upper
 * triangle U, and pivot[k] the row swapped with row k at step k, so that P·A = L·U.
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
 * Factors a flat row-major n×n matrix in place into P·A = L·U with partial pivoting (see the
 * top of this file for the layout); `pivot` gets the row interchanges. False (the factors then
 * incomplete) when a pivot is not above `tiny` in absolute value, or is not finite: A is singular,
 * or too close to it for its solves to mean anything. Costs n³/3 multiply-adds.
 *
 * @example luFactorInPlace(Float64Array.from([0, 1, 2, 3]), 2, new Int32Array(2)) // true; [2, 3, 0, 1], pivot [1, 1]
 */
export function luFactorInPlace(lu: Float64Array, n: number, pivot: Int32Array, tiny = 0): boolean {
  const nn = n * n;
  for (let k = 0; k < n; k++) {
    const kn = k * n;
    let p = k;
    let best = Math.abs(lu[kn + k]);
    for (let i = k + 1, o = kn + n + k; i < n; i++, o += n) {
      const v = Math.abs(lu[o]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (!(best > tiny) || best === Infinity) return false;
    pivot[k] = p;
    if (p !== k) {
      const pn = p * n;
      for (let j = 0; j < n; j++) {
        const t = lu[kn + j];
        lu[kn + j] = lu[pn + j];
        lu[pn + j] = t;
      }
    }
    const r = 1 / lu[kn + k];
    for (let in_ = kn + n; in_ < nn; in_ += n) {
      const f = lu[in_ + k] * r;
      lu[in_ + k] = f;
      if (f !== 0) for (let j = k + 1; j < n; j++) lu[in_ + j] -= f * lu[kn + j];
    }
  }
  return true;
}

/**
 * x ← A⁻¹·x from the factors of luFactorInPlace (the interchanges with forward substitution,
 * then back substitution): n² multiply-adds. With `inverseDiagonal` (the reciprocals of U's
 * diagonal, for many solves with one factorisation) back substitution multiplies instead of
 * dividing.
 *
 * @example const lu = Float64Array.from([2, 0, 0, 4]), p = new Int32Array(2); luFactorInPlace(lu, 2, p); const x = Float64Array.from([2, 2]); luSolveInPlace(lu, 2, p, x) // x = [1, 0.5]
 */
export function luSolveInPlace(
  lu: Float64Array,
  n: number,
  pivot: Int32Array,
  x: Float64Array,
  inverseDiagonal?: Float64Array
): void {
  // Row i's interchange comes before it is read, and rows above i are final: P·x and L⁻¹ in one pass.
  for (let i = 0; i < n; i++) {
    const p = pivot[i];
    let s = x[p];
    if (p !== i) x[p] = x[i];
    const in_ = i * n;
    for (let j = 0; j < i; j++) s -= lu[in_ + j] * x[j];
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    const in_ = i * n;
    for (let j = i + 1; j < n; j++) s -= lu[in_ + j] * x[j];
    x[i] = inverseDiagonal === undefined ? s / lu[in_ + i] : s * inverseDiagonal[i];
  }
}

/**
 * x ← (Aᵀ)⁻¹·x from the factors of luFactorInPlace: Aᵀ = Uᵀ·Lᵀ·P, so Uᵀ·z = x forward,
 * Lᵀ·w = z back, then the interchanges undone in reverse order. A row vector times A⁻¹
 * (xᵀ·A⁻¹) without the inverse. Rows of the factors are read in order (no strided column
 * access): n² multiply-adds.
 *
 * @example const lu = Float64Array.from([1, 2, 0, 1]), p = new Int32Array(2); luFactorInPlace(lu, 2, p); const x = Float64Array.from([1, 4]); luSolveTransposedInPlace(lu, 2, p, x) // x = [1, 2]: [1, 2]·A = [1, 4]
 */
export function luSolveTransposedInPlace(
  lu: Float64Array,
  n: number,
  pivot: Int32Array,
  x: Float64Array
): void {
  // Uᵀ·z = x: z_j = x_j / u_jj, then x_i −= u_ji·z_j for i > j (row j of U).
  for (let j = 0; j < n; j++) {
    const jn = j * n;
    const z = x[j] / lu[jn + j];
    x[j] = z;
    if (z !== 0) for (let i = j + 1; i < n; i++) x[i] -= lu[jn + i] * z;
  }
  // Lᵀ·w = z (unit diagonal): x_i −= l_ji·w_j for i < j (row j of L).
  for (let j = n - 1; j > 0; j--) {
    const jn = j * n;
    const w = x[j];
    if (w !== 0) for (let i = 0; i < j; i++) x[i] -= lu[jn + i] * w;
  }
  for (let k = n - 1; k >= 0; k--) {
    const p = pivot[k];
    if (p !== k) {
      const t = x[k];
      x[k] = x[p];
      x[p] = t;
    }
  }
}

/** The LU factors of a square matrix (luFactor): P·A = L·U, flat row-major, as luFactorInPlace leaves them. */
export interface LuFactors {
  readonly n: number;
  readonly lu: Float64Array;
  readonly pivot: Int32Array;
}

/** A pivot at most this times the largest entry of A in absolute value makes A singular for luFactor. */
export const SINGULAR_PIVOT = 1e-14;

/**
 * The LU factors of a square matrix (rows of numbers) with partial pivoting, or null when A is
 * singular: a pivot not above 1e-14 (SINGULAR_PIVOT) of the largest entry in absolute value.
 *
 * @example luFactor([[1, 2], [2, 4]]) // null
 */
export function luFactor(a: readonly (readonly number[])[]): LuFactors | null {
  const n = a.length;
  const lu = new Float64Array(n * n);
  let big = 0;
  for (let i = 0; i < n; i++) {
    const row = a[i];
    for (let j = 0; j < n; j++) {
      const v = row[j];
      lu[i * n + j] = v;
      const m = Math.abs(v);
      if (m > big) big = m;
    }
  }
  const pivot = new Int32Array(n);
  return luFactorInPlace(lu, n, pivot, SINGULAR_PIVOT * big) ? { n, lu, pivot } : null;
}

/**
 * The solution x of A·x = b (`transposed`: of Aᵀ·x = b, i.e. the row xᵀ = bᵀ·A⁻¹) from the
 * factors of A.
 *
 * @example luSolve(luFactor([[2, 0], [0, 4]])!, [2, 2]) // [1, 0.5]
 */
export function luSolve(f: LuFactors, b: readonly number[], transposed = false): number[] {
  const x = Float64Array.from(b);
  if (transposed) luSolveTransposedInPlace(f.lu, f.n, f.pivot, x);
  else luSolveInPlace(f.lu, f.n, f.pivot, x);
  return Array.from(x);
}

/**
 * Solves A·x = b for a square A by LU with partial pivoting. Returns null when A is singular (a
 * pivot not above 1e-14 of the largest entry).
 *
 * @example solveLinear([[2, 0], [0, 4]], [2, 2]) // [1, 0.5]
 */
export function solveLinear(
  a: readonly (readonly number[])[],
  b: readonly number[]
): number[] | null {
  const f = luFactor(a);
  return f && luSolve(f, b);
}

/**
 * The inverse A⁻¹ from the factors of A, as rows. A = Pᵀ·L·U, so A⁻¹ = W·P with W = U⁻¹·L⁻¹:
 * Y = L⁻¹ a row at a time (row i of Y is 0 past column i), then W = U⁻¹·Y a row at a time from the
 * last, every inner loop running along a row; column c of W is column perm[c] of A⁻¹. 2n³/3
 * multiply-adds, n³ with the factors (as LAPACK's getrf + getri).
 *
 * @example luInverse(luFactor([[2, 0], [0, 4]])!) // [[0.5, 0], [0, 0.25]]
 */
export function luInverse(f: LuFactors): number[][] {
  const { n, lu, pivot } = f;
  // The row permutation of P·A: perm[i] = the row of A now in row i.
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let k = 0; k < n; k++) {
    const p = pivot[k];
    if (p !== k) {
      const t = perm[k];
      perm[k] = perm[p];
      perm[p] = t;
    }
  }
  const w = new Float64Array(n * n);
  // Y = L⁻¹: y_i = e_i − Σ_{j<i} l_ij·y_j, where y_j is 0 past column j.
  for (let i = 0; i < n; i++) {
    const in_ = i * n;
    w[in_ + i] = 1;
    subtractRows(w, lu, n, in_, 0, i, true);
  }
  // W = U⁻¹·Y: w_i = (y_i − Σ_{j>i} u_ij·w_j) / u_ii.
  for (let i = n - 1; i >= 0; i--) {
    const in_ = i * n;
    subtractRows(w, lu, n, in_, i + 1, n, false);
    const d = lu[in_ + i];
    for (let c = 0; c < n; c++) w[in_ + c] /= d;
  }
  const out: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n);
    const in_ = i * n;
    for (let c = 0; c < n; c++) row[perm[c]] = w[in_ + c];
    out[i] = row;
  }
  return out;
}

/**
 * Row i of w (at offset `in_`) minus Σ_j f_j·(row j of w) for j in [from, to), f_j = lu[in_ + j]:
 * four rows at a time, so that each element of row i is loaded and stored once per four rows
 * (about twice as fast as one row at a time). `triangular`: row j of w is 0 past column j, so
 * only columns up to the last row's index are touched.
 */
function subtractRows(
  w: Float64Array,
  lu: Float64Array,
  n: number,
  in_: number,
  from: number,
  to: number,
  triangular: boolean
): void {
  let j = from;
  for (; j + 3 < to; j += 4) {
    const f0 = lu[in_ + j];
    const f1 = lu[in_ + j + 1];
    const f2 = lu[in_ + j + 2];
    const f3 = lu[in_ + j + 3];
    if (f0 === 0 && f1 === 0 && f2 === 0 && f3 === 0) continue;
    const r0 = j * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    const end = triangular ? j + 4 : n;
    for (let c = 0; c < end; c++)
      w[in_ + c] -= f0 * w[r0 + c] + f1 * w[r1 + c] + f2 * w[r2 + c] + f3 * w[r3 + c];
  }
  for (; j < to; j++) {
    const f = lu[in_ + j];
    if (f === 0) continue;
    const r = j * n;
    const end = triangular ? j + 1 : n;
    for (let c = 0; c < end; c++) w[in_ + c] -= f * w[r + c];
  }
}

/**
 * The inverse of a square matrix, or null when it is singular (as luFactor).
 *
 * @example inverse([[2, 0], [0, 4]]) // [[0.5, 0], [0, 0.25]]
 */
export function inverse(a: readonly (readonly number[])[]): number[][] | null {
  const f = luFactor(a);
  return f && luInverse(f);
}
