/**
 * AHP.* through the Excel adapter: Excel-shaped ranges ("" and null blanks, text numbers,
 * text fractions, null for omitted arguments) and the errors Excel shows.
 */
import * as ahp from "../../src/functions/ahp";
import { isExcelError } from "../support/customFunctions";
import { DRINKS, DRINKS_WEIGHTS, M4, close } from "../core/ahp/fixtures";

/** DRINKS as a user types it: upper triangle with text fractions, lower triangle blank. */
const typed = DRINKS.map((row, i) =>
  row.map((x, j) => (j < i ? "" : j === i ? 1 : x >= 1 ? x : `1/${Math.round(1 / x)}`))
);

function errorOf(x: unknown): { code: string; message: string } {
  expect(isExcelError(x)).toBe(true);
  return x as any;
}

describe("AHP.WEIGHTS", () => {
  it("reproduces Saaty's drinks weights from an upper triangle typed with text fractions", () => {
    const w = ahp.ahpWeights(typed as any, null) as number[][];
    expect(w).toHaveLength(7);
    w.forEach((row, i) => expect(row[0].toFixed(4)).toBe(DRINKS_WEIGHTS[i].toFixed(4)));
    expect(w.reduce((s, r) => s + r[0], 0)).toBeCloseTo(1, 14);
  });

  it("accepts method names and aliases case-insensitively; undefined and null mean EIGEN", () => {
    const eig = ahp.ahpWeights(M4, undefined) as number[][];
    expect(ahp.ahpWeights(M4, "eigenvector")).toEqual(eig);
    expect(ahp.ahpWeights(M4, "GeoMean")).toEqual(ahp.ahpWeights(M4, "SQRT"));
    expect(ahp.ahpWeights(M4, "normalized")).toEqual(ahp.ahpWeights(M4, "sum"));
    expect(ahp.ahpWeights(M4, "")).toEqual(eig);
  });

  it("accepts the Chinese method names: 特征向量法/特征根法, 方根法/几何平均法, 和积法/算术平均法", () => {
    const eig = ahp.ahpWeights(M4, "EIGEN");
    const sqrt = ahp.ahpWeights(M4, "SQRT");
    const sum = ahp.ahpWeights(M4, "SUM");
    expect(sqrt).not.toEqual(sum);
    for (const m of ["特征向量法", "特征根法"]) expect(ahp.ahpWeights(M4, m)).toEqual(eig);
    for (const m of ["方根法", "几何平均法"]) expect(ahp.ahpWeights(M4, m)).toEqual(sqrt);
    for (const m of ["和积法", "算术平均法"]) expect(ahp.ahpWeights(M4, m)).toEqual(sum);
  });

  it("returns #VALUE! naming the cell for bad judgments, and for an unknown method", () => {
    expect(
      errorOf(
        ahp.ahpWeights([
          [1, "abc"],
          ["", 1],
        ])
      ).message
    ).toMatch(/row 1, column 2 is not a number \("abc"\)/);
    expect(
      errorOf(
        ahp.ahpWeights([
          [1, -3],
          ["", 1],
        ])
      ).message
    ).toMatch(/row 1, column 2 is -3/);
    expect(
      errorOf(
        ahp.ahpWeights([
          [1, 2],
          [3, 1],
        ])
      ).code
    ).toBe("#VALUE!");
    expect(errorOf(ahp.ahpWeights([[1, 2, 3]])).message).toMatch(/square/);
    expect(errorOf(ahp.ahpWeights([[]])).message).toMatch(/empty/);
    expect(errorOf(ahp.ahpWeights(M4, "magic")).message).toMatch(/Unknown method "magic"/);
    expect(
      errorOf(
        ahp.ahpWeights([
          [1, true],
          ["", 1],
        ] as any)
      ).message
    ).toMatch(/row 1, column 2 is not a number/);
  });
});

