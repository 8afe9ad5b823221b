/**
 * dist/functions.js in a browser page, as the benchmarks and browser tests load it.
 *
 * Loads the bundle into `page` with a CustomFunctions shim whose associate records each function:
 * afterwards `globalThis.__functions` maps ids to the bound functions, for page.evaluate.
 */
export async function withBundle(
  page: import("playwright-core").Page,
  source: string
): Promise<void> {
  await page.evaluate((src) => {
    const g = globalThis as unknown as Record<string, unknown>;
    const fn: Record<string, (...args: unknown[]) => unknown> = {};
    g.__functions = fn;
    g.CustomFunctions = {
      Error: class extends Error {
        constructor(
          public code: string,
          message?: string
        ) {
          super(message);
        }
      },
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
      },
      associate: (id: string, f: (...args: unknown[]) => unknown) => (fn[id] = f),
    };
    const script = document.createElement("script");
    script.textContent = src;
    document.head.appendChild(script);
  }, source);
}
