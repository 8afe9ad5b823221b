/**
 * The matrices and vectors of input-output analysis (docs/methods.md §14), checked: a square
 * matrix of n sectors (one row and one column per sector, at most MAX_SECTORS), and vectors of one
 * value per sector given as a row or a column. Errors name the argument and the cell or column.
 */
import { InputError, cellName } from "../errors";

/**
 * The most sectors a function takes. The Leontief inverse of n sectors costs n³ multiply-adds
 * (the LU factors n³/3, the inverse from them 2n³/3): 500 sectors take about 0.1–0.25 s, 1,000
 * about 1.5 s, longer than a function may. The check comes before any cell is read.
 */
export const MAX_SECTORS = 500;

/** A grid of cells read as numbers, blank = null (as the adapters read ranges). */
export type CellNumbers = readonly (readonly (number | null)[])[];

/** A checked n×n matrix, row-major: entry (i, j) at a[i·n + j]. */
export interface SectorMatrix {
  readonly n: number;
  readonly a: Float64Array;
}

/** "2,000" */
const count = (x: number) => x.toLocaleString("en-US");

/** "1 row", "3 rows", "1,000,000 cells". */
const counted = (x: number, noun: string) => `${count(x)} ${noun}${x === 1 ? "" : "s"}`;

/** A sum or value shown in a message: up to 12 significant digits. */
export function shown(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(12))) : "more than Excel's numbers";
}

/**
 * The number of sectors of a `rows` × `cols` matrix argument: it must be square, not empty, and
 * at most MAX_SECTORS. Checked on the shape alone, before its cells are read.
 *
 * @example sectorsOf(3, 3, "flows") // 3
 */
export function sectorsOf(rows: number, cols: number, what: string): number {
  if (rows === 0 || cols === 0) throw new InputError(`${what} is empty`);
  if (rows !== cols)
    throw new InputError(
      `${what} must be square (one row and one column per sector), not ${counted(rows, "row")} × ${counted(cols, "column")}`
    );
  if (rows > MAX_SECTORS)
    throw new InputError(
      `${what} has ${count(rows)} sectors; at most ${count(MAX_SECTORS)} are taken (the inverse of a larger table takes longer than a function may)`
    );
  return rows;
}

/**
 * A square matrix of non-negative numbers, no blanks: flows Z or coefficients A. Errors name
 * `what` and the cell.
 *
 * @example nonNegativeMatrix([[1, 2], [0, 3]], "flows").a // Float64Array [1, 2, 0, 3]
 */
export function nonNegativeMatrix(grid: CellNumbers, what: string): SectorMatrix {
  const n = sectorsOf(grid.length, grid.length === 0 ? 0 : grid[0].length, what);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = grid[i];
    if (row.length !== n) sectorsOf(n, row.length, what);
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (v === null || v === undefined)
        throw new InputError(
          `${what}: ${cellName(i, j)} is blank; every cell is needed (type 0 for none)`
        );
      if (!Number.isFinite(v))
        throw new InputError(`${what}: ${cellName(i, j)} is not a finite number`);
      if (v < 0) throw new InputError(`${what}: ${cellName(i, j)} is ${v}; ${what} must be ≥ 0`);
      a[i * n + j] = v;
    }
  }
  return { n, a };
}

/**
 * The technical coefficients A of a productive economy, checked: square, non-negative, no
 * blanks, and every column summing to less than 1 (each sector buys less than a unit of inputs
 * per unit of output, so that its value added is positive). This is the usual sufficient
 * condition (Hawkins–Simon): the spectral radius of A is then below 1, I − A is invertible and
 * (I − A)⁻¹ = I + A + A² + … ≥ 0.
 *
 * @example coefficientMatrix([[0.15, 0.25], [0.2, 0.05]]).n // 2
 */
export function coefficientMatrix(grid: CellNumbers, what = "coefficients"): SectorMatrix {
  const m = nonNegativeMatrix(grid, what);
  const { n, a } = m;
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sums[j] += a[i * n + j];
  for (let j = 0; j < n; j++)
    if (!(sums[j] < 1))
      throw new InputError(
        `${what}: column ${j + 1} sums to ${shown(sums[j])} ≥ 1: the economy is not productive (each column of A must sum to less than 1)`
      );
  return m;
}

/**
 * Checks the shape of a vector argument of `rows` × `cols` cells against the n sectors of
 * `matrix`: one row or one column of n cells. Checked on the shape alone, before its cells are
 * read.
 *
 * @example vectorShape(1, 3, 2, "direct", "coefficients") // throws "direct has 3 cells but coefficients has 2 sectors: …"
 */
export function vectorShape(
  rows: number,
  cols: number,
  n: number,
  what: string,
  matrix: string
): void {
  if (rows === 0 || cols === 0) throw new InputError(`${what} is empty`);
  if (rows > 1 && cols > 1)
    throw new InputError(
      `${what} must be one row or one column (one value per sector), not ${counted(rows, "row")} × ${counted(cols, "column")}`
    );
  const cells = rows * cols;
  if (cells !== n)
    throw new InputError(
      `${what} has ${counted(cells, "cell")} but ${matrix} has ${counted(n, "sector")}: give one value per sector`
    );
}

/**
 * One value per sector, from a row or a column of n cells (a single cell for n = 1), no blanks.
 * `matrix` names the matrix whose sectors it follows, for the message of a size mismatch.
 *
 * @example sectorVector([[1], [2]], 2, "demand", "coefficients") // Float64Array [1, 2]
 */
export function sectorVector(
  grid: CellNumbers,
  n: number,
  what: string,
  matrix: string
): Float64Array {
  const rows = grid.length;
  vectorShape(rows, rows === 0 ? 0 : grid[0].length, n, what, matrix);
  const x = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const v = rows === 1 ? grid[0][k] : grid[k][0];
    if (v === null || v === undefined)
      throw new InputError(`${what}: ${vectorCell(grid, k)} is blank; every sector needs a value`);
    if (!Number.isFinite(v))
      throw new InputError(`${what}: ${vectorCell(grid, k)} is not a finite number`);
    x[k] = v;
  }
  return x;
}

/**
 * The cell name of value k (0-based) of a vector given as a row or a column.
 *
 * @example vectorCell([[1], [2]], 1) // "row 2, column 1"
 */
export function vectorCell(grid: CellNumbers, k: number): string {
  return grid.length === 1 ? cellName(0, k) : cellName(k, 0);
}

/** Rows of a flat row-major n×n matrix. */
export function rowsOf(m: SectorMatrix): number[][] {
  const { n, a } = m;
  const out: number[][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = Array.from(a.subarray(i * n, i * n + n));
  return out;
}
