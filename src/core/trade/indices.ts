/**
 * Trade indices (methods.md §5), element-wise over ranges:
 * - Balassa RCA = (X_ij / X_i) / (X_wj / X_w)
 * - Trade competitiveness TC = (X − M) / (X + M)
 * - Grubel–Lloyd GL = 1 − |X − M| / (X + M)
 * and the export similarity index ESI = Σ_k min(a_k, b_k) (a single number).
 *
 * Conventions (element-wise functions): arguments are ranges of equal shape or single cells
 * (1×1), which are broadcast; the result has the common shape. Per cell: a blank in any argument
 * gives "", a non-number or a negative value gives #VALUE! naming the argument and cell, a zero
 * denominator gives #DIV/0!. Shapes that differ (other than 1×1) are one #VALUE! for the call.
 */
import { InputError, cellName } from "../errors";
import { CellError } from "./cells";

/** A parsed range: numbers, null for blanks, NaN for cells that are not numbers. */
export type NumGrid = readonly (readonly (number | null)[])[];
export type IndexCell = number | "" | CellError;

function shape(g: NumGrid): [number, number] {
  let w = 0;
  for (const row of g) w = Math.max(w, row.length);
  return [g.length, w];
}

/**
 * Applies `f` cell by cell with broadcasting of 1×1 arguments. `f` gets the numbers (all
 * non-negative) and returns a number or a CellError.
 */
export function elementwise(
  args: readonly NumGrid[],
  names: readonly string[],
  f: (xs: number[]) => number | CellError,
): IndexCell[][] {
  const shapes = args.map(shape);
  const empty = shapes.findIndex(([r, c]) => r === 0 || c === 0);
  if (empty >= 0) throw new InputError(`${names[empty]} is empty`);
  let rows = 1;
  let cols = 1;
  let from = -1;
  shapes.forEach(([r, c], k) => {
    if (r === 1 && c === 1) return;
    if (from < 0) {
      rows = r;
      cols = c;
      from = k;
    } else if (r !== rows || c !== cols) {
      throw new InputError(
        `${names[from]} is ${rows}×${cols} but ${names[k]} is ${r}×${c}; give ranges of the same shape or single cells`,
      );
    }
  });
  const out: IndexCell[][] = [];
  const xs = new Array<number>(args.length);
  for (let i = 0; i < rows; i++) {
    const row: IndexCell[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      let cell: IndexCell | null = null;
      for (let k = 0; k < args.length && cell === null; k++) {
        const one = shapes[k][0] === 1 && shapes[k][1] === 1;
        const ii = one ? 0 : i;
        const jj = one ? 0 : j;
        const x = args[k][ii][jj];
        if (x === null || x === undefined) cell = "";
        else if (Number.isNaN(x)) cell = new CellError("#VALUE!", `${names[k]}: ${cellName(ii, jj)} is not a number`);
        else if (x < 0) cell = new CellError("#VALUE!", `${names[k]}: ${cellName(ii, jj)} is negative (${x}); trade values must be ≥ 0`);
        else xs[k] = x;
      }
      row[j] = cell !== null ? cell : f(xs);
    }
    out.push(row);
  }
  return out;
}

function div0(message: string): CellError {
  return new CellError("#DIV/0!", message);
}

/** Balassa RCA of one cell: (xij / xi) / (xwj / xw). */
export function rca(xij: number, xi: number, xwj: number, xw: number): number | CellError {
  if (xi === 0) return div0("RCA: x_i (the country's total exports) is 0");
  if (xw === 0) return div0("RCA: x_w (world total exports) is 0");
  if (xwj === 0) return div0("RCA: x_wj (world exports of the product) is 0");
  return xij / xi / (xwj / xw);
}

/** Trade competitiveness of one cell: (x − m) / (x + m). */
export function tc(x: number, m: number): number | CellError {
  if (x + m === 0) return div0("TC: exports + imports is 0");
  return (x - m) / (x + m);
}

/** Grubel–Lloyd index of one cell: 1 − |x − m| / (x + m). */
export function gl(x: number, m: number): number | CellError {
  if (x + m === 0) return div0("GL: exports + imports is 0");
  return 1 - Math.abs(x - m) / (x + m);
}

/**
 * Export similarity Σ min(a_k, b_k) over cells paired in row-major order; blanks count as 0.
 * Throws #VALUE! for different cell counts, non-numbers, negatives, or no numbers at all.
 */
export function esi(a: NumGrid, b: NumGrid): number {
  const [ra, ca] = shape(a);
  const [rb, cb] = shape(b);
  if (ra * ca !== rb * cb) {
    throw new InputError(`shares_a has ${ra * ca} cells (${ra}×${ca}) but shares_b has ${rb * cb} (${rb}×${cb}); pair the same products`);
  }
  let sum = 0;
  let seen = false;
  for (let k = 0; k < ra * ca; k++) {
    const ia = Math.floor(k / ca);
    const ja = k - ia * ca;
    const ib = Math.floor(k / cb);
    const jb = k - ib * cb;
    const x = get(a, ia, ja, "shares_a");
    const y = get(b, ib, jb, "shares_b");
    if (x !== null || y !== null) seen = true;
    sum += Math.min(x ?? 0, y ?? 0);
  }
  if (!seen) throw new InputError("shares_a and shares_b are empty");
  return sum;
}

function get(g: NumGrid, i: number, j: number, name: string): number | null {
  const x = g[i][j];
  if (x === null || x === undefined) return null;
  if (Number.isNaN(x)) throw new InputError(`${name}: ${cellName(i, j)} is not a number`);
  if (x < 0) throw new InputError(`${name}: ${cellName(i, j)} is negative (${x}); shares must be ≥ 0`);
  return x;
}
