/**
 * The Leontief inverse L = (I − A)⁻¹ and the output multipliers (docs/methods.md §14.2): l_ij is
 * the output of sector i needed, directly and indirectly, per unit of final demand for sector j.
 * Computed from the LU factors of I − A (src/core/linalg.ts); only IO.LEONTIEF forms the inverse,
 * the others solve with the factors.
 */
import { InputError } from "../errors";
import { LuFactors, SINGULAR_PIVOT, luFactorInPlace, luInverse, luSolve } from "../linalg";
import { CellNumbers, SectorMatrix, coefficientMatrix } from "./matrix";

/**
 * The LU factors of I − A for checked coefficients. Singular (a pivot not above 1e-14 of the
 * largest entry of I − A) is an InputError; with every column of A summing to less than 1 it
 * happens only when a column sum is within rounding of 1.
 *
 * @example leontiefFactors(coefficientMatrix([[0.5]])).lu // Float64Array [0.5]
 */
export function leontiefFactors(m: SectorMatrix, what = "coefficients"): LuFactors {
  const { n, a } = m;
  const lu = new Float64Array(n * n);
  let big = 0;
  for (let k = 0; k < n * n; k++) {
    const v = (k % (n + 1) === 0 ? 1 : 0) - a[k];
    lu[k] = v;
    const abs = Math.abs(v);
    if (abs > big) big = abs;
  }
  const pivot = new Int32Array(n);
  if (!luFactorInPlace(lu, n, pivot, SINGULAR_PIVOT * big))
    throw new InputError(
      `${what}: I − A is singular (or too close to it to invert): the economy is not productive`
    );
  return { n, lu, pivot };
}

/**
 * The Leontief inverse (I − A)⁻¹ of technical coefficients A (n×n, ≥ 0, no blanks, every column
 * summing to less than 1), as rows.
 *
 * @example leontiefInverse([[0.15, 0.25], [0.2, 0.05]]) // rows [0.95, 0.25] / 0.7575 and [0.2, 0.85] / 0.7575
 */
export function leontiefInverse(coefficients: CellNumbers): number[][] {
  return luInverse(leontiefFactors(coefficientMatrix(coefficients)));
}

/**
 * Column sums of the Leontief inverse: the simple output multipliers m_j = Σ_i l_ij (the output
 * of all sectors per unit of final demand for sector j), without forming the inverse: the row
 * 1ᵀ·(I − A)⁻¹ from one transposed solve.
 *
 * @example outputMultipliers([[0.15, 0.25], [0.2, 0.05]]) // [1.15 / 0.7575, 1.1 / 0.7575] ≈ [1.518, 1.452]
 */
export function outputMultipliers(coefficients: CellNumbers): number[] {
  return leontiefColumnSums(leontiefFactors(coefficientMatrix(coefficients)));
}

/**
 * Row sums of the Leontief inverse, Σ_j l_ij, from one solve (I − A)·r = 1.
 *
 * @example leontiefRowSums(leontiefFactors(coefficientMatrix([[0.15, 0.25], [0.2, 0.05]]))) // [1.2 / 0.7575, 1.05 / 0.7575]
 */
export function leontiefRowSums(f: LuFactors): number[] {
  return luSolve(f, new Array<number>(f.n).fill(1));
}

/**
 * Column sums of the Leontief inverse, Σ_i l_ij, from one transposed solve.
 *
 * @example leontiefColumnSums(leontiefFactors(coefficientMatrix([[0.5]]))) // [2]
 */
export function leontiefColumnSums(f: LuFactors): number[] {
  return luSolve(f, new Array<number>(f.n).fill(1), true);
}
