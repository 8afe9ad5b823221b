/**
 * Technical coefficients A = Z·diag(x)⁻¹ (src/core/io/coefficients.ts): the printed coefficients
 * of Miller & Blair's two-sector example, zero-output sectors, and every bad input with its
 * message naming the cell.
 */
import { rowsOf, technicalCoefficients } from "../../../src/core/io";
import { MB } from "./fixtures";

const coefficients = (z: (number | null)[][], x: (number | null)[][]) =>
  rowsOf(technicalCoefficients(z, x));

describe("technicalCoefficients", () => {
  it("reproduces Miller & Blair (2009) §2.3: A = [[0.15, 0.25], [0.2, 0.05]], output as a row or a column", () => {
    for (const x of [[MB.x], MB.x.map((v) => [v])]) {
      const a = coefficients(MB.Z, x);
      a.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(MB.A[i][j], 15)));
    }
  });

  it("divides column j by x_j (a 3-sector table by hand)", () => {
    expect(
      coefficients(
        [
          [10, 0, 30],
          [20, 5, 0],
          [0, 15, 60],
        ],
        [[100, 50, 300]]
      )
    ).toEqual([
      [0.1, 0, 0.1],
      [0.2, 0.1, 0],
      [0, 0.3, 0.2],
    ]);
  });

  it("gives a zero column to a sector with output 0 and no inputs", () => {
    expect(
      coefficients(
        [
          [1, 0],
          [2, 0],
        ],
        [[10, 0]]
      )
    ).toEqual([
      [0.1, 0],
      [0.2, 0],
    ]);
  });

  it("refuses bad input, naming the argument and the cell or column", () => {
    const bad: [(number | null)[][], (number | null)[][], string][] = [
      [
        MB.Z,
        [[1000, 0]],
        "output: row 1, column 2 is 0 but column 2 of flows is not all 0 (row 1 is 500): its coefficients would divide by 0",
      ],
      [MB.Z, [[1000], [-5]], "output: row 2, column 1 is -5; total output must be ≥ 0"],
      [MB.Z, [[1000, null]], "output: row 1, column 2 is blank; every sector needs a value"],
      [
        MB.Z,
        [[1000, 2000, 3000]],
        "output has 3 cells but flows has 2 sectors: give one value per sector",
      ],
      [
        MB.Z,
        [
          [1000, 2000],
          [1, 2],
        ],
        "output must be one row or one column (one value per sector), not 2 rows × 2 columns",
      ],
      [
        [
          [150, -1],
          [200, 100],
        ],
        [MB.x],
        "flows: row 1, column 2 is -1; flows must be ≥ 0",
      ],
      [
        [
          [150, null],
          [200, 100],
        ],
        [MB.x],
        "flows: row 1, column 2 is blank; every cell is needed (type 0 for none)",
      ],
      [
        [
          [150, 500, 1],
          [200, 100, 1],
        ],
        [MB.x],
        "flows must be square (one row and one column per sector), not 2 rows × 3 columns",
      ],
      [[], [MB.x], "flows is empty"],
    ];
    for (const [z, x, message] of bad) expect(() => coefficients(z, x)).toThrow(message);
  });
});
