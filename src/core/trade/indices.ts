/**
 * Trade indices (docs/methods.md §5), element-wise over ranges:
 * - Balassa RCA = (X_ij / X_i) / (X_wj / X_w)
 * - Trade competitiveness TC = (X − M) / (X + M)
 * - Grubel–Lloyd GL = 1 − |X − M| / (X + M)
 * and the export similarity index ESI = Σ_k min(a_k, b_k) (a single number).
 *
 * Conventions (element-wise functions): arguments are ranges of equal shape or single cells
 * (1×1), which are broadcast; the result has the common shape. Per cell: a blank in any argument
 * gives "", a non-number or a negative value gives #VALUE! naming the argument and cell, a zero
 * denominator gives #DIV/0!. Shapes that differ (other than 1×1) are one #VALUE! for the call.
 * Values near Excel's largest number are scaled before they are added, so X + M never
 * overflows; a result that is truly beyond Excel's numbers is #NUM! naming its cell.
 */
import { cellAt, gridWidth, parseNumber } from "../cells";
import { InputError, cellName } from "../errors";

/** A range of cells as Excel passes it (read with parseNumber as each cell is needed). */
export type CellGrid = readonly unknown[];
export type IndexCell = number | "" | InputError;

const shape = (g: CellGrid): [number, number] => [g.length, gridWidth(g)];

/**
 * Applies `f` cell by cell with broadcasting of 1×1 arguments, reading each cell as it goes (a
 * million-cell range is not copied first). `f` gets the numbers (all
 * non-negative) and returns a number or an InputError. A failure of a full-size argument is an
 * error about its value (placed at its cell by the adapter); of a 1×1 argument, one message for
 * every cell.
 */
export function elementwise(
  args: readonly CellGrid[],
  names: readonly string[],
  f: (xs: number[]) => number | InputError
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
        `${names[from]} is ${rows}×${cols} but ${names[k]} is ${r}×${c}; give ranges of the same shape or single cells`
      );
    }
  });
  const single = shapes.map(([r, c]) => r === 1 && c === 1);
  const singleValue = args.map((g, k) => (single[k] ? parseNumber(cellAt(g, 0, 0)) : null));
  // One error per argument and reason, made when first needed.
  const failures = new Map<string, InputError>();
  const failure = (k: number, reason: "nan" | "negative"): InputError => {
    const key = `${k}${reason}`;
    let e = failures.get(key);
    if (e === undefined) {
      const predicate =
        reason === "nan" ? "is not a number" : "is negative; trade values must be ≥ 0";
      e = single[k]
        ? new InputError(`${names[k]} (${cellName(0, 0)}) ${predicate}`)
        : InputError.about(names[k], predicate);
      failures.set(key, e);
    }
    return e;
  };
  const xs = new Array<number>(args.length);
  const cell = (i: number, j: number): IndexCell => {
    for (let k = 0; k < args.length; k++) {
      const x = single[k] ? singleValue[k] : parseNumber(cellAt(args[k], i, j));
      if (x === null || x === undefined) return "";
      if (Number.isNaN(x)) return failure(k, "nan");
      if (x < 0) return failure(k, "negative");
      xs[k] = x;
    }
    return f(xs);
  };
  const out: IndexCell[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    if (cols === 1) {
      out[i] = [cell(i, 0)];
      continue;
    }
    const row: IndexCell[] = new Array(cols);
    for (let j = 0; j < cols; j++) row[j] = cell(i, j);
    out[i] = row;
  }
  return out;
}

const div0 = (message: string) => new InputError(message, "div0");
const RCA_NO_XI = div0("RCA: x_i (the country's total exports) is 0");
const RCA_NO_XW = div0("RCA: x_w (world total exports) is 0");
const RCA_NO_XWJ = div0("RCA: x_wj (world exports of the product) is 0");
const TC_NO_TRADE = div0("TC: exports + imports is 0");
const GL_NO_TRADE = div0("GL: exports + imports is 0");
const RCA_TOO_LARGE = InputError.about(
  "RCA",
  "is beyond Excel's largest number (about 1.8e308)",
  "num"
);

/**
 * Balassa RCA of one cell: (xij / xi) / (xwj / xw), computed in the order that neither
 * overflows nor underflows on the way.
 */
export function rca(xij: number, xi: number, xwj: number, xw: number): number | InputError {
  if (xi === 0) return RCA_NO_XI;
  if (xw === 0) return RCA_NO_XW;
  if (xwj === 0) return RCA_NO_XWJ;
  if (xij === 0) return 0;
  for (const r of [
    xij / xi / (xwj / xw),
    (xij / xwj) * (xw / xi),
    xij / xwj / (xi / xw),
    (xw / xi) * (xij / xwj),
  ]) {
    if (Number.isFinite(r) && r > 0) return r;
  }
  // Every order overflows (or underflows): the logarithm decides.
  const log = Math.log(xij) - Math.log(xi) - Math.log(xwj) + Math.log(xw);
  return log > 0 ? RCA_TOO_LARGE : 0;
}

/** x and m scaled by the larger when x + m would overflow. */
function scaled(x: number, m: number): [number, number] {
  if (Number.isFinite(x + m)) return [x, m];
  const s = Math.max(x, m);
  return [x / s, m / s];
}

/** Trade competitiveness of one cell: (x − m) / (x + m). */
export function tc(x: number, m: number): number | InputError {
  if (x + m === 0) return TC_NO_TRADE;
  const [a, b] = scaled(x, m);
  return (a - b) / (a + b);
}

/** Grubel–Lloyd index of one cell: 1 − |x − m| / (x + m). */
export function gl(x: number, m: number): number | InputError {
  if (x + m === 0) return GL_NO_TRADE;
  const [a, b] = scaled(x, m);
  return 1 - Math.abs(a - b) / (a + b);
}

/**
 * Export similarity Σ min(a_k, b_k) over cells paired in row-major order; blanks count as 0.
 * Throws #VALUE! for different cell counts, non-numbers, negatives, or no numbers at all, and
 * #NUM! when the sum is beyond Excel's largest number.
 */
export function esi(a: CellGrid, b: CellGrid): number {
  const [ra, ca] = shape(a);
  const [rb, cb] = shape(b);
  if (ra * ca !== rb * cb) {
    throw new InputError(
      `shares_a has ${ra * ca} cells (${ra}×${ca}) but shares_b has ${rb * cb} (${rb}×${cb}); pair the same products`
    );
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
  if (!Number.isFinite(sum))
    throw new InputError(
      "The sum of the shares is beyond Excel's largest number (about 1.8e308)",
      "num"
    );
  return sum;
}

function get(g: CellGrid, i: number, j: number, name: string): number | null {
  const x = parseNumber(cellAt(g, i, j));
  if (x === null || x === undefined) return null;
  if (Number.isNaN(x)) throw new InputError(`${name}: ${cellName(i, j)} is not a number`);
  if (x < 0)
    throw new InputError(`${name}: ${cellName(i, j)} is negative (${x}); shares must be ≥ 0`);
  return x;
}
