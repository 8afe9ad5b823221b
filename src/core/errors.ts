/**
 * The one error type the core throws for bad input. `kind` picks the Excel error the adapter
 * shows: "value" → #VALUE! (the input is wrong), "na" → #N/A (the input is well-formed but has
 * no answer, e.g. an unknown code). Messages name the problem and, where there is one, the
 * cell as "row r, column c" (1-based, relative to the range).
 */
export class InputError extends Error {
  readonly kind: "value" | "na";
  constructor(message: string, kind: "value" | "na" = "value") {
    super(message);
    this.name = "InputError";
    this.kind = kind;
  }
}

/** "row 2, column 3" for 0-based indices. */
export function cellName(row: number, col: number): string {
  return `row ${row + 1}, column ${col + 1}`;
}

/** Throws an InputError unless `ok`. */
export function check(ok: boolean, message: string, kind: "value" | "na" = "value"): asserts ok {
  if (!ok) throw new InputError(message, kind);
}
