/**
 * Trade indices (docs/methods.md §5). Conventions: element-wise with 1×1 broadcast; blank → "";
 * non-number or negative → #VALUE! in that cell; zero denominator → #DIV/0! in that cell;
 * other shape mismatches → one #VALUE!. ESI = Σ min(a, b) in the unit given, blanks = 0.
 */
import { InputError } from "../../../src/core/errors";
import { elementwise, esi, gl, rca, tc } from "../../../src/core/trade/indices";

const CODES = { value: "#VALUE!", na: "#N/A", div0: "#DIV/0!", num: "#NUM!" } as const;
const code = (x: unknown) => (x instanceof InputError ? CODES[x.kind] : x);

describe("cell formulas", () => {
  it("RCA = (X_ij/X_i)/(X_wj/X_w)", () => {
    // country exports 20 of 100 in product j; world 1,000 of 100,000 → (0.2)/(0.01) = 20
    expect(rca(20, 100, 1000, 100000)).toBeCloseTo(20, 12);
    expect(rca(0, 100, 1000, 100000)).toBe(0);
    expect(code(rca(1, 0, 1, 1))).toBe("#DIV/0!");
    expect(code(rca(1, 1, 0, 1))).toBe("#DIV/0!");
    expect(code(rca(1, 1, 1, 0))).toBe("#DIV/0!");
  });

  it("TC = (X−M)/(X+M) and GL = 1 − |X−M|/(X+M)", () => {
    expect(tc(30, 10)).toBe(0.5);
    expect(tc(0, 10)).toBe(-1);
    expect(gl(30, 10)).toBe(0.5);
    expect(gl(10, 10)).toBe(1);
    expect(gl(0, 10)).toBe(0);
    expect(code(tc(0, 0))).toBe("#DIV/0!");
    expect(code(gl(0, 0))).toBe("#DIV/0!");
  });
});

describe("elementwise", () => {
  const tcGrid = (x: (number | null)[][], m: (number | null)[][]) =>
    elementwise([x, m], ["exports", "imports"], (v) => tc(v[0], v[1])).map((r) => r.map(code));

  it("broadcasts 1×1 arguments and keeps the common shape", () => {
    expect(tcGrid([[30], [10], [0]], [[10]])).toEqual([[0.5], [0], [-1]]);
    expect(tcGrid([[10]], [[30, 10]])).toEqual([[-0.5, 0]]);
    expect(tcGrid([[3]], [[1]])).toEqual([[0.5]]);
  });

  it("spoils only the bad cell: blank → '', zero denominator → #DIV/0!, negative/non-number → #VALUE!", () => {
    expect(tcGrid([[1], [null], [0], [-1], [NaN]], [[1], [2], [0], [1], [1]])).toEqual([
      [0],
      [""],
      ["#DIV/0!"],
      ["#VALUE!"],
      ["#VALUE!"],
    ]);
    const out = elementwise([[[1], [-5]], [[1]]], ["exports", "imports"], (v) => tc(v[0], v[1]));
    // The error is about the cell's value; the adapter places it at its cell (row 2, column 1).
    expect((out[1][0] as InputError).messageAt(1, 0)).toBe(
      "exports (row 2, column 1) is negative; trade values must be ≥ 0"
    );
  });

  it("rejects different shapes with both shapes in the message", () => {
    expect(() => tcGrid([[1], [2], [3]], [[1], [2]])).toThrow(
      "exports is 3×1 but imports is 2×1; give ranges of the same shape or single cells"
    );
    expect(() => tcGrid([], [[1]])).toThrow(InputError);
  });
});

describe("esi", () => {
  it("is Σ min(a, b) in the unit given (percent → 0–100)", () => {
    expect(esi([[10], [20], [70]], [[30], [20], [50]])).toBe(10 + 20 + 50);
    expect(esi([[0.1, 0.9]], [[0.5], [0.5]])).toBeCloseTo(0.6, 12);
    expect(esi([[10], [null]], [[5], [7]])).toBe(5);
  });

  it("rejects unequal counts, negatives, non-numbers and empty input", () => {
    expect(() => esi([[1], [2]], [[1]])).toThrow(/shares_a has 2 cells/);
    expect(() => esi([[1], [-2]], [[1], [1]])).toThrow(
      "shares_a: row 2, column 1 is negative (-2); shares must be ≥ 0"
    );
    expect(() => esi([[1]], [[NaN]])).toThrow("shares_b: row 1, column 1 is not a number");
    expect(() => esi([[null]], [[null]])).toThrow(/empty/);
  });
});