describe("AHP.WEIGHTS and AHP.CR share one evaluation per matrix of numbers", () => {
  it("a matrix typed with text fractions and the same numbers typed as numbers give the same results", () => {
    const numbers = DRINKS.map((row, i) => row.map((x, j) => (j < i ? "" : x)));
    const text = typed;
    expect(ahp.ahpWeights(text as any, null)).toEqual(ahp.ahpWeights(numbers as any, null));
    expect(ahp.ahpCR(text as any, null, null)).toBe(ahp.ahpCR(numbers as any, null, null));
  });

  it('a full 9×9 text matrix as users type it ("1/3", "5", "1") reads like its numbers', () => {
    const scale = ["1/9", "1/7", "1/5", "1/3", "1", "3", "5", "7", "9"];
    const text: string[][] = Array.from({ length: 9 }, () => new Array<string>(9).fill("1"));
    for (let i = 0; i < 9; i++)
      for (let j = i + 1; j < 9; j++) {
        const k = (i * 3 + j * 5) % 9;
        [text[i][j], text[j][i]] = [scale[k], scale[8 - k]];
      }
    const numbers = text.map((row) =>
      row.map((x) => (x.startsWith("1/") ? 1 / Number(x.slice(2)) : Number(x)))
    );
    const w = ahp.ahpWeights(text, null) as number[][];
    expect(w).toHaveLength(9);
    expect(typeof w[0][0]).toBe("number");
    expect(ahp.ahpWeights(text, null)).toEqual(ahp.ahpWeights(numbers, null));
    expect(ahp.ahpCR(text, null, null)).toBe(ahp.ahpCR(numbers, null, null));
  });
});

describe("the memo's matrix: first evaluated by EIGEN weights, then by every other function", () => {
  // A complete matrix first seen by AHP.WEIGHTS (EIGEN) is kept without its Judgments; the
  // functions that need them afterwards make them from its numbers. Each function must give what
  // it gives on a matrix it is the first to see (a different range with the same judgments).
  /** Nearly consistent 6×6 matrices (weights 6 … 1, rounded and nudged by `shift`). */
  const full = (shift: number) =>
    Array.from({ length: 6 }, (_, i) =>
      Array.from({ length: 6 }, (_, j) => {
        const above = (p: number, q: number) =>
          Math.min(9, Math.round((6 - p) / (6 - q)) + ((p + q + shift) % 3 === 0 ? 1 : 0));
        return i === j ? 1 : i < j ? above(i, j) : 1 / above(j, i);
      })
    );
  it("REPORT, SUGGEST, GCI, SQRT weights, UNCERTAINTY and LAMBDA after WEIGHTS agree with a fresh evaluation", () => {
    const calls: [string, (m: unknown[][]) => unknown][] = [
      ["REPORT", (m) => ahp.ahpReport(m, null, null, null)],
      ["SUGGEST", (m) => ahp.ahpSuggest(m, 3, null, null)],
      ["GCI", (m) => ahp.ahpGCI(m)],
      ["SQRT", (m) => ahp.ahpWeights(m, "SQRT")],
      ["UNCERTAINTY", (m) => ahp.ahpUncertainty(m, 200, null, null, null)],
      ["LAMBDA", (m) => ahp.ahpLambda(m, null)],
    ];
    calls.forEach(([name, call], k) => {
      const seen = full(k);
      const weights = ahp.ahpWeights(seen, null) as number[][];
      expect(weights).toHaveLength(6);
      const afterWeights = call(seen);
      // The same judgments in a range never seen: a 0.5 typed as "1/2" is the same number but
      // another range (the memo is keyed by numbers, so make it new by a rounded reciprocal).
      const fresh = seen.map((row) => row.map((x) => (x < 1 ? Math.round(x * 1000) / 1000 : x)));
      expect([name, afterWeights]).toEqual([name, call(fresh)]);
      expect(isExcelError(afterWeights)).toBe(false);
    });
  });
});

describe("AHP.LAMBDA, AHP.CI, AHP.CR, AHP.RI, AHP.GCI", () => {
  it("drinks: λmax 7.1766, CI 0.0294, CR 0.0223 (EIGEN, SAATY RI 1.32)", () => {
    expect((ahp.ahpLambda(typed as any) as number).toFixed(4)).toBe("7.1766");
    const ci = ahp.ahpCI(typed as any) as number;
    expect(close(ahp.ahpCR(typed as any, null, null) as number, ci / 1.32, 1e-12)).toBe(true);
    expect(close(ahp.ahpCR(typed as any, null, "CN") as number, ci / 1.36, 1e-12)).toBe(true);
  });

  it("RI takes a number or text; errors name ALONSO beyond 15", () => {
    expect(ahp.ahpRI(9, null)).toBe(1.45);
    expect(ahp.ahpRI("10", "dd")).toBe(1.4055);
    expect(errorOf(ahp.ahpRI(20, null)).message).toMatch(/ALONSO/);
    expect(close(ahp.ahpRI(20, "alonso") as number, (1.7699 * 20 - 4.3513) / 19, 1e-15)).toBe(true);
    expect(errorOf(ahp.ahpRI(null)).message).toMatch(/n is required/);
    expect(errorOf(ahp.ahpCR(M4, null, "nope")).message).toMatch(/Unknown RI table/);
  });

  it("CR of a 16×16 matrix needs ALONSO", () => {
    const v = Array.from({ length: 16 }, (_, i) => i + 1);
    const m = v.map((x) => v.map((y) => x / y));
    expect(errorOf(ahp.ahpCR(m)).message).toMatch(/stops at n = 15/);
    expect(Math.abs(ahp.ahpCR(m, null, "ALONSO") as number)).toBeLessThan(1e-12);
  });

  it("GCI of a 2×2 matrix is 0 and of M4 positive", () => {
    expect(
      ahp.ahpGCI([
        [1, 5],
        ["", 1],
      ])
    ).toBe(0);
    expect(ahp.ahpGCI(M4) as number).toBeGreaterThan(0);
  });
});

