/**
 * Names of the weight methods, with the aliases users type (English and Chinese). Lookups ignore
 * case, spaces, hyphens, underscores and dots, and go through a Map, so no text (not even
 * "toString") reaches an object's prototype.
 */
import { describe } from "../cells";
import { InputError } from "../errors";

export type WeightMethod = "EIGEN" | "SQRT" | "SUM";

const METHOD_ALIASES = new Map<string, WeightMethod>(
  Object.entries({
    EIGEN: "EIGEN",
    EIGENVECTOR: "EIGEN",
    EIG: "EIGEN",
    EV: "EIGEN",
    EM: "EIGEN",
    SAATY: "EIGEN",
    PRINCIPAL: "EIGEN",
    PRINCIPALEIGENVECTOR: "EIGEN",
    POWER: "EIGEN",
    特征向量法: "EIGEN",
    特征根法: "EIGEN",
    幂法: "EIGEN",
    SQRT: "SQRT",
    SQUAREROOT: "SQRT",
    ROOT: "SQRT",
    GEOMEAN: "SQRT",
    GEOMETRIC: "SQRT",
    GEOMETRICMEAN: "SQRT",
    GM: "SQRT",
    RGM: "SQRT",
    RGMM: "SQRT",
    LLSM: "SQRT",
    LLS: "SQRT",
    方根法: "SQRT",
    根法: "SQRT",
    几何平均法: "SQRT",
    SUM: "SUM",
    SUMPRODUCT: "SUM",
    NORMALIZED: "SUM",
    NORMALISED: "SUM",
    NORMALIZE: "SUM",
    NORMALISE: "SUM",
    ANC: "SUM",
    AN: "SUM",
    COLUMN: "SUM",
    ADDITIVE: "SUM",
    ARITHMETIC: "SUM",
    MEAN: "SUM",
    和积法: "SUM",
    和法: "SUM",
    算术平均法: "SUM",
  } as Record<string, WeightMethod>)
);

/**
 * Canonical key: upper case without spaces, hyphens, underscores or dots.
 * @example nameKey("Square-root") // "SQUAREROOT"
 */
export function nameKey(s: string): string {
  return s.toUpperCase().replace(/[\s\-_.]/g, "");
}

/**
 * The weight method a user's name stands for (default EIGEN); Chinese names: 特征向量法, 特征根法,
 * 幂法 (EIGEN), 方根法, 根法, 几何平均法 (SQRT), 和积法, 和法, 算术平均法 (SUM).
 * @example weightMethod("方根法") // "SQRT"
 */
export function weightMethod(name: string | null | undefined): WeightMethod {
  if (name === null || name === undefined || name.trim() === "") return "EIGEN";
  const m = METHOD_ALIASES.get(nameKey(name));
  if (!m) {
    throw new InputError(
      `Unknown method ${describe(name)}: use EIGEN (default), SQRT (geometric mean) or SUM (normalised columns)`
    );
  }
  return m;
}
