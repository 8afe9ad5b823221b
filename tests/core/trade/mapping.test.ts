/**
 * User mappings: 2-column (prefix, label) ranges; longest prefix wins; labels are
 * case-insensitive and shown as first written; whole-range problems are #VALUE!.
 */
import { InputError } from "../../../src/core/errors";
import { normalizeHs, sitcDigits } from "../../../src/core/trade/codes";
import { lookupPrefix, parseMapping } from "../../../src/core/classify";

describe("parseMapping", () => {
  it("keeps labels in order of first appearance, matched case-insensitively", () => {
    const m = parseMapping(
      [
        ["01", "Agri"],
        ["02", "agri"],
        ["84", "ICT"],
        ["", ""],
        ["85", " ict "],
      ],
      normalizeHs
    );
    expect(m.labels).toEqual(["Agri", "ICT"]);
    expect(lookupPrefix(m, "020110")).toBe(0);
    expect(lookupPrefix(m, "850110")).toBe(1);
    expect(lookupPrefix(m, "610910")).toBe(-1);
  });

  it("longest prefix wins", () => {
    const m = parseMapping(
      [
        ["7", "A"],
        ["77", "B"],
        ["776", "C"],
      ],
      sitcDigits
    );
    expect(m.labels[lookupPrefix(m, "7764")]).toBe("C");
    expect(m.labels[lookupPrefix(m, "7712")]).toBe("B");
    expect(m.labels[lookupPrefix(m, "78")]).toBe("A");
  });

  it("normalises HS prefixes like codes: 1 → 01, 101 → 0101, '0101.21' → 010121", () => {
    const m = parseMapping(
      [
        [1, "x"],
        [101, "y"],
        ["0101.21", "z"],
      ],
      normalizeHs
    );
    expect([...m.byPrefix.keys()]).toEqual(["01", "0101", "010121"]);
  });

  it.each([
    [[["01", "A", "x"]], /2-column range/],
    [[["01"]], /2-column range/],
    [[["01", ""]], /is blank/],
    [[["", "A"]], /row 1, column 1 is blank/],
    [
      [
        ["01", "A"],
        ["1", "B"],
      ],
      /prefix 01 \(row 2, column 1\) is given two groups, "A" and "B"/,
    ],
    [[["abc", "A"]], /not a valid prefix/],
    [[["", ""]], /no rows/],
    [[["01", true]], /must be a group name/],
  ])("rejects %j", (range, message) => {
    expect(() => parseMapping(range, normalizeHs)).toThrow(InputError);
    expect(() => parseMapping(range, normalizeHs)).toThrow(message);
  });

  it("rejects reserved labels when asked (the share table's own rows)", () => {
    expect(() =>
      parseMapping([["01", "total"]], normalizeHs, ["Group", "Total", "Unclassified"])
    ).toThrow(/reserved name/);
    expect(parseMapping([["01", "total"]], normalizeHs).labels).toEqual(["total"]);
  });
});
