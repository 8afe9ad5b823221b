/**
 * Per-cell outcomes shared by the trade and service functions. A function over a range never
 * fails as a whole because of one bad cell: the core returns a `CellError` in that cell and the
 * Excel adapter turns it into an error value in the spilled array.
 */
import { cellName } from "../errors";

/** Excel error codes a cell of a result can carry. */
export type CellErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!";

/** An error in one cell of a result, with the message Excel shows for it. */
export class CellError {
  constructor(
    readonly code: CellErrorCode,
    readonly message: string,
  ) {}
}

/**
 * Why one input value could not be classified, without its position, so it can be cached by
 * value and placed later: the message reads "<subject> (row r, column c) <predicate>", e.g.
 * "HS code 999998 (row 3, column 1) is not in any HS edition".
 */
export class CellFailure {
  constructor(
    /** "value" → #VALUE! (malformed input), "na" → #N/A (well-formed, no answer). */
    readonly kind: "value" | "na",
    readonly subject: string,
    readonly predicate: string,
  ) {}

  /** The message naming the cell (0-based indices). */
  messageAt(row: number, col: number): string {
    return `${this.subject} (${cellName(row, col)}) ${this.predicate}`;
  }

  /** The CellError for this failure at a cell. */
  at(row: number, col: number): CellError {
    return new CellError(this.kind === "na" ? "#N/A" : "#VALUE!", this.messageAt(row, col));
  }
}

/** What classifying one value gives: a label or a failure. */
export type Outcome = string | CellFailure;

/** A classifier of raw cell values (never called with blanks). */
export type Classifier = (v: unknown) => Outcome;

/** True for a blank cell: null, undefined, or text of spaces only. */
export function isBlankCell(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  if (v.length === 0) return true;
  return v.trim().length === 0;
}

/** A short rendering of a raw cell value for messages. */
export function show(v: unknown): string {
  if (typeof v === "string") return `"${v.length > 20 ? v.slice(0, 20) + "…" : v}"`;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "a non-finite number";
  if (v === null || v === undefined) return "blank";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return "an unsupported value";
}

/** Wraps a scalar in a 1×1 grid; passes 2-D arrays through; a 1-D array is one row. */
export function toGrid(v: unknown): unknown[][] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [];
    return (Array.isArray(v[0]) ? v : [v]) as unknown[][];
  }
  return [[v]];
}

/**
 * A bounded memo of classifier outcomes keyed by the raw cell value (number or string as Excel
 * passes it). Cleared when full, so arbitrary input cannot grow memory without bound.
 */
export function memoize(classify: Classifier, limit = 1 << 16): Classifier {
  let cache = new Map<unknown, Outcome>();
  return (v: unknown): Outcome => {
    let out = cache.get(v);
    if (out === undefined) {
      out = classify(v);
      if (cache.size >= limit) cache = new Map();
      cache.set(v, out);
    }
    return out;
  };
}

/**
 * Applies a classifier to every cell of a range: blanks give "", failures give a CellError
 * naming the cell, labels pass through. Same shape as the input (a ragged range is padded with
 * blanks to its widest row; an empty range gives one blank cell).
 */
export function classifyGrid(range: unknown[][], classify: Classifier): (string | CellError)[][] {
  let width = 0;
  for (const row of range) width = Math.max(width, Array.isArray(row) ? row.length : 1);
  if (range.length === 0 || width === 0) return [[""]];
  const out: (string | CellError)[][] = new Array(range.length);
  for (let i = 0; i < range.length; i++) {
    const row = range[i];
    const cells: unknown[] = Array.isArray(row) ? row : [row];
    const res: (string | CellError)[] = new Array(width);
    for (let j = 0; j < width; j++) {
      const v = cells[j];
      if (isBlankCell(v)) {
        res[j] = "";
        continue;
      }
      const o = classify(v);
      res[j] = typeof o === "string" ? o : o.at(i, j);
    }
    out[i] = res;
  }
  return out;
}
