/**
 * The data of a DEA model (docs/methods.md §8): units in rows, inputs and outputs in columns,
 * checked once and scaled so that every column has mean 1. Scaling a column by any positive
 * factor leaves every DEA score unchanged, and on scaled data the solver's absolute tolerances
 * mean the same whether the data are in thousands or in billions. Slacks and targets are turned
 * back into the units of the data.
 */
import { InputError, cellName } from "../errors";

/** Returns to scale of the reference technology. */
export type Rts = "CRS" | "VRS" | "NIRS" | "NDRS";
/** IN: shrink inputs radially (θ); OUT: expand outputs radially (φ, reported as 1/φ). */
export type Orientation = "IN" | "OUT";

/**
 * The size limits of the DEA functions, measured so that the slowest (DEA.SCALE: three passes;
 * DEA.SLACKS: a pass and its second stage) answers within a second in the worst case we know,
 * data on which nearly every unit is efficient (bench/dea.ts): at most 1,000 units, at most 20
 * inputs and outputs together, and units × (inputs + outputs)² at most 30,000 (1,000 units × 5
 * measures, 500 × 7, 300 × 10, 200 × 12, 75 × 20). Each unit's linear program has a row per
 * measure and a column per unit, and the simplex needs about a pivot per row, each costing rows
 * × columns: a pass costs about units² × measures².
 */
export const MAX_UNITS = 1000;
/** The most inputs plus outputs (plus undesirable outputs) a DEA function takes. */
export const MAX_MEASURES = 20;
/** The largest units × measures² a DEA function takes. */
export const MAX_WORK = 30_000;

/** A DEA data set, validated and scaled to column means of 1. */
export interface DeaData {
  /** Units. */
  readonly n: number;
  /** Inputs. */
  readonly m: number;
  /** Outputs (for SBM with undesirable outputs: the good ones, then the bad ones). */
  readonly s: number;
  /** Scaled input i of unit j at x[j·m + i]. */
  readonly x: Float64Array;
  /** Scaled output r of unit j at y[j·s + r]. */
  readonly y: Float64Array;
  /** Original value = scaled value × scale, per input. */
  readonly xScale: Float64Array;
  /** The same per output. */
  readonly yScale: Float64Array;
}

type Grid = readonly (readonly (number | null)[])[];

const RTS_NAMES = new Map<string, Rts>([
  ["CRS", "CRS"],
  ["CCR", "CRS"],
  ["VRS", "VRS"],
  ["BCC", "VRS"],
  ["NIRS", "NIRS"],
  ["NDRS", "NDRS"],
]);
const ORIENTATION_NAMES = new Map<string, Orientation>([
  ["IN", "IN"],
  ["INPUT", "IN"],
  ["I", "IN"],
  ["OUT", "OUT"],
  ["OUTPUT", "OUT"],
  ["O", "OUT"],
]);

function shown(name: string): string {
  return name.length > 20 ? `"${name.slice(0, 20)}…"` : `"${name}"`;
}

/**
 * Returns to scale by name, case-insensitive: CRS (also CCR), VRS (also BCC), NIRS, NDRS.
 *
 * @example parseRts("vrs") // "VRS"
 */
export function parseRts(name: string): Rts {
  const r = RTS_NAMES.get(name.trim().toUpperCase());
  if (r === undefined)
    throw new InputError(`rts must be CRS, VRS, NIRS or NDRS, not ${shown(name)}`);
  return r;
}

/**
 * Orientation by name, case-insensitive: IN (also INPUT, I) or OUT (also OUTPUT, O).
 *
 * @example parseOrientation("Output") // "OUT"
 */
export function parseOrientation(name: string): Orientation {
  const o = ORIENTATION_NAMES.get(name.trim().toUpperCase());
  if (o === undefined) throw new InputError(`orientation must be IN or OUT, not ${shown(name)}`);
  return o;
}

/** Throws unless a rows × cols argument is within the size limits (checked before its cells are read). */
export function checkDeaSize(what: string, rows: number, cols: number): void {
  if (rows > MAX_UNITS)
    throw new InputError(
      `${what} has ${rows.toLocaleString("en-US")} rows; DEA takes at most ${MAX_UNITS.toLocaleString("en-US")} units (one per row)`
    );
  if (cols > MAX_MEASURES)
    throw new InputError(
      `${what} has ${cols} columns; DEA takes at most ${MAX_MEASURES} inputs and outputs together`
    );
  checkValues(rows, cols);
}

function checkValues(units: number, measures: number): void {
  const work = units * measures * measures;
  if (work > MAX_WORK)
    throw new InputError(
      `DEA takes at most ${MAX_WORK.toLocaleString("en-US")} for units × (inputs + outputs)² (e.g. 1,000 units × 5 measures, 500 × 7, 300 × 10, 75 × 20), not ${units} × ${measures}² = ${work.toLocaleString("en-US")}`
    );
}

/** One named block of columns for deaData: inputs must be positive, outputs non-negative. */
export interface DeaBlock {
  readonly what: string;
  readonly grid: Grid;
}

