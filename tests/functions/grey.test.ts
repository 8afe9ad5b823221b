/**
 * GREY.* through the Excel adapter: Excel-shaped ranges ("" and null blanks, numbers as text,
 * text fractions, null AND undefined for omitted optional arguments, 1×1 scalars, rows vs
 * columns) and the error values Excel shows (#VALUE!, #N/A with a message naming the problem
 * and, where there is one, the cell).
 *
 * Expected numbers are exact fractions worked out by hand (see tests/core/grey for the
 * working), compared to 1e-12 absolute (all values ≤ 10), or a published value at its
 * printed precision.
 */
import * as grey from "../../src/functions/grey";
import { isExcelError } from "../support/customFunctions";

const TOL = 1e-12;

function errorOf(x: unknown): { code: string; message: string } {
  expect(isExcelError(x)).toBe(true);
  return x as any;
}

function expectMatrix(actual: unknown, expected: (number | string)[][], tol = TOL): void {
  if (isExcelError(actual))
    throw new Error(`got the error ${(actual as any).code}: ${(actual as any).message}`);
  const a = actual as (number | string)[][];
  expect(a).toHaveLength(expected.length);
  a.forEach((row, i) => {
    expect(row).toHaveLength(expected[i].length);
    row.forEach((x, j) => {
      const e = expected[i][j];
      if (typeof e === "string") expect(x).toBe(e);
      else if (!(typeof x === "number" && Math.abs(x - e) <= tol))
        throw new Error(`(${i + 1}, ${j + 1}): got ${x}, expected ${e}`);
    });
  });
}

const HAND_R = [39 / 97, 40 / 97, 18 / 97, 0];

