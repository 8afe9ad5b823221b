/**
 * The parsing contract between Excel and the core (src/functions/excel.ts): how arguments are
 * read, how errors become Excel error values, and that nothing escapes as an exception.
 */
import { InputError } from "../../src/core/errors";
import {
  PLACED_ERRORS_PER_RESULT,
  excel,
  excelError,
  excelGrid,
  isOmitted,
  mapNumbers,
  optionalNumber,
  optionalText,
  readNumberGrid,
  readNumberGridInto,
  readNumbers,
  readVector,
  requiredNumber,
  toExcelGrid,
} from "../../src/functions/excel";
import { isExcelError } from "../support/customFunctions";

const err = (x: unknown) => {
  if (!isExcelError(x)) throw new Error(`expected an Excel error, got ${JSON.stringify(x)}`);
  return x;
};

describe("reading arguments", () => {
  it("mapNumbers: f of each cell read as a number, in the range's shape; a bad cell named", () => {
    expect(
      mapNumbers([["1/2", ""], [3]], "v", (x, i, j) => (x === null ? `${i}${j}` : 2 * x))
    ).toEqual([
      [1, "01"],
      [6, "11"],
    ]);
    expect(() => mapNumbers([[1, "two"]], "v", (x) => x)).toThrow(
      'v: row 1, column 2 is not a number ("two")'
    );
  });

  it("readNumbers: numbers, text numbers, fractions and percentages; blanks null; ragged rows padded", () => {
    expect(readNumbers([[1, "2", "1/4"], ["50%", "", null], [3]], "m")).toEqual([
      [1, 2, 0.25],
      [0.5, null, null],
      [3, null, null],
    ]);
    expect(readNumbers(7, "m")).toEqual([[7]]);
  });

  it("readNumberGrid: a rectangular range flat, NaN for blanks, the numbers readNumbers gives", () => {
    const range = [
      [1, "2", "1/4", " 3 "],
      ["50%", "", null, "1e-3"],
    ];
    const g = readNumberGrid(range);
    expect(g).toEqual({ values: [1, 2, 0.25, 3, 0.5, NaN, NaN, 0.001], rows: 2, cols: 4 });
    const rows = readNumbers(range, "m");
    g!.values.forEach((x, k) => expect(Number.isNaN(x) ? null : x).toBe(rows[k >> 2][k & 3]));
    // Anything readNumbers would refuse or pad is left to it (null): it names the cell.
    for (const r of [[[1, "x"]], [[1, 2], [3]], [[1, Infinity]], [[NaN]], [[true]], 5, [1, 2], []])
      expect(readNumberGrid(r)).toBeNull();
  });

  it("readNumbers names the argument and the cell of a value that is not a number", () => {
    expect(() =>
      readNumbers(
        [
          [1, 2],
          [3, "1/3/4"],
        ],
        "Matrix"
      )
    ).toThrow('Matrix: row 2, column 2 is not a number ("1/3/4")');
    expect(() => readNumbers([[{ code: "#N/A" }]], "scores")).toThrow(
      "scores: row 1, column 1 is not a number (the error #N/A)"
    );
  });

  it("readVector reads row by row, skipping blanks unless asked", () => {
    expect(
      readVector(
        [
          [1, ""],
          [2, 3],
        ],
        "w"
      )
    ).toEqual([1, 2, 3]);
    expect(
      readVector(
        [
          [1, ""],
          [2, 3],
        ],
        "w",
        true
      )
    ).toEqual([1, null, 2, 3]);
  });

  it("optional and required scalars: a 1×1 range is its cell; blanks take the fallback", () => {
    expect(optionalNumber(null, 4, "high")).toBe(4);
    expect(optionalNumber([[" "]], 4, "high")).toBe(4);
    expect(optionalNumber([["2.5"]], 4, "high")).toBe(2.5);
    expect(() => optionalNumber("x", 4, "high")).toThrow('high must be a number, not "x"');
    expect(() => requiredNumber(undefined, "window")).toThrow("window is required");
    expect(optionalText(null, "EIGEN", "method")).toBe("EIGEN");
    expect(optionalText("  sqrt ", "EIGEN", "method")).toBe("sqrt");
    expect(optionalText(9, "", "scale")).toBe("9");
    expect(() => optionalText([[{}]], "", "method")).toThrow(
      "method must be a name, not a value of an unsupported kind"
    );
  });

  it("isOmitted: null, undefined, blank cells and ranges of blanks", () => {
    for (const v of [null, undefined, "", [[""]], [[null, " "]], [], [[]]])
      expect(isOmitted(v)).toBe(true);
    for (const v of [0, [[0]], [["", "x"]]]) expect(isOmitted(v)).toBe(false);
  });
});