describe("AHP.REPORT", () => {
  it("lists n, method, λmax, CI, RI table, RI, CR, GCI and the verdict", () => {
    const r = ahp.ahpReport(typed as any, "sqrt", "saaty2005", 0.05) as any[][];
    expect(r.map((x) => x[0])).toEqual([
      "n",
      "Method",
      "λmax",
      "CI",
      "RI table",
      "RI",
      "CR",
      "GCI",
      "Consistent (CR < 0.05)",
    ]);
    expect(r[0][1]).toBe(7);
    expect(r[1][1]).toBe("SQRT");
    expect(r[4][1]).toBe("SAATY2005");
    expect(r[5][1]).toBe(1.35);
    expect(close(r[6][1], r[3][1] / 1.35, 1e-12)).toBe(true);
    expect(r[6][1]).toBeLessThan(0.05);
    expect(r[8][1]).toBe(true);
    expect(close(r[7][1], ahp.ahpGCI(typed as any) as number, 1e-12)).toBe(true);
  });
});

describe("AHP.MATRIX", () => {
  it("builds the matrix from a row or a column of judgments, text fractions included", () => {
    expect(ahp.ahpMatrix([[3, "1/5", 2]])).toEqual([
      [1, 3, 0.2],
      [1 / 3, 1, 2],
      [5, 0.5, 1],
    ]);
    expect(ahp.ahpMatrix([[3], ["1/5"], [2]])).toEqual(ahp.ahpMatrix([[3, "1/5", 2]]));
  });
  it("leaves missing judgments blank and rejects 2-D input or wrong counts", () => {
    expect(ahp.ahpMatrix([[3, "", 2]])).toEqual([
      [1, 3, ""],
      [1 / 3, 1, 2],
      ["", 0.5, 1],
    ]);
    expect(
      errorOf(
        ahp.ahpMatrix([
          [1, 2],
          [3, 4],
        ])
      ).message
    ).toMatch(/one row or one column/);
    expect(errorOf(ahp.ahpMatrix([[1, 2]])).message).toMatch(/do not fill an upper triangle/);
  });
});

