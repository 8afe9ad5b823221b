/**
 * SCORE.* through the Excel adapter: shape and orientation kept, "" for undefined cells,
 * Excel-shaped inputs ("" and null blanks, numbers as text, null AND undefined for omitted
 * optional arguments, 1×1 scalars) and the error values Excel shows.
 * Tolerance: 1e-9 relative against averages and scores worked out by hand.
 */
import * as scoring from "../../src/functions/scoring";
import { isExcelError } from "../support/customFunctions";

function errorOf(x: unknown): { code: string; message: string } {
  expect(isExcelError(x)).toBe(true);
  return x as any;
}

function close(a: unknown, e: number, rel = 1e-9): boolean {
  return typeof a === "number" && Math.abs(a - e) <= rel * Math.abs(e);
}

function expectCells(actual: unknown, expected: (number | string)[][]): void {
  if (isExcelError(actual))
    throw new Error(`got the error ${(actual as any).code}: ${(actual as any).message}`);
  const a = actual as (number | string)[][];
  expect(a).toHaveLength(expected.length);
  a.forEach((row, i) => {
    expect(row).toHaveLength(expected[i].length);
    row.forEach((x, j) => {
      const e = expected[i][j];
      if (typeof e === "string") expect(x).toBe(e);
      else if (!close(x, e))
        throw new Error(`(${i + 1}, ${j + 1}): got ${JSON.stringify(x)}, expected ${e}`);
    });
  });
}

describe("SCORE.SMOOTH", () => {
  const series = [10, 12, 11, 15, 18, 20];
  const smoothed = ["", "", 11, 38 / 3, 44 / 3, 53 / 3];

  it('a row in gives a row out; the first window − 1 cells are blank ("")', () => {
    expectCells(scoring.scoreSmooth([series], 3), [smoothed]);
  });

  it("a column in gives a column out", () => {
    expectCells(
      scoring.scoreSmooth(
        series.map((x) => [x]),
        3
      ),
      smoothed.map((x) => [x])
    );
  });

  it('a blank inside a window ("" or null) makes that window blank', () => {
    expectCells(scoring.scoreSmooth([[1], [2], [""], [4], [5]], 2), [
      [""],
      [1.5],
      [""],
      [""],
      [4.5],
    ]);
    expectCells(scoring.scoreSmooth([[1, 2, null, 4, 5, 6]], 2), [["", 1.5, "", "", 4.5, 5.5]]);
  });

  it("window 1 is the identity; numbers and the window as text; window as a 1×1 range; a 1×1 series", () => {
    expectCells(scoring.scoreSmooth([[3.5, "7", "1/4"]], 1), [[3.5, 7, 0.25]]);
    expectCells(scoring.scoreSmooth([[1, 2, 3]], "2"), [["", 1.5, 2.5]]);
    expectCells(scoring.scoreSmooth([[1, 2, 3]], [[2]]), [["", 1.5, 2.5]]);
    expectCells(scoring.scoreSmooth(5 as any, 1), [[5]]);
    expectCells(scoring.scoreSmooth([[1, 2, 3]], 3), [["", "", 2]]);
  });

  it("errors: window longer than the series, non-integer / zero / missing / text window, 2-D series, text cell", () => {
    const long = errorOf(scoring.scoreSmooth([[1, 2, 3]], 4));
    expect(long.code).toBe("#VALUE!");
    expect(long.message).toMatch(/window \(4\) is longer than the series \(3 values\)/);
    expect(errorOf(scoring.scoreSmooth([[1, 2, 3]], 1.5)).message).toMatch(
      /whole number ≥ 1, not 1.5/
    );
    expect(errorOf(scoring.scoreSmooth([[1, 2, 3]], 0)).message).toMatch(/whole number/);
    expect(errorOf(scoring.scoreSmooth([[1, 2, 3]], null)).message).toMatch(/window is required/);
    expect(errorOf(scoring.scoreSmooth([[1, 2, 3]], undefined)).message).toMatch(
      /window is required/
    );
    expect(errorOf(scoring.scoreSmooth([[1, 2, 3]], "three")).message).toMatch(
      /window must be a number, not "three"/
    );
    expect(
      errorOf(
        scoring.scoreSmooth(
          [
            [1, 2],
            [3, 4],
          ],
          1
        )
      ).message
    ).toMatch(/one row or one column \(got 2 rows × 2 columns\)/);
    expect(errorOf(scoring.scoreSmooth([[1, "n/a", 3]], 1)).message).toMatch(
      /series: row 1, column 2 is not a number/
    );
  });
});

