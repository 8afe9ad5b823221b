/** Weight method names (src/core/ahp/methods.ts): the English aliases and the Chinese names. */
import { nameKey, weightMethod } from "../../../src/core/ahp/methods";

describe("weightMethod", () => {
  it("maps the Chinese names analysts use to EIGEN, SQRT and SUM", () => {
    for (const n of ["特征向量法", "特征根法", "幂法", " 特征根法 "])
      expect(weightMethod(n)).toBe("EIGEN");
    for (const n of ["方根法", "根法", "几何平均法"]) expect(weightMethod(n)).toBe("SQRT");
    for (const n of ["和积法", "和法", "算术平均法"]) expect(weightMethod(n)).toBe("SUM");
  });

  it("defaults to EIGEN and rejects an unknown name, also a Chinese one", () => {
    for (const n of [null, undefined, "", "  "]) expect(weightMethod(n)).toBe("EIGEN");
    expect(() => weightMethod("最小二乘法")).toThrow(/Unknown method "最小二乘法": use EIGEN/);
    expect(() => weightMethod("toString")).toThrow(/Unknown method/);
  });

  it("compares names without case, spaces, hyphens, underscores or dots", () => {
    expect(nameKey("Square-root")).toBe("SQUAREROOT");
    expect(weightMethod("geo_mean")).toBe("SQRT");
  });
});