describe("AHP.GROUP", () => {
  it("aggregates stacked matrices by the weighted geometric mean", () => {
    const stacked = [
      [1, 4],
      ["", 1],
      [1, 1],
      ["", 1],
    ];
    const g = ahp.ahpGroup(stacked as any, null as any) as number[][];
    expect(close(g[0][1], 2, 1e-12)).toBe(true);
    expect(close(g[1][0], 0.5, 1e-12)).toBe(true);
    const w = ahp.ahpGroup(stacked as any, [[3], [1]]) as number[][];
    expect(close(w[0][1], 4 ** 0.75, 1e-12)).toBe(true);
  });
  it("names the expert whose matrix is wrong, and checks the stacking", () => {
    expect(
      errorOf(
        ahp.ahpGroup([
          [1, 4],
          ["", 1],
          [1, -1],
          ["", 1],
        ] as any)
      ).message
    ).toMatch(/Expert 2's matrix \(rows 3–4\): row 1, column 2 is -1/);
    expect(
      errorOf(
        ahp.ahpGroup([
          [1, 4],
          ["", 1],
          [1, 1],
        ] as any)
      ).message
    ).toMatch(/multiple/);
    expect(
      errorOf(
        ahp.ahpGroup(
          [
            [1, 4],
            ["", 1],
          ] as any,
          [[1], [2]]
        )
      ).message
    ).toMatch(/1 experts but 2 expert weights/);
  });
});

describe("AHP.SUGGEST", () => {
  it("has a header row and count rows, worst first", () => {
    const s = ahp.ahpSuggest(typed as any, 4, null) as any[][];
    expect(s[0]).toEqual(["Row", "Column", "Judgment", "Suggested", "Deviation"]);
    expect(s).toHaveLength(5);
    expect([s[1][0], s[1][1]]).toEqual([2, 7]);
    const w = (ahp.ahpWeights(typed as any) as number[][]).map((r) => r[0]);
    expect(close(s[1][3], w[1] / w[6], 1e-12)).toBe(true);
    expect(close(s[1][4], (1 / 9) * (w[6] / w[1]), 1e-12)).toBe(true);
  });
  it("snaps to the Saaty scale when asked and rejects a bad count", () => {
    const s = ahp.ahpSuggest(typed as any, 1, "SQRT", true) as any[][];
    expect([
      1 / 9,
      1 / 8,
      1 / 7,
      1 / 6,
      1 / 5,
      1 / 4,
      1 / 3,
      1 / 2,
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
    ]).toContain(s[1][3]);
    expect(errorOf(ahp.ahpSuggest(M4, 0)).message).toMatch(/count must be a whole number/);
  });
});

describe("AHP.GLOBAL", () => {
  it("aligns global weights with the nodes, blank rows stay blank", () => {
    const g = ahp.ahpGlobal(
      [["A"], ["a1"], [""], ["B"]],
      [[""], ["A"], [""], [null]],
      [[0.4], [0.5], [""], [0.6]]
    );
    expect(g).toEqual([[0.4], [0.2], [""], [0.6]]);
  });
  it("reports unknown parents with #N/A and cycles with #VALUE!", () => {
    expect(errorOf(ahp.ahpGlobal([["A"], ["B"]], [[""], ["Z"]], [[1], [1]])).code).toBe("#N/A");
    const cyc = errorOf(ahp.ahpGlobal([["A"], ["B"]], [["B"], ["A"]], [[1], [1]]));
    expect(cyc.code).toBe("#VALUE!");
    expect(cyc.message).toMatch(/cycle/);
    expect(errorOf(ahp.ahpGlobal([["A"], ["B"]], [[""]], [[1], [1]])).message).toMatch(
      /same number of cells/
    );
  });
});

describe("AHP.CONSENSUS, AHP.AIP and AHP.UNCERTAINTY on bad input", () => {
  const two = [
    [1, 3],
    ["", 1],
    [1, "1/2"],
    ["", 1],
  ];

  it("AHP.CONSENSUS names the expert and cell of a bad judgment, and refuses one expert with #N/A", () => {
    const bad = two.map((r) => r.slice());
    bad[2][1] = "lots";
    expect(errorOf(ahp.ahpConsensus(bad as any)).message).toMatch(
      /row 3, column 2 is not a number/
    );
    const one = errorOf(ahp.ahpConsensus(two.slice(0, 2) as any));
    expect(one.code).toBe("#N/A");
    expect(one.message).toMatch(/at least 2 experts/);
    expect(errorOf(ahp.ahpConsensus([[1, 2, 3]] as any)).message).toMatch(/multiple|square/);
  });

  it("AHP.AIP says how many expert weights it needs, and refuses a column of a million 1×1 matrices", () => {
    expect(errorOf(ahp.ahpAIP(two as any, [[1], [2], [3]] as any)).message).toMatch(
      /2 experts but 3 expert weights/
    );
    const column = Array.from({ length: 20_000 }, () => [1]);
    expect(errorOf(ahp.ahpAIP(column as any)).message).toMatch(/at most 10,000/);
    expect(errorOf(ahp.ahpAIP(two as any, undefined, undefined, "median")).message).toMatch(
      /Unknown mean "median"/
    );
  });

  it("AHP.UNCERTAINTY checks samples, spread and seed, and never returns fewer samples than asked", () => {
    const m = [
      [1, 2, 6],
      ["", 1, 5],
      ["", "", 1],
    ];
    expect(errorOf(ahp.ahpUncertainty(m as any, 0)).message).toMatch(/samples must be a whole/);
    expect(errorOf(ahp.ahpUncertainty(m as any, 10, 9)).message).toMatch(/spread must be/);
    expect(errorOf(ahp.ahpUncertainty(m as any, 10, 1, null, 1.5)).message).toMatch(/seed/);
    // Saaty's drinks matrix moved by up to 8 steps: most draws are far above CR 0.2.
    const e = errorOf(ahp.ahpUncertainty(typed as any, 2000, 8));
    expect(e.message).toMatch(/only [\d,]+ of [\d,]+ perturbed matrices had CR ≤ 0.2/);
    expect(e.message).not.toMatch(/undefined|NaN|object/);
  });
});