describe("SCORE.THRESHOLD", () => {
  it("benefit and cost with defaults (low and high omitted as null or undefined)", () => {
    expectCells(scoring.scoreThreshold([[25]], [[10]], [[40]], null, null), [[2.5]]);
    expectCells(scoring.scoreThreshold([[25]], [[10]], [[40]]), [[2.5]]);
    expectCells(scoring.scoreThreshold([[16]], [[40]], [[10]], undefined, undefined), [[3.4]]); // cost: 1 + 3·24/30
  });

  it("scalars (not ranges), text numbers, custom low/high", () => {
    expectCells(scoring.scoreThreshold(50 as any, 0 as any, 100 as any), [[2.5]]);
    expectCells(scoring.scoreThreshold([["25"]], [["10"]], [["40"]], "3", [[9]]), [[6]]);
    expectCells(scoring.scoreThreshold([[16]], [[40]], [[10]], 0, 100), [[80]]);
  });

  it('keeps the shape of value; clamps; blanks give ""', () => {
    expectCells(
      scoring.scoreThreshold([[-5], [""], [50], [null], [500]], [[0]], [[100]], null, null),
      [[1], [""], [2.5], [""], [4]]
    );
    expectCells(scoring.scoreThreshold([[1, "", 3]], [[0]], [[4]]), [[1.75, "", 3.25]]);
  });

  it("worst and best as ranges shaped like value, element-wise (benefit and cost mixed)", () => {
    // (1 − 0)/(4 − 0) → 1.75; (2 − 4)/(0 − 4) → 1 + 3·0.5 = 2.5; (30 − 10)/(50 − 10) → 2.5
    expectCells(scoring.scoreThreshold([[1, 2, 30]], [[0, 4, 10]], [[4, 0, 50]]), [
      [1.75, 2.5, 2.5],
    ]);
    // A range beside a scalar: worst per row, best 4 for both; (2 − 3)/(4 − 3) < 0 clamps to low.
    expectCells(scoring.scoreThreshold([[1], [2]], [[0], [3]], [[4]]), [[1.75], [1]]);
  });

  it("errors: worst = best, mis-shaped thresholds, blank threshold, non-numeric value, bad low", () => {
    const eq = errorOf(scoring.scoreThreshold([[5]], [[3]], [[3]]));
    expect(eq.code).toBe("#VALUE!");
    expect(eq.message).toMatch(/worst and best thresholds are equal \(3\)/);
    expect(errorOf(scoring.scoreThreshold([[1, 2]], [[0, 4, 1]], [[4]])).message).toMatch(
      /worst must be one number or a range shaped like value \(1×2\), not 1×3/
    );
    expect(errorOf(scoring.scoreThreshold([[1, 2]], [[""]], [[4]])).message).toMatch(
      /worst threshold for row 1, column 1 is blank/
    );
    expect(errorOf(scoring.scoreThreshold([[1, 2]], [[0, 0]], [[4, ""]])).message).toMatch(
      /best threshold for row 1, column 2 is blank/
    );
    expect(errorOf(scoring.scoreThreshold([[1, "abc"]], [[0]], [[4]])).message).toMatch(
      /value: row 1, column 2 is not a number/
    );
    expect(errorOf(scoring.scoreThreshold([[1]], [[0]], [[4]], "low")).message).toMatch(
      /low must be a number/
    );
  });

  it("a bad value cell is named before a bad threshold (value is read first); mis-shaped worst before a bad value", () => {
    expect(errorOf(scoring.scoreThreshold([[1, "abc"]], [["x"]], [[4]])).message).toMatch(
      /^value: row 1, column 2 is not a number/
    );
    expect(errorOf(scoring.scoreThreshold([[1, 2]], [["x", 0]], [[4]])).message).toMatch(
      /^worst: row 1, column 1 is not a number/
    );
    // thresholds are read as scores are made: a blank worst in cell 1 is met before the bad value in cell 2
    expect(errorOf(scoring.scoreThreshold([[1, "x"]], [["", 0]], [[4]])).message).toMatch(
      /^value: row 1, column 2 is not a number/
    );
    expect(errorOf(scoring.scoreThreshold([[1, 2]], [[3, 0]], [[3, "y"]])).message).toMatch(
      /^best: row 1, column 2 is not a number/
    );
  });

  it("a column of 100,000 values: every score equals the formula (tolerance 1e-12)", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => [i % 2 ? String(i % 120) : i % 120]);
    const out = scoring.scoreThreshold(values, [[10]], [[110]]) as number[][];
    expect(out).toHaveLength(100_000);
    for (let i = 0; i < out.length; i += 997) {
      const t = Math.min(1, Math.max(0, ((i % 120) - 10) / 100));
      expect(out[i][0]).toBeCloseTo(1 + 3 * t, 12);
    }
  });
});

