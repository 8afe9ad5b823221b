/**
 * Fuzzy comprehensive evaluation B = A∘R (docs/methods.md §10).
 *
 * Published example: the clothing evaluation (服装评判) of a Chinese MATLAB modelling textbook,
 * Example 8.4, as reproduced at https://e-com-net.com/article/1276296104417181696.htm: factors
 * colour, style, durability, price; grades very welcome … unwelcome; R below; two customer
 * types A1 = (0.1, 0.2, 0.3, 0.4) and A2 = (0.4, 0.35, 0.15, 0.1); M(∧,∨) ("主因素决定型") gives
 * B1 = (0.2000, 0.3000, 0.4000, 0.1000) and B2 = (0.3500, 0.4000, 0.2000, 0.1000), printed to 4
 * decimals and not normalised: checked with fuzzyCompose to 5e-5, and FUZZY's normalised result
 * as the printed values over their sum. The other operators' values are worked by hand in the
 * comments (1e-12 absolute).
 */
import fc from "fast-check";
import { fuzzyCompose, fuzzyEvaluate, fuzzyOperator } from "../../../src/core/mcda";

const R = [
  [0.2, 0.5, 0.2, 0.1],
  [0.7, 0.2, 0.1, 0],
  [0, 0.4, 0.5, 0.1],
  [0.2, 0.3, 0.5, 0],
];
const A1 = [0.1, 0.2, 0.3, 0.4];
const A2 = [0.4, 0.35, 0.15, 0.1];
const close = (xs: number[], digits = 12) => xs.map((x) => expect.closeTo(x, digits));

describe("the textbook clothing example (M(∧,∨))", () => {
  test("raw composites as printed", () => {
    expect(fuzzyCompose(A1, R, "MINMAX")).toEqual(close([0.2, 0.3, 0.4, 0.1], 4));
    expect(fuzzyCompose(A2, R, "MINMAX")).toEqual(close([0.35, 0.4, 0.2, 0.1], 4));
  });

  test("FUZZY's MINMAX result is the printed B normalised to sum 1", () => {
    expect(fuzzyEvaluate(A1, R, "MINMAX")).toEqual(close([0.2, 0.3, 0.4, 0.1], 12));
    expect(fuzzyEvaluate(A2, R, "MINMAX")).toEqual(
      close(
        [0.35, 0.4, 0.2, 0.1].map((x) => x / 1.05),
        12
      )
    );
  });
});

describe("the other operators on A2 (by hand)", () => {
  test("WEIGHTED: Σ aᵢrᵢⱼ, not normalised (rows of R sum to 1, so B does)", () => {
    // b1 = .4·.2 + .35·.7 + 0 + .1·.2 = .08 + .245 + .02 = .345
    // b2 = .4·.5 + .35·.2 + .15·.4 + .1·.3 = .2 + .07 + .06 + .03 = .36
    // b3 = .4·.2 + .35·.1 + .15·.5 + .1·.5 = .08 + .035 + .075 + .05 = .24
    // b4 = .4·.1 + 0 + .15·.1 + 0 = .055
    expect(fuzzyEvaluate(A2, R)).toEqual(close([0.345, 0.36, 0.24, 0.055]));
  });

  test("WEIGHTED rescales the weights but does not normalise B", () => {
    // Weights 40, 35, 15, 10 are A2; a membership matrix with rows summing to 0.5 halves B.
    const half = R.map((row) => row.map((x) => x / 2));
    expect(fuzzyEvaluate([40, 35, 15, 10], half)).toEqual(close([0.1725, 0.18, 0.12, 0.0275]));
  });

  test("PRODMAX: max aᵢrᵢⱼ, then normalised", () => {
    // b1 = max(.08, .245, 0, .02) = .245; b2 = max(.2, .07, .06, .03) = .2;
    // b3 = max(.08, .035, .075, .05) = .08; b4 = max(.04, 0, .015, 0) = .04; Σ = .565
    expect(fuzzyEvaluate(A2, R, "PRODMAX")).toEqual(
      close([0.245, 0.2, 0.08, 0.04].map((x) => x / 0.565))
    );
  });

  test("MINSUM: min(1, Σ min(aᵢ, rᵢⱼ)), then normalised", () => {
    // b1 = .2 + .35 + 0 + .1 = .65; b2 = .4 + .2 + .15 + .1 = .85;
    // b3 = .2 + .1 + .15 + .1 = .55; b4 = .1 + 0 + .1 + 0 = .2; Σ = 2.25
    expect(fuzzyEvaluate(A2, R, "MINSUM")).toEqual(
      close([0.65, 0.85, 0.55, 0.2].map((x) => x / 2.25))
    );
    // The bounded sum caps at 1: min(.6, 1) + min(.6, 1) = 1.2 → 1.
    expect(fuzzyCompose([0.6, 0.6], [[1], [1]], "MINSUM")).toEqual([1]);
  });
});

