/**
 * ANP.* through the Excel adapter: blanks ("" and null) are 0 in a supermatrix, numbers as
 * text and fractions are read, omitted first/last are null or undefined, errors name the cell.
 * Expected values are solved by hand (see tests/core/anp/limit.test.ts). Tolerances: 1e-12
 * absolute where the limit is reached exactly (cycles, hierarchies); 1e-9 relative for
 * converged limits.
 */
import * as anp from "../../src/functions/anp";
import { isExcelError } from "../support/customFunctions";

function errorOf(x: unknown): { code: string; message: string } {
  expect(isExcelError(x)).toBe(true);
  return x as any;
}

function expectMatrix(actual: unknown, expected: number[][], tol: number, relative = false): void {
  if (isExcelError(actual))
    throw new Error(`got the error ${(actual as any).code}: ${(actual as any).message}`);
  const a = actual as number[][];
  expect(a).toHaveLength(expected.length);
  a.forEach((row, i) => {
    expect(row).toHaveLength(expected[i].length);
    row.forEach((x, j) => {
      const e = expected[i][j];
      const bound = relative ? tol * Math.abs(e) : tol;
      if (!(typeof x === "number" && Math.abs(x - e) <= bound))
        throw new Error(`(${i + 1}, ${j + 1}): got ${x}, expected ${e}`);
    });
  });
}

// W·π = π with π = (9, 12, 7)/28 (solved by hand in tests/core/anp/limit.test.ts).
const STOCH = [
  [0.5, 0.2, 0.3],
  [0.3, 0.6, 0.3],
  [0.2, 0.2, 0.4],
];
const PI = [9 / 28, 12 / 28, 7 / 28];

