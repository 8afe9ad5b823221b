/**
 * Aggregation of trade values by group (TRADE.SHARE, SERVICE.SHARE).
 *
 * The table has a header row (Group, Value, Share), one row per group (RIB, LIB, TIB, OTHER by
 * default; with a mapping, the mapping's labels in order of first appearance), a Total row and
 * an Unclassified row:
 * - Value = the sum of the values whose code falls in the group.
 * - Total = the sum over the groups; it does NOT include Unclassified.
 * - Share = Value / Total for the groups; Total's share is 1.
 * - Unclassified = the sum of the values whose code is unknown, malformed, matches no mapping
 *   prefix, or is blank while its value is not. Its share is Unclassified / (Total +
 *   Unclassified): the part of all the value given that could not be classified.
 * - A share whose denominator is 0 is a #DIV/0! cell (e.g. every share when Total is 0).
 * Rows whose value is blank are skipped (a blank value is no trade), whatever their code.
 */
import { InputError, cellName } from "../errors";
import { CellError, Classifier, isBlankCell } from "./cells";

export const SHARE_HEADER: readonly string[] = ["Group", "Value", "Share"];
/** Labels a mapping cannot use in a share table (they name its other rows). */
export const RESERVED_LABELS: readonly string[] = ["Group", "Total", "Unclassified"];

export type ShareCell = string | number | CellError;

function width(grid: readonly unknown[][]): number {
  let w = 0;
  for (const row of grid) w = Math.max(w, Array.isArray(row) ? row.length : 1);
  return w;
}

/**
 * The share table of `values` (already parsed: numbers, null for blanks, NaN for non-numbers)
 * by the group `classify` gives each code. codes and values must have the same number of cells,
 * in any orientation; they are paired in row-major order. Throws #VALUE! for a count mismatch,
 * a non-numeric or a negative value (naming its cell).
 */
export function shareTable(
  codes: readonly unknown[][],
  values: readonly (number | null)[][],
  classify: Classifier,
  groups: readonly string[],
): ShareCell[][] {
  const cw = width(codes);
  const vw = width(values);
  const nc = codes.length * cw;
  const nv = values.length * vw;
  if (nc !== nv) {
    throw new InputError(
      `values has ${nv} cells (${values.length}×${vw}) but codes has ${nc} (${codes.length}×${cw}); give one value per code`,
    );
  }
  const index = new Map<string, number>();
  groups.forEach((g, i) => index.set(g, i));
  const sums = new Float64Array(groups.length);
  let unclassified = 0;
  for (let k = 0; k < nv; k++) {
    const vi = Math.floor(k / vw);
    const vj = k - vi * vw;
    const x = values[vi][vj];
    if (x === null || x === undefined) continue;
    if (Number.isNaN(x)) throw new InputError(`values: ${cellName(vi, vj)} is not a number`);
    if (x < 0) throw new InputError(`values: ${cellName(vi, vj)} is negative (${x}); trade values must be ≥ 0`);
    const ci = Math.floor(k / cw);
    const cj = k - ci * cw;
    const row = codes[ci];
    const v = Array.isArray(row) ? row[cj] : row;
    if (isBlankCell(v)) {
      unclassified += x;
      continue;
    }
    const o = classify(v);
    const gi = typeof o === "string" ? index.get(o) : undefined;
    if (gi === undefined) unclassified += x;
    else sums[gi] += x;
  }
  let total = 0;
  for (let g = 0; g < sums.length; g++) total += sums[g];
  const share = (x: number, of: number, what: string): number | CellError =>
    of === 0 ? new CellError("#DIV/0!", `The share of ${what} is undefined: the total is 0`) : x / of;
  const out: ShareCell[][] = [SHARE_HEADER.slice()];
  groups.forEach((g, i) => out.push([g, sums[i], share(sums[i], total, g)]));
  out.push(["Total", total, total === 0 ? share(0, 0, "Total") : 1]);
  out.push(["Unclassified", unclassified, share(unclassified, total + unclassified, "Unclassified")]);
  return out;
}
