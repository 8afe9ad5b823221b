/**
 * Total emission intensities and emissions embodied in final demand (src/core/io/embodied.ts):
 * by hand on Miller & Blair's two-sector example with direct intensities c = (0.3, 0.1) per unit
 * of output, exactly on a three-sector case, and on random tables: ε = c·L, Σ e = c·L·y = c·x.
 */
import { embodiedEmissions, leontiefInverse, totalIntensities } from "../../../src/core/io";
import { matMul } from "../../../src/core/linalg";
import { MB, Q, exactLeontief, int, productive, seeded } from "./fixtures";

const C = [[0.3, 0.1]];

describe("totalIntensities", () => {
  it("Miller & Blair's example with c = (0.3, 0.1): ε = c·L = (0.305, 0.16) / 0.7575, c as a row or a column", () => {
    // c·adj(I − A) = (0.3·0.95 + 0.1·0.2, 0.3·0.25 + 0.1·0.85) = (0.305, 0.16)
    for (const c of [C, [[0.3], [0.1]]]) {
      const e = totalIntensities(MB.A, c);
      expect(e[0]).toBeCloseTo(0.305 / 0.7575, 15);
      expect(e[1]).toBeCloseTo(0.16 / 0.7575, 15);
    }
  });

  it("match c·L in exact arithmetic on a three-sector case", () => {
    const a = [
      ["0.2", "0.3", "0.2"],
      ["0.4", "0.1", "0.2"],
      ["0.1", "0.3", "0.2"],
    ];
    const c = ["1.5", "0.25", "0.05"];
    const l = exactLeontief(a);
    const want = l[0].map((_, j) =>
      c.reduce((s, ci, i) => s.add(Q.of(ci).mul(l[i][j])), int(0)).toNumber()
    );
    const got = totalIntensities(
      a.map((row) => row.map(Number)),
      [c.map(Number)]
    );
    got.forEach((v, j) => expect(Math.abs(v - want[j])).toBeLessThanOrEqual(1e-15 * want[j]));
  });

  it("equal c·L (the inverse times c) on random 60-sector tables; negative intensities (sinks) are taken", () => {
    const rnd = seeded(3);
    const a = productive(60, rnd);
    const c = [Array.from({ length: 60 }, (_, k) => (k === 5 ? -0.2 : rnd()))];
    const want = matMul(c, leontiefInverse(a))[0];
    totalIntensities(a, c).forEach((v, j) => expect(v).toBeCloseTo(want[j], 12));
  });

  it("refuses a direct vector of the wrong size or shape, or with a blank", () => {
    expect(() => totalIntensities(MB.A, [[0.3, 0.1, 0]])).toThrow(
      "direct has 3 cells but coefficients has 2 sectors: give one value per sector"
    );
    expect(() => totalIntensities(MB.A, [[null], [0.1]])).toThrow(
      "direct: row 1, column 1 is blank; every sector needs a value"
    );
    expect(() =>
      totalIntensities(MB.A, [
        [0.3, 0.1],
        [0.3, 0.1],
      ])
    ).toThrow(
      "direct must be one row or one column (one value per sector), not 2 rows × 2 columns"
    );
  });
});

describe("embodiedEmissions", () => {
  it("Miller & Blair's example: the final demand (350, 1700) embodies c·x = 0.3·1000 + 0.1·2000 = 500", () => {
    const e = embodiedEmissions(MB.A, C, [[350], [1700]]);
    expect(e[0]).toBeCloseTo((350 * 0.305) / 0.7575, 12);
    expect(e[1]).toBeCloseTo((1700 * 0.16) / 0.7575, 12);
    expect(e[0] + e[1]).toBeCloseTo(500, 11);
  });

  it("sum to c·L·y = c·x(y) on random 80-sector tables (demand as a row; negative entries taken)", () => {
    const rnd = seeded(17);
    const a = productive(80, rnd, 0.6);
    const c = [Array.from({ length: 80 }, () => rnd())];
    const y = Array.from({ length: 80 }, (_, k) => (k === 0 ? -50 : 1000 * rnd()));
    const e = embodiedEmissions(a, c, [y]);
    const x = matMul(
      leontiefInverse(a),
      y.map((v) => [v])
    ).map((r) => r[0]);
    const total = c[0].reduce((s, ci, i) => s + ci * x[i], 0);
    expect(e.reduce((s, v) => s + v, 0)).toBeCloseTo(total, 9);
    const eps = totalIntensities(a, c);
    e.forEach((v, j) => expect(v).toBe(eps[j] * y[j]));
  });

  it("refuses a demand vector of the wrong size, naming both sizes", () => {
    expect(() => embodiedEmissions(MB.A, C, [[350], [1700], [1]])).toThrow(
      "demand has 3 cells but coefficients has 2 sectors: give one value per sector"
    );
  });
});
