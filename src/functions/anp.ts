/** ANP.* custom functions: adapters from Excel ranges to src/core/anp. */
import { anpPriorities as priorityVector, limitMatrix } from "../core/anp";
import { column, excel, optionalNumber, readNumbers } from "./excel";

/** The supermatrix range as numbers; blanks are 0. */
function readSupermatrix(m: unknown): number[][] {
  return readNumbers(m, "supermatrix").map((row) => row.map((x) => (x === null ? 0 : x)));
}

/**
 * Limit matrix of an ANP supermatrix (columns are normalised first).
 * @customfunction ANP.LIMIT ANP.LIMIT
 * @helpurl https://localhost:3000/help.html#anplimit
 * @param supermatrix Square unweighted or weighted supermatrix; blanks count as 0.
 * @returns The limit matrix, same size.
 */
export function anpLimit(supermatrix: any[][]): any[][] {
  return excel(() => limitMatrix(readSupermatrix(supermatrix))) as any;
}

/**
 * Priorities from the limit matrix: row sums divided by n, optionally normalised within rows first…last.
 * @customfunction ANP.PRIORITIES ANP.PRIORITIES
 * @helpurl https://localhost:3000/help.html#anppriorities
 * @param supermatrix Square supermatrix; blanks count as 0.
 * @param [first] First row (1-based) of the cluster to normalise within.
 * @param [last] Last row (1-based) of that cluster.
 * @returns Column of priorities.
 */
export function anpPriorities(supermatrix: any[][], first?: any, last?: any): any[][] {
  return excel(() => {
    const a = optionalNumber(first, NaN, "first");
    const b = optionalNumber(last, NaN, "last");
    const p = priorityVector(limitMatrix(readSupermatrix(supermatrix)), Number.isNaN(a) ? null : a, Number.isNaN(b) ? null : b);
    return column(p);
  }) as any;
}
