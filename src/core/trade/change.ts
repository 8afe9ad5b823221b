/**
 * Structural change between two share vectors (docs/methods.md §5.2): how much the composition
 * of trade moved from one year to another. Both vectors list the same groups in the same order;
 * each is divided by its own sum first, so shares in percent, fractions or the values themselves
 * give the same index. With a = the shares of the first year and b those of the second:
 *
 * - MOORE, the Moore index (Moore 1978): M = Σ a_i·b_i / (√Σ a_i² · √Σ b_i²), the cosine of the
 *   angle between the two vectors; 1 = the same structure, 0 = no group in common. M ∈ [0, 1].
 * - ANGLE, the same angle in degrees: θ = arccos M · 180/π; 0° = no change, 90° = complete
 *   change. θ ∈ [0, 90].
 * - LILIEN, the modified Lilien index of Stamer (1999), the form of Lilien's (1982) dispersion
 *   index that needs only shares: MLI = √(Σ a_i·b_i·(ln(b_i / a_i))²), ≥ 0, 0 = no change.
 *   A group whose share is 0 in either year adds 0: a_i·b_i·(ln(b_i/a_i))² tends to 0 when
 *   either share tends to 0 (x·(ln x)² → 0), so 0 is the term's limit, not a convention; the
 *   index therefore does not see a group that appears or vanishes (MOORE and NAV do).
 * - NAV, the norm of absolute values (Michaely 1962): ½ Σ |b_i − a_i|, the share of trade that
 *   changed groups, ∈ [0, 1].
 *
 * References: Moore, J. H. (1978), A measure of structural change in output, Review of Income and
 * Wealth 24(1), 105–118. Lilien, D. M. (1982), Sectoral shifts and cyclical unemployment,
 * Journal of Political Economy 90(4), 777–793. Stamer, M. (1999), Strukturwandel und
 * wirtschaftliche Entwicklung in Deutschland, den USA und Japan, Shaker, Aachen. Michaely, M.
 * (1962), Concentration in International Trade, North-Holland, Amsterdam. The four forms as used
 * side by side: Dietrich, A. (2012), Does growth cause structural change, or is it the other way
 * around? A dynamic panel data analysis for seven OECD countries, Empirical Economics 43(3),
 * 915–944.
 */
import { cellAt, describe, gridWidth, parseNumber } from "../cells";
import { InputError, cellName } from "../errors";

/** The indices TRADE.CHANGE computes, in the order the README lists them. */
export const CHANGE_INDICES = ["MOORE", "ANGLE", "LILIEN", "NAV"] as const;
export type ChangeIndex = (typeof CHANGE_INDICES)[number];

/**
 * The `index` argument: MOORE (also blank or omitted), ANGLE, LILIEN (also MLI) or NAV, any case.
 *
 * @example parseChangeIndex("mli") // "LILIEN"
 */
export function parseChangeIndex(v: unknown): ChangeIndex {
  const s = v === null || v === undefined ? "" : String(v).trim().toUpperCase();
  if (s === "") return "MOORE";
  if (s === "MLI") return "LILIEN";
  if ((CHANGE_INDICES as readonly string[]).includes(s)) return s as ChangeIndex;
  throw new InputError(`index must be MOORE, ANGLE, LILIEN (or MLI) or NAV, not ${describe(v)}`);
}

/**
 * The index of two share vectors of equal length (non-negative numbers, each with a positive
 * sum; the caller checks both). Each is divided by its sum first.
 *
 * @example changeIndex([0.5, 0.3, 0.2], [0.4, 0.3, 0.3], "NAV") // 0.1
 */
export function changeIndex(
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  index: ChangeIndex
): number {
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < from.length; i++) {
    sa += from[i];
    sb += to[i];
  }
  let out = 0;
  if (index === "MOORE" || index === "ANGLE") {
    let ab = 0;
    let aa = 0;
    let bb = 0;
    for (let i = 0; i < from.length; i++) {
      const a = from[i] / sa;
      const b = to[i] / sb;
      ab += a * b;
      aa += a * a;
      bb += b * b;
    }
    // Rounding can put the cosine a hair above 1: clamp before arccos.
    const m = Math.min(1, Math.max(0, ab / (Math.sqrt(aa) * Math.sqrt(bb))));
    return index === "MOORE" ? m : (Math.acos(m) * 180) / Math.PI;
  }
  for (let i = 0; i < from.length; i++) {
    const a = from[i] / sa;
    const b = to[i] / sb;
    if (index === "NAV") out += Math.abs(b - a);
    else if (a > 0 && b > 0) {
      const l = Math.log(b / a);
      out += a * b * l * l;
    }
  }
  return index === "NAV" ? out / 2 : Math.sqrt(out);
}

/** A share vector read from a range: numbers (blanks as 0) and their sum. */
function readShares(g: readonly unknown[], name: string): { xs: Float64Array; sum: number } {
  const w = gridWidth(g);
  const xs = new Float64Array(g.length * w);
  let sum = 0;
  let k = 0;
  for (let i = 0; i < g.length; i++) {
    for (let j = 0; j < w; j++) {
      const x = parseNumber(cellAt(g, i, j));
      if (x === null || x === undefined) {
        xs[k++] = 0;
        continue;
      }
      if (Number.isNaN(x)) throw new InputError(`${name}: ${cellName(i, j)} is not a number`);
      if (x < 0)
        throw new InputError(`${name}: ${cellName(i, j)} is negative (${x}); shares must be ≥ 0`);
      xs[k++] = x;
      sum += x;
    }
  }
  return { xs, sum };
}

/**
 * TRADE.CHANGE on two ranges: the cells are paired in row-major order (any orientation, the
 * same number of cells); blanks count as 0. Throws #VALUE! for different cell counts, text or a
 * negative share, #DIV/0! when a vector sums to 0 (no trade to compare), and #NUM! when a sum is
 * beyond Excel's largest number.
 *
 * @example changeOfRanges([[0.5], [0.3], [0.2]], [[0.4], [0.3], [0.3]], "MOORE") // 0.97373…
 */
export function changeOfRanges(
  from: readonly unknown[],
  to: readonly unknown[],
  index: ChangeIndex
): number {
  const na = from.length * gridWidth(from);
  const nb = to.length * gridWidth(to);
  if (na !== nb) {
    throw new InputError(
      `shares_from has ${na} cells but shares_to has ${nb}; give the same groups in the same order`
    );
  }
  const a = readShares(from, "shares_from");
  const b = readShares(to, "shares_to");
  for (const [v, name] of [
    [a, "shares_from"],
    [b, "shares_to"],
  ] as const) {
    if (!Number.isFinite(v.sum))
      throw new InputError(`${name} sums beyond Excel's largest number (about 1.8e308)`, "num");
    if (v.sum === 0)
      throw new InputError(`${name} sums to 0: there is no structure to compare`, "div0");
  }
  return changeIndex(a.xs, b.xs, index);
}
