/**
 * Pairwise comparison (judgment) matrices: validation and completion of the reciprocal.
 *
 * A judgment matrix is n×n with a_ii = 1, a_ij > 0 and a_ji = 1/a_ij. Spreadsheet users enter
 * the full matrix, or only the upper (or lower) triangle; a pair left blank on both sides is a
 * missing comparison. See docs/methods.md §1.
 */
import { InputError, cellName } from "../errors";

/** Judgments beyond these bounds are typing slips, and would overflow the weight computations. */
export const LARGEST_JUDGMENT = 1e100;

/** A validated judgment matrix: `a` is exactly reciprocal; missing pairs hold NaN. */
export interface Judgments {
  n: number;
  a: number[][];
  /** Missing pairs (i < j), 0-based. */
  missing: [number, number][];
}

/** Relative tolerance for a reciprocal pair typed at full precision. */
export const RECIPROCAL_TOLERANCE = 1e-6;
/** Half a unit of the third decimal: 0.333 against 3 is a reciprocal pair typed rounded. */
const ROUNDED_TOLERANCE = 0.0005 * (1 + 1e-9);

/** True when x is written with at most three decimals (0.333, 0.5; not 0.0004). */
function threeDecimals(x: number): boolean {
  const k = x * 1000;
  return Math.abs(k - Math.round(k)) <= 1e-6 * Math.max(1, Math.abs(k));
}

/**
 * True when x and y are reciprocal to typing precision (see docs/methods.md §1): their product
 * is 1 to 1e-6, or the smaller is the reciprocal of the larger rounded to three decimals
 * (0.333 against 3; not 0.0001 against 2500, which is no rounding of 1/2500 = 0.0004).
 */
export function isReciprocalPair(x: number, y: number): boolean {
  if (Math.abs(x * y - 1) <= RECIPROCAL_TOLERANCE) return true;
  const [small, large] = x < y ? [x, y] : [y, x];
  return threeDecimals(small) && Math.abs(small - 1 / large) <= ROUNDED_TOLERANCE;
}

/**
 * Validates a matrix of judgments (null = blank cell) and returns it made exactly reciprocal.
 * Where both a_ij and a_ji are given and agree to typing precision, the entry ≥ 1 is kept and
 * the other becomes its exact reciprocal (0.333 against 3 means 1/3).
 *
 * @example parseJudgments([[1, 3], [null, 1]]).a // [[1, 3], [1/3, 1]]
 */
export function parseJudgments(m: (number | null)[][], what = "Matrix"): Judgments {
  const rows = m.length;
  if (rows === 0 || m.every((r) => r.every((x) => x === null))) {
    throw new InputError(`${what} is empty`);
  }
  const cols = m[0].length;
  if (rows !== cols || m.some((r) => r.length !== cols)) {
    throw new InputError(`${what} must be square: it has ${rows} rows and ${cols} columns`);
  }
  return judgmentsOf(rows, (i, j) => m[i][j], what);
}

/**
 * parseJudgments of a rows × cols grid given row-major as `values`, NaN for a blank cell (the
 * form the adapters read ranges in), without a grid of rows.
 *
 * @example judgmentsFromNumbers([1, 3, NaN, 1], 2, 2).a // [[1, 3], [1/3, 1]]
 */
export function judgmentsFromNumbers(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  what = "Matrix"
): Judgments {
  let blank = true;
  for (let k = 0; k < rows * cols && blank; k++) blank = Number.isNaN(values[k]);
  if (rows === 0 || blank) throw new InputError(`${what} is empty`);
  if (rows !== cols) {
    throw new InputError(`${what} must be square: it has ${rows} rows and ${cols} columns`);
  }
  return (
    fullJudgments(values, rows) ??
    judgmentsOf(
      rows,
      (i, j) => {
        const x = values[i * rows + j];
        return x === x ? x : null;
      },
      what
    )
  );
}

/**
 * The judgment kept for a pair typed on both sides, a_ij = x and a_ji = y, as judgmentsOf keeps
 * it (the entry ≥ 1, the other its exact reciprocal: 0.333 against 3 means 1/3); NaN when either
 * is out of bounds or the two are not reciprocal (judgmentsOf then names the cell).
 */
function typedPair(x: number, y: number): number {
  const low = 1 / LARGEST_JUDGMENT;
  if (!(x >= low && x <= LARGEST_JUDGMENT && y >= low && y <= LARGEST_JUDGMENT)) return NaN;
  if (!isReciprocalPair(x, y)) return NaN;
  return x >= 1 ? x : 1 / y;
}

/**
 * The judgments of a row-major n×n matrix with every cell typed and valid (the usual case), in
 * one pass and the same numbers as judgmentsOf; null when any cell needs judgmentsOf, which
 * names it (a blank, a diagonal other than 1, a judgment out of bounds, a pair not reciprocal).
 */
