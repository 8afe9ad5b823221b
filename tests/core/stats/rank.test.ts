/** Average ranks and correlation (Spearman's ρ on average ranks). */
import { averageRanks, correlation } from "../../../src/core/stats/rank";

describe("averageRanks", () => {
  it("ranks the largest first and gives ties the mean of their ranks", () => {
    expect(averageRanks([3, 1, 3, null])).toEqual([1.5, 3, 1.5, null]);
    expect(averageRanks([10, 20, 30])).toEqual([3, 2, 1]);
  });
});

describe("correlation", () => {
  it("is Pearson's r, and Spearman's ρ on ranks (1 − 6Σd²/(n(n²−1)) without ties)", () => {
    expect(correlation([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 15);
    const a = [1, 2, 3, 4, 5];
    const b = [2, 1, 4, 3, 5];
    const d2 = a.reduce((s, x, i) => s + (x - b[i]) ** 2, 0);
    expect(correlation(a, b)).toBeCloseTo(1 - (6 * d2) / (5 * 24), 15);
  });
  it("is null for a constant series or fewer than 2 values", () => {
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(correlation([1], [1])).toBeNull();
  });
});
