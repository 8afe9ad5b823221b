/** Error codes as the Excel JavaScript runtime names them. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
} as const;

/** Mimics CustomFunctions.Error: `code` and `message` are what Excel shows. */
export class FakeCustomFunctionsError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
    this.message = message ?? "";
  }
}

/** Installs a global CustomFunctions with Error, ErrorCode and a recording associate. */
export function installCustomFunctionsGlobal(): Map<string, (...args: unknown[]) => unknown> {
  const bound = new Map<string, (...args: unknown[]) => unknown>();
  (globalThis as any).CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode,
    associate: (id: string, fn: (...args: unknown[]) => unknown) => bound.set(id.toUpperCase(), fn),
  };
  return bound;
}

/** True when `x` is an error value as the add-in returns it. */
export function isExcelError(x: unknown): x is FakeCustomFunctionsError {
  return (
    x instanceof FakeCustomFunctionsError ||
    (typeof x === "object" &&
      x !== null &&
      "code" in x &&
      typeof (x as any).code === "string" &&
      String((x as any).code).startsWith("#"))
  );
}
