/**
 * User mappings: a 2-column range (code prefix, group label) that replaces the default groups.
 * Prefixes are normalised like the codes they match (by the caller's `normalize`); the longest
 * matching prefix wins; labels are matched case-insensitively and shown as first written.
 */
import { InputError, cellName } from "../errors";
import { CellFailure, isBlankCell, show, toGrid } from "./cells";

export interface PrefixMapping {
  /** Distinct labels in order of first appearance, as first written (trimmed). */
  labels: string[];
  /** normalised prefix → index into labels. */
  byPrefix: Map<string, number>;
  /** Length of the longest prefix. */
  maxLength: number;
}

/**
 * Parses a mapping range. Rows with both cells blank are skipped. Throws #VALUE! for a range that
 * is not 2 columns wide, a prefix without a label or the reverse, a prefix `normalize` rejects,
 * the same prefix given two different labels, a label in `reserved`, or no rows at all.
 */
export function parseMapping(
  range: unknown,
  normalize: (v: unknown) => string | CellFailure,
  reserved: readonly string[] = [],
): PrefixMapping {
  const grid = toGrid(range);
  const width = grid.reduce((w, row) => Math.max(w, Array.isArray(row) ? row.length : 1), 0);
  if (width !== 2) {
    throw new InputError(`mapping must be a 2-column range (code prefix, group), not ${grid.length}×${width}`);
  }
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const byPrefix = new Map<string, number>();
  let maxLength = 0;
  const reservedUpper = reserved.map((r) => r.toUpperCase());
  for (let i = 0; i < grid.length; i++) {
    const row = Array.isArray(grid[i]) ? grid[i] : [grid[i]];
    const p = row[0];
    const l = row[1];
    const pBlank = isBlankCell(p);
    const lBlank = isBlankCell(l);
    if (pBlank && lBlank) continue;
    if (pBlank) throw new InputError(`mapping: ${cellName(i, 0)} is blank but its group is ${show(l)}`);
    if (lBlank) throw new InputError(`mapping: ${cellName(i, 1)} (the group of ${show(p)}) is blank`);
    if (typeof l !== "string" && typeof l !== "number") {
      throw new InputError(`mapping: ${cellName(i, 1)} must be a group name, not ${show(l)}`);
    }
    const prefix = normalize(p);
    if (typeof prefix !== "string") {
      throw new InputError(`mapping: ${cellName(i, 0)} ${show(p)} is not a valid prefix: ${prefix.predicate}`);
    }
    const label = String(l).trim();
    const key = label.toUpperCase();
    if (reservedUpper.includes(key)) {
      throw new InputError(`mapping: ${cellName(i, 1)} uses the reserved name ${show(label)}; choose another group name`);
    }
    let li = labelIndex.get(key);
    if (li === undefined) {
      li = labels.length;
      labels.push(label);
      labelIndex.set(key, li);
    }
    const had = byPrefix.get(prefix);
    if (had !== undefined && had !== li) {
      throw new InputError(`mapping: prefix ${prefix} (${cellName(i, 0)}) is given two groups, ${labels[had]} and ${label}`);
    }
    byPrefix.set(prefix, li);
    if (prefix.length > maxLength) maxLength = prefix.length;
  }
  if (byPrefix.size === 0) throw new InputError("mapping has no rows");
  return { labels, byPrefix, maxLength };
}

/** Index of the label of the longest prefix of `code`, or -1 when no prefix matches. */
export function lookupPrefix(m: PrefixMapping, code: string): number {
  for (let k = Math.min(code.length, m.maxLength); k >= 1; k--) {
    const li = m.byPrefix.get(k === code.length ? code : code.slice(0, k));
    if (li !== undefined) return li;
  }
  return -1;
}
