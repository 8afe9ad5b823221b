/**
 * Grey whitening weight functions and grey scales (docs/methods.md §2, step 3).
 *
 * Conventions pinned here:
 * - top class (e = 1) upper-limit: f = d/c₁ on [0, c₁], 1 above;
 * - middle classes triangular: d/c_e on [0, c_e], (2c_e − d)/c_e on (c_e, 2c_e], 0 beyond;
 * - bottom class lower-limit: 1 on [0, c_g], (2c_g − d)/c_g on (c_g, 2c_g], 0 beyond.
 * Tolerance: the expected values below are fractions written out by hand; the code computes
 * the same single division, so they are compared to 1e-12 absolute (all values lie in [0, 1]).
 */
import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import { NAMED_SCALES, customScale, namedScale, whiten, whitenOne } from "../../../src/core/grey";

const TOL = 1e-12;

function expectRow(actual: number[], expected: number[], tol = TOL): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((x, e) => {
    if (Math.abs(x - expected[e]) > tol) {
      throw new Error(
        `class ${e + 1}: got ${x}, expected ${expected[e]} (±${tol}); row ${JSON.stringify(actual)}`
      );
    }
  });
}

/** An independent transcription of docs/methods.md §2 step 3, class by class. */
function reference(d: number, c: number[]): number[] {
  const g = c.length;
  return c.map((ce, e) => {
    if (e === 0) {
      if (d < 0) return 0;
      return d > ce ? 1 : d / ce;
    }
    if (e === g - 1) {
      if (d >= 0 && d <= ce) return 1;
      if (d > ce && d <= 2 * ce) return (2 * ce - d) / ce;
      return 0;
    }
    if (d >= 0 && d <= ce) return d / ce;
    if (d > ce && d <= 2 * ce) return (2 * ce - d) / ce;
    return 0;
  });
}

describe("named scales (docs/methods.md §2 table)", () => {
  it("4 is the default and has centres 4, 3, 2, 1 (Excellent … Poor)", () => {
    for (const name of [null, undefined, "", "  ", "4", 4]) {
      const s = namedScale(name as any);
      expect(s.centres).toEqual([4, 3, 2, 1]);
      expect(s.labels).toEqual(["Excellent", "Good", "Medium", "Poor"]);
    }
  });

  it("10, 10-5 and 5-3 have the published centres and labels", () => {
    expect(namedScale(10).centres).toEqual([9, 7, 5, 3]);
    expect(namedScale("10").labels).toEqual(["Excellent", "Good", "Medium", "Poor"]);
    expect(namedScale("10-5").centres).toEqual([9, 7, 5, 3, 1]);
    expect(namedScale("10-5").labels).toEqual(["Excellent", "Good", "Medium", "Poor", "Very poor"]);
    expect(namedScale("5-3").centres).toEqual([5, 3, 1]);
    expect(namedScale("5-3").labels).toEqual(["Good", "Medium", "Poor"]);
  });

  it("accepts spaces and en/em dashes in names", () => {
    expect(namedScale(" 10 - 5 ").centres).toEqual([9, 7, 5, 3, 1]);
    expect(namedScale("10–5").centres).toEqual([9, 7, 5, 3, 1]);
    expect(namedScale("5—3").centres).toEqual([5, 3, 1]);
  });

  it("rejects unknown names, and explains 10-5 / 5-3 typed without quotes", () => {
    expect(() => namedScale("7")).toThrow(InputError);
    expect(() => namedScale("seven")).toThrow(/Unknown grey scale "seven"/);
    expect(() => namedScale(5)).toThrow(/10-5 typed without quotes is 5: write "10-5"/);
    expect(() => namedScale(2)).toThrow(/5-3 typed without quotes is 2: write "5-3"/);
  });
});

