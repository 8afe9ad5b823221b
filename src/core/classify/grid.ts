/**
 * Classifying the cells of a range one by one (product and service codes). A function over a
 * range never fails as a whole because of one bad cell: the cell gets an InputError (made once
 * per distinct value, without its position) and the adapter shows it as an error naming that
 * cell, while the other cells keep their labels.
 */
import { gridWidth, isBlank, mapGrid } from "../cells";
import type { InputError } from "../errors";
import { BoundedMemo, textBytes, valueBytes } from "../memo";

/** What classifying one value gives: a label or the reason there is none. */
export type Outcome = string | InputError;

/** A classifier of raw cell values (never called with blanks). */
export type Classifier = (v: unknown) => Outcome;

function outcomeBytes(o: Outcome): number {
  return typeof o === "string" ? 16 : textBytes(o.message) + 160;
}

/**
 * A classifier that remembers its outcomes by raw cell value within `maxEntries` entries and
 * `maxBytes` bytes (long text counts its full length, so a few 32,767-character cells fill it).
 * With `numbers: false` numbers are not remembered: for a classifier that rejects every number
 * at once, a million distinct numbers would only churn the memo.
 */
export function memoizeClassifier(
  classify: Classifier,
  options: { numbers?: boolean } = {},
  maxEntries = 1 << 16,
  maxBytes = 8 << 20
): Classifier {
  const memo = new BoundedMemo<unknown, Outcome>(maxEntries, maxBytes);
  const numbers = options.numbers ?? true;
  return (v: unknown): Outcome => {
    if (!numbers && typeof v === "number") return classify(v);
    let out = memo.get(v);
    if (out === undefined) {
      out = classify(v);
      if (typeof v === "number" || typeof v === "boolean" || typeof v === "string")
        memo.set(v, out, valueBytes(v) + outcomeBytes(out));
    }
    return out;
  };
}

/**
 * Applies a classifier to every cell of a range: blanks give "", other cells their outcome.
 * Same shape as the input (a ragged range is padded with blanks to its widest row; an empty
 * range gives one blank cell).
 *
 * @example classifyGrid([["010121"], [""]], tradeClassifier(parseSystem("HS"))) // [["RIB"], [""]]
 */
export function classifyGrid(range: readonly unknown[], classify: Classifier): Outcome[][] {
  const width = gridWidth(range);
  if (range.length === 0 || width === 0) return [[""]];
  return mapGrid(range, width, (v) => (isBlank(v) ? "" : classify(v)));
}
