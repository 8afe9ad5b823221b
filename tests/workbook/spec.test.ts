/** The description's shared pieces: the wrapped-line estimate and the number formats by kind. */
import { FORMATS, wrappedLines } from "../../src/workbook/spec";

describe("wrappedLines", () => {
  it("counts the lines words take in a column, keeping words whole where they fit", () => {
    expect(wrappedLines("Weight", 11)).toBe(1);
    expect(wrappedLines("Low-carbon technology innovation", 11)).toBe(3);
    expect(wrappedLines("Low-carbon R&D personnel", 14)).toBe(2);
    expect(wrappedLines("a b c d e f", 4)).toBe(3); // 3 characters a line: "a b", "c d", "e f"
  });

  it("breaks a word longer than the column, counts CJK characters double and keeps line breaks", () => {
    expect(wrappedLines("x".repeat(25), 11)).toBe(3);
    expect(wrappedLines("低碳技术创新能力", 11)).toBe(2); // 16 columns of print in 10
    expect(wrappedLines("one\ntwo", 20)).toBe(2);
    expect(wrappedLines("", 10)).toBe(1);
  });
});

describe("FORMATS", () => {
  it("has one format per kind of value", () => {
    expect(FORMATS).toEqual({
      judgment: "# ?/?",
      aggregate: "0.000",
      weight: "0.0000",
      consistency: "0.000",
      score: "0.00",
      data: "0.00",
      value: "#,##0",
      share: "0.0%",
    });
  });
});
