/**
 * Plumbing between Excel and the core: Excel-shaped inputs (2-D arrays with "" or null blanks,
 * numbers stored as text, fractions typed as "1/3", null for omitted optional arguments) are
 * parsed here once, and core errors become CustomFunctions.Error values.
 *
 * Functions *return* errors rather than throwing them; Excel shows both the same way, and a
 * returned error can never escape as a raw exception.
 */
import { InputError, cellName } from "../core/errors";

/** A cell value as Excel passes it to a custom function. */
export type Cell = number | string | boolean | null | undefined;
/** A range as Excel passes it. */
export type Range = Cell[][];

/** True for a cell Excel considers empty (or an omitted argument). */
export function isBlank(v: unknown): v is null | undefined | "" {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

/**
 * Parses one cell as a number: numbers pass; text holding a plain number (" 7 ", "1e-3"), a
 * simple fraction ("1/3") or a percentage ("25%") is converted. Returns null for blanks and NaN
 * for anything else (the caller names the cell in its error).
 */
export function parseNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : NaN;
  if (isBlank(v)) return null;
  if (typeof v !== "string") return NaN;
  const s = v.trim().replace(/\u2212/g, "-");
  const slash = s.indexOf("/");
  if (slash > 0) {
    const a = parseNumber(s.slice(0, slash));
    const b = parseNumber(s.slice(slash + 1));
    if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return NaN;
    return a / b;
  }
  if (!NUMBER_TEXT.test(s)) return NaN;
  if (s.endsWith("%")) return Number(s.slice(0, -1)) / 100;
  const x = Number(s);
  return Number.isFinite(x) ? x : NaN;
}

/** Wraps a scalar argument in a 1×1 range; passes ranges through. */
export function asRange(v: unknown): Range {
  if (Array.isArray(v)) {
    if (v.length === 0) return [];
    return (Array.isArray(v[0]) ? v : [v]) as Range;
  }
  return [[v as Cell]];
}

/** True when the range has no cells or only blank cells. */
export function isEmptyRange(r: Range): boolean {
  return r.length === 0 || r.every((row) => !Array.isArray(row) || row.every(isBlank));
}

/**
 * Parses a range into numbers, keeping blanks as null. Non-numeric cells raise an InputError
 * naming `what` and the cell.
 */
export function readNumbers(range: unknown, what: string): (number | null)[][] {
  const r = asRange(range);
  const width = r.reduce((w, row) => Math.max(w, Array.isArray(row) ? row.length : 0), 0);
  return r.map((row, i) => {
    const out: (number | null)[] = new Array(width);
    for (let j = 0; j < width; j++) {
      const v = Array.isArray(row) ? row[j] : undefined;
      const x = parseNumber(v);
      if (x !== null && Number.isNaN(x)) {
        throw new InputError(`${what}: ${cellName(i, j)} is not a number (${describe(v)})`);
      }
      out[j] = x;
    }
    return out;
  });
}

/** All cells of a range, row by row, as numbers (blanks skipped unless `keepBlanks`). */
export function readVector(range: unknown, what: string, keepBlanks = false): (number | null)[] {
  const m = readNumbers(range, what);
  const out: (number | null)[] = [];
  for (const row of m) for (const x of row) if (x !== null || keepBlanks) out.push(x);
  return out;
}

/** An optional numeric argument: null/blank → `fallback`. */
export function optionalNumber(v: unknown, fallback: number, what: string): number {
  const cell = Array.isArray(v) ? asRange(v)[0]?.[0] : v;
  if (isBlank(cell)) return fallback;
  const x = parseNumber(cell);
  if (x === null || Number.isNaN(x)) throw new InputError(`${what} must be a number, not ${describe(cell)}`);
  return x;
}

/** A required numeric argument. */
export function requiredNumber(v: unknown, what: string): number {
  const cell = Array.isArray(v) ? asRange(v)[0]?.[0] : v;
  if (isBlank(cell)) throw new InputError(`${what} is required`);
  return optionalNumber(cell, NaN, what);
}

/** An optional text argument as typed (trimmed); null/blank → `fallback`. */
export function optionalText(v: unknown, fallback: string): string {
  const cell = Array.isArray(v) ? asRange(v)[0]?.[0] : v;
  return isBlank(cell) ? fallback : String(cell).trim();
}

/** A short, safe rendering of a cell value for messages. */
export function describe(v: unknown): string {
  if (typeof v === "string") return `"${v.length > 20 ? v.slice(0, 20) + "…" : v}"`;
  if (typeof v === "number" && !Number.isFinite(v)) return "not a finite number";
  if (v === null || v === undefined) return "blank";
  if (typeof v === "object") return "an array";
  return String(v);
}

/** Converts any thrown value into the Excel error to return. */
export function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof InputError) {
    const code = e.kind === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, e.message.slice(0, 255));
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Unexpected error: ${msg}`.slice(0, 255));
}

/** Any result a custom function can hand back to Excel. */
export type Result = number | string | boolean | (number | string | boolean | CustomFunctions.Error)[][] | CustomFunctions.Error;

function finiteOrError(x: unknown): unknown {
  if (typeof x === "number" && !Number.isFinite(x)) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, "The result is not a finite number");
  }
  return x;
}

/**
 * Runs `body`; returns its result with any non-finite number replaced by #NUM!, or the Excel
 * error for whatever it threw. Every custom function goes through here.
 */
export function excel<T>(body: () => T): T | CustomFunctions.Error {
  try {
    const out = body();
    if (typeof out === "number") return finiteOrError(out) as T;
    if (Array.isArray(out)) {
      if (out.length === 0 || !Array.isArray(out[0]) || out[0].length === 0) {
        throw new InputError("The input range is empty");
      }
      for (const row of out) {
        if (!Array.isArray(row)) continue;
        for (let j = 0; j < row.length; j++) {
          const x = row[j];
          if (typeof x === "number" && !Number.isFinite(x)) row[j] = finiteOrError(x);
        }
      }
    }
    return out;
  } catch (e) {
    return toExcelError(e);
  }
}

/** A column (n×1) of values. */
export function column<T>(xs: readonly T[]): T[][] {
  return xs.map((x) => [x]);
}
