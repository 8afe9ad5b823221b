/**
 * Cell values (src/core/cells.ts): the blank test, the number forms accepted in text (exactly
 * the documented ones), descriptions for messages, grids. Exact equality unless stated.
 */
import {
  cellAt,
  describe as describeValue,
  gridWidth,
  isBlank,
  parseNumber,
  toGrid,
} from "../../src/core/cells";
import { meterWork } from "../support/workMeter";
import { slowTextShapes } from "../support/slowText";

describe("isBlank", () => {
  it("is true for null, undefined, empty and space-only text, false for anything else", () => {
    for (const v of [null, undefined, "", " ", "\t\u00a0 "]) expect(isBlank(v)).toBe(true);
    for (const v of [0, "0", "x", false, [], {}]) expect(isBlank(v)).toBe(false);
  });
});

describe("parseNumber: digit fractions as judgments are typed (the fast reading)", () => {
  it("gives exactly Number(a) / Number(b) for digits and digits/digits of up to 15 digits", () => {
    for (const [a, b] of [
      ["1", "3"],
      ["5", "1"],
      ["0", "7"],
      ["007", "9"],
      ["123456789012345", "7"],
      ["2", "999999999999999"],
    ]) {
      expect(parseNumber(`${a}/${b}`)).toBe(Number(a) / Number(b));
      expect(parseNumber(a)).toBe(Number(a));
    }
  });

  it("leaves every other text to the general reading, with the same results as before", () => {
    expect(parseNumber("1/0")).toBeNaN();
    expect(parseNumber("0/0")).toBeNaN();
    expect(parseNumber("1/")).toBeNaN();
    expect(parseNumber("/3")).toBeNaN();
    expect(parseNumber("1//3")).toBeNaN();
    expect(parseNumber("1/3/4")).toBeNaN();
    expect(parseNumber(" 1/3 ")).toBe(1 / 3);
    expect(parseNumber("1 / 3")).toBe(1 / 3);
    expect(parseNumber("1234567890123456")).toBe(1234567890123456);
    expect(parseNumber("12345678901234567/4")).toBe(Number("12345678901234567") / 4);
    expect(parseNumber("1/2.5")).toBe(0.4);
    expect(parseNumber("3%")).toBe(0.03);
  });
});

