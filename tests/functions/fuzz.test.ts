/**
 * Fuzz test (fast-check): thousands of random, mostly malformed Excel-shaped arguments to every
 * custom function. Each result must be a finite number, a string, a boolean, a rectangular 2-D
 * array of such values or error values, or a CustomFunctions.Error — never a thrown exception,
 * NaN or Infinity — and come back quickly. Same-shape functions must keep the input's shape.
 */
import fc from "fast-check";
import { registeredFunctions } from "./registry";
import { isExcelError } from "../support/customFunctions";

const cell = fc.oneof(
  fc.constantFrom<unknown>(
    "",
    null,
    " ",
    "1/3",
    "1/0",
    "0",
    "-1",
    "abc",
    "1e400",
    "3.5",
    "12%",
    "0101.21",
    "SI2",
    "RIB",
    "TRUE",
    true,
    false,
    "NaN",
    "Infinity",
    "9",
    "1/9"
  ),
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 10 }),
  fc.integer({ min: 0, max: 999999 }),
  fc.double({ min: 0.1, max: 9, noNaN: true }),
  fc.string({ maxLength: 6 })
);

const range = fc.oneof(
  fc
    .integer({ min: 0, max: 6 })
    .chain((r) =>
      fc
        .integer({ min: 0, max: 6 })
        .chain((c) =>
          fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })
        )
    ),
  fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }), // jagged
  fc
    .integer({ min: 2, max: 7 })
    .chain((n) =>
      fc.array(
        fc.array(
          fc.oneof(
            fc.constantFrom<unknown>(1, 2, 3, "1/3", "", 5, 0.2),
            fc.double({ min: 0.11, max: 9, noNaN: true })
          ),
          { minLength: n, maxLength: n }
        ),
        { minLength: n, maxLength: n }
      )
    ) // square, plausible judgments
);

const argument = fc.oneof(cell, range, fc.constant(undefined), fc.constant([]), fc.constant([[]]));

function isValue(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  return typeof x === "string" || typeof x === "boolean" || isExcelError(x);
}

function checkResult(x: unknown): void {
  if (Array.isArray(x)) {
    expect(x.length).toBeGreaterThan(0);
    const width = (x[0] as unknown[]).length;
    expect(width).toBeGreaterThan(0);
    for (const row of x) {
      expect(Array.isArray(row)).toBe(true);
      expect((row as unknown[]).length).toBe(width);
      for (const v of row as unknown[]) expect(isValue(v)).toBe(true);
    }
  } else {
    expect(isValue(x)).toBe(true);
  }
}

/** Functions whose result has the shape of their first argument when it succeeds. */
const SAME_SHAPE = new Set([
  "SCORE.SMOOTH",
  "SCORE.THRESHOLD",
  "TRADE.CLASS",
  "TRADE.SITC",
  "SERVICE.CLASS",
]);

describe("every custom function survives malformed input", () => {
  const all = registeredFunctions();

  it("finds the functions", () => {
    expect(all.length).toBeGreaterThanOrEqual(21);
  });

  for (const f of all) {
    it(`${f.id}`, () => {
      const arity = f.fn.length;
      fc.assert(
        fc.property(fc.array(argument, { minLength: arity, maxLength: arity }), (args) => {
          const t0 = Date.now();
          let out: unknown;
          expect(() => (out = f.fn(...args))).not.toThrow();
          expect(Date.now() - t0).toBeLessThan(2000);
          checkResult(out);
          if (
            SAME_SHAPE.has(f.id) &&
            Array.isArray(out) &&
            Array.isArray(args[0]) &&
            Array.isArray((args[0] as unknown[])[0])
          ) {
            const a = args[0] as unknown[][];
            if (a.every((r) => Array.isArray(r) && r.length === a[0].length) && a[0].length > 0) {
              expect([out.length, (out[0] as unknown[]).length]).toEqual([a.length, a[0].length]);
            }
          }
        }),
        { numRuns: 400, seed: 20261123 }
      );
    });
  }
});