describe("whitening values at the class boundaries", () => {
  it("scale 4 (centres 4, 3, 2, 1) at 0, each centre, each 2c and above the top centre", () => {
    const s = NAMED_SCALES["4"];
    expectRow(whiten(0, s), [0, 0, 0, 1]);
    expectRow(whiten(0.5, s), [0.5 / 4, 0.5 / 3, 0.25, 1]); // bottom class is 1 on [0, c_g]
    expectRow(whiten(1, s), [1 / 4, 1 / 3, 1 / 2, 1]); // c₄ = 1
    expectRow(whiten(1.5, s), [1.5 / 4, 1.5 / 3, 1.5 / 2, 0.5]); // (2 − 1.5)/1
    expectRow(whiten(2, s), [2 / 4, 2 / 3, 1, 0]); // c₃ = 2 = 2c₄
    expectRow(whiten(3, s), [3 / 4, 1, 1 / 2, 0]); // c₂ = 3
    expectRow(whiten(3.5, s), [3.5 / 4, 2.5 / 3, 0.5 / 2, 0]);
    expectRow(whiten(4, s), [1, 2 / 3, 0, 0]); // c₁ = 4 = 2c₃
    expectRow(whiten(5, s), [1, 1 / 3, 0, 0]);
    expectRow(whiten(6, s), [1, 0, 0, 0]); // 2c₂
    expectRow(whiten(8, s), [1, 0, 0, 0]); // 2c₁
    expectRow(whiten(100, s), [1, 0, 0, 0]); // above the top centre: fully top class
  });

  it("scale 10 (centres 9, 7, 5, 3)", () => {
    const s = NAMED_SCALES["10"];
    expectRow(whiten(0, s), [0, 0, 0, 1]);
    expectRow(whiten(3, s), [3 / 9, 3 / 7, 3 / 5, 1]);
    expectRow(whiten(5, s), [5 / 9, 5 / 7, 1, 1 / 3]);
    expectRow(whiten(6, s), [6 / 9, 6 / 7, 4 / 5, 0]); // 2c₄ = 6
    expectRow(whiten(7, s), [7 / 9, 1, 3 / 5, 0]);
    expectRow(whiten(9, s), [1, 5 / 7, 1 / 5, 0]);
    expectRow(whiten(10, s), [1, 4 / 7, 0, 0]); // 2c₃ = 10
    expectRow(whiten(14, s), [1, 0, 0, 0]); // 2c₂
    expectRow(whiten(18, s), [1, 0, 0, 0]); // 2c₁
  });

  it("scale 10-5 (centres 9, 7, 5, 3, 1)", () => {
    const s = NAMED_SCALES["10-5"];
    expectRow(whiten(0, s), [0, 0, 0, 0, 1]);
    expectRow(whiten(1, s), [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1]);
    expectRow(whiten(2, s), [2 / 9, 2 / 7, 2 / 5, 2 / 3, 0]); // 2c₅
    expectRow(whiten(3, s), [3 / 9, 3 / 7, 3 / 5, 1, 0]);
    expectRow(whiten(6, s), [6 / 9, 6 / 7, 4 / 5, 0, 0]); // 2c₄
    expectRow(whiten(9, s), [1, 5 / 7, 1 / 5, 0, 0]);
    expectRow(whiten(10, s), [1, 4 / 7, 0, 0, 0]);
    expectRow(whiten(12, s), [1, 2 / 7, 0, 0, 0]);
    expectRow(whiten(20, s), [1, 0, 0, 0, 0]);
  });

  it("scale 5-3 (centres 5, 3, 1)", () => {
    const s = NAMED_SCALES["5-3"];
    expectRow(whiten(0, s), [0, 0, 1]);
    expectRow(whiten(1, s), [1 / 5, 1 / 3, 1]);
    expectRow(whiten(2, s), [2 / 5, 2 / 3, 0]);
    expectRow(whiten(3, s), [3 / 5, 1, 0]);
    expectRow(whiten(4, s), [4 / 5, 2 / 3, 0]);
    expectRow(whiten(5, s), [1, 1 / 3, 0]);
    expectRow(whiten(6, s), [1, 0, 0]);
    expectRow(whiten(7, s), [1, 0, 0]);
  });

  it("the JSDoc example: whitenOne(3.5, [4,3,2,1], 1) = (6 − 3.5)/3", () => {
    expect(Math.abs(whitenOne(3.5, [4, 3, 2, 1], 1) - 2.5 / 3)).toBeLessThan(TOL);
    expectRow(whiten(3, NAMED_SCALES["4"]), [0.75, 1, 0.5, 0]);
  });

  it("agrees with an independent transcription of the formulas on every named scale (property)", () => {
    const scales = Object.values(NAMED_SCALES);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: scales.length - 1 }),
        fc.double({ min: 0, max: 25, noNaN: true }),
        (k, d) => {
          const s = scales[k];
          const got = whiten(d, s);
          const want = reference(d, s.centres);
          return got.every((x, e) => Math.abs(x - want[e]) <= TOL && x >= 0 && x <= 1);
        }
      ),
      { numRuns: 400 }
    );
  });

  it("is continuous at every centre and every 2c (left and right limits agree to 1e-9)", () => {
    for (const s of Object.values(NAMED_SCALES)) {
      for (const c of s.centres) {
        for (const x of [c, 2 * c]) {
          const left = whiten(x - 1e-10, s);
          const right = whiten(x + 1e-10, s);
          left.forEach((v, e) => expect(Math.abs(v - right[e])).toBeLessThan(1e-9));
        }
      }
    }
  });
});

