import { parseJudgments } from "../../../src/core/ahp/judgments";
import { SAATY_SCALE, snapToScale, suggestions } from "../../../src/core/ahp/suggest";
import { priorities } from "../../../src/core/ahp/weights";
import { close } from "./fixtures";

describe("suggestions (docs/methods.md §1.3)", () => {
  // Consistent except a_13 = 1/2 where the weights want 4·2 = 8.
  const a = [
    [1, 2, 1 / 2],
    [1 / 2, 1, 2],
    [2, 1 / 2, 1],
  ];

  it("lists judgments by |ln ε_ij| worst first with w_i/w_j and ε_ij = a_ij w_j/w_i", () => {
    const j = parseJudgments(a);
    const p = priorities(j, "EIGEN");
    const s = suggestions(p, j.a, 3);
    expect(s).toHaveLength(3);
    const eps = (r: number, c: number) => (a[r][c] * p.w[c]) / p.w[r];
    s.forEach((x) => {
      expect(close(x.deviation, eps(x.row - 1, x.column - 1), 1e-12)).toBe(true);
      expect(close(x.suggested, p.w[x.row - 1] / p.w[x.column - 1], 1e-12)).toBe(true);
      expect(x.row).toBeLessThan(x.column);
    });
    for (let k = 1; k < s.length; k++) {
      expect(Math.abs(Math.log(s[k - 1].deviation))).toBeGreaterThanOrEqual(
        Math.abs(Math.log(s[k].deviation)) - 1e-15
      );
    }
  });

  it("finds the one bad judgment in an otherwise consistent 4×4 matrix", () => {
    const v = [8, 4, 2, 1];
    const m = v.map((x) => v.map((y) => x / y));
    m[0][3] = 1 / 2;
    m[3][0] = 2;
    const j = parseJudgments(m);
    const s = suggestions(priorities(j, "SQRT"), j.a, 1);
    expect([s[0].row, s[0].column]).toEqual([1, 4]);
    expect(s[0].suggested).toBeGreaterThan(1);
  });

  it("snaps to the Saaty scale on a log scale", () => {
    expect(SAATY_SCALE).toHaveLength(17);
    expect(snapToScale(2.9)).toBe(3);
    expect(snapToScale(0.3)).toBe(1 / 3);
    expect(snapToScale(40)).toBe(9);
  });
});
