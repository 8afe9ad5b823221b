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
 * When a sum would overflow, values are scaled by the largest before they are added, so shares
 * stay right for values up to Excel's largest number; a sum beyond it is a #NUM! cell.
 */
import { cellAt, gridWidth, isBlank } from "../cells";
import { InputError, cellName } from "../errors";
import type { Classifier } from "./grid";

export const SHARE_HEADER: readonly string[] = ["Group", "Value", "Share"];
/** Labels a mapping cannot use in a share table (they name its other rows). */
export const RESERVED_LABELS: readonly string[] = ["Group", "Total", "Unclassified"];

export type ShareCell = string | number | InputError;

/**
 * The share table of `values` (already parsed: numbers, null for blanks, NaN for non-numbers)
 * by the group `classify` gives each code. codes and values must have the same number of cells,
 * in any orientation; they are paired in row-major order. Throws #VALUE! for a count mismatch,
 * a non-numeric or a negative value (naming its cell).
 *
 * @example shareTable([["010121"], ["847130"]], [[1], [3]], classify, GROUPS)[1] // ["RIB", 1, 0.25]
 */
export function shareTable(
  codes: readonly unknown[],
  values: readonly (readonly (number | null)[])[],
  classify: Classifier,
  groups: readonly string[]
): ShareCell[][] {
  const cw = gridWidth(codes);
  const vw = gridWidth(values);
  const nc = codes.length * cw;
  const nv = values.length * vw;
  if (nc !== nv) {
    throw new InputError(
      `values has ${nv} cells (${values.length}×${vw}) but codes has ${nc} (${codes.length}×${cw}); give one value per code`
    );
  }
  const index = new Map<string, number>();
  groups.forEach((g, i) => index.set(g, i));
  const UNCLASSIFIED = groups.length;
  // First pass: each value's group (or -1 for none) and the largest value, for scaling.
  const groupOf = new Int32Array(nv).fill(-1);
  const amount = new Float64Array(nv);
  let largest = 0;
  for (let k = 0; k < nv; k++) {
    const vi = Math.floor(k / vw);
    const vj = k - vi * vw;
    const x = values[vi][vj];
    if (x === null || x === undefined) continue;
    if (Number.isNaN(x)) throw new InputError(`values: ${cellName(vi, vj)} is not a number`);
    if (x < 0)
      throw new InputError(
        `values: ${cellName(vi, vj)} is negative (${x}); trade values must be ≥ 0`
      );
    amount[k] = x;
    if (x > largest) largest = x;
    const ci = Math.floor(k / cw);
    const v = cellAt(codes, ci, k - ci * cw);
    if (isBlank(v)) {
      groupOf[k] = UNCLASSIFIED;
      continue;
    }
    const o = classify(v);
    const gi = typeof o === "string" ? index.get(o) : undefined;
    groupOf[k] = gi === undefined ? UNCLASSIFIED : gi;
  }
  // Second pass: the sums, directly; only when one overflows, in units of the largest value.
  const sums = (scale: number) => {
    const s = new Float64Array(groups.length + 1);
    for (let k = 0; k < nv; k++) if (groupOf[k] >= 0) s[groupOf[k]] += amount[k] / scale;
    return s;
  };
  let scale = 1;
  let scaled = sums(1);
  let total = 0;
  for (let g = 0; g < groups.length; g++) total += scaled[g];
  if (!Number.isFinite(total + scaled[UNCLASSIFIED])) {
    scale = largest;
    scaled = sums(scale);
    total = 0;
    for (let g = 0; g < groups.length; g++) total += scaled[g];
  }
  const unclassified = scaled[UNCLASSIFIED];
  const sumCell = (s: number, what: string): number | InputError => {
    const x = s * scale;
    return Number.isFinite(x)
      ? x
      : new InputError(
          `The sum of the values of ${what} is beyond Excel's largest number (about 1.8e308)`,
          "num"
        );
  };
  const share = (x: number, of: number, what: string): number | InputError =>
    of === 0
      ? new InputError(`The share of ${what} cannot be computed: the total is 0`, "div0")
      : x / of;
  const out: ShareCell[][] = [SHARE_HEADER.slice()];
  groups.forEach((g, i) => out.push([g, sumCell(scaled[i], g), share(scaled[i], total, g)]));
  out.push(["Total", sumCell(total, "all groups"), total === 0 ? share(0, 0, "Total") : 1]);
  out.push([
    "Unclassified",
    sumCell(unclassified, "unclassified codes"),
    share(unclassified, total + unclassified, "Unclassified"),
  ]);
  return out;
}
