/**
 * IO.* custom functions: environmentally extended input-output analysis, thin adapters from
 * Excel ranges to src/core/io. Matrices are n×n ranges (one row and one column per sector, at
 * most 500 sectors); vectors are a row or a column of n cells. The shapes are checked before any
 * cell is read, so a million-cell range is refused at once.
 */
import { gridWidth, toGrid } from "../core/cells";
import {
  MAX_SECTORS,
  embodiedEmissions,
  leontiefInverse,
  linkageKind,
  linkages,
  outputMultipliers,
  rowsOf,
  sectorsOf,
  technicalCoefficients,
  totalIntensities,
  vectorShape,
} from "../core/io";
import type { CellNumbers } from "../core/io";
import { InputError } from "../core/errors";
import { column, excelGrid, isOmitted, optionalText, readNumbers } from "./excel";

/** The range of a required argument; omitted or all blank is an error naming it. */
function required(range: unknown, what: string): unknown[][] {
  if (isOmitted(range))
    throw new InputError(`${what} is missing (omitted, or every cell is blank)`);
  return toGrid(range);
}

/**
 * Rows and columns of a range. A range taller than any argument may be (Excel passes rectangular
 * ranges) is measured by its first row, so a million-row column costs nothing.
 */
function shapeOf(g: unknown[][]): [number, number] {
  const first: unknown = g[0];
  const width = g.length > MAX_SECTORS ? (Array.isArray(first) ? first.length : 1) : gridWidth(g);
  return [g.length, width];
}

/** A square matrix argument read as numbers, its shape checked first; returns the grid and n. */
function matrixArg(range: unknown, what: string): { grid: CellNumbers; n: number } {
  const g = required(range, what);
  const n = sectorsOf(...shapeOf(g), what);
  return { grid: readNumbers(g, what), n };
}

/** A row or column of one value per sector of `matrix` (n sectors), its shape checked first. */
function vectorArg(range: unknown, n: number, what: string, matrix: string): CellNumbers {
  const g = required(range, what);
  vectorShape(...shapeOf(g), n, what, matrix);
  return readNumbers(g, what);
}

/**
 * Technical coefficients A = Z·diag(x)⁻¹: each column of flows divided by the sector's total output.
 * @customfunction IO.COEFFICIENTS IO.COEFFICIENTS
 * @helpurl https://localhost:3000/help.html#iocoefficients
 * @param flows Intermediate flows Z, n×n (row i, column j: from sector i to sector j), ≥ 0, no blanks.
 * @param output Total output x of each sector: a row or a column of n values ≥ 0.
 * @returns {unknown[][]} n×n coefficients a_ij = z_ij / x_j (a sector with output 0 and no inputs gets a column of 0).
 */
export function ioCoefficients(flows: unknown[][], output: unknown[][]) {
  return excelGrid(() => {
    const z = matrixArg(flows, "flows");
    const x = vectorArg(output, z.n, "output", "flows");
    return rowsOf(technicalCoefficients(z.grid, x));
  });
}

/**
 * The Leontief inverse (I − A)⁻¹: output of each sector needed per unit of final demand for each sector.
 * @customfunction IO.LEONTIEF IO.LEONTIEF
 * @helpurl https://localhost:3000/help.html#ioleontief
 * @param coefficients Technical coefficients A, n×n, ≥ 0, each column summing to less than 1.
 * @returns {unknown[][]} n×n Leontief inverse L.
 */
export function ioLeontief(coefficients: unknown[][]) {
  return excelGrid(() => leontiefInverse(matrixArg(coefficients, "coefficients").grid));
}

/**
 * Output multipliers: the column sums of the Leontief inverse.
 * @customfunction IO.MULTIPLIERS IO.MULTIPLIERS
 * @helpurl https://localhost:3000/help.html#iomultipliers
 * @param coefficients Technical coefficients A, n×n, ≥ 0, each column summing to less than 1.
 * @returns {unknown[][]} 1×n row: the output of all sectors per unit of final demand for each sector.
 */
export function ioMultipliers(coefficients: unknown[][]) {
  return excelGrid(() => [outputMultipliers(matrixArg(coefficients, "coefficients").grid)]);
}

/**
 * Rasmussen linkages normalised by their mean: backward (column sums of the Leontief inverse) or forward (row sums).
 * @customfunction IO.LINKAGES IO.LINKAGES
 * @helpurl https://localhost:3000/help.html#iolinkages
 * @param coefficients Technical coefficients A, n×n, ≥ 0, each column summing to less than 1.
 * @param [kind] BACKWARD (default, 后向: power of dispersion) or FORWARD (前向: sensitivity of dispersion).
 * @returns {unknown[][]} 1×n row of indices averaging 1 (above 1: linked more than the average sector).
 */
export function ioLinkages(coefficients: unknown[][], kind?: unknown) {
  return excelGrid(() => {
    const k = linkageKind(optionalText(kind, "BACKWARD", "kind"));
    return [linkages(matrixArg(coefficients, "coefficients").grid, k)];
  });
}

/**
 * Total (direct + indirect) emission intensities c·(I − A)⁻¹.
 * @customfunction IO.INTENSITY IO.INTENSITY
 * @helpurl https://localhost:3000/help.html#iointensity
 * @param coefficients Technical coefficients A, n×n, ≥ 0, each column summing to less than 1.
 * @param direct Direct emission intensities c (emissions per unit of output): a row or a column of n numbers.
 * @returns {unknown[][]} 1×n row: emissions of the whole economy per unit of final demand for each sector.
 */
export function ioIntensity(coefficients: unknown[][], direct: unknown[][]) {
  return excelGrid(() => {
    const a = matrixArg(coefficients, "coefficients");
    return [totalIntensities(a.grid, vectorArg(direct, a.n, "direct", "coefficients"))];
  });
}

/**
 * Emissions embodied in the final demand (or exports, imports) of each sector: total intensity × demand.
 * @customfunction IO.EMBODIED IO.EMBODIED
 * @helpurl https://localhost:3000/help.html#ioembodied
 * @param coefficients Technical coefficients A, n×n, ≥ 0, each column summing to less than 1.
 * @param direct Direct emission intensities c (emissions per unit of output): a row or a column of n numbers.
 * @param demand Final demand, exports or imports y by sector: a row or a column of n numbers.
 * @returns {unknown[][]} n×1 column e_j = (c·(I − A)⁻¹)_j · y_j, summing to the total c·(I − A)⁻¹·y.
 */
export function ioEmbodied(coefficients: unknown[][], direct: unknown[][], demand: unknown[][]) {
  return excelGrid(() => {
    const a = matrixArg(coefficients, "coefficients");
    const c = vectorArg(direct, a.n, "direct", "coefficients");
    const y = vectorArg(demand, a.n, "demand", "coefficients");
    return column(embodiedEmissions(a.grid, c, y));
  });
}
