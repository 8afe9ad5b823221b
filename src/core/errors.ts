/**
 * The one error model of the add-in. The core throws an InputError when the input of a whole
 * call cannot be used, and places one in a cell of a result grid when only that cell fails (one
 * bad code in a column of codes). The adapter turns either into the Excel error of its `kind`:
 * value → #VALUE! (the input is wrong), na → #N/A (well-formed, but there is no answer, e.g. an
 * unknown code), div0 → #DIV/0!, num → #NUM! (the true result is beyond Excel's numbers).
 *
 * Messages name the problem in the user's terms and, where there is one, the cell as
 * "row r, column c" (1-based, relative to the range). An error about one input value that is made
 * once and cached (a code's failure is the same wherever the code appears) has a `subject` and a
 * `predicate`; `messageAt(r, c)` places it: "HS code 999998 (row 3, column 1) is not in any HS
 * edition".
 */
import { describe } from "./cells";

export type ErrorKind = "value" | "na" | "div0" | "num";

export class InputError extends Error {
  readonly kind: ErrorKind;
  /** For an error about one cell's value: what the value is ("HS code 999998"), else "" (then `predicate` is "" too). */
  readonly subject: string;
  /** For an error about one cell's value: what is wrong with it, else "". */
  readonly predicate: string;

  constructor(message: string, kind: ErrorKind = "value", subject = "", predicate = "") {
    super(message);
    this.name = "InputError";
    this.kind = kind;
    this.subject = subject;
    this.predicate = predicate;
  }

  /**
   * An error about one cell's value, placed later by `messageAt`. Made without the native Error
   * constructor (it is a value in a result cell, never thrown, and needs no stack), because a
   * range of a million unknown codes makes a million of them.
   *
   * @example InputError.about("HS code 999998", "is not in any HS edition", "na")
   */
  static about(subject: string, predicate: string, kind: ErrorKind = "value"): InputError {
    const e = Object.create(InputError.prototype) as Mutable<InputError>;
    e.name = "InputError";
    e.message = `${subject} ${predicate}`;
    e.subject = subject;
    e.kind = kind;
    e.predicate = predicate;
    return e as InputError;
  }

  /**
   * Like `about`, with the subject written only when a message is read: "noun value", the value
   * shown by `show` (`describe` unless given; with noun "", `show(value)` alone). Formatting a
   * million rejected codes costs about a second, and only the first 1,000 error cells of a
   * result show their value. No closure is made, so each error is one small object.
   *
   * @example InputError.aboutValue("HS code", 12.345, "is not a valid HS code").message // "HS code 12.345 is not a valid HS code"
   */
  static aboutValue(
    noun: string,
    value: unknown,
    predicate: string,
    kind: ErrorKind = "value",
    show: (value: unknown) => string = describe
  ): InputError {
    const e = Object.create(VALUE_SUBJECT) as Mutable<InputError> & LazySubject;
    e.noun = noun;
    e.value = value;
    e.show = show;
    e.kind = kind;
    e.predicate = predicate;
    return e as InputError;
  }

  /** The message naming cell (row, col) of the range the value came from (0-based). */
  messageAt(row: number, col: number): string {
    if (this.predicate === "") return this.message;
    return `${this.subject} (${cellName(row, col)}) ${this.predicate}`;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
interface LazySubject {
  noun: string;
  value: unknown;
  show: (value: unknown) => string;
}

/** The prototype of errors made by `aboutValue`: subject and message are written when read. */
const VALUE_SUBJECT: object = Object.create(InputError.prototype, {
  name: { value: "InputError" },
  subject: {
    get(this: LazySubject) {
      const shown = this.show(this.value);
      return this.noun === "" ? shown : `${this.noun} ${shown}`;
    },
  },
  message: {
    get(this: { subject: string; predicate: string }) {
      return `${this.subject} ${this.predicate}`;
    },
  },
});

/** "row 2, column 3" for 0-based indices. */
export function cellName(row: number, col: number): string {
  return `row ${row + 1}, column ${col + 1}`;
}

/** Throws an InputError unless `ok`. */
export function check(ok: boolean, message: string, kind: ErrorKind = "value"): asserts ok {
  if (!ok) throw new InputError(message, kind);
}
