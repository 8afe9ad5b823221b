/**
 * Structure over time (docs/methods.md §5.2): per year, the value and share of each group and
 * the change of each share from the previous year, and the structural change indices between
 * consecutive years (src/core/trade/change.ts).
 *
 * Conventions, the same as TRADE.SHARE's (src/core/classify/share.ts):
 * - Value = the sum of the values whose code falls in the group in that year.
 * - Share = Value / the sum over the groups in that year (Unclassified not included), so the
 *   groups' shares of a year add up to 1.
 * - Unclassified = the values whose code is unknown, malformed or matches no mapping prefix (or
 *   is blank while its value is not); its share is Unclassified / (groups + Unclassified): the
 *   part of that year's value that could not be classified.
 * - A share whose denominator is 0 has no value (null here, a #DIV/0! cell in TRADE.STRUCTURE).
 * - The change of a share is its share minus the share of the same group in the previous year
 *   of the series (the previous year present in the data, not necessarily the calendar year
 *   before); the first year has none.
 * - The indices compare the groups' shares (Unclassified left out) of each year with those of
 *   the previous year present.
 */
import { cellAt, gridWidth, isBlank, parseNumber } from "../cells";
import type { Classifier } from "../classify";
import { InputError, cellName } from "../errors";
import { CHANGE_INDICES, ChangeIndex, changeIndex } from "./change";

/** The header of TRADE.STRUCTURE's long table. */
export const STRUCTURE_HEADER: readonly string[] = ["Year", "Group", "Value", "Share"];
/** The label of the row of values that no group takes. */
export const UNCLASSIFIED = "Unclassified";

/** Per year: the value of each group (index as in `groups`), then the unclassified value. */
export type YearSums = ReadonlyMap<number, ArrayLike<number>>;

/** One group in one year: a row of the long table. */
export interface StructureRow {
  year: number;
  /** A group label, or "Unclassified" (the last row of each year). */
  group: string;
  value: number;
  /** null when the year has no classified value (the denominator is 0). */
  share: number | null;
  /** share − the share of the previous year present; null for the first year or a null share. */
  change: number | null;
}

/**
 * The rows of the long table of one series: years ascending, and in each year the groups in
 * the order given, then Unclassified.
 *
 * @example structureRows(new Map([[2020, [3, 1, 0, 0, 2]]]), ["RIB", "LIB", "TIB", "OTHER"])[0]
 * // { year: 2020, group: "RIB", value: 3, share: 0.75, change: null }
 */
export function structureRows(sums: YearSums, groups: readonly string[]): StructureRow[] {
  const G = groups.length;
  const years = [...sums.keys()].sort((a, b) => a - b);
  const out: StructureRow[] = [];
  let previous: (number | null)[] | null = null;
  for (const year of years) {
    const s = sums.get(year) as ArrayLike<number>;
    let total = 0;
    for (let g = 0; g < G; g++) total += s[g];
    const u = s[G] ?? 0;
    const shares: (number | null)[] = [];
    for (let g = 0; g < G; g++) shares.push(total > 0 ? s[g] / total : null);
    shares.push(total + u > 0 ? u / (total + u) : null);
    for (let g = 0; g <= G; g++) {
      const share = shares[g];
      const before = previous ? previous[g] : null;
      out.push({
        year,
        group: g < G ? groups[g] : UNCLASSIFIED,
        value: g < G ? s[g] : u,
        share,
        change: share !== null && before !== null ? share - before : null,
      });
    }
    previous = shares;
  }
  return out;
}

/** The structural change of one series from one year to the next year present. */
export interface YearChange {
  from: number;
  to: number;
  /** Each index (CHANGE_INDICES) of the groups' shares; null when either year has no classified value. */
  indices: Record<ChangeIndex, number | null>;
}

/**
 * The structural change indices between each year and the next year present, on the groups'
 * values (Unclassified left out; changeIndex turns them into shares).
 *
 * @example structureChanges(new Map([[2020, [5, 3, 2, 0]], [2021, [4, 3, 3, 0]]]), 4)[0].indices.NAV // 0.1
 */
export function structureChanges(sums: YearSums, groups: number): YearChange[] {
  const years = [...sums.keys()].sort((a, b) => a - b);
  const out: YearChange[] = [];
  const classified = (y: number) => {
    const s = sums.get(y) as ArrayLike<number>;
    const v = new Float64Array(groups);
    let total = 0;
    for (let g = 0; g < groups; g++) total += v[g] = s[g];
    return total > 0 ? v : null;
  };
  for (let t = 1; t < years.length; t++) {
    const a = classified(years[t - 1]);
    const b = classified(years[t]);
    const indices = {} as Record<ChangeIndex, number | null>;
    for (const index of CHANGE_INDICES) indices[index] = a && b ? changeIndex(a, b, index) : null;
    out.push({ from: years[t - 1], to: years[t], indices });
  }
  return out;
}

export type StructureCell = string | number | InputError;

/** A walk over the cells of a range in row-major order (no division per cell). */
class Cells {
  /** The position of the cell `next` returned last. */
  row = 0;
  col = 0;
  private i = 0;
  private j = 0;
  /** `width` is gridWidth(grid) (a scan of every row: measured once per range). */
  constructor(
    private readonly grid: readonly unknown[],
    readonly width: number
  ) {}
  get count(): number {
    return this.grid.length * this.width;
  }
  next(): unknown {
    const v = cellAt(this.grid, this.i, this.j);
    this.row = this.i;
    this.col = this.j;
    if (++this.j >= this.width) {
      this.j = 0;
      this.i++;
    }
    return v;
  }
}