function fullJudgments(values: ArrayLike<number>, n: number): Judgments | null {
  const a: number[][] = new Array(n);
  for (let i = 0; i < n; i++) a[i] = new Array<number>(n); // preallocated: twice as fast as push
  for (let i = 0; i < n; i++) {
    const row = a[i];
    if (!(Math.abs(values[i * n + i] - 1) <= RECIPROCAL_TOLERANCE)) return null;
    row[i] = 1;
    for (let j = i + 1; j < n; j++) {
      const v = typedPair(values[i * n + j], values[j * n + i]);
      if (v !== v) return null;
      row[j] = v;
      a[j][i] = 1 / v;
    }
  }
  return { n, a, missing: [] };
}

/**
 * fullJudgments' matrix row-major into `into` (n² numbers) instead of rows, for the weight
 * computations that work on a flat matrix; false when any cell needs judgmentsOf, which names it.
 *
 * @example reciprocalMatrixInto([1, 3, 0.333, 1], 2, out) // true; out = [1, 3, 1/3, 1]
 */
export function reciprocalMatrixInto(
  values: ArrayLike<number>,
  n: number,
  into: Float64Array
): boolean {
  for (let i = 0; i < n; i++) {
    const ii = i * n;
    if (!(Math.abs(values[ii + i] - 1) <= RECIPROCAL_TOLERANCE)) return false;
    into[ii + i] = 1;
    for (let j = i + 1, ij = ii + i + 1, ji = ii + i + n; j < n; j++, ij++, ji += n) {
      const v = typedPair(values[ij], values[ji]);
      if (v !== v) return false;
      into[ij] = v;
      into[ji] = 1 / v;
    }
  }
  return true;
}

/** The judgments of the n×n matrix whose cell (i, j) is cell(i, j) (null for a blank). */
function judgmentsOf(
  n: number,
  cell: (i: number, j: number) => number | null,
  what: string
): Judgments {
  const a: number[][] = new Array(n);
  for (let i = 0; i < n; i++) a[i] = new Array<number>(n).fill(NaN);
  const missing: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const d = cell(i, i);
    if (d !== null && Math.abs(d - 1) > RECIPROCAL_TOLERANCE) {
      throw new InputError(`${what}: diagonal cell ${cellName(i, i)} must be 1, not ${d}`);
    }
    a[i][i] = 1;
    for (let j = i + 1; j < n; j++) {
      const x = cell(i, j);
      const y = cell(j, i);
      checkJudgment(x, i, j, what);
      checkJudgment(y, j, i, what);
      if (x === null && y === null) {
        missing.push([i, j]);
        continue;
      }
      let v: number;
      if (x !== null && y !== null) {
        if (!isReciprocalPair(x, y)) {
          throw new InputError(
            `${what}: ${cellName(i, j)} (${x}) and ${cellName(j, i)} (${y}) are not reciprocal; ` +
              `enter one of them or make their product 1`
          );
        }
        v = x >= 1 ? x : 1 / y;
      } else {
        v = x !== null ? x : 1 / (y as number);
      }
      a[i][j] = v;
      a[j][i] = 1 / v;
    }
  }
  if (missing.length > 0) checkConnected(n, missing, what);
  return { n, a, missing };
}

function checkJudgment(x: number | null, i: number, j: number, what: string): void {
  if (x === null) return;
  if (!(x > 0))
    throw new InputError(`${what}: ${cellName(i, j)} is ${x}; judgments must be positive`);
  if (x > LARGEST_JUDGMENT || x < 1 / LARGEST_JUDGMENT) {
    throw new InputError(
      `${what}: ${cellName(i, j)} is ${x}; judgments must lie between 1e-100 and 1e100 (the Saaty scale runs from 1/9 to 9)`
    );
  }
}

/** Throws unless the known comparisons connect all n elements. */
function checkConnected(n: number, missing: [number, number][], what: string): void {
  const absent = new Set(missing.map(([i, j]) => i * n + j));
  const seen = new Array(n).fill(false);
  const stack = [0];
  seen[0] = true;
  while (stack.length) {
    const i = stack.pop() as number;
    for (let j = 0; j < n; j++) {
      if (seen[j] || j === i) continue;
      const key = i < j ? i * n + j : j * n + i;
      if (!absent.has(key)) {
        seen[j] = true;
        stack.push(j);
      }
    }
  }
  const cut = seen.indexOf(false);
  if (cut >= 0) {
    throw new InputError(
      `${what} is incomplete and its comparisons do not connect all elements ` +
        `(element ${cut + 1} is not linked to element 1); add a comparison between the two groups`
    );
  }
}