describe("parseNumber: the accepted forms", () => {
  it("numbers pass; non-finite numbers are not numbers; blanks are null", () => {
    expect(parseNumber(3)).toBe(3);
    expect(parseNumber(-0.5)).toBe(-0.5);
    expect(parseNumber(Infinity)).toBeNaN();
    expect(parseNumber(NaN)).toBeNaN();
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber("  ")).toBeNull();
  });

  it("plain decimals in text, with spaces around and U+2212 as minus", () => {
    const cases: [string, number][] = [
      ["7", 7],
      [" 7 ", 7],
      ["-0.5", -0.5],
      ["+2", 2],
      [".25", 0.25],
      ["5.", 5],
      ["1e-3", 0.001],
      ["2E3", 2000],
      ["\u22123", -3],
      ["1e-400", 0],
    ];
    for (const [s, x] of cases) expect([s, parseNumber(s)]).toEqual([s, x]);
  });

  it("percentages and fractions of two plain decimals", () => {
    expect(parseNumber("25%")).toBe(0.25);
    expect(parseNumber("-12.5%")).toBe(-0.125);
    expect(parseNumber("1/3")).toBe(1 / 3);
    expect(parseNumber(" 1 / 4 ")).toBe(0.25);
    expect(parseNumber("-2/7")).toBe(-2 / 7);
    expect(parseNumber("1.5/0.5")).toBe(3);
  });

  it("nothing else: nested fractions, percent inside a fraction, zero denominators, overflow, words", () => {
    for (const s of [
      "1/3/4",
      "2/50%",
      "1/0",
      "1/",
      "/3",
      "1e309",
      "1e309%",
      "1/1e-320",
      "1e308/1e-308",
      "abc",
      "1,000",
      "1 000",
      "0x1F",
      "e3",
      ".",
      "-",
      "1e",
      "1e+",
      "3 %",
      "%",
      "Infinity",
      "NaN",
      "½",
    ]) {
      expect([s, parseNumber(s)]).toEqual([s, NaN]);
    }
    expect(parseNumber(true)).toBeNaN();
    expect(parseNumber([[1]])).toBeNaN();
  });

  // Text of `length` characters in the shapes that made a backtracking pattern slow, and spaces
  // then a letter.
  const longShapes = (length: number) => [...slowTextShapes(length), " ".repeat(length - 1) + "x"];
  /** True when a pattern has a quantifier (*, +, ?, {n,}, {n,m}), the way a match can backtrack. */
  const quantified = (source: string) =>
    /[*+?]|\{\d+,\d*\}/.test(source.replace(/\\./g, "").replace(/\(\?(?:[:=!]|<[=!])/g, "("));

  it("reads text in one pass: work linear in its length, no pattern that can backtrack", () => {
    // Counted, not timed (tests/support/workMeter.ts): a quadratic pattern took seconds on
    // one 32K cell. Up to the 1,000-character cap the text is scanned a few times; beyond it,
    // only the blank test touches it. The times are in `npm run bench -- cells`.
    for (const length of [20, 200, 999, 1000, 1001, 32_767]) {
      const bound = length > 1000 ? 1.01 * length + 64 : 8 * length + 64;
      for (const s of longShapes(length)) {
        expect(s.length).toBe(length);
        const { value, work } = meterWork(() => parseNumber(s));
        expect([s.slice(0, 8), length, value]).toEqual([s.slice(0, 8), length, NaN]);
        expect([s.slice(0, 8), length, work.steps <= bound]).toEqual([s.slice(0, 8), length, true]);
        expect(work.regexps.filter(quantified)).toEqual([]);
      }
      const spaces = " ".repeat(length);
      const { value, work } = meterWork(() => parseNumber(spaces));
      expect(value).toBeNull();
      expect(work.steps).toBeLessThanOrEqual(bound);
    }
    // The checker sees what it must refuse.
    expect([/^\s*\d+\.?\d*$/, /(1|11)*z/, /a{2,}/, /x?/].map((r) => quantified(r.source))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([/\u2212/g, /a{3}/, /\*\+\?/, /(?:ab)/].map((r) => quantified(r.source))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("is not a number beyond 1,000 characters (the cap that keeps a 32,767-character cell cheap)", () => {
    expect(parseNumber(" ".repeat(400) + "5" + " ".repeat(599))).toBe(5); // 1,000 characters
    expect(parseNumber(" ".repeat(400) + "5" + " ".repeat(600))).toBeNaN(); // 1,001
    expect(parseNumber(" ".repeat(32_767))).toBeNull();
  });
});

describe("describe", () => {
  it("renders values for messages without internal words", () => {
    expect(describeValue("abc")).toBe('"abc"');
    expect(describeValue("x".repeat(30))).toBe(`"${"x".repeat(20)}…"`);
    expect(describeValue(2.5)).toBe("2.5");
    expect(describeValue(Infinity)).toBe("a number beyond Excel's range");
    expect(describeValue(null)).toBe("blank");
    expect(describeValue(true)).toBe("TRUE");
    expect(describeValue([[1]])).toBe("a range");
    expect(describeValue({ code: "#N/A", message: "m" })).toBe("the error #N/A");
    expect(describeValue({})).toBe("a value of an unsupported kind");
  });
});

describe("grids", () => {
  it("toGrid wraps scalars and rows; gridWidth and cellAt read ragged grids", () => {
    expect(toGrid(5)).toEqual([[5]]);
    expect(toGrid([1, 2])).toEqual([[1, 2]]);
    expect(toGrid([])).toEqual([]);
    const ragged = [[1], [2, 3], 4];
    expect(gridWidth(ragged)).toBe(2);
    expect(cellAt(ragged, 1, 1)).toBe(3);
    expect(cellAt(ragged, 2, 0)).toBe(4);
    expect(cellAt(ragged, 0, 1)).toBeUndefined();
  });
});
