/**
 * Entropy weights, combined weights, TOPSIS and grey relational analysis (src/core/mcda) on worked
 * examples. TOPSIS reproduces a printed example; for entropy and GRA no printed example was at
 * hand, so their expected values are computed independently in this file (the formulas written
 * out step by step in a different form: logarithms by change of base, min-max by explicit
 * loops) and by hand for the small cases, as each test says.
 */
import {
  MAX_MATRIX_CELLS,
  combineWeights,
  decisionMatrix,
  directionsFor,
  entropyWeights,
  greyRelationalGrades,
  minMaxNormalise,
  parseEntropyNormalise,
  topsis,
  weightsFor,
} from "../../../src/core/mcda";
import { direction } from "../../../src/core/scoring";

const close = (got: ArrayLike<number>, want: readonly number[], digits = 12) => {
  expect(got.length).toBe(want.length);
  want.forEach((w, k) => expect(got[k]).toBeCloseTo(w, digits));
};

describe("TOPSIS", () => {
  // B. Sennaroğlu, "TOPSIS Example", Decision Analysis lecture notes (Fall 2009; Yoon & Hwang
  // 1995's method): 3 alternatives × 2 benefit criteria {17, 12; 10, 9; 8, 6}, weights 0.714 and
  // 0.286. Printed weighted normalised matrix V: 0.5703 0.2124 / 0.3355 0.1593 / 0.2684 0.1062.
  it("reproduces the printed weighted normalised matrix (Sennaroğlu 2009)", () => {
    const d = decisionMatrix([
      [17, 12],
      [10, 9],
      [8, 6],
    ]);
    const r = topsis(d, [0.714, 0.286], ["BENEFIT", "BENEFIT"]);
    close(r.v, [0.5703, 0.2124, 0.3355, 0.1593, 0.2684, 0.1062], 4);
    // Alternative 1 is best on both criteria, alternative 3 worst on both.
    close(r.closeness, [1, 0.26221928752179346, 0], 12);
    // Independently: D⁺ of alternative 2 from the printed V (4 decimals).
    expect(r.dPlus[1]).toBeCloseTo(Math.hypot(0.5703 - 0.3355, 0.2124 - 0.1593), 3);
  });

  it("a cost column reverses the ideal; hand-computed on two units", () => {
    // One cost column {1; 3}: the first unit is the ideal best.
    close(topsis(decisionMatrix([[1], [3]]), [1], ["COST"]).closeness, [1, 0]);
    // Two columns, one benefit, one cost, with equal weights: units (3, 1) and (1, 3) are the
    // best and the worst; the middle unit (2, 2) is equidistant.
    const d = decisionMatrix([
      [3, 1],
      [2, 2],
      [1, 3],
    ]);
    close(topsis(d, [0.5, 0.5], ["BENEFIT", "COST"]).closeness, [1, 0.5, 0]);
  });

  it("fails with a reason on a column of zeros or identical units", () => {
    expect(() =>
      topsis(
        decisionMatrix([
          [0, 1],
          [0, 2],
        ]),
        [0.5, 0.5],
        directionsFor([], 2)
      )
    ).toThrow(/column 1 is all 0/);
    expect(() =>
      topsis(
        decisionMatrix([
          [1, 2],
          [1, 2],
        ]),
        [0.5, 0.5],
        directionsFor([], 2)
      )
    ).toThrow(/all units are identical/);
  });
});

/** Entropy weights written directly: log base n by change of base, min-max by explicit loops. */
function entropyByHand(x: number[][], cost: boolean[], raw = false): number[] {
  const n = x.length;
  const m = x[0].length;
  const d: number[] = [];
  for (let j = 0; j < m; j++) {
    const col = x.map((r) => r[j]);
    const lo = Math.min(...col);
    const hi = Math.max(...col);
    const z = raw ? col : col.map((v) => (cost[j] ? hi - v : v - lo) / (hi - lo));
    const s = z.reduce((a, b) => a + b, 0);
    let e = 0;
    for (const v of z) if (v > 0) e += (v / s) * (Math.log(v / s) / Math.log(n));
    d.push(1 + e);
  }
  const t = d.reduce((a, b) => a + b, 0);
  return d.map((v) => v / t);
}

