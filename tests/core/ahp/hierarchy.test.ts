import { globalWeights } from "../../../src/core/ahp/hierarchy";
import { fromUpperTriangle } from "../../../src/core/ahp/triangle";

describe("globalWeights (docs/methods.md §1.6)", () => {
  it("multiplies local weights down the tree; leaves sum to 1", () => {
    const g = globalWeights(
      ["Input", "Output", "Basic", "Finance", "Use", "Pollution", "b1", "b2"],
      ["", "", "Input", "Input", "Output", "Output", "basic", "BASIC"],
      [0.6, 0.4, 0.7, 0.3, 0.5, 0.5, 0.25, 0.75]
    );
    expect(g[2]).toBeCloseTo(0.42, 15);
    expect(g[6]).toBeCloseTo(0.42 * 0.25, 15);
    const leaves = [g[3], g[4], g[5], g[6], g[7]];
    expect(leaves.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 14);
  });

  it("works whatever the row order", () => {
    const g = globalWeights(["a1", "A", "B"], ["A", "", ""], [0.5, 0.2, 0.8]);
    expect(g).toEqual([0.1, 0.2, 0.8]);
  });

  it("reports unknown parents (#N/A), duplicate nodes and cycles", () => {
    expect(() => globalWeights(["A", "B"], ["", "X"], [1, 1])).toThrow(
      'Parent "X" of "B" (row 2) is not among the nodes'
    );
    expect(() => globalWeights(["A", "a"], ["", ""], [1, 1])).toThrow(
      'Node "a" appears twice (rows 1 and 2)'
    );
    expect(() => globalWeights(["A", "B", "C"], ["C", "A", "B"], [1, 1, 1])).toThrow(
      /cycle: A → C → B → A|cycle: .* → .* → .*/
    );
    expect(() => globalWeights(["A"], ["A"], [1])).toThrow("cycle");
  });
});

describe("fromUpperTriangle", () => {
  it("builds the reciprocal matrix row-major from n(n−1)/2 judgments", () => {
    expect(fromUpperTriangle([3, 5, 2])).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ]);
    expect(fromUpperTriangle([4])).toEqual([
      [1, 4],
      [1 / 4, 1],
    ]);
  });
  it("keeps missing judgments missing and rejects counts that are not triangular", () => {
    expect(fromUpperTriangle([3, null, 2])[0][2]).toBeNull();
    expect(() => fromUpperTriangle([1, 2])).toThrow("do not fill an upper triangle");
    expect(() => fromUpperTriangle([1, 0, 2])).toThrow("Judgment 2 (a13) is 0");
  });
});
