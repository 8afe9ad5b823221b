import {
  aggregateJudgments,
  aggregatePriorities,
  expertWeights,
  priorityMean,
} from "../../../src/core/ahp/group";
import { parseJudgments } from "../../../src/core/ahp/judgments";
import { priorities } from "../../../src/core/ahp/weights";
import { M4, close } from "./fixtures";

const E2 = [
  [1, 2, 3, 5],
  [1 / 2, 1, 3, 2],
  [1 / 3, 1 / 3, 1, 4],
  [1 / 5, 1 / 2, 1 / 4, 1],
];

describe("AIJ aggregation (docs/methods.md §1.4)", () => {
  it("is the element-wise weighted geometric mean and stays reciprocal (1e-12)", () => {
    const g = aggregateJudgments([parseJudgments(M4), parseJudgments(E2)], [3, 1]);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        expect(close(g[i][j], M4[i][j] ** 0.75 * E2[i][j] ** 0.25, 1e-12)).toBe(true);
        expect(close(g[i][j] * g[j][i], 1, 1e-12)).toBe(true);
      }
    }
  });

  it("with SQRT weights and equal λ gives the same weights as geometric AIP (1e-12)", () => {
    const experts = [parseJudgments(M4), parseJudgments(E2)];
    const aij = priorities(parseJudgments(aggregateJudgments(experts)), "SQRT").w;
    const aip = aggregatePriorities(experts.map((e) => priorities(e, "SQRT").w));
    aij.forEach((x, i) => expect(close(x, aip[i], 1e-12)).toBe(true));
  });

  it("aggregates a comparison over the experts who gave it", () => {
    const a = parseJudgments([
      [1, 4, null],
      [null, 1, 2],
      [null, null, 1],
    ]);
    const b = parseJudgments([
      [1, 1, 9],
      [null, 1, 8],
      [null, null, 1],
    ]);
    const g = aggregateJudgments([a, b]);
    expect(close(g[0][1], 2, 1e-12)).toBe(true);
    expect(close(g[0][2], 9, 1e-12)).toBe(true);
    expect(close(g[1][2], 4, 1e-12)).toBe(true);
  });

  it("checks expert weights", () => {
    expect(expertWeights(2, [1, 3])).toEqual([0.25, 0.75]);
    expect(() => expertWeights(2, [1])).toThrow("2 experts but 1 expert weights");
    expect(() => expertWeights(2, [1, -1])).toThrow("Expert weight 2 is -1");
    expect(() => expertWeights(2, [0, 0])).toThrow("sum to 0");
  });
});

describe("AIP aggregation of priorities (docs/methods.md §1.4)", () => {
  const w1 = [0.6, 0.3, 0.1];
  const w2 = [0.2, 0.5, 0.3];
  it("geometric (default): Π w^λ renormalised, by hand (1e-14)", () => {
    const g = [0.6 ** 0.25 * 0.2 ** 0.75, 0.3 ** 0.25 * 0.5 ** 0.75, 0.1 ** 0.25 * 0.3 ** 0.75];
    const t = g[0] + g[1] + g[2];
    aggregatePriorities([w1, w2], [1, 3]).forEach((x, i) =>
      expect(close(x, g[i] / t, 1e-14)).toBe(true)
    );
  });
  it("arithmetic: Σ λ w, by hand (1e-14)", () => {
    const a = aggregatePriorities([w1, w2], [1, 3], "ARITHMETIC");
    [0.3, 0.45, 0.25].forEach((x, i) => expect(close(a[i], x, 1e-14)).toBe(true));
  });
  it("sums to 1, and identical experts give their weights (property)", () => {
    for (const mean of ["GEOMETRIC", "ARITHMETIC"] as const) {
      const a = aggregatePriorities([w1, w2, w1], [2, 1, 5], mean);
      expect(
        close(
          a.reduce((s, x) => s + x, 0),
          1,
          1e-15
        )
      ).toBe(true);
      aggregatePriorities([w2, w2, w2], null, mean).forEach((x, i) =>
        expect(close(x, w2[i], 1e-15)).toBe(true)
      );
    }
  });
  it("leaves out an expert of weight 0; names the means", () => {
    expect(aggregatePriorities([w1, [0, 0.5, 0.5]], [1, 0])).toEqual(
      w1.map((x) => expect.closeTo(x, 15))
    );
    expect(priorityMean("arith")).toBe("ARITHMETIC");
    expect(priorityMean(null)).toBe("GEOMETRIC");
    expect(() => priorityMean("harmonic")).toThrow(/Unknown mean "harmonic"/);
  });
});