describe("entropy weights", () => {
  const X = [
    [0.82, 120, 3.1, 45],
    [0.65, 95, 4.8, 30],
    [0.91, 150, 2.2, 52],
    [0.74, 80, 3.9, 41],
    [0.58, 110, 5.5, 38],
  ];
  const dirs = directionsFor([direction("正向"), "BENEFIT", direction("负向"), "BENEFIT"], 4);

  it("by hand on 3 units: weights 0.4206/1.4206 and 1/1.4206", () => {
    // Column 1 {1, 2, 3} → z {0, ½, 1} → p {0, ⅓, ⅔}: e = (⅓ ln 3 + ⅔ ln 1.5)/ln 3;
    // column 2 {1, 1, 5} → z {0, 0, 1}: e = 0, d = 1.
    const e1 = (Math.log(3) / 3 + (2 / 3) * Math.log(1.5)) / Math.log(3);
    const w = entropyWeights(
      decisionMatrix([
        [1, 1],
        [2, 1],
        [3, 5],
      ]),
      directionsFor([], 2)
    );
    close(w, [(1 - e1) / (2 - e1), 1 / (2 - e1)]);
    expect(w[0]).toBeCloseTo(0.2961, 4);
  });

  it("MINMAX with a cost column matches the independent computation", () => {
    const w = entropyWeights(decisionMatrix(X), dirs);
    close(w, entropyByHand(X, [false, false, true, false]));
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it("NONE uses the proportions of the raw data", () => {
    close(
      entropyWeights(decisionMatrix(X), dirs, "NONE"),
      entropyByHand(X, [false, false, false, false], true)
    );
  });

  it("names the column or cell where the method is undefined", () => {
    expect(() =>
      entropyWeights(
        decisionMatrix([
          [1, 5],
          [2, 5],
        ]),
        directionsFor([], 2)
      )
    ).toThrow(/column 2 is constant/);
    expect(() =>
      entropyWeights(
        decisionMatrix([
          [1, 0],
          [2, 0],
        ]),
        directionsFor([], 2),
        "NONE"
      )
    ).toThrow(/column 2 is all 0/);
    expect(() =>
      entropyWeights(
        decisionMatrix([
          [1, 2],
          [-1, 2],
        ]),
        directionsFor([], 2),
        "NONE"
      )
    ).toThrow(/row 2, column 1 is -1/);
    expect(() =>
      entropyWeights(
        decisionMatrix([
          [3, 2],
          [3, 2],
        ]),
        directionsFor([], 2),
        "NONE"
      )
    ).toThrow(/every column is uniform/);
  });

  it("parses the normalisation names", () => {
    expect(parseEntropyNormalise(" minmax ")).toBe("MINMAX");
    expect(parseEntropyNormalise("None")).toBe("NONE");
    expect(() => parseEntropyNormalise("zscore")).toThrow(/MINMAX or NONE, not "zscore"/);
  });
});

describe("combined weights", () => {
  it("multiplicative and linear, by hand", () => {
    // a·b = 0.1, 0.4 → 0.2, 0.8; linear ½: 0.35, 0.65.
    close(combineWeights([0.5, 0.5], [0.2, 0.8], null), [0.2, 0.8]);
    close(combineWeights([0.5, 0.5], [0.2, 0.8], 0.5), [0.35, 0.65]);
    // Inputs are rescaled to sum to 1 first: percentages give the same result.
    close(combineWeights([50, 50], [20, 80], 0.25), [0.275, 0.725]);
    close(combineWeights([0.3, 0.7], [0.6, 0.4], 1), [0.3, 0.7]);
    close(combineWeights([0.3, 0.7], [0.6, 0.4], 0), [0.6, 0.4]);
  });

  it("refuses different lengths, negative weights, alpha outside [0, 1] and a zero product", () => {
    expect(() => combineWeights([1, 2], [1], null)).toThrow(/same number of weights/);
    expect(() => combineWeights([1, -2], [1, 1], null)).toThrow(/subjective: weight 2 is -2/);
    expect(() => combineWeights([1, 2], [1, 1], 1.5)).toThrow(/alpha must be in \[0, 1\], not 1.5/);
    expect(() => combineWeights([1, 0], [0, 1], null)).toThrow(/product is 0/);
    expect(() => combineWeights([0, 0], [0, 1], 0.5)).toThrow(/subjective: the weights are all 0/);
  });
});

/** Grey relational grades written directly from the definitions. */
function graByHand(x: number[][], cost: boolean[], rho: number, w: number[]): number[] {
  const m = x[0].length;
  const delta = x.map((r) =>
    r.map((v, j) => {
      const col = x.map((q) => q[j]);
      const lo = Math.min(...col);
      const hi = Math.max(...col);
      const z = cost[j] ? (hi - v) / (hi - lo) : (v - lo) / (hi - lo);
      return Math.abs(1 - z);
    })
  );
  const all = delta.flat();
  const dMin = Math.min(...all);
  const dMax = Math.max(...all);
  const sw = w.reduce((a, b) => a + b, 0);
  return delta.map((r) => {
    let g = 0;
    for (let j = 0; j < m; j++) g += (w[j] / sw) * ((dMin + rho * dMax) / (r[j] + rho * dMax));
    return g;
  });
}

describe("grey relational grades", () => {
  const X = [
    [7, 4, 200],
    [5, 9, 150],
    [9, 6, 300],
    [6, 5, 120],
  ];

  it("by hand on one column: ξ = 0.5/(Δ + 0.5)", () => {
    // z = 0, ½, 1 → Δ = 1, ½, 0 → ξ = ⅓, ½, 1.
    close(greyRelationalGrades(decisionMatrix([[1], [2], [3]]), ["BENEFIT"], 0.5, [1]), [
      1 / 3,
      0.5,
      1,
    ]);
  });

  it("matches the independent computation with a cost column, rho and weights", () => {
    const cost = [false, false, true];
    close(
      greyRelationalGrades(decisionMatrix(X), ["BENEFIT", "BENEFIT", "COST"], 0.5, [
        1 / 3,
        1 / 3,
        1 / 3,
      ]),
      graByHand(X, cost, 0.5, [1, 1, 1])
    );
    close(
      greyRelationalGrades(
        decisionMatrix(X),
        ["BENEFIT", "BENEFIT", "COST"],
        0.3,
        weightsFor([2, 1, 1], 3)
      ),
      graByHand(X, cost, 0.3, [2, 1, 1])
    );
  });

  it("refuses rho outside (0, 1] and a constant column", () => {
    expect(() =>
      greyRelationalGrades(decisionMatrix(X), directionsFor([], 3), 0, [1, 0, 0])
    ).toThrow(/rho/);
    expect(() =>
      greyRelationalGrades(
        decisionMatrix([
          [1, 2],
          [3, 2],
        ]),
        directionsFor([], 2),
        0.5,
        [0.5, 0.5]
      )
    ).toThrow(/column 2 is constant/);
  });
});

describe("the decision matrix", () => {
  it("checks blanks, size, units and directions", () => {
    expect(() =>
      decisionMatrix([
        [1, null],
        [2, 3],
      ])
    ).toThrow(/row 1, column 2 is blank/);
    expect(() => decisionMatrix([[1, 2]])).toThrow(/at least 2 units/);
    expect(() => decisionMatrix([])).toThrow(/empty/);
    const big = Array.from({ length: MAX_MATRIX_CELLS + 1 }, () => [1]);
    expect(() => decisionMatrix(big)).toThrow(/at most 100,000/);
    expect(() => directionsFor(["COST", "BENEFIT"], 3)).toThrow(/one direction per column/);
    expect(directionsFor(["COST"], 2)).toEqual(["COST", "COST"]);
    close(
      minMaxNormalise(
        decisionMatrix([
          [1, 5],
          [3, 4],
        ]),
        ["BENEFIT", "COST"]
      ),
      [0, 0, 1, 1]
    );
  });

  it("accepts the Chinese direction names", () => {
    for (const b of ["正向", "效益型", "+"]) expect(direction(b)).toBe("BENEFIT");
    for (const c of ["负向", "逆向", "成本型", "-"]) expect(direction(c)).toBe("COST");
  });
});
