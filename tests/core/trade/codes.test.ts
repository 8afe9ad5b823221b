/**
 * Code normalisation as users paste codes (docs/methods.md §5): Excel drops leading zeros from
 * numbers, so an odd number of digits gets one leading zero (10121 → 010121, 101 → 0101,
 * 1 → 01); text may carry dots and spaces; SITC digits are read as written.
 */
import { InputError as CellFailure } from "../../../src/core/errors";
import { normalizeHs, normalizeSitc, parseSystem, sitcDigits } from "../../../src/core/trade/codes";
import { InputError } from "../../../src/core/errors";

function fails(x: unknown): CellFailure {
  expect(x).toBeInstanceOf(CellFailure);
  return x as CellFailure;
}

describe("normalizeHs", () => {
  it.each([
    [10121, "010121"],
    [101, "0101"],
    [1, "01"],
    [847130, "847130"],
    [8471, "8471"],
    [84, "84"],
    ["010121", "010121"],
    ["0101.21", "010121"],
    ["0101 21", "010121"],
    [" 0101\u00a021 ", "010121"],
    ["01.01.21", "010121"],
    ["101.21", "010121"],
    ["10121", "010121"],
    ["101", "0101"],
    ["1", "01"],
    ["01", "01"],
    ["8471.30", "847130"],
  ])("%p → %p", (input, expected) => {
    expect(normalizeHs(input)).toBe(expected);
  });

  it("reads a number with a fraction as heading.subheading, restoring the zeros Excel drops", () => {
    expect(normalizeHs(101.21)).toBe("010121"); // typed 0101.21
    expect(normalizeHs(101.2)).toBe("010120"); // typed 0101.20
    expect(normalizeHs(8471.3)).toBe("847130"); // typed 8471.30
  });

  it.each([
    ["abc"],
    ["01012a"],
    ["0101211"],
    [1234567],
    [-101],
    [true],
    ["0101.2"],
    ["0101.212"],
    [Number.NaN],
    [0.000001],
  ])("rejects %p as malformed (#VALUE!)", (input) => {
    const f = fails(normalizeHs(input));
    expect(f.kind).toBe("value");
    expect(f.messageAt(2, 0)).toMatch(/^HS code .* \(row 3, column 1\) is not a valid HS code/);
  });
});

describe("SITC codes", () => {
  it.each([
    ["334.1", "3341"],
    ["3341", "3341"],
    [3341, "3341"],
    [334.1, "3341"],
    ["00151", "00151"],
    ["001.51", "00151"],
    ["0 015", "0015"],
    [9, "9"],
    ["97", "97"],
  ])("%p → %p", (input, expected) => {
    expect(normalizeSitc(input)).toBe(expected);
  });

  it("rejects malformed codes with #VALUE! and unknown divisions with #N/A", () => {
    expect(fails(normalizeSitc("33a")).kind).toBe("value");
    expect(fails(normalizeSitc("123456")).kind).toBe("value");
    expect(fails(normalizeSitc(-3)).kind).toBe("value");
    const f = fails(normalizeSitc(15)); // SITC 0015 typed as a number: division 15 does not exist
    expect(f.kind).toBe("na");
    expect(f.messageAt(0, 0)).toBe(
      "SITC code 15 (row 1, column 1) is not a SITC code: there is no division 15"
    );
  });

  it("sitcDigits does not check divisions (mapping prefixes)", () => {
    expect(sitcDigits("10")).toBe("10");
  });
});

describe("parseSystem", () => {
  it("is case-insensitive and accepts editions, Comtrade codes and SITC", () => {
    expect(parseSystem(null)).toEqual({ kind: "hs", edition: null, name: "HS" });
    expect(parseSystem("")).toEqual({ kind: "hs", edition: null, name: "HS" });
    expect(parseSystem("hs")).toEqual({ kind: "hs", edition: null, name: "HS" });
    expect(parseSystem("Hs1992")).toEqual({ kind: "hs", edition: 0, name: "HS1992" });
    expect(parseSystem("HS 2022")).toEqual({ kind: "hs", edition: 6, name: "HS2022" });
    expect(parseSystem("h4")).toEqual({ kind: "hs", edition: 4, name: "HS2012" });
    expect(parseSystem("sitc")).toEqual({ kind: "sitc", edition: null, name: "SITC" });
    expect(parseSystem("SITC4").kind).toBe("sitc");
  });

  it("rejects unknown names with #VALUE!", () => {
    expect(() => parseSystem("HS2023")).toThrow(InputError);
    expect(() => parseSystem("CPC")).toThrow(/system must be HS, one of HS1992, .*HS2022, or SITC/);
  });
});
