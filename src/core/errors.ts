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
   * range of a million unknown codes makes a million of them. A subject given as a function is
   * described only when a message is read (formatting a million numbers costs about a second,
   * and only the first 10,000 error cells of a result show their value).
   *
   * @example InputError.about(() => `HS code ${describe(v)}`, "is not a valid HS code")
   */
  static about(
    subject: string | (() => string),
    predicate: string,
    kind: ErrorKind = "value"
  ): InputError {
    const e = Object.create(typeof subject === "string" ? InputError.prototype : LAZY_SUBJECT) as {
      -readonly [K in keyof InputError]: InputError[K];
    } & { describeSubject?: () => string };
    e.name = "InputError";
    if (typeof subject === "string") {
      e.message = `${subject} ${predicate}`;
      e.subject = subject;
    } else e.describeSubject = subject;
    e.kind = kind;
    e.predicate = predicate;
    return e as InputError;
  }

  /** The message naming cell (row, col) of the range the value came from (0-based). */
  messageAt(row: number, col: number): string {
    return this.subject === ""
      ? this.message
      : `${this.subject} (${cellName(row, col)}) ${this.predicate}`;
  }
}

/** The prototype of errors whose subject is described when first read. */
const LAZY_SUBJECT: object = Object.create(InputError.prototype, {
  subject: {
    get(this: { describeSubject: () => string }) {
      return this.describeSubject();
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