describe("custom scales", () => {
  it("takes descending centres with labels, default labels Class 1 … Class g", () => {
    const s = customScale([8, 4, 2], ["A", "B", "C"]);
    expect(s.labels).toEqual(["A", "B", "C"]);
    expect(customScale([5, 3, 1]).labels).toEqual(["Class 1", "Class 2", "Class 3"]);
    // d = 3 on centres (8, 4, 2): 3/8, 3/4, (4 − 3)/2
    expectRow(whiten(3, s), [3 / 8, 3 / 4, 1 / 2]);
    expectRow(whiten(9, s), [1, 0, 0]);
    expectRow(whiten(1, s), [1 / 8, 1 / 4, 1]);
  });

  it("a two-class scale: upper-limit top class and lower-limit bottom class only", () => {
    const s = customScale([10, 4]);
    expectRow(whiten(2, s), [0.2, 1]);
    expectRow(whiten(6, s), [0.6, 0.5]);
    expectRow(whiten(8, s), [0.8, 0]);
  });

  it("rejects centres not in descending order, naming the offending centre", () => {
    expect(() => customScale([1, 2, 3])).toThrow(
      /descending order: centre 2 \(2\) is not below centre 1 \(1\)/
    );
    expect(() => customScale([5, 5, 1])).toThrow(/descending/);
    expect(() => customScale([5, 3, 4])).toThrow(/centre 3 \(4\)/);
  });

  it("rejects fewer than 2 centres, non-positive centres and a label count mismatch", () => {
    expect(() => customScale([5])).toThrow(/at least 2/);
    expect(() => customScale([5, 0])).toThrow(/Class centre 2 is 0; centres must be positive/);
    expect(() => customScale([5, -1])).toThrow(/positive/);
    expect(() => customScale([5, 3, 1], ["A", "B"])).toThrow(/3 class centres but 2 labels/);
  });
});

describe("invalid scores", () => {
  it("a negative, NaN or infinite score is an InputError naming the score", () => {
    const s = NAMED_SCALES["4"];
    expect(() => whiten(-0.5, s)).toThrow(InputError);
    expect(() => whiten(-0.5, s)).toThrow(/Score is -0.5; grey scores must be ≥ 0/);
    expect(() => whiten(-1, s, "Score at row 2, column 3")).toThrow(/row 2, column 3/);
    expect(() => whiten(NaN, s)).toThrow(InputError);
    expect(() => whiten(Infinity, s)).toThrow(InputError);
  });
});