describe("errors", () => {
  it("each kind has its Excel code; messages are cut at 255 characters", () => {
    expect(excelError(new InputError("v")).code).toBe("#VALUE!");
    expect(excelError(new InputError("n", "na")).code).toBe("#N/A");
    expect(excelError(new InputError("d", "div0")).code).toBe("#DIV/0!");
    expect(excelError(new InputError("x", "num")).code).toBe("#NUM!");
    expect(excelError(new InputError("m".repeat(400))).message).toHaveLength(255);
  });

  it("an error about a value is placed at its cell", () => {
    const e = InputError.about("HS code 999998", "is not in any HS edition", "na");
    expect(excelError(e, 2, 0).message).toBe(
      "HS code 999998 (row 3, column 1) is not in any HS edition"
    );
    expect(excelError(e).message).toBe("HS code 999998 is not in any HS edition");
  });

  it("excel() returns the value, #NUM! for a non-finite one, the Excel error of what was thrown, never an exception", () => {
    expect(excel(() => 3)).toBe(3);
    expect(err(excel(() => Infinity)).code).toBe("#NUM!");
    expect(
      err(
        excel(() => {
          throw new InputError("window is required");
        })
      ).message
    ).toBe("window is required");
    const bug = err(
      excel(() => {
        throw new TypeError("Cannot read properties of undefined (reading 'length')");
      })
    );
    expect(bug.message).not.toMatch(/undefined|TypeError/);
    const big = err(
      excel(() => {
        throw new RangeError("Invalid array length");
      })
    );
    expect(big.message).toMatch(/too large/);
  });

  it("excelGrid converts cell errors in place, names non-finite cells, and rejects an empty grid", () => {
    const e = InputError.about("EBOPS code SX1", "is not in EBOPS 2010", "na");
    const g = excelGrid(() => [
      ["ITO", e],
      [NaN, 1],
    ]) as unknown[][];
    expect(g[0][0]).toBe("ITO");
    expect(err(g[0][1]).message).toBe("EBOPS code SX1 (row 1, column 2) is not in EBOPS 2010");
    expect(err(g[1][0]).message).toBe("The result at row 2, column 1 is beyond Excel's numbers");
    expect(err(excelGrid(() => [])).message).toBe("The input range is empty");
  });

  it("stack traces are off while a body runs and restored after", () => {
    const before = Error.stackTraceLimit;
    let inside = -1;
    excel(() => {
      inside = Error.stackTraceLimit;
      return 1;
    });
    expect(inside).toBe(0);
    expect(Error.stackTraceLimit).toBe(before);
  });

  it(`beyond ${PLACED_ERRORS_PER_RESULT} error cells, the cells with one problem share one error saying what is wrong`, () => {
    // A million distinct bad values must not make a million error objects.
    const grid = Array.from({ length: PLACED_ERRORS_PER_RESULT + 10 }, (_, i) => [
      InputError.about(`HS code ${999000 + i}`, "is not in any HS edition", "na"),
    ]);
    grid.push([InputError.about("HS code 12x", "is not an HS code", "value")]);
    const out = toExcelGrid(grid) as unknown[][];
    expect(err(out[0][0]).message).toBe(
      "HS code 999000 (row 1, column 1) is not in any HS edition"
    );
    const late = err(out[PLACED_ERRORS_PER_RESULT + 5][0]);
    expect(late.code).toBe("#N/A");
    expect(late.message).toBe(
      "The value is not in any HS edition (only the first 1,000 errors of a result name their cell)"
    );
    expect(out[PLACED_ERRORS_PER_RESULT + 9][0]).toBe(late);
    const other = err(out[PLACED_ERRORS_PER_RESULT + 10][0]);
    expect(other.code).toBe("#VALUE!");
    expect(other.message).toMatch(/^The value is not an HS code/);
  });
});

describe("readNumberGridInto", () => {
  it("reads what readNumberGrid reads, into the buffer it is given, and grows it when too small", () => {
    const range = [
      [1, "1/2", ""],
      [null, 2, " 3 "],
    ];
    const small = new Float64Array(2);
    const g = readNumberGridInto(range, small)!;
    expect(g.values).not.toBe(small);
    expect(Array.from(g.values)).toEqual(readNumberGrid(range)!.values);
    const again = readNumberGridInto(range, g.values)!;
    expect(again.values).toBe(g.values);
    expect([again.rows, again.cols]).toEqual([2, 3]);
    for (const bad of [[[1, "x"]], [[1, Infinity]], [[1], [2, 3]], [[true]], [], 5])
      expect(readNumberGridInto(bad, small)).toBeNull();
  });
});
