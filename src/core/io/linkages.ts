/**
 * Rasmussen's linkage indices from the Leontief inverse L (Rasmussen 1956; Miller & Blair 2009,
 * §12.2; docs/methods.md §14.3), each normalised by the mean of its kind so that they average 1:
 * - BACKWARD, the power of dispersion: BL_j = n·Σ_i l_ij / Σ_ij l_ij (column sums of L): how much
 *   sector j draws on the whole economy per unit of its final demand, relative to the average;
 * - FORWARD, the sensitivity of dispersion: FL_i = n·Σ_j l_ij / Σ_ij l_ij (row sums of L): how
 *   much sector i's output responds to a unit of final demand in every sector.
 * A value above 1 marks a sector linked more strongly than the average one.
 */
import { InputError } from "../errors";
import { leontiefColumnSums, leontiefFactors, leontiefRowSums } from "./leontief";
import { CellNumbers, coefficientMatrix } from "./matrix";

/** The linkage of IO.LINKAGES: Rasmussen's power (backward) or sensitivity (forward) of dispersion. */
export type LinkageKind = "BACKWARD" | "FORWARD";

const KIND_NAMES = new Map<string, LinkageKind>([
  ["BACKWARD", "BACKWARD"],
  ["FORWARD", "FORWARD"],
  ["后向", "BACKWARD"],
  ["前向", "FORWARD"],
]);

/**
 * The linkage kind of a name: BACKWARD or FORWARD (case-insensitive), 后向 or 前向.
 *
 * @example linkageKind("forward") // "FORWARD"
 */
export function linkageKind(name: string): LinkageKind {
  const kind = KIND_NAMES.get(name.trim().toUpperCase());
  if (kind === undefined)
    throw new InputError(
      `kind must be BACKWARD (后向, the default) or FORWARD (前向), not "${name.length > 20 ? `${name.slice(0, 20)}…` : name}"`
    );
  return kind;
}

/**
 * Rasmussen's backward (column sums of L) or forward (row sums of L) linkages of technical
 * coefficients A, each divided by the mean of the n sums: n·s_k / Σ s. Computed from one solve
 * with the LU factors of I − A, without the inverse.
 *
 * @example linkages([[0.15, 0.25], [0.2, 0.05]], "BACKWARD") // [2.3 / 2.25, 2.2 / 2.25] ≈ [1.022, 0.978]
 */
export function linkages(coefficients: CellNumbers, kind: LinkageKind): number[] {
  const f = leontiefFactors(coefficientMatrix(coefficients));
  const s = kind === "BACKWARD" ? leontiefColumnSums(f) : leontiefRowSums(f);
  let total = 0;
  for (const v of s) total += v;
  const n = s.length;
  return s.map((v) => (n * v) / total);
}