describe("GREY.WHITEN", () => {
  it("one score → a 1×g row; the default scale is 4 (omitted as null, undefined or a blank cell)", () => {
    for (const omitted of [null, undefined, "", [[""]], [[null]]]) {
      expectMatrix(grey.greyWhiten([[3.5]], omitted as any), [[7 / 8, 5 / 6, 1 / 4, 0]]);
    }
  });

  it("a 1×1 scalar (not a range) and a number typed as text", () => {
    expectMatrix(grey.greyWhiten(3.5 as any), [[7 / 8, 5 / 6, 1 / 4, 0]]);
    expectMatrix(grey.greyWhiten([["3.5"]]), [[7 / 8, 5 / 6, 1 / 4, 0]]);
    expectMatrix(grey.greyWhiten([["7/2"]]), [[7 / 8, 5 / 6, 1 / 4, 0]]);
  });

  it('named scales as numbers or text: 10, "10-5", "5-3"', () => {
    expectMatrix(grey.greyWhiten([[6]], [[10]]), [[6 / 9, 6 / 7, 4 / 5, 0]]);
    expectMatrix(grey.greyWhiten([[6]], "10" as any), [[6 / 9, 6 / 7, 4 / 5, 0]]);
    expectMatrix(grey.greyWhiten([[2]], [["10-5"]]), [[2 / 9, 2 / 7, 2 / 5, 2 / 3, 0]]);
    expectMatrix(grey.greyWhiten([[4]], "5-3" as any), [[4 / 5, 2 / 3, 0]]);
  });

  it("a column of scores gives one row each; a blank score gives a blank row", () => {
    expectMatrix(grey.greyWhiten([[3], [""], [null], ["2.5"], [9]]), [
      [3 / 4, 1, 1 / 2, 0],
      ["", "", "", ""],
      ["", "", "", ""],
      [5 / 8, 5 / 6, 3 / 4, 0],
      [1, 0, 0, 0],
    ]);
  });

  it("a single blank score gives a blank row (not an error, not zero)", () => {
    expectMatrix(grey.greyWhiten([[""]]), [["", "", "", ""]]);
  });

  it("a custom scale: a row or column of descending centres, optionally beside labels", () => {
    const want = [[3 / 8, 3 / 4, 1 / 2]];
    expectMatrix(grey.greyWhiten([[3]], [[8, 4, 2]]), want);
    expectMatrix(grey.greyWhiten([[3]], [[8], [4], [2]]), want);
    expectMatrix(
      grey.greyWhiten(
        [[3]],
        [
          ["High", "Mid", "Low"],
          [8, 4, 2],
        ]
      ),
      want
    );
    expectMatrix(
      grey.greyWhiten(
        [[3]],
        [
          [8, 4, 2],
          ["High", "Mid", "Low"],
        ]
      ),
      want
    );
    expectMatrix(
      grey.greyWhiten(
        [[3]],
        [
          ["High", 8],
          ["Mid", 4],
          ["Low", 2],
        ]
      ),
      want
    );
    expectMatrix(
      grey.greyWhiten(
        [[3]],
        [
          [8, "High"],
          [4, "Mid"],
          [2, "Low"],
        ]
      ),
      want
    );
    expectMatrix(grey.greyWhiten([[3]], [["8", "4", "2"]]), want); // centres as text
  });

  it("a two-class custom scale with labels in a row above the centres", () => {
    // centres (5, 1): f₁(3.5) = 0.7, f₂(3.5) = 0 (beyond 2c₂ = 2)
    expectMatrix(
      grey.greyWhiten(
        [[3.5]],
        [
          ["High", "Low"],
          [5, 1],
        ]
      ),
      [[0.7, 0]]
    );
  });

  it("a two-class custom scale with labels in a column beside the centres (2×2 range read column-wise)", () => {
    // A 2×2 range is either two rows or two columns: the one whose pair is text beside numbers wins.
    expectMatrix(
      grey.greyWhiten(
        [[3.5]],
        [
          ["High", 5],
          ["Low", 1],
        ]
      ),
      [[0.7, 0]]
    );
    expectMatrix(
      grey.greyWhiten(
        [[3.5]],
        [
          [5, "High"],
          [1, "Low"],
        ]
      ),
      [[0.7, 0]]
    );
  });

  it("errors: negative score, non-numeric score, unknown scale, 10-5 without quotes, non-descending centres", () => {
    const neg = errorOf(grey.greyWhiten([[-1]]));
    expect(neg.code).toBe("#VALUE!");
    expect(neg.message).toMatch(/-1; grey scores must be ≥ 0/);
    expect(errorOf(grey.greyWhiten([["abc"]])).message).toMatch(
      /score: row 1, column 1 is not a number \("abc"\)/
    );
    expect(errorOf(grey.greyWhiten([[true]] as any)).code).toBe("#VALUE!");
    expect(errorOf(grey.greyWhiten([[3]], [[7]])).message).toMatch(/Unknown grey scale "7"/);
    expect(errorOf(grey.greyWhiten([[3]], [["ten"]])).message).toMatch(/Unknown grey scale "ten"/);
    const unquoted = errorOf(grey.greyWhiten([[3]], [[5]])); // =GREY.WHITEN(3, 10-5)
    expect(unquoted.code).toBe("#VALUE!");
    expect(unquoted.message).toMatch(/10-5 typed without quotes is 5: write "10-5"/);
    expect(errorOf(grey.greyWhiten([[3]], [[2]])).message).toMatch(/write "5-3"/);
    expect(errorOf(grey.greyWhiten([[3]], [[1, 2, 3]])).message).toMatch(/descending order/);
    expect(errorOf(grey.greyWhiten([[3]], [[5, "x", 1]])).message).toMatch(
      /Scale centre 2 is not a number/
    );
    expect(
      errorOf(
        grey.greyWhiten(
          [[3]],
          [
            [5, 3],
            [1, 2],
          ]
        )
      ).code
    ).toBe("#VALUE!"); // 2 rows of numbers
  });

  it("an invalid score in a column of scores is named by its cell (row r, column c)", () => {
    // Messages name the cell as "row r, column c".
    const e = errorOf(grey.greyWhiten([[3], [-1]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/row 2, column 1/);
  });
});

describe("GREY.MATRIX", () => {
  it("docs/methods.md hand check through Excel: (3.5, 3, 4, 2.5) → (39, 40, 18, 0)/97 = (0.402062, 0.412371, 0.185567, 0)", () => {
    const r = grey.greyMatrix([[3.5, 3, 4, 2.5]], null as any, null as any);
    expectMatrix(r, [HAND_R]);
    expect((r as number[][])[0].map((x) => x.toFixed(6))).toEqual([
      "0.402062",
      "0.412371",
      "0.185567",
      "0.000000",
    ]);
    expectMatrix(grey.greyMatrix([[3.5, 3, 4, 2.5]]), [HAND_R]); // undefined optionals
    expectMatrix(grey.greyMatrix([["3.5", "3", " 4 ", "5/2"]], [[""]], [[""]]), [HAND_R]);
  });

  it('blanks ("" and null) are skipped; rows are indicators', () => {
    // Row 1: (3.5, –, 4, –) → (15, 12, 2, 0)/29; row 2: the hand check with blanks interleaved.
    expectMatrix(
      grey.greyMatrix(
        [
          [3.5, "", 4, null, "", ""],
          [3.5, 3, "", 4, 2.5, null],
        ],
        null as any
      ),
      [[15 / 29, 12 / 29, 2 / 29, 0], HAND_R]
    );
  });

  it("expert weights (row or column, any scale): x_e = Σ_h λ_h f_e(d_h)", () => {
    // λ = (0.4, 0.3, 0.2, 0.1) → (67, 68, 26, 0)/161 (see tests/core/grey/evaluate.test.ts).
    const want = [[67 / 161, 68 / 161, 26 / 161, 0]];
    expectMatrix(grey.greyMatrix([[3.5, 3, 4, 2.5]], null as any, [[0.4, 0.3, 0.2, 0.1]]), want);
    expectMatrix(grey.greyMatrix([[3.5, 3, 4, 2.5]], undefined, [[4], [3], [2], [1]]), want);
    expectMatrix(grey.greyMatrix([[3.5, 3, 4, 2.5]], [[4]], [["40%", "30%", "20%", "10%"]]), want);
    // With blanks: (3.5, –, 4, –) and λ → (33, 28, 6, 0)/67.
    expectMatrix(grey.greyMatrix([[3.5, "", 4, null]], null as any, [[0.4, 0.3, 0.2, 0.1]]), [
      [33 / 67, 28 / 67, 6 / 67, 0],
    ]);
  });

  it("a 1×1 score and other scales", () => {
    // 4 on scale 4: f = (1, 2/3, 0, 0) → (3/5, 2/5, 0, 0)
    expectMatrix(grey.greyMatrix(4 as any), [[0.6, 0.4, 0, 0]]);
    // 6 on scale 10: f = (6/9, 6/7, 4/5, 0), Σ = (70 + 90 + 84)/105 = 244/105
    expectMatrix(grey.greyMatrix([[6]], [[10]]), [[70 / 244, 90 / 244, 84 / 244, 0]]);
  });

  it("errors: a row with no scores names the row; non-numeric and negative cells are named; λ count", () => {
    const empty = errorOf(
      grey.greyMatrix(
        [
          [3, 4],
          ["", null],
        ],
        null as any,
        null as any
      )
    );
    expect(empty.code).toBe("#VALUE!");
    expect(empty.message).toMatch(/row 2 has no usable score/);
    expect(errorOf(grey.greyMatrix([[3, "x"]])).message).toMatch(
      /scores: row 1, column 2 is not a number \("x"\)/
    );
    expect(
      errorOf(
        grey.greyMatrix([
          [3, 4],
          [2, -0.5],
        ])
      ).message
    ).toMatch(/row 2, column 2 is -0.5/);
    expect(errorOf(grey.greyMatrix([[3, 4, 2]], null as any, [[1, 1]])).message).toMatch(
      /3 experts but 2 expert weights/
    );
    expect(errorOf(grey.greyMatrix([[3, 4]], null as any, [[1, "a"]])).message).toMatch(
      /expert_weights: row 1, column 2 is not a number/
    );
    expect(errorOf(grey.greyMatrix([[3, 4]], [["10-4"]])).message).toMatch(
      /Unknown grey scale "10-4"/
    );
  });
});

describe("GREY.CLASSES and GREY.EVAL", () => {
  const D = [
    [3, 4, 3],
    [2, 3, 2],
    [4, 4, 3],
    [1, 2, 2],
  ];
  const R = [
    [15 / 37, 16 / 37, 6 / 37, 0],
    [21 / 79, 28 / 79, 30 / 79, 0],
    [33 / 67, 28 / 67, 6 / 67, 0],
    [15 / 77, 20 / 77, 30 / 77, 12 / 77],
  ];
  const comb = (w: number[], rows: number[][]) =>
    rows[0].map((_, e) => rows.reduce((s, r, i) => s + w[i] * r[e], 0));
  const B1 = comb([0.6, 0.4], [R[0], R[1]]);
  const B2 = comb([0.3, 0.7], [R[2], R[3]]);
  const B = comb([0.55, 0.45], [B1, B2]);
  const W = 4 * B[0] + 3 * B[1] + 2 * B[2] + B[3];
  const local = [[0.6], [0.4], [0.3], [0.7]];
  const groups = [["U1"], ["U1"], ["U2"], ["U2"]];

  it("two levels with group weights in order of first appearance (column or row)", () => {
    expectMatrix(grey.greyClasses(D, local, groups, [[0.55], [0.45]], null as any), [B]);
    expectMatrix(
      grey.greyClasses(D, [[0.6, 0.4, 0.3, 0.7]], [["U1", "U1", "U2", "U2"]], [[0.55, 0.45]]),
      [B]
    );
    const w = grey.greyEval(D, local, groups, [[0.55], [0.45]], null as any);
    expect(Math.abs((w as number) - W)).toBeLessThan(TOL);
  });

  it("group weights as a 2-column (label, weight) range in any order, labels case-insensitive", () => {
    expectMatrix(
      grey.greyClasses(D, local, groups, [
        ["U2", 0.45],
        ["U1", 0.55],
      ]),
      [B]
    );
    expectMatrix(
      grey.greyClasses(
        D,
        local,
        [["u1"], ["U1"], ["u2"], ["U2 "]],
        [
          ["U2", "45%"],
          ["u1", "55%"],
        ]
      ),
      [B]
    );
  });

  it("one level without groups (groups and group_weights omitted as null, undefined or blank cells)", () => {
    const global = [[0.33], [0.22], [0.135], [0.315]];
    expectMatrix(grey.greyClasses(D, global, null as any, null as any, null as any), [B]);
    expectMatrix(grey.greyClasses(D, global), [B]);
    expectMatrix(grey.greyClasses(D, global, [[""]], [[""]], [[""]]), [B]);
    expect(Math.abs((grey.greyEval(D, global) as number) - W)).toBeLessThan(TOL);
    expect(
      Math.abs(
        (grey.greyEval(
          D,
          [["0.33", "0.22", "0.135", "0.315"]],
          undefined,
          undefined,
          undefined
        ) as number) - W
      )
    ).toBeLessThan(TOL);
  });

  it("local weights are normalised within each group; fractions typed as text", () => {
    expectMatrix(grey.greyClasses(D, [["3/5"], ["2/5"], [3], [7]], groups, [[11], [9]]), [B]);
  });

  it("GREY.EVAL is B·Cᵀ with the scale's centres (custom scale)", () => {
    // Scores (3.5, 3) on centres (8, 4, 2): f(3.5) = (7/16, 7/8, 1/4), f(3) = (3/8, 3/4, 1/2);
    // x = (13/16, 13/8, 3/4), Σ = 51/16 → B = (13, 26, 12)/51; W = (8·13 + 4·26 + 2·12)/51 = 232/51.
    const b = grey.greyClasses([[3.5, 3]], 1 as any, null as any, null as any, [[8, 4, 2]]);
    expectMatrix(b, [[13 / 51, 26 / 51, 12 / 51]]);
    expect(
      Math.abs(
        (grey.greyEval([[3.5, 3]], 1 as any, null as any, null as any, [[8, 4, 2]]) as number) -
          232 / 51
      )
    ).toBeLessThan(TOL);
    // 1×1: score 4, weight 1, scale 4 → B = (0.6, 0.4, 0, 0), W = 3.6.
    expect(Math.abs((grey.greyEval(4 as any, 1 as any) as number) - 3.6)).toBeLessThan(TOL);
    // The hand-check row: W = 312/97.
    expect(Math.abs((grey.greyEval([[3.5, 3, 4, 2.5]], [[1]]) as number) - 312 / 97)).toBeLessThan(
      TOL
    );
  });

  it("errors: weights ≠ rows, missing/unknown group label, group weight count, group_weights without groups", () => {
    const count = errorOf(grey.greyClasses(D, [[1], [1], [1]]));
    expect(count.code).toBe("#VALUE!");
    expect(count.message).toMatch(/4 indicator rows but 3 weights/);
    const missing = errorOf(grey.greyClasses(D, local, groups, [["U1", 0.55]]));
    expect(["#N/A", "#VALUE!"]).toContain(missing.code);
    expect(missing.message).toMatch(/no weight for group "U2"/);
    const unknown = errorOf(
      grey.greyClasses(D, local, groups, [
        ["U1", 0.5],
        ["U2", 0.3],
        ["U3", 0.2],
      ])
    );
    expect(unknown.code).toBe("#VALUE!");
    expect(unknown.message).toMatch(/"u3", which no indicator row belongs to/i);
    expect(errorOf(grey.greyClasses(D, local, groups, [[0.5], [0.3], [0.2]])).message).toMatch(
      /2 groups \(U1, U2\) but 3 group weights/
    );
    expect(errorOf(grey.greyClasses(D, local, null as any, [[0.5], [0.5]])).message).toMatch(
      /group_weights needs groups/
    );
    expect(errorOf(grey.greyClasses(D, local, groups, null as any)).message).toMatch(
      /group_weights is missing/
    );
    expect(
      errorOf(grey.greyClasses(D, local, [["U1"], [""], ["U2"], ["U2"]], [[1], [1]])).message
    ).toMatch(/row 2 has no group label/);
    expect(
      errorOf(grey.greyClasses(D, local, [["U1"], ["U1"], ["U2"]], [[1], [1]])).message
    ).toMatch(/3 group labels/);
    expect(errorOf(grey.greyClasses(D, [[0.6], ["x"], [0.3], [0.7]])).message).toMatch(
      /weights: row 2, column 1 is not a number/
    );
    expect(
      errorOf(
        grey.greyClasses(D, local, groups, [
          ["U1", "x"],
          ["U2", 1],
        ])
      ).message
    ).toMatch(/group_weights: row 1, column 2 is not a number/);
    expect(
      errorOf(
        grey.greyClasses(D, local, groups, [
          ["U1", 1],
          ["u1", 1],
        ])
      ).message
    ).toMatch(/twice/);
    expect(errorOf(grey.greyEval(D, local, groups, [[0.5], [0.5]], [[5]])).message).toMatch(
      /write "10-5"/
    );
    expect(errorOf(grey.greyEval([[3, -2]], [[1]])).message).toMatch(/row 1, column 2 is -2/);
  });
});

describe("GREY.GRADE", () => {
  it("the largest class; ties go to the higher class; default scale 4 (null or undefined)", () => {
    expect(grey.greyGrade([[0.1, 0.5, 0.3, 0.1]], null as any)).toBe("Good");
    expect(grey.greyGrade([[0.1, 0.5, 0.3, 0.1]])).toBe("Good");
    expect(grey.greyGrade([[0.25, 0.25, 0.25, 0.25]])).toBe("Excellent");
    expect(grey.greyGrade([[0, 0.2, 0.4, 0.4]])).toBe("Medium");
    expect(grey.greyGrade([[0.1], [0.2], [0.3], [0.4]])).toBe("Poor"); // a column
    expect(grey.greyGrade([["0.1", "0.2", "0.6", "0.1"]])).toBe("Medium"); // text numbers
  });

  it("labels per scale: 10, 10-5 (Very poor), 5-3 (Good, Medium, Poor), custom labels", () => {
    expect(grey.greyGrade([[0.1, 0.2, 0.3, 0.4]], [[10]])).toBe("Poor");
    expect(grey.greyGrade([[0, 0.1, 0.2, 0.3, 0.4]], [["10-5"]])).toBe("Very poor");
    expect(grey.greyGrade([[0.5, 0.5, 0]], "5-3" as any)).toBe("Good");
    expect(grey.greyGrade([[0.2, 0.3, 0.5]], "5-3" as any)).toBe("Poor");
    expect(
      grey.greyGrade(
        [[0.2, 0.5, 0.3]],
        [
          ["A", "B", "C"],
          [8, 4, 2],
        ]
      )
    ).toBe("B");
    expect(grey.greyGrade([[0.2, 0.5, 0.3]], [[8, 4, 2]])).toBe("Class 2");
  });

  it("chains with GREY.CLASSES: the hand-check row (39, 40, 18, 0)/97 grades Good", () => {
    const b = grey.greyClasses([[3.5, 3, 4, 2.5]], [[1]]);
    expect(grey.greyGrade(b as any)).toBe("Good");
  });

  it("errors: class count ≠ scale, negative, non-numeric", () => {
    expect(errorOf(grey.greyGrade([[0.5, 0.5, 0]])).message).toMatch(
      /3 values but the scale has 4 classes/
    );
    expect(errorOf(grey.greyGrade([[0.5, 0.5, 0, 0]], "5-3" as any)).code).toBe("#VALUE!");
    expect(errorOf(grey.greyGrade([[0.5, -0.5, 0.5, 0.5]])).message).toMatch(
      /Class value 2 is -0.5/
    );
    expect(errorOf(grey.greyGrade([[0.5, "x", 0.5, 0.5]])).message).toMatch(
      /classes: row 1, column 2 is not a number/
    );
  });
});

/**
 * tests/functions/samples/evaluation.ts replayed against src (the bundle contract test replays
 * the same calls against dist/functions.js). Numbers: 1e-9 relative; text exact; errors by code.
 */
describe("evaluation samples (GREY.*, SCORE.*, ANP.*) against src", () => {
  // Imported lazily so that this file's other tests never depend on the samples module.
  const { samples } = require("./samples/evaluation") as typeof import("./samples/evaluation");
  const scoring =
    require("../../src/functions/scoring") as typeof import("../../src/functions/scoring");
  const anp = require("../../src/functions/anp") as typeof import("../../src/functions/anp");
  const byId: Record<string, (...args: any[]) => unknown> = {
    "GREY.WHITEN": grey.greyWhiten,
    "GREY.MATRIX": grey.greyMatrix,
    "GREY.CLASSES": grey.greyClasses,
    "GREY.EVAL": grey.greyEval,
    "GREY.GRADE": grey.greyGrade,
    "GREY.SENSITIVITY": grey.greySensitivity,
    "SCORE.SMOOTH": scoring.scoreSmooth,
    "SCORE.THRESHOLD": scoring.scoreThreshold,
    "SCORE.QUANT": scoring.scoreQuant,
    "ANP.LIMIT": anp.anpLimit,
    "ANP.PRIORITIES": anp.anpPriorities,
  };

  function same(actual: unknown, expected: unknown): boolean {
    if (typeof expected === "string" && expected.startsWith("#"))
      return isExcelError(actual) && (actual as any).code === expected;
    if (typeof expected === "number")
      return typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.abs(expected);
    if (Array.isArray(expected)) {
      return (
        Array.isArray(actual) &&
        actual.length === expected.length &&
        expected.every((e, i) => same(actual[i], e))
      );
    }
    return actual === expected;
  }

  it("has a normal and an error sample for every id", () => {
    for (const id of Object.keys(byId)) {
      const mine = samples.filter((s) => s.id === id);
      expect(
        mine.some((s) => typeof s.expect === "string" && /^#(VALUE!|N\/A)$/.test(s.expect))
      ).toBe(true);
      expect(mine.some((s) => !(typeof s.expect === "string" && s.expect.startsWith("#")))).toBe(
        true
      );
    }
    expect(samples.every((s) => s.id in byId)).toBe(true);
  });

  it.each(samples.map((s, k) => [`${k + 1} ${s.id}${s.note ? ` (${s.note})` : ""}`, s] as const))(
    "%s",
    (_name, s) => {
      const out = byId[s.id](...s.args);
      if (!same(out, s.expect)) {
        const shown = isExcelError(out)
          ? `${(out as any).code}: ${(out as any).message}`
          : JSON.stringify(out);
        throw new Error(`${s.id}: got ${shown}, expected ${JSON.stringify(s.expect)}`);
      }
    }
  );
});

describe("GREY.SENSITIVITY", () => {
  // The hand example of tests/core/grey/sensitivity.test.ts: criterion A scored 4
  // (r = 0.6, 0.4, 0, 0; W 3.6), B scored 1 (r = 0.12, 0.16, 0.24, 0.48; W 1.92), weights ½, ½:
  // W(t) = 3.6t + 1.92(1 − t) with A at weight t; the grade Excellent turns Poor below t = 0.375.

  it("a header row, then one row per criterion in order of first appearance", () => {
    // The whole header is checked by the sample in tests/functions/samples/evaluation.ts.
    const out = grey.greySensitivity(
      [[4], ["1"]],
      [[1], [1]],
      [["A"], ["B"]],
      [
        ["B", 50],
        ["A", 50],
      ]
    ) as (number | string)[][];
    expect(out[0]).toHaveLength(8);
    expect(out[0].slice(2, 4)).toEqual(["W at -0.1", "Grade at -0.1"]);
    expectMatrix(out.slice(1), [
      ["A", 0.5, 2.592, "Excellent", 2.928, "Excellent", 0.125, ""],
      ["B", 0.5, 2.928, "Excellent", 2.592, "Excellent", "", 0.125],
    ]);
  });

  it("step as given (a header naming it); W at step 1 is each criterion alone", () => {
    const out = grey.greySensitivity(
      [[4], [1]],
      [[1], [1]],
      [["A"], ["B"]],
      [[1, 1]],
      null as any,
      1
    );
    const rows = out as (number | string)[][];
    expect(rows[0][2]).toBe("W at -1");
    expectMatrix([rows[1].slice(2, 6)], [[1.92, "Poor", 3.6, "Excellent"]]);
  });

  it("the same W as GREY.EVAL at the current weight (step → 0)", () => {
    const args = [
      [
        [3.5, 3, 4, 2.5],
        [2, 2, 3, 1],
        [4, 4, 3, 3],
      ],
      [[0.6], [0.4], [1]],
      [["In"], ["In"], ["Out"]],
      [
        ["Out", 0.3],
        ["In", 0.7],
      ],
    ] as const;
    const w = grey.greyEval(...(args as unknown as [any, any, any, any]));
    const out = grey.greySensitivity(
      ...(args as unknown as [any, any, any, any]),
      null as any,
      1e-12
    ) as any[][];
    for (const row of out.slice(1)) {
      expect(row[2]).toBeCloseTo(w as number, 9);
      expect(row[4]).toBeCloseTo(w as number, 9);
    }
    expect(out[1][1]).toBeCloseTo(0.7, 15);
  });

  it("errors: step outside (0, 1], groups omitted, bad scores", () => {
    for (const step of [0, -0.1, 1.5, "x"]) {
      const e = errorOf(
        grey.greySensitivity([[4], [1]], [[1], [1]], [["A"], ["B"]], [[1, 1]], null as any, step)
      );
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/step/);
    }
    expect(errorOf(grey.greySensitivity([[4]], [[1]], null as any, null as any)).message).toMatch(
      /give groups and group_weights/
    );
    expect(
      errorOf(grey.greySensitivity([[4], ["x"]], [[1], [1]], [["A"], ["B"]], [[1, 1]])).message
    ).toMatch(/scores: row 2, column 1 is not a number/);
    expect(
      errorOf(
        grey.greySensitivity(
          [[4], [1]],
          [[1], [1]],
          [["A"], ["B"]],
          [
            ["A", 1],
            ["C", 1],
          ]
        )
      ).code
    ).toBe("#N/A");
  });
});
