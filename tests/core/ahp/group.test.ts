import {
  aggregateJudgments,
  aggregatePriorities,
  expertWeights,
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