/**
 * TRADE.STRUCTURE: the long table (header Year, Group, Value, Share; see the module comment)
 * of `values` by the group `classify` gives each code and by the year beside it. The three
 * ranges have the same number of cells, paired in row-major order. A row whose value is blank is
 * skipped (no trade). Throws #VALUE! naming the cell for a count mismatch, a value that is not a
 * number or is negative, and a year that is blank (beside a value) or not a whole number from
 * 1000 to 9999. A sum beyond Excel's largest number is a #NUM! cell; a share whose denominator is
 * 0 a #DIV/0! cell.
 *
 * @example structureTable([["010121"], ["847130"]], [[1], [3]], [[2020], [2020]], classify, GROUPS)[1]
 * // [2020, "RIB", 1, 0.25]
 */
export function structureTable(
  codes: readonly unknown[],
  values: readonly unknown[],
  years: readonly unknown[],
  classify: Classifier,
  groups: readonly string[]
): StructureCell[][] {
  const widths = [codes, values, years].map((g) => gridWidth(g));
  const nc = codes.length * widths[0];
  const n = values.length * widths[1];
  const ny = years.length * widths[2];
  if (nc !== n || ny !== n) {
    throw new InputError(
      `codes has ${nc} cells, values ${n} and years ${ny}; give one code and one year per value`
    );
  }
  const index = new Map<string, number>();
  groups.forEach((g, i) => index.set(g, i));
  const first = yearSums(codes, values, years, widths, classify, index, groups.length, 1);
  let sums = first.sums;
  let scale = 1;
  for (const s of sums.values()) {
    let total = 0;
    for (let i = 0; i < s.length; i++) total += s[i];
    if (!Number.isFinite(total)) {
      // Only sums near Excel's largest number get here: the shares from sums in units of the
      // largest value, the values (beyond Excel's numbers) as #NUM! cells.
      scale = first.largest;
      sums = yearSums(codes, values, years, widths, classify, index, groups.length, scale).sums;
      break;
    }
  }
  const out: StructureCell[][] = [STRUCTURE_HEADER.slice()];
  for (const row of structureRows(sums, groups)) {
    const x = row.value * scale;
    out.push([
      row.year,
      row.group,
      Number.isFinite(x)
        ? x
        : new InputError(
            `The sum of the values of ${row.group} in ${row.year} is beyond Excel's largest number (about 1.8e308)`,
            "num"
          ),
      row.share ??
        new InputError(
          `The share of ${row.group} in ${row.year} cannot be computed: the total is 0`,
          "div0"
        ),
    ]);
  }
  return out;
}

/** Distinct codes remembered by one call (HS has about 7,000 subheadings; more are rare). */
const MAX_REMEMBERED = 1 << 17;

/** One pass over the rows: the sums per year of value / scale by group (see structureTable). */
function yearSums(
  codes: readonly unknown[],
  values: readonly unknown[],
  years: readonly unknown[],
  widths: readonly number[],
  classify: Classifier,
  index: ReadonlyMap<string, number>,
  G: number,
  scale: number
): { sums: Map<number, Float64Array>; largest: number } {
  const c = new Cells(codes, widths[0]);
  const v = new Cells(values, widths[1]);
  const y = new Cells(years, widths[2]);
  const n = v.count;
  const sums = new Map<number, Float64Array>();
  // Each distinct code is classified once (up to MAX_REMEMBERED codes; then by the memo of
  // `classify`); the last code's group and the last year's sums are kept besides, as data often
  // come sorted by year or code.
  const groupOf = new Map<unknown, number>();
  let lastCode: unknown = undefined;
  let lastGroup = G;
  let lastYear = NaN;
  let lastSums: Float64Array | null = null;
  let largest = 0;
  for (let k = 0; k < n; k++) {
    const code = c.next();
    const raw = v.next();
    const yr = y.next();
    const x = typeof raw === "number" ? (Number.isFinite(raw) ? raw : NaN) : parseNumber(raw);
    if (x === null) continue;
    if (Number.isNaN(x)) throw new InputError(`values: ${cellName(v.row, v.col)} is not a number`);
    if (x < 0)
      throw new InputError(
        `values: ${cellName(v.row, v.col)} is negative (${x}); trade values must be ≥ 0`
      );
    if (yr !== lastYear || lastSums === null) {
      const t = typeof yr === "number" ? yr : parseNumber(yr);
      if (t === null)
        throw new InputError(
          `years: ${cellName(y.row, y.col)} is blank but values ${cellName(v.row, v.col)} is ${x}; give each value its year`
        );
      if (!Number.isInteger(t) || t < 1000 || t > 9999)
        throw new InputError(
          `years: ${cellName(y.row, y.col)} is not a year (a whole number such as 2019)`
        );
      // A year typed as text is looked up by its number; only a number is remembered as the last.
      lastYear = typeof yr === "number" ? yr : NaN;
      lastSums = sums.get(t) ?? null;
      if (lastSums === null) {
        lastSums = new Float64Array(G + 1);
        sums.set(t, lastSums);
      }
    }
    let g: number;
    if (k > 0 && code === lastCode) g = lastGroup;
    else {
      const known = groupOf.get(code);
      if (known !== undefined) g = known;
      else {
        if (isBlank(code)) g = G;
        else {
          const o = classify(code);
          g = typeof o === "string" ? (index.get(o) ?? G) : G;
        }
        if (groupOf.size < MAX_REMEMBERED && (typeof code === "string" || typeof code === "number"))
          groupOf.set(code, g);
      }
      lastCode = code;
      lastGroup = g;
    }
    lastSums[g] += x / scale;
    if (x > largest) largest = x;
  }
  return { sums, largest };
}
