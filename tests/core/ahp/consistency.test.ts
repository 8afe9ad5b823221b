import {
  RI_TABLES,
  consistencyIndex,
  consistencyRatio,
  gciThreshold,
  geometricConsistencyIndex,
  randomIndex,
  riTable,
} from "../../../src/core/ahp/consistency";
import { parseJudgments } from "../../../src/core/ahp/judgments";
import { priorities } from "../../../src/core/ahp/weights";
import { DRINKS, M4, close } from "./fixtures";

describe("RI tables (docs/methods.md §1.2)", () => {
  it("has the published values for n = 3 … 15", () => {
    expect(randomIndex(3)).toBe(0.58);
    expect(randomIndex(9)).toBe(1.45);
    expect(randomIndex(12, "SAATY")).toBe(1.48);
    expect(randomIndex(7, "SAATY2005")).toBe(1.35);
    expect(randomIndex(6, "CN")).toBe(1.26);
    expect(randomIndex(15, "ALONSO")).toBe(1.5838);
    expect(randomIndex(4, "DD")).toBe(0.8286);
    for (const t of Object.keys(RI_TABLES))
      expect(RI_TABLES[t as keyof typeof RI_TABLES]).toHaveLength(13);
  });

  it("is 0 for n ≤ 2 and rejects n < 1 or fractional n", () => {
    expect(randomIndex(1)).toBe(0);
    expect(randomIndex(2, "DD")).toBe(0);
    expect(() => randomIndex(0)).toThrow("whole number");
    expect(() => randomIndex(3.5)).toThrow("whole number");
  });

  it("continues beyond 15 only for ALONSO, by (1.7699 n − 4.3513)/(n − 1)", () => {
    expect(close(randomIndex(16, "ALONSO"), (1.7699 * 16 - 4.3513) / 15, 1e-15)).toBe(true);
    expect(() => randomIndex(16)).toThrow(/stops at n = 15.*ALONSO/);
  });

  it("reads table names case-insensitively with aliases", () => {
    expect(riTable("saaty 2005")).toBe("SAATY2005");
    expect(riTable("Alonso-Lamata")).toBe("ALONSO");
    expect(riTable(null)).toBe("SAATY");
    expect(() => riTable("FOO")).toThrow("Unknown RI table");
  });
});

describe("CI and CR", () => {
  it("CI = (λmax − n)/(n − 1), CR = CI/RI; both 0 for n ≤ 2", () => {
    expect(consistencyIndex(7.2, 7)).toBeCloseTo(0.2 / 6, 15);
    expect(consistencyRatio(7.2, 7, "SAATY")).toBeCloseTo(0.2 / 6 / 1.32, 15);
    expect(consistencyIndex(2.5, 2)).toBe(0);
    expect(consistencyRatio(2.5, 2)).toBe(0);
  });

  it("drinks matrix: λmax 7.1766 and CR 0.0223 (EIGEN, SAATY table; printed to 4 decimals)", () => {
    const p = priorities(parseJudgments(DRINKS), "EIGEN");
    expect(p.lambdaMax.toFixed(4)).toBe("7.1766");
    expect(consistencyRatio(p.lambdaMax, 7).toFixed(4)).toBe("0.0223");
  });
});

describe("GCI (Aguarón & Moreno-Jiménez 2003)", () => {
  it("equals 2/((n−1)(n−2)) Σ_{i<j} ln²(a_ij w_j/w_i) with SQRT weights, by hand (1e-12)", () => {
    const w = priorities(parseJudgments(M4), "SQRT").w;
    let s = 0;
    for (let i = 0; i < 4; i++)
      for (let j = i + 1; j < 4; j++) s += Math.log((M4[i][j] * w[j]) / w[i]) ** 2;
    expect(close(geometricConsistencyIndex(M4), (2 / 6) * s, 1e-12)).toBe(true);
  });

  it("is 0 for a consistent matrix and for n ≤ 2; thresholds 0.31/0.35/0.37", () => {
    expect(
      geometricConsistencyIndex([
        [1, 2, 4],
        [0.5, 1, 2],
        [0.25, 0.5, 1],
      ])
    ).toBeLessThan(1e-24);
    expect(
      geometricConsistencyIndex([
        [1, 3],
        [1 / 3, 1],
      ])
    ).toBe(0);
    expect([gciThreshold(3), gciThreshold(4), gciThreshold(9)]).toEqual([0.31, 0.35, 0.37]);
  });
});
