/**
 * The decision matrix shared by the weighting and ranking methods (entropy weights, TOPSIS, grey
 * relational analysis; docs/methods.md §9): one row per unit (alternative), one column per
 * indicator, every cell a finite number, each column with its direction.
 */
import { InputError, cellName } from "../errors";
import { Direction } from "../scoring";

/** The most cells of a decision matrix (units × indicators) a function takes. */
export const MAX_MATRIX_CELLS = 100_000;
/** The most cells of a row of weights or directions. */
export const MAX_ROW_CELLS = 10_000;

/** A decision matrix, checked: n units × m indicators, row-major. */
export interface DecisionMatrix {
  /** Units (rows). */
  readonly n: number;
  /** Indicators (columns). */
  readonly m: number;
  /** Value of unit i on indicator j at x[i·m + j]. */
  readonly x: Float64Array;
}

type Grid = readonly (readonly (number | null)[])[];

/**
 * The decision matrix of a grid of numbers (blank = null): at least 2 units and 1 indicator, no
 * blanks, at most MAX_MATRIX_CELLS cells. Errors name `what` and the cell.
 *
 * @example decisionMatrix([[1, 2], [3, 4]]).x // Float64Array [1, 2, 3, 4]
 */
export function decisionMatrix(grid: Grid, what = "data"): DecisionMatrix {
  const n = grid.length;
  const m = n === 0 ? 0 : grid[0].length;
  if (n === 0 || m === 0) throw new InputError(`${what} is empty`);
  if (n * m > MAX_MATRIX_CELLS)
    throw new InputError(
      `${what} has ${(n * m).toLocaleString("en-US")} cells; at most ${MAX_MATRIX_CELLS.toLocaleString("en-US")} are taken`
    );
  if (n < 2)
    throw new InputError(
      `${what} needs at least 2 units to compare (one row per unit, one column per indicator)`
    );
  const x = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const row = grid[i];
    for (let j = 0; j < m; j++) {
      const v = row[j];
      if (v === null || v === undefined)
        throw new InputError(`${what}: ${cellName(i, j)} is blank; every unit needs a value`);
      if (!Number.isFinite(v))
        throw new InputError(`${what}: ${cellName(i, j)} is not a finite number`);
      x[i * m + j] = v;
    }
  }
  return { n, m, x };
}

/**
 * The directions of m indicators: `given` holds one direction per indicator, or one for all,
 * or none (all BENEFIT).
 *
 * @example directionsFor(["COST"], 3) // ["COST", "COST", "COST"]
 */
export function directionsFor(given: readonly Direction[], m: number): Direction[] {
  if (given.length === 0) return new Array<Direction>(m).fill("BENEFIT");
  if (given.length === 1) return new Array<Direction>(m).fill(given[0]);
  if (given.length !== m)
    throw new InputError(
      `directions needs one direction per column of data (${m}) or one for all, not ${given.length}`
    );
  return given.slice();
}

/**
 * The min-max normalisation of each column by its direction: (x − min)/(max − min) for a
 * benefit column, (max − x)/(max − min) for a cost one, so 1 is the best unit and 0 the worst.
 * A constant column (max = min) is an InputError naming it.
 *
 * @example minMaxNormalise(decisionMatrix([[1, 5], [3, 4]]), ["BENEFIT", "COST"]) // [0, 0, 1, 1]
 */
export function minMaxNormalise(d: DecisionMatrix, dirs: readonly Direction[]): Float64Array {
  const { n, m, x } = d;
  const z = new Float64Array(n * m);
  for (let j = 0; j < m; j++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = x[i * m + j];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const range = hi - lo;
    if (!(range > 0) || !Number.isFinite(range))
      throw new InputError(
        range > 0
          ? `data: column ${j + 1} spans more than Excel's numbers`
          : `data: column ${j + 1} is constant (every unit ${lo}); min-max normalisation divides by max − min = 0`
      );
    const cost = dirs[j] === "COST";
    for (let i = 0; i < n; i++) {
      const v = x[i * m + j];
      z[i * m + j] = cost ? (hi - v) / range : (v - lo) / range;
    }
  }
  return z;
}

/**
 * Weights for m indicators: non-negative, with a positive sum, rescaled to sum to 1.
 *
 * @example weightsFor([1, 3], 2) // Float64Array [0.25, 0.75]
 */
export function weightsFor(given: readonly number[], m: number, what = "weights"): Float64Array {
  if (given.length !== m)
    throw new InputError(`${what} needs one weight per column of data (${m}), not ${given.length}`);
  let sum = 0;
  given.forEach((w, j) => {
    if (!Number.isFinite(w) || w < 0)
      throw new InputError(`${what}: weight ${j + 1} is ${w}; weights must be ≥ 0`);
    sum += w;
  });
  if (!(sum > 0) || !Number.isFinite(sum))
    throw new InputError(`${what} ${sum > 0 ? "sum beyond Excel's numbers" : "are all 0"}`);
  return Float64Array.from(given, (w) => w / sum);
}
