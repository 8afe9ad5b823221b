/**
 * The parsing contract between Excel and the core. Excel passes ranges as 2-D arrays (blank
 * cells as "" or null, numbers typed as text as strings, fractions typed as "1/3") and null for
 * an omitted optional argument; these helpers read them once, with messages that name the
 * argument and the cell. Every custom function runs its body through `excel()`, which returns
 * (never throws) the Excel error for an InputError, so nothing escapes as a raw exception.
 */
import { cellAt, describe, gridWidth, isBlank, mapGrid, parseNumber, toGrid } from "../core/cells";
import { InputError, cellName } from "../core/errors";
import { displayLanguageTag, languageOf } from "../core/language";

/** A value a custom function hands back to Excel in one cell. */
export type ExcelValue = number | string | boolean | CustomFunctions.Error;

/** True when an argument was omitted or its range holds only blank cells. */
export function isOmitted(v: unknown): boolean {
  if (!Array.isArray(v)) return isBlank(v);
  for (const row of v) {
    if (Array.isArray(row)) {
      for (const x of row) if (!isBlank(x)) return false;
    } else if (!isBlank(row)) return false;
  }
  return true;
}

/**
 * Parses a range into numbers (forms: see parseNumber in src/core/cells.ts), keeping blanks as
 * null. A cell that is not a number is an InputError naming `what` and the cell.
 */
export function readNumbers(range: unknown, what: string): (number | null)[][] {
  return mapNumbers(range, what, (x) => x);
}

/**
 * `f` of each cell of a range read as a number (null for a blank), in one pass: a result the
 * shape of a million-cell range without an intermediate grid of numbers. A cell that is not a
 * number is an InputError naming `what` and the cell.
 *
 * @example mapNumbers([["1/2", ""]], "value", (x) => (x === null ? "" : 2 * x)) // [[1, ""]]
 */
export function mapNumbers<T>(
  range: unknown,
  what: string,
  f: (x: number | null, i: number, j: number) => T
): T[][] {
  const r = toGrid(range);
  return mapGrid(r, gridWidth(r), (v, i, j) => f(readNumberCell(v, what, i, j), i, j));
}

/** Throws the InputError `readNumbers(range, what)` would throw, without building its grid. */
export function checkNumbers(range: unknown, what: string): void {
  const r = toGrid(range);
  const width = gridWidth(r);
  for (let i = 0; i < r.length; i++)
    for (let j = 0; j < width; j++) readNumberCell(cellAt(r, i, j), what, i, j);
}

/** Cell (i, j) of argument `what` as a number (null for a blank); an InputError naming the cell if it is not one. */
export function readNumberCell(v: unknown, what: string, i: number, j: number): number | null {
  const x = parseNumber(v);
  if (x !== null && Number.isNaN(x))
    throw new InputError(`${what}: ${cellName(i, j)} is not a number (${describe(v)})`);
  return x;
}

/** The largest range readNumberGrid reads (larger ones take readNumbers). */
const MAX_GRID_CELLS = 20_000;

/** A rectangular range read as numbers, row-major, NaN for a blank cell (see readNumberGrid). */
export interface NumberGrid {
  values: number[];
  rows: number;
  cols: number;
}

/**
 * A rectangular 2-D range (rows of equal length, as Excel passes a range) read as numbers, in
 * one flat row-major array with NaN for the blanks: what `readNumbers` gives, without a grid of
 * rows. Null when the range is not rectangular, or a cell is not a number (or is NaN or
 * infinite): `readNumbers` then gives the result or the InputError naming the cell.
 *
 * @example readNumberGrid([[1, "1/2"], ["", 2]]) // { values: [1, 0.5, NaN, 2], rows: 2, cols: 2 }
 */
export function readNumberGrid(range: unknown): NumberGrid | null {
  const g = readNumberGridInto(range, NO_BUFFER);
  return g && { values: Array.from(g.values), rows: g.rows, cols: g.cols };
}

/** An empty buffer: readNumberGridInto then makes one of the grid's size. */
const NO_BUFFER = new Float64Array(0);

/**
 * readNumberGrid into a reusable buffer: the numbers row-major in `into` (or in a larger buffer
 * made when it is too small, returned as `values`), NaN for a blank; null where readNumberGrid
 * gives null. No allocation when the buffer is large enough: for adapters that read a range only
 * to look it up in a memo.
 */
