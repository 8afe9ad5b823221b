/**
 * Emissions embodied in final demand, the environmentally extended input-output model
 * (Leontief 1970; Miller & Blair 2009, ch. 10; docs/methods.md §14.4). With direct intensities
 * c (emissions per unit of output of each sector), the total intensities are ε = c·(I − A)⁻¹:
 * ε_j is what the whole economy emits per unit of final demand for sector j's product. The
 * emissions embodied in a final demand (or export, or import) vector y are e_j = ε_j·y_j, and
 * Σ_j e_j = c·(I − A)⁻¹·y = c·x, the emissions of the output x that y calls for.
 */
import { luSolve } from "../linalg";
import { leontiefFactors } from "./leontief";
import { CellNumbers, coefficientMatrix, sectorVector } from "./matrix";

/**
 * Total (direct + indirect) emission intensities ε = c·(I − A)⁻¹ of technical coefficients A and
 * direct intensities c (a row or a column of n numbers), from one transposed solve
 * (I − A)ᵀ·εᵀ = cᵀ, without the inverse.
 *
 * @example totalIntensities([[0.15, 0.25], [0.2, 0.05]], [[0.3, 0.1]]) // [0.305 / 0.7575, 0.16 / 0.7575]
 */
export function totalIntensities(coefficients: CellNumbers, direct: CellNumbers): number[] {
  const m = coefficientMatrix(coefficients);
  const c = sectorVector(direct, m.n, "direct", "coefficients");
  return luSolve(leontiefFactors(m), Array.from(c), true);
}

/**
 * Emissions embodied in the final demand of each sector, e_j = ε_j·y_j with ε the total
 * intensities; they sum to c·(I − A)⁻¹·y. `demand` y is a row or a column of n numbers (final
 * demand, exports or imports by sector).
 *
 * @example embodiedEmissions([[0.15, 0.25], [0.2, 0.05]], [[0.3, 0.1]], [[350], [1700]]) // [350·0.305, 1700·0.16] / 0.7575
 */
export function embodiedEmissions(
  coefficients: CellNumbers,
  direct: CellNumbers,
  demand: CellNumbers
): number[] {
  const m = coefficientMatrix(coefficients);
  const c = sectorVector(direct, m.n, "direct", "coefficients");
  const y = sectorVector(demand, m.n, "demand", "coefficients");
  const eps = luSolve(leontiefFactors(m), Array.from(c), true);
  return eps.map((v, j) => v * y[j]);
}