describe("names and errors", () => {
  test("operator names", () => {
    expect(fuzzyOperator("weighted")).toBe("WEIGHTED");
    expect(fuzzyOperator("min-max")).toBe("MINMAX");
    expect(fuzzyOperator("M(∧,∨)")).toBe("MINMAX");
    expect(fuzzyOperator("m(·, ∨)")).toBe("PRODMAX");
    expect(fuzzyOperator("主因素决定型")).toBe("MINMAX");
    expect(fuzzyOperator("min_sum")).toBe("MINSUM");
    expect(() => fuzzyOperator("average")).toThrow(/Unknown operator "average"/);
  });

  test("bad input names the problem", () => {
    expect(() => fuzzyEvaluate([1, 2], R)).toThrow(/4 factor rows in memberships but 2 weights/);
    expect(() => fuzzyEvaluate([0, 0, 0, 0], R)).toThrow(/all 0/);
    expect(() => fuzzyEvaluate([1, -1, 1, 1], R)).toThrow(/weight 2 is -1/);
    expect(() => fuzzyEvaluate([1], [[0.5, 1.2]])).toThrow(/row 1, column 2 is 1.2/);
    expect(() =>
      fuzzyEvaluate(
        [1, 1],
        [
          [0, 0],
          [0, 0],
        ],
        "MINMAX"
      )
    ).toThrow(/cannot be normalised/);
    expect(
      fuzzyEvaluate(
        [1, 1],
        [
          [0, 0],
          [0, 0],
        ]
      )
    ).toEqual([0, 0]);
  });
});

describe("properties", () => {
  const cases = fc
    .record({ m: fc.integer({ min: 1, max: 8 }), g: fc.integer({ min: 1, max: 6 }) })
    .chain(({ m, g }) =>
      fc.record({
        a: fc.array(fc.double({ min: 0.001, max: 10, noNaN: true }), {
          minLength: m,
          maxLength: m,
        }),
        r: fc.array(
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: g, maxLength: g }),
          { minLength: m, maxLength: m }
        ),
      })
    );

  test("results in [0, 1]; MINMAX, PRODMAX and MINSUM sum to 1", () => {
    fc.assert(
      fc.property(cases, ({ a, r }) => {
        for (const op of ["WEIGHTED", "MINMAX", "PRODMAX", "MINSUM"] as const) {
          let b: number[];
          try {
            b = fuzzyEvaluate(a, r, op);
          } catch (e) {
            // Only an all-zero composite may refuse (R all 0 where the weights are positive).
            expect(String(e)).toMatch(/cannot be normalised/);
            expect(r.flat().every((x) => x === 0)).toBe(true);
            continue;
          }
          for (const x of b) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1 + 1e-12);
          }
          if (op !== "WEIGHTED") expect(b.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        }
      }),
      { numRuns: 300 }
    );
  });
});
