/** ANP.* custom functions: adapters from Excel ranges to src/core/anp. */
import { anpPriorities as priorityVector, checkSupermatrixSize, limitMatrix } from "../core/anp";
import { gridWidth, toGrid } from "../core/cells";
import { memoized } from "./cache";
import { column, excelGrid, optionalNumber, readNumbers } from "./excel";

/** The limit matrix of a supermatrix range (blanks are 0), once per content. */
function limitOf(supermatrix: unknown): number[][] {
  const grid = toGrid(supermatrix);
  checkSupermatrixSize(grid.length, gridWidth(grid));
  return memoized(
    "ANP limit",
    [supermatrix],
    () =>
      limitMatrix(
        readNumbers(supermatrix, "supermatrix").map((row) => row.map((x) => (x === null ? 0 : x)))
      ),
    (m) => 16 * m.length * m.length + 128
  );
}

/**
 * Limit matrix of an ANP supermatrix (columns are normalised first).
 * @customfunction ANP.LIMIT ANP.LIMIT
 * @helpurl https://localhost:3000/help.html#anplimit
 * @param supermatrix Square unweighted or weighted supermatrix; blanks count as 0.
 * @returns {unknown[][]} The limit matrix, same size.
 */
export function anpLimit(supermatrix: unknown[][]) {
  return excelGrid(() => limitOf(supermatrix).map((row) => row.slice()));
}

/**
 * Priorities from the limit matrix: row sums divided by n, optionally normalised within rows first…last.
 * @customfunction ANP.PRIORITIES ANP.PRIORITIES
 * @helpurl https://localhost:3000/help.html#anppriorities
 * @param supermatrix Square supermatrix; blanks count as 0.
 * @param [first] First row (1-based) of the cluster to normalise within.
 * @param [last] Last row (1-based) of that cluster.
 * @returns {unknown[][]} Column of priorities.
 */
export function anpPriorities(supermatrix: unknown[][], first?: unknown, last?: unknown) {
  return excelGrid(() => {
    const a = optionalNumber(first, NaN, "first");
    const b = optionalNumber(last, NaN, "last");
    return column(
      priorityVector(limitOf(supermatrix), Number.isNaN(a) ? null : a, Number.isNaN(b) ? null : b)
    );
  });
}
