/**
 * Share tables. Convention: Value = sum per group; Total = sum over the groups (Unclassified is
 * NOT in Total); Share = Value / Total, Total's share 1; Unclassified's share = Unclassified /
 * (Total + Unclassified); a zero denominator gives a #DIV/0! cell; rows with a blank value are
 * skipped; a value with a blank code is Unclassified.
 */
import { InputError } from "../../../src/core/errors";
import { tradeClassifier } from "../../../src/core/trade/classify";
import { parseSystem } from "../../../src/core/trade/codes";
import { shareTable } from "../../../src/core/classify";
import { GROUPS } from "../../../src/core/trade/tables";

const hs = tradeClassifier(parseSystem("HS"));
const codesOf = (xs: unknown[]) => xs.map((x) => [x]);
const valuesOf = (xs: (number | null)[]) => xs.map((x) => [x]);

describe("shareTable", () => {
  it("sums by group with Total and Unclassified rows", () => {
    const t = shareTable(
      codesOf(["010121", 847130, "610910", "999998", "abc", "", "271019", ""]),
      valuesOf([10, 50, 20, 5, 3, 2, 20, null]),
      hs,
      GROUPS
    );
    expect(t).toEqual([
      ["Group", "Value", "Share"],
      ["RIB", 30, 0.3],
      ["LIB", 20, 0.2],
      ["TIB", 50, 0.5],
      ["OTHER", 0, 0],
      ["Total", 100, 1],
      ["Unclassified", 10, 10 / 110],
    ]);
  });

  it("pairs any orientation with the same number of cells", () => {
    const t = shareTable([["010121", "847130"]], [[1], [3]], hs, GROUPS);
    expect(t[1]).toEqual(["RIB", 1, 0.25]);
    expect(t[3]).toEqual(["TIB", 3, 0.75]);
  });

  it("gives #DIV/0! shares when the total is 0", () => {
    const t = shareTable(codesOf(["999998"]), valuesOf([4]), hs, GROUPS);
    for (let r = 1; r <= 5; r++) {
      expect(t[r][2]).toBeInstanceOf(InputError);
      expect((t[r][2] as InputError).kind).toBe("div0");
    }
    expect(t[6]).toEqual(["Unclassified", 4, 1]);
    const empty = shareTable([], [], hs, GROUPS);
    expect((empty[6][2] as InputError).kind).toBe("div0");
  });

  it("rejects mismatched counts, non-numbers and negatives, naming the cell", () => {
    expect(() => shareTable(codesOf(["01", "02"]), valuesOf([1]), hs, GROUPS)).toThrow(
      "values has 1 cells (1×1) but codes has 2 (2×1); give one value per code"
    );
    expect(() => shareTable(codesOf(["01", "02"]), valuesOf([1, NaN]), hs, GROUPS)).toThrow(
      "values: row 2, column 1 is not a number"
    );
    expect(() => shareTable(codesOf(["01", "02"]), valuesOf([1, -2]), hs, GROUPS)).toThrow(
      InputError
    );
    expect(() => shareTable(codesOf(["01", "02"]), valuesOf([1, -2]), hs, GROUPS)).toThrow(
      "values: row 2, column 1 is negative (-2); trade values must be ≥ 0"
    );
  });
});
