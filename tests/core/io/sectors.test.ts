import { isicClass, isicClassTable } from "../../../src/core/io/sectors";

describe("isicClass: an input-output sector's trade class from its ISIC Rev.4 code", () => {
  it("reads the division after an optional section letter, as tables write codes", () => {
    const cases: [string | number, string | null][] = [
      ["A01", "RIB"], // WIOD
      ["B", "RIB"],
      ["C10-C12", "RIB"], // WIOD: the first division of a range
      ["D10T12", "RIB"], // OECD ICIO
      ["C13-C15", "LIB"],
      ["19", "RIB"], // coke and refined petroleum: SITC 3
      [20, "TIB"],
      ["D21", "TIB"],
      ["c26", "TIB"],
      [" 29 ", "TIB"],
      ["C31_C32", "LIB"],
      ["33", "OTHER"], // repair and installation: a service
      ["D35", "OTHER"],
      ["F", "OTHER"],
      ["G46", "OTHER"],
      [5, "RIB"], // mining, typed as a number
      ["C", null], // manufacturing as a whole is mixed
      ["04", null], // no such division
      ["X1Y", null],
      ["", null],
    ];
    for (const [code, cls] of cases) expect([code, isicClass(code)]).toEqual([code, cls]);
  });

  it("follows the SITC section of each division's products (the paper's Table 1)", () => {
    const byClass = new Map<string, number[]>();
    for (const [key, cls] of isicClassTable())
      if (typeof key === "number") byClass.set(cls, [...(byClass.get(cls) ?? []), key]);
    expect(byClass.get("TIB")).toEqual([20, 21, 26, 27, 28, 29, 30]);
    expect(byClass.get("LIB")).toEqual([13, 14, 15, 16, 17, 18, 22, 23, 24, 25, 31, 32]);
    expect(byClass.get("RIB")).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 19]);
    expect(byClass.get("OTHER")?.[0]).toBe(33);
  });
});
