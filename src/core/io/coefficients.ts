/**
 * Technical coefficients A = Z·diag(x)⁻¹ of an input-output table (docs/methods.md §14.1):
 * a_ij = z_ij / x_j, the input from sector i per unit of output of sector j.
 */
import { InputError } from "../errors";
import {
  CellNumbers,
  SectorMatrix,
  nonNegativeMatrix,
  sectorVector,
  shown,
  vectorCell,
} from "./matrix";

/**
 * The technical coefficients of flows Z (n×n, ≥ 0, no blanks; z_ij from sector i to sector j)
 * and total outputs x (a row or a column of n values ≥ 0): column j of Z divided by x_j. A sector
 * with x_j = 0 and a column of zeros gets a column of zeros (it produces nothing and buys
 * nothing); x_j = 0 with a non-zero flow in its column is an error naming the column. The
 * coefficients are not checked for productivity here (IO.LEONTIEF and the others check it).
 *
 * @example technicalCoefficients([[150, 500], [200, 100]], [[1000, 2000]]) // rows [0.15, 0.25], [0.2, 0.05]
 */
export function technicalCoefficients(flows: CellNumbers, output: CellNumbers): SectorMatrix {
  const z = nonNegativeMatrix(flows, "flows");
  const { n } = z;
  const x = sectorVector(output, n, "output", "flows");
  const a = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const xj = x[j];
    if (xj < 0)
      throw new InputError(
        `output: ${vectorCell(output, j)} is ${shown(xj)}; total output must be ≥ 0`
      );
    if (xj === 0) {
      for (let i = 0; i < n; i++)
        if (z.a[i * n + j] !== 0)
          throw new InputError(
            `output: ${vectorCell(output, j)} is 0 but column ${j + 1} of flows is not all 0 (row ${i + 1} is ${shown(z.a[i * n + j])}): its coefficients would divide by 0`
          );
      continue;
    }
    for (let i = 0; i < n; i++) a[i * n + j] = z.a[i * n + j] / xj;
  }
  return { n, a };
}
