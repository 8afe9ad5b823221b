/**
 * Classifying the cells of a range one by one (product and service codes). A function over a
 * range never fails as a whole because of one bad cell: the cell gets an InputError (made once
 * per distinct value, without its position) and the adapter shows it as an error naming that
 * cell, while the other cells keep their labels.
 */
import { gridWidth, isBlank, mapGrid } from "../cells";
import type { InputError } from "../errors";
import { BoundedMemo, valueBytes } from "../memo";

/** What classifying one value gives: a label or the reason there is none. */
export type Outcome = string | InputError;

/** A classifier of raw cell values (never called with blanks). */
export type Classifier = (v: unknown) => Outcome;

/** Estimated bytes of an outcome: an error is a small object whose message is built only when read (a shared predicate and a short subject). */
function outcomeBytes(o: Outcome): number {
  return typeof o === "string" ? 16 : 256;
}

const SAMPLE = 4096;
/**
 * Longer text is classified without the memo: every classifier rejects text that long at once
 * (no code has 64 characters), and a Map lookup of a long key can compare whole texts (two
 * 32,767-character cells that differ only in the last character cost microseconds each).
 */
const LONGEST_REMEMBERED = 64;
const MAX_BYPASS = 1 << 16;

/**
 * A classifier that remembers its outcomes by raw cell value within `maxEntries` entries and
 * `maxBytes` bytes; text longer than 64 characters is not remembered.
 * Fractional numbers are never remembered (a code written as a number is whole, or a decimal
 * such as 101.21 that is classified in a microsecond), nor, with `numbers: false`, any number:
 * for a classifier that rejects every number at once, a million distinct numbers would only
 * churn the memo.
 */
export function memoizeClassifier(
  classify: Classifier,
  options: { numbers?: boolean } = {},
  maxEntries = 1 << 16,
  maxBytes = 8 << 20
): Classifier {
  const memo = new BoundedMemo<unknown, Outcome>(maxEntries, maxBytes);
  const numbers = options.numbers ?? true;
  // When fewer than 1 in 10 of the last SAMPLE lookups hit (a column of mostly distinct codes),
  // the memo only costs time: it is skipped for the next SAMPLE values, then tried again; each
  // further miss doubles the skip (up to MAX_BYPASS), and a sample with hits resets it. Codes
  // that repeat in long cycles are remembered again after one short skip.
  let lookups = 0;
  let hits = 0;
  let bypass = 0;
  let nextBypass = SAMPLE;
  return (v: unknown): Outcome => {
    if (typeof v === "number" && (!numbers || !Number.isInteger(v))) return classify(v);
    if (typeof v === "string" && v.length > LONGEST_REMEMBERED) return classify(v);
    if (bypass > 0) {
      bypass--;
      return classify(v);
    }
    let out = memo.get(v);
    if (out !== undefined) hits++;
    else {
      out = classify(v);
      if (typeof v === "number" || typeof v === "boolean" || typeof v === "string")
        memo.set(v, out, valueBytes(v) + outcomeBytes(out));
    }
    if (++lookups === SAMPLE) {
      if (hits < SAMPLE / 10) {
        bypass = nextBypass;
        nextBypass = Math.min(2 * nextBypass, MAX_BYPASS);
      } else nextBypass = SAMPLE;
      lookups = hits = 0;
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
