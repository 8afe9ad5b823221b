/**
 * Code normalisation as users paste codes (docs/methods.md §5): Excel drops leading zeros from
 * numbers, so an odd number of digits gets one leading zero (10121 → 010121, 101 → 0101,
 * 1 → 01); text may carry dots and spaces; SITC digits are read as written.
 */
import { InputError } from "../../../src/core/errors";
import { normalizeHs, normalizeSitc, parseSystem, sitcDigits } from "../../../src/core/trade/codes";

function fails(x: unknown): InputError {
  expect(x).toBeInstanceOf(InputError);
  return x as InputError;
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

describe("codes written as fractional numbers", () => {
  // Most fractional numbers are rejected before they are formatted; the answer must be exactly
  // what reading the number's shortest text (String(v)) gives. Reference: the text rules.
  function hsByText(v: number): string | null {
    const m = /^(\d{1,4})\.(\d{1,2})$/.exec(String(v));
    if (!m) return null;
    const head = m[1].length <= 2 ? m[1].padStart(2, "0") : m[1].padStart(4, "0");
    return head + m[2].padEnd(2, "0");
  }
  function sitcByText(v: number): string | null {
    const s = String(v).replace(".", "");
    return /^\d{1,5}$/.test(s) ? s : null;
  }
  let seed = 11;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const values = [
    101.21, 101.2, 1.01, 0.01, 9999.99, 10000.5, 99.99, 1234.5, 0.1234, 0.12345, 1.0000001, 4.005,
    334.1, 12.34, 99999.5, 1e-7, 5e-324,
  ];
  for (let i = 0; i < 2000; i++) values.push(Math.round(rnd() * 1e6) / 100); // x.yz below 10,000
  for (let i = 0; i < 2000; i++) values.push(Math.round(rnd() * 1e8) / 1e4); // 4 decimals
  for (let i = 0; i < 2000; i++) values.push(rnd() * 10 ** Math.floor(rnd() * 7)); // any float

  it("HS: the same code or the same rejection as the text rules, for 6,000 numbers", () => {
    for (const v of values) {
      if (Number.isInteger(v)) continue;
      const out = normalizeHs(v);
      const expected = hsByText(v);
      if (expected === null) expect([v, out instanceof InputError]).toEqual([v, true]);
      else expect([v, out]).toEqual([v, expected]);
    }
  });

  it("SITC: the same digits or the same rejection as the text rules, for 6,000 numbers", () => {
    for (const v of values) {
      const out = sitcDigits(v);
      const expected = sitcByText(v);
      if (expected === null) expect([v, out instanceof InputError]).toEqual([v, true]);
      else expect([v, out]).toEqual([v, expected]);
    }
  });

  it("a rejected number is described only when its message is read", () => {
    const e = normalizeHs(1234.5678) as InputError;
    expect(e.predicate).toMatch(/is not a valid HS code/);
    expect(e.messageAt(2, 0)).toBe(
      "HS code 1234.5678 (row 3, column 1) is not a valid HS code: use 2, 4 or 6 digits, e.g. 010121 or 0101.21"
    );
    expect(e.message).toMatch(/^HS code 1234\.5678 is not/);
  });
});
