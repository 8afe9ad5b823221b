import { groupConsensus, minAlphaEntropy } from "../../../src/core/ahp/consensus";
import { parseJudgments } from "../../../src/core/ahp/judgments";
import { priorities } from "../../../src/core/ahp/weights";
import { M4, close } from "./fixtures";

/** Expert h of n judges element h M times as important as each other element (all others equal). */
function dominant(n: number, h: number, m: number): number[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : i === h ? m : j === h ? 1 / m : 1))
  );
}

describe("Goepel's AHP consensus S* (docs/methods.md §1.4)", () => {
  it("Hα,min is the entropy of (M, 1, …, 1)/(n + M − 1)", () => {
    // n = 2, M = 9: the vector (0.9, 0.1), by hand.
    expect(close(minAlphaEntropy(2, 9), -(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1)), 1e-14)).toBe(
      true
    );
    const p = [9 / 12, 1 / 12, 1 / 12, 1 / 12];
    expect(close(minAlphaEntropy(4, 9), -p.reduce((s, x) => s + x * Math.log(x), 0), 1e-14)).toBe(
      true
    );
  });

  it("is 0 when each of n experts puts a different element M times above all others (Goepel 2018, §9), for any M", () => {
    // Goepel (2018), IJAHP 10(3), §9 "Software validation": "simulating k participants for a
    // hierarchy with k leafs, and each participant judges one different leaf extreme more
    // important than all others. The resulting consensus should show 0 % for all scales."
    for (const [n, m] of [
      [3, 9],
      [5, 9],
      [4, 5],
      [6, 3.321928095],
    ]) {
      const w = Array.from(
        { length: n },
        (_, h) => priorities(parseJudgments(dominant(n, h, m)), "EIGEN").w
      );
      expect(Math.abs(groupConsensus(w, m).s)).toBeLessThan(1e-9);
    }
  });

  it("is 1 for identical experts (property: any matrix, any number of experts)", () => {
    const w = priorities(parseJudgments(M4), "EIGEN").w;
    for (const k of [2, 3, 10]) expect(groupConsensus(new Array(k).fill(w)).s).toBe(1);
  });

  it("matches the formula computed by hand for two opposite experts on two elements", () => {
    // w1 = (3/4, 1/4), w2 = (1/4, 3/4): Hα = H(3/4, 1/4), Hγ = ln 2; M = 9, n = 2: Dα,min = exp(H(0.9, 0.1)).
    const h = (p: number[]) => -p.reduce((s, x) => s + x * Math.log(x), 0);
    const dBeta = Math.exp(Math.log(2) - h([0.75, 0.25]));
    const c = Math.exp(h([0.9, 0.1])) / 2;
    const expected = (1 / dBeta - c) / (1 - c);
    const got = groupConsensus([
      [0.75, 0.25],
      [0.25, 0.75],
    ]);
    expect(close(got.s, expected, 1e-14)).toBe(true);
    // By hand: Hα = 0.562335, Hγ = 0.693147, 1/Dβ = e^−0.130812 = 0.877383; Dα,min = e^0.325083 =
    // 1.384145, c = 0.692073; S* = (0.877383 − 0.692073)/(1 − 0.692073) = 0.601798.
    expect(got.s.toFixed(5)).toBe("0.60180");
    expect(close(got.beta, Math.log(dBeta), 1e-14)).toBe(true);
  });

  it("stays within [0, 1] for random groups of Saaty-scale matrices (property)", () => {
    const scale = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9];
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let t = 0; t < 300; t++) {
      const n = 2 + Math.floor(rnd() * 6);
      const k = 2 + Math.floor(rnd() * 5);
      const w = Array.from({ length: k }, () => {
        const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++) {
            a[i][j] = scale[Math.floor(rnd() * scale.length)];
            a[j][i] = 1 / a[i][j];
          }
        return priorities(parseJudgments(a), "EIGEN").w;
      });
      const s = groupConsensus(w).s;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it("refuses one expert (#N/A, as AHP-OS shows none), one element and a scale maximum ≤ 1", () => {
    expect(() => groupConsensus([[0.5, 0.5]])).toThrow(/at least 2 experts/);
    expect(() => groupConsensus([[1], [1]])).toThrow(/at least 2 elements/);
    expect(() =>
      groupConsensus(
        [
          [0.5, 0.5],
          [0.5, 0.5],
        ],
        1
      )
    ).toThrow(/above 1/);
    // Priorities more concentrated than scale_max allows: S* < 0 is no answer.
    expect(() =>
      groupConsensus(
        [
          [0.99, 0.01],
          [0.01, 0.99],
        ],
        3
      )
    ).toThrow(/more concentrated/);
  });
});
