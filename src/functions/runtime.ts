/**
 * Outside Excel (the task pane opened in a plain browser, where office.js defines no
 * CustomFunctions), a stand-in keeps functions.js loading without errors: `associate` does
 * nothing and errors are plain objects with a code and a message. Inside Excel, and in the
 * tests' recording context, the real CustomFunctions is left untouched.
 */
const g = globalThis as { CustomFunctions?: unknown };

if (typeof g.CustomFunctions === "undefined") {
  class PreviewError extends Error {
    code: string;
    constructor(code: string, message?: string) {
      super(message);
      this.code = code;
    }
  }
  g.CustomFunctions = {
    associate: () => undefined,
    Error: PreviewError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
}

export {};