export function readNumberGridInto(
  range: unknown,
  into: Float64Array
): { values: Float64Array; rows: number; cols: number } | null {
  if (!Array.isArray(range) || range.length === 0) return null;
  const rows = range.length;
  const first: unknown = range[0];
  if (!Array.isArray(first)) return null;
  const cols = first.length;
  if (rows * cols > MAX_GRID_CELLS) return null;
  const values = into.length >= rows * cols ? into : new Float64Array(rows * cols);
  let k = 0;
  for (let i = 0; i < rows; i++) {
    const row: unknown = range[i];
    if (!Array.isArray(row) || row.length !== cols) return null;
    for (let j = 0; j < cols; j++) {
      const v: unknown = row[j];
      if (typeof v === "number") {
        if (v - v !== 0) return null; // NaN or infinite
        values[k++] = v;
      } else if (v === null || v === undefined) values[k++] = NaN;
      else if (typeof v === "string") {
        const x = parseNumber(v);
        if (x === null) values[k++] = NaN;
        else if (x - x === 0) values[k++] = x;
        else return null;
      } else return null;
    }
  }
  return { values, rows, cols };
}

/** All cells of a range, row by row, as numbers (blanks skipped unless `keepBlanks`). */
export function readVector(range: unknown, what: string, keepBlanks = false): (number | null)[] {
  const out: (number | null)[] = [];
  for (const row of readNumbers(range, what))
    for (const x of row) if (x !== null || keepBlanks) out.push(x);
  return out;
}

/** All non-blank cells of a range, row by row, as numbers. */
export function readNumberList(range: unknown, what: string): number[] {
  return readVector(range, what) as number[];
}

/** The single cell of a scalar argument that may arrive as a 1×1 (or larger) range. */
export function scalarOf(v: unknown): unknown {
  return Array.isArray(v) ? cellAt(toGrid(v), 0, 0) : v;
}

/** An optional numeric argument: omitted or blank → `fallback`. */
export function optionalNumber(v: unknown, fallback: number, what: string): number {
  const cell = scalarOf(v);
  if (isBlank(cell)) return fallback;
  const x = parseNumber(cell);
  if (x === null || Number.isNaN(x))
    throw new InputError(`${what} must be a number, not ${describe(cell)}`);
  return x;
}

/** A required numeric argument. */
export function requiredNumber(v: unknown, what: string): number {
  if (isBlank(scalarOf(v))) throw new InputError(`${what} is required`);
  return optionalNumber(v, NaN, what);
}

/** An optional name argument (a method, table, scale or direction) as typed, trimmed; omitted or blank → `fallback`. */
export function optionalText(v: unknown, fallback: string, what: string): string {
  const cell = scalarOf(v);
  if (isBlank(cell)) return fallback;
  if (typeof cell !== "string" && typeof cell !== "number" && typeof cell !== "boolean") {
    throw new InputError(`${what} must be a name, not ${describe(cell)}`);
  }
  return String(cell).trim();
}

/** The number of cells of a range argument (a scalar is one). */
export function cellCount(v: unknown): number {
  const r = toGrid(v);
  return r.length * gridWidth(r);
}

/**
 * Throws unless a range argument has at most `max` cells: inputs far beyond any real use
 * (a million-cell grade scale, a hierarchy of a million nodes) are refused before they are read.
 */
export function checkCells(v: unknown, max: number, what: string): void {
  const n = cellCount(v);
  if (n > max)
    throw new InputError(
      `${what} has ${n.toLocaleString("en-US")} cells; at most ${max.toLocaleString("en-US")} are taken`
    );
}

/** A column (n×1) of values. */
export function column<T>(xs: readonly T[]): T[][] {
  return xs.map((x) => [x]);
}

const ERROR_CODES = {
  value: "invalidValue",
  na: "notAvailable",
  div0: "divisionByZero",
  num: "invalidNumber",
} as const;

/** Excel cuts longer messages. */
const MESSAGE_LIMIT = 255;

/** The messages in Excel's display language, once its table has loaded; null: English. */
let translate: ((message: string) => string) | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads the error messages of Excel's display language (`Office.context.displayLanguage`, which
 * the shared runtime gives the functions) when there are any: Simplified Chinese, a chunk of its
 * own (src/functions/i18n/errors.ts) so that functions.js stays small for everyone. Until Office
 * says its language, and where chunks cannot load, messages are English.
 */
export function loadErrorMessages(): Promise<void> {
  if (loading) return loading;
  const tag = displayLanguageTag(globalThis);
  if (tag === undefined) return Promise.resolve(); // asked again later
  loading =
    languageOf(tag) === "zh-CN"
      ? import(/* webpackChunkName: "errors-zh" */ "./i18n/errors").then(
          (m) => {
            translate = (message) => m.errorMessageIn("zh-CN", message);
          },
          () => undefined // no chunk loading in this runtime: English
        )
      : Promise.resolve();
  return loading;
}

