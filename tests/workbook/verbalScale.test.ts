/** The verbal Saaty scale of the Questionnaire sheets: labels ↔ values, and the conversions between the two entry routes. */
import {
  VERBAL_SCALE,
  asAnswer,
  asMatrixEntry,
  isVerbal,
  judgmentOf,
  onScale,
  verbalOf,
} from "../../src/workbook/verbalScale";

describe("VERBAL_SCALE", () => {
  it("has the 17 answers from A extremely (9) through equal (1) to B extremely (1/9)", () => {
    expect(VERBAL_SCALE.map((v) => v.label)).toEqual([
      "A extremely more important (9)",
      "A very strongly to extremely more important (8)",
      "A very strongly more important (7)",
      "A strongly to very strongly more important (6)",
      "A strongly more important (5)",
      "A moderately to strongly more important (4)",
      "A moderately more important (3)",
      "A equally to moderately more important (2)",
      "Equally important (1)",
      "B equally to moderately more important (2)",
      "B moderately more important (3)",
      "B moderately to strongly more important (4)",
      "B strongly more important (5)",
      "B strongly to very strongly more important (6)",
      "B very strongly more important (7)",
      "B very strongly to extremely more important (8)",
      "B extremely more important (9)",
    ]);
    expect(VERBAL_SCALE.map((v) => v.value)).toEqual([
      9,
      8,
      7,
      6,
      5,
      4,
      3,
      2,
      1,
      1 / 2,
      1 / 3,
      1 / 4,
      1 / 5,
      1 / 6,
      1 / 7,
      1 / 8,
      1 / 9,
    ]);
  });

  it("mirrors: the k-th answer from the top and from the bottom are reciprocal", () => {
    for (let k = 0; k < 17; k++)
      expect(VERBAL_SCALE[k].value * VERBAL_SCALE[16 - k].value).toBeCloseTo(1, 15);
  });
});

describe("labels and values", () => {
  it("every scale value round trips: value → label → value, label → value → label", () => {
    for (const { label, value } of VERBAL_SCALE) {
      expect(verbalOf(value)).toBe(label);
      expect(judgmentOf(label)).toBe(value);
      expect(verbalOf(judgmentOf(label) as number)).toBe(label);
      expect(isVerbal(label)).toBe(true);
    }
  });

  it("reads labels with other spaces and case, as Excel's TRIM and MATCH compare them", () => {
    expect(judgmentOf("  b  STRONGLY more important (5) ")).toBe(1 / 5);
    expect(isVerbal("equally IMPORTANT (1)")).toBe(true);
  });

  it("near values are the scale value: 1/3 as 0.333333333, 1/6 as 0.166666667, =1/7 to 15 digits", () => {
    expect(onScale(0.333333333)).toBe(1 / 3);
    expect(verbalOf(0.333333333)).toBe("B moderately more important (3)");
    expect(onScale(0.166666667)).toBe(1 / 6);
    expect(onScale(0.142857142857143)).toBe(1 / 7);
    expect(onScale(3 + 1e-12)).toBe(3);
    expect(onScale(9 - 5e-9)).toBe(9);
  });

  it("values off the scale have no label: 2.5, 0.3, 0.333, 10, 0, negatives, non-finite", () => {
    for (const x of [2.5, 0.3, 0.333, 0.34, 10, 1 / 10, 0, -3, NaN, Infinity])
      expect(verbalOf(x)).toBeNull();
  });

  it("judgmentOf reads numbers and the matrix's text forms; blank is null, bad text NaN", () => {
    expect(judgmentOf(3)).toBe(3);
    expect(judgmentOf(2.5)).toBe(2.5);
    expect(judgmentOf("1/5")).toBe(0.2);
    expect(judgmentOf(" 7 ")).toBe(7);
    expect(judgmentOf(null)).toBeNull();
    expect(judgmentOf("")).toBeNull();
    expect(judgmentOf("   ")).toBeNull();
    for (const bad of ["very important", "A more important", "A strongly more important", true])
      expect(judgmentOf(bad)).toBeNaN();
  });
});

describe("switching routes", () => {
  it("asAnswer: every matrix entry on the scale becomes its label (numbers, text, fractions, =formulas)", () => {
    expect(asAnswer(3)).toBe("A moderately more important (3)");
    expect(asAnswer("3")).toBe("A moderately more important (3)");
    expect(asAnswer(0.2)).toBe("B strongly more important (5)");
    expect(asAnswer("1/5")).toBe("B strongly more important (5)");
    expect(asAnswer("=1/3")).toBe("B moderately more important (3)");
    expect(asAnswer(1 / 3)).toBe("B moderately more important (3)");
    expect(asAnswer(0.333333333)).toBe("B moderately more important (3)");
    expect(asAnswer(1)).toBe("Equally important (1)");
    expect(asAnswer("B strongly more important (5)")).toBe("B strongly more important (5)");
  });

  it("asAnswer keeps what is not on the scale as it is: 2.5, 0.3, text, other formulas, blanks", () => {
    for (const v of [2.5, 0.3, "2.5", "very important", "=A1*2", null, ""])
      expect(asAnswer(v)).toBe(v);
  });

  it("asMatrixEntry: labels become 1 … 9 as numbers and 1/2 … 1/9 as the text fractions the matrix accepts", () => {
    expect(asMatrixEntry("A extremely more important (9)")).toBe(9);
    expect(asMatrixEntry("Equally important (1)")).toBe(1);
    expect(asMatrixEntry("B strongly more important (5)")).toBe("1/5");
    expect(asMatrixEntry("B extremely more important (9)")).toBe("1/9");
    for (const v of [3, 0.2, "1/5", 2.5, "very important", null]) expect(asMatrixEntry(v)).toBe(v);
  });

  it("matrix → questionnaire → matrix keeps every scale judgment's value", () => {
    for (const { value } of VERBAL_SCALE) {
      const back = asMatrixEntry(asAnswer(value));
      expect(judgmentOf(back)).toBeCloseTo(value, 15);
      expect(asAnswer(back)).toBe(verbalOf(value));
    }
  });
});