function widthOf(grid: Grid): number {
  let w = 0;
  for (const row of grid) w = Math.max(w, row.length);
  return w;
}

/**
 * Checks and scales DEA data: `inputs` (positive), `outputs` (≥ 0, each unit with at least one
 * positive output in the first block: undesirable outputs do not count) with one row per unit in every
 * block, at least 2 units. Each problem is an InputError naming the argument and the cell.
 * Several output blocks (good, then undesirable outputs) are stored one after the other.
 *
 * @example deaData({ what: "inputs", grid: [[2], [4]] }, [{ what: "outputs", grid: [[1], [1]] }]).x // [2/3, 4/3]
 */
export function deaData(inputs: DeaBlock, outputs: readonly DeaBlock[]): DeaData {
  const n = inputs.grid.length;
  for (const o of outputs) {
    if (o.grid.length !== n)
      throw new InputError(
        `${inputs.what} and ${o.what} need one row per unit: ${inputs.what} has ${n} rows, ${o.what} has ${o.grid.length}`
      );
  }
  if (n < 2)
    throw new InputError(
      `DEA compares units (one per row): at least 2 are needed, ${inputs.what} has ${n}`
    );
  const m = widthOf(inputs.grid);
  const widths = outputs.map((o) => widthOf(o.grid));
  const s = widths.reduce((a, b) => a + b, 0);
  if (m === 0) throw new InputError(`${inputs.what} is empty`);
  outputs.forEach((o, k) => {
    if (widths[k] === 0) throw new InputError(`${o.what} is empty`);
  });
  if (m + s > MAX_MEASURES) {
    const names = [inputs, ...outputs].map((b) => b.what).join(" and ");
    throw new InputError(
      `${names} have ${m + s} columns together; DEA takes at most ${MAX_MEASURES} inputs and outputs together`
    );
  }
  checkValues(n, m + s);
  const x = new Float64Array(n * m);
  const y = new Float64Array(n * s);
  const read = (block: DeaBlock, j: number, i: number, positive: boolean): number => {
    const v = block.grid[j][i];
    const at = `${block.what}: ${cellName(j, i)}`;
    if (v === null || v === undefined)
      throw new InputError(`${at} is blank; DEA needs every value of every unit`);
    if (positive ? !(v > 0) : !(v >= 0))
      throw new InputError(
        `${at} is ${v}; ${block.what} must be ${positive ? "positive (> 0)" : "≥ 0"}`
      );
    return v;
  };
  for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) x[j * m + i] = read(inputs, j, i, true);
  let offset = 0;
  outputs.forEach((o, k) => {
    for (let j = 0; j < n; j++)
      for (let r = 0; r < widths[k]; r++) y[j * s + offset + r] = read(o, j, r, false);
    offset += widths[k];
  });
  // Each unit needs a positive output of the first block (undesirable outputs do not count).
  const good = widths[0];
  for (let j = 0; j < n; j++) {
    let any = false;
    for (let r = 0; r < good; r++) any = any || y[j * s + r] > 0;
    if (!any)
      throw new InputError(
        `${outputs[0].what}: row ${j + 1} is all 0; every unit needs a positive output to be compared`
      );
  }
  const xScale = scaleColumns(x, n, m);
  const yScale = scaleColumns(y, n, s);
  const tooSmall = (v: Float64Array, cols: number, c: number, j: number) =>
    v[j * cols + c] > 0 && v[j * cols + c] < MIN_RELATIVE;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < m; i++) if (tooSmall(x, m, i, j)) throw spread(inputs, j, i);
    let offset = 0;
    outputs.forEach((o, k) => {
      for (let r = 0; r < widths[k]; r++) if (tooSmall(y, s, offset + r, j)) throw spread(o, j, r);
      offset += widths[k];
    });
  }
  return { n, m, s, x, y, xScale, yScale };
}

/** The smallest positive value a column may hold relative to its mean (8 orders of magnitude, well above the solver's tolerances). */
const MIN_RELATIVE = 1e-8;

function spread(block: DeaBlock, j: number, i: number): InputError {
  return new InputError(
    `${block.what}: ${cellName(j, i)} is ${block.grid[j][i]}, less than 1e-8 times its column's mean; DEA cannot compare values so far apart (rescale the column or leave the unit out)`
  );
}

/** Divides each column of a units × cols block by its mean (a column of zeros by 1); returns the divisors. */
function scaleColumns(v: Float64Array, n: number, cols: number): Float64Array {
  const scale = new Float64Array(cols);
  for (let c = 0; c < cols; c++) {
    // The mean of values up to Excel's largest number, computed without overflow.
    let big = 0;
    for (let j = 0; j < n; j++) big = Math.max(big, v[j * cols + c]);
    let mean = 0;
    if (big > 0) {
      for (let j = 0; j < n; j++) mean += v[j * cols + c] / big / n;
      mean *= big;
    }
    scale[c] = mean > 0 && Number.isFinite(mean) ? mean : big > 0 ? big : 1;
    for (let j = 0; j < n; j++) v[j * cols + c] /= scale[c];
  }
  return scale;
}