describe("ANP.LIMIT", () => {
  it("a primitive supermatrix typed unweighted, with numbers as text and fractions", () => {
    // Columns scaled by 10, 5 and 2, some cells as text.
    const typed = [
      ["5", 1, "3/5"],
      [3, "3", 0.6],
      [2, 1, "0.8"],
    ];
    expectMatrix(
      anp.anpLimit(typed),
      PI.map((p) => [p, p, p]),
      1e-9,
      true
    );
  });

  it('a cycle of 2 with blanks as zeros ("" and null): all 0.5', () => {
    expectMatrix(
      anp.anpLimit([
        ["", 1],
        [1, null],
      ]),
      [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
      1e-12
    );
  });

  it("a 3-cycle: all 1/3", () => {
    expectMatrix(
      anp.anpLimit([
        [0, "", 2],
        [5, 0, ""],
        [null, 1, 0],
      ]),
      [
        [1 / 3, 1 / 3, 1 / 3],
        [1 / 3, 1 / 3, 1 / 3],
        [1 / 3, 1 / 3, 1 / 3],
      ],
      1e-12
    );
  });

  it("a hierarchy typed with blank sinks: goal column (0, .3, .2, .19, .15, .16), criteria columns unchanged", () => {
    const H = [
      ["", "", "", "", "", ""],
      [0.6, "", "", "", "", ""],
      [0.4, "", "", "", "", ""],
      ["", 0.5, 0.2, "", "", ""],
      ["", 0.3, 0.3, "", "", ""],
      ["", 0.2, 0.5, "", "", ""],
    ];
    expectMatrix(
      anp.anpLimit(H),
      [
        [0, 0, 0, 0, 0, 0],
        [0.3, 0, 0, 0, 0, 0],
        [0.2, 0, 0, 0, 0, 0],
        [0.19, 0.5, 0.2, 0, 0, 0],
        [0.15, 0.3, 0.3, 0, 0, 0],
        [0.16, 0.2, 0.5, 0, 0, 0],
      ],
      1e-12
    );
  });

  it("a 1×1 scalar is [[1]]", () => {
    expectMatrix(anp.anpLimit(4 as any), [[1]], 0);
    expectMatrix(anp.anpLimit([["2"]]), [[1]], 0);
  });

  it("errors: non-square, negative entry (cell named), text, all zeros", () => {
    const sq = errorOf(anp.anpLimit([[0, 1, 2]]));
    expect(sq.code).toBe("#VALUE!");
    expect(sq.message).toMatch(/square: it has 1 rows and 3 columns/);
    expect(
      errorOf(
        anp.anpLimit([
          [0, 1],
          [1, 0],
          [1, 1],
        ])
      ).message
    ).toMatch(/square/);
    const neg = errorOf(
      anp.anpLimit([
        [0, 1],
        [-1, 0],
      ])
    );
    expect(neg.code).toBe("#VALUE!");
    expect(neg.message).toMatch(/row 2, column 1 is -1/);
    expect(
      errorOf(
        anp.anpLimit([
          [0, "x"],
          [1, 0],
        ])
      ).message
    ).toMatch(/supermatrix: row 1, column 2 is not a number \("x"\)/);
    expect(
      errorOf(
        anp.anpLimit([
          ["", ""],
          ["", ""],
        ])
      ).message
    ).toMatch(/all zeros/);
  });
});

describe("ANP.PRIORITIES", () => {
  it("without first/last (null or undefined): row sums / n = the stationary vector, as a column", () => {
    expectMatrix(
      anp.anpPriorities(STOCH, null, null),
      PI.map((p) => [p]),
      1e-9,
      true
    );
    expectMatrix(
      anp.anpPriorities(STOCH),
      PI.map((p) => [p]),
      1e-9,
      true
    );
    expectMatrix(
      anp.anpPriorities(STOCH, "", [[""]]),
      PI.map((p) => [p]),
      1e-9,
      true
    );
  });

  it("first/last normalise within the cluster: rows 1..2 → (9, 12)/21 = (3/7, 4/7); text numbers", () => {
    expectMatrix(anp.anpPriorities(STOCH, 1, 2), [[3 / 7], [4 / 7]], 1e-9, true);
    expectMatrix(anp.anpPriorities(STOCH, "1", [["2"]]), [[3 / 7], [4 / 7]], 1e-9, true);
    // Only first: through the last row; (12, 7)/19.
    expectMatrix(anp.anpPriorities(STOCH, 2, null), [[12 / 19], [7 / 19]], 1e-9, true);
    expectMatrix(anp.anpPriorities(STOCH, 2, undefined), [[12 / 19], [7 / 19]], 1e-9, true);
  });

  it("the hierarchy's alternatives (rows 4..6): row sums (.89, .75, .86) / 2.5", () => {
    const H = [
      [0, 0, 0, 0, 0, 0],
      [0.6, 0, 0, 0, 0, 0],
      [0.4, 0, 0, 0, 0, 0],
      [0, 0.5, 0.2, 0, 0, 0],
      [0, 0.3, 0.3, 0, 0, 0],
      [0, 0.2, 0.5, 0, 0, 0],
    ];
    expectMatrix(anp.anpPriorities(H, 4, 6), [[0.356], [0.3], [0.344]], 1e-12);
  });

  it("errors: first/last out of range, reversed, not numbers; a bad supermatrix", () => {
    expect(errorOf(anp.anpPriorities(STOCH, 0, 2)).message).toMatch(
      /1 ≤ first ≤ last ≤ 3 \(got 0 and 2\)/
    );
    expect(errorOf(anp.anpPriorities(STOCH, 2, 4)).code).toBe("#VALUE!");
    expect(errorOf(anp.anpPriorities(STOCH, 3, 1)).message).toMatch(/got 3 and 1/);
    expect(errorOf(anp.anpPriorities(STOCH, 1.5, 2)).message).toMatch(/whole numbers/);
    expect(errorOf(anp.anpPriorities(STOCH, "x", 2)).message).toMatch(
      /first must be a number, not "x"/
    );
    expect(errorOf(anp.anpPriorities([[1, 2, 3]], null, null)).message).toMatch(/square/);
    expect(
      errorOf(
        anp.anpPriorities([
          [1, 2],
          [3, -4],
        ])
      ).message
    ).toMatch(/row 2, column 2 is -4/);
  });
});