/** An Excel error with `message` in the display language (see loadErrorMessages), cut to Excel's limit. */
function errorValue(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  if (!loading) void loadErrorMessages();
  return new CustomFunctions.Error(
    code,
    (translate ? translate(message) : message).slice(0, MESSAGE_LIMIT)
  );
}

/** The Excel error value of an InputError; with a cell, its message names that cell. */
export function excelError(e: InputError, row?: number, col?: number): CustomFunctions.Error {
  const message = row === undefined || col === undefined ? e.message : e.messageAt(row, col);
  return errorValue(CustomFunctions.ErrorCode[ERROR_CODES[e.kind]], message);
}

/** The Excel error of anything a function body threw: InputErrors as they are, anything else as an unexpected failure. */
function thrownError(e: unknown): CustomFunctions.Error {
  if (e instanceof InputError) return excelError(e);
  const what =
    e instanceof RangeError ? "The input is too large to compute" : "The function failed";
  return errorValue(
    CustomFunctions.ErrorCode.invalidValue,
    `${what}; please report this with the input that caused it`
  );
}

/**
 * At most this many error cells of one result carry a message naming their cell and value;
 * beyond, the cells with the same problem share one error saying what is wrong, so a million bad
 * cells cost about what a million results cost. (Each Excel error is a JavaScript Error, about
 * 5 µs to make in Chromium.)
 */
export const PLACED_ERRORS_PER_RESULT = 1_000;

/** The shared error of a cell beyond PLACED_ERRORS_PER_RESULT: the problem without the value. */
function unplacedError(x: InputError): CustomFunctions.Error {
  return excelError(
    new InputError(
      `The value ${x.predicate} (only the first ${PLACED_ERRORS_PER_RESULT.toLocaleString("en-US")} errors of a result name their cell)`,
      x.kind
    )
  );
}

/**
 * A result grid for Excel: InputError cells become Excel errors naming their cell (the cell of
 * the result, which is the cell of the input for the per-cell functions), non-finite numbers
 * become #NUM! naming their cell. Converts in place.
 */
export function toExcelGrid(grid: unknown[][]): ExcelValue[][] {
  let placed = 0;
  // Made at the first error cell: most results have none.
  let shared: Map<InputError, CustomFunctions.Error> | undefined;
  let unplaced: Record<InputError["kind"], Map<string, CustomFunctions.Error>> | undefined;
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i];
    for (let j = 0; j < row.length; j++) {
      const x = row[j];
      if (typeof x === "number") {
        if (x - x !== 0)
          row[j] = excelError(
            new InputError(`The result at ${cellName(i, j)} is beyond Excel's numbers`, "num")
          );
      } else if (x instanceof InputError) {
        shared ??= new Map();
        unplaced ??= { value: new Map(), na: new Map(), div0: new Map(), num: new Map() };
        if (x.predicate === "") {
          let e = shared.get(x);
          if (e === undefined) shared.set(x, (e = excelError(x)));
          row[j] = e;
        } else if (placed >= PLACED_ERRORS_PER_RESULT) {
          const same = unplaced[x.kind];
          let e = same.get(x.predicate);
          if (e === undefined) same.set(x.predicate, (e = unplacedError(x)));
          row[j] = e;
        } else {
          row[j] = excelError(x, i, j);
          placed++;
        }
      }
    }
  }
  return grid as ExcelValue[][];
}

/** Runs `body` with stack traces off (errors here are messages for users, and a stack for each of a million cell errors would cost seconds). */
function withoutStacks<T>(body: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return body();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Runs the body of a custom function with a single-cell result: its value, or the Excel error of
 * what it threw (never an exception).
 */
export function excel<T extends number | string | boolean>(
  body: () => T
): T | CustomFunctions.Error {
  return withoutStacks(() => {
    try {
      const out = body();
      return typeof out === "number" && !Number.isFinite(out)
        ? excelError(new InputError("The result is beyond Excel's numbers", "num"))
        : out;
    } catch (e) {
      return thrownError(e);
    }
  });
}

/**
 * Runs the body of a custom function with a grid result: the grid with its cell errors made
 * Excel errors (toExcelGrid), or the Excel error of what it threw. An empty grid is an error.
 */
export function excelGrid(body: () => unknown[][]): ExcelValue[][] | CustomFunctions.Error {
  return withoutStacks(() => {
    try {
      const out = body();
      if (out.length === 0 || !Array.isArray(out[0]) || out[0].length === 0)
        return excelError(new InputError("The input range is empty"));
      return toExcelGrid(out);
    } catch (e) {
      return thrownError(e);
    }
  });
}