describe("SCORE.QUANT", () => {
  const series = [10, 12, 11, 15, 18, 20];

  it("hand-worked series, window 3 (smoothed 11, 38/3, 44/3, 53/3): benefit → 4, cost → 1", () => {
    expect(scoring.scoreQuant([series], 3, null, null, null)).toBe(4);
    expect(scoring.scoreQuant([series], 3)).toBe(4);
    expect(
      scoring.scoreQuant(
        series.map((x) => [x]),
        3,
        "COST",
        undefined,
        undefined
      )
    ).toBe(1);
  });

  it("latest smoothed value in the middle: (2, 6, 2, 0, 4), window 2 → smoothed 4, 4, 1, 2 → benefit 2, cost 3", () => {
    expect(close(scoring.scoreQuant([[2, 6, 2, 0, 4]], 2), 2)).toBe(true);
    expect(close(scoring.scoreQuant([[2, 6, 2, 0, 4]], 2, "cost"), 3)).toBe(true);
    expect(close(scoring.scoreQuant([[2, 6, 2, 0, 4]], "2", "Benefit", "3", 9), 5)).toBe(true); // 3 + 6·(1/3)
  });

  it('direction names are case-insensitive; omitted direction (null, undefined, "") is BENEFIT', () => {
    for (const d of ["cost", "Cost", "COST", " cost ", "c", "min"])
      expect(close(scoring.scoreQuant([[2, 6, 2, 0, 4]], 2, d), 3)).toBe(true);
    for (const d of [null, undefined, "", "benefit", "BeNeFiT"])
      expect(close(scoring.scoreQuant([[2, 6, 2, 0, 4]], 2, d), 2)).toBe(true);
  });

  it("direction in Chinese: 正向, 效益型 (benefit) and 负向, 逆向, 成本型 (cost)", () => {
    for (const d of ["负向", "逆向", "成本型", "负", "逆向指标"])
      expect(close(scoring.scoreQuant([[2, 6, 2, 0, 4]], 2, d), 3)).toBe(true);
    for (const d of ["正向", "效益型", "正", "正向指标"])
      expect(close(scoring.scoreQuant([[2, 6, 2, 0, 4]], 2, d), 2)).toBe(true);
    expect(errorOf(scoring.scoreQuant([[2, 6, 2, 0, 4]], 2, "中性")).message).toMatch(
      /Unknown direction "中性"/
    );
  });

  it('trailing blanks ("" and null) are ignored; values as text', () => {
    expect(close(scoring.scoreQuant([[2], ["6"], [2], [0], ["4"], [""], [null]], 2), 2)).toBe(true);
    expect(scoring.scoreQuant([[...series, "", ""]], 3, "cost")).toBe(1);
  });

  it("errors: flat history, unknown direction, window too long, blank in the latest window, text", () => {
    const flat = errorOf(scoring.scoreQuant([[3, 3, 3, 3]], 2));
    expect(flat.code).toBe("#VALUE!");
    expect(flat.message).toMatch(/no spread/);
    expect(errorOf(scoring.scoreQuant([[1, 2, 3]], 3)).message).toMatch(/single value/);
    expect(errorOf(scoring.scoreQuant([series], 3, "sideways")).message).toMatch(
      /Unknown direction "SIDEWAYS"|Unknown direction "sideways"/i
    );
    expect(errorOf(scoring.scoreQuant([series], 7)).message).toMatch(/longer than the series/);
    expect(errorOf(scoring.scoreQuant([[1, 2, 3, "", 5]], 2)).message).toMatch(
      /latest moving average cannot be computed: a value among the last 2 observations is blank/
    );
    expect(errorOf(scoring.scoreQuant([[1, 2, "x", 4]], 2)).message).toMatch(
      /series: row 1, column 3 is not a number/
    );
    expect(errorOf(scoring.scoreQuant([series], 2.5)).message).toMatch(/whole number/);
    expect(errorOf(scoring.scoreQuant([series], null)).message).toMatch(/window is required/);
  });
});
