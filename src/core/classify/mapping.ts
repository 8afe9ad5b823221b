/**
 * User mappings: a 2-column range (code prefix, group label) that replaces the default groups.
 * Prefixes are normalised like the codes they match (by the caller's `normalize`); the longest
 * matching prefix wins; labels are matched case-insensitively and shown as first written.
 */
import { cellAt, describe, gridWidth, isBlank, toGrid } from "../cells";
import { InputError, cellName } from "../errors";

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
  normalize: (v: unknown) => string | InputError,
  reserved: readonly string[] = []
): PrefixMapping {
  const grid = toGrid(range);
  const width = gridWidth(grid);
  if (width !== 2) {
    throw new InputError(
      `mapping must be a 2-column range (code prefix, group), not ${grid.length}×${width}`
    );
  }
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const byPrefix = new Map<string, number>();
  let maxLength = 0;
  const reservedUpper = reserved.map((r) => r.toUpperCase());
  for (let i = 0; i < grid.length; i++) {
    const p = cellAt(grid, i, 0);
    const l = cellAt(grid, i, 1);
    const pBlank = isBlank(p);
    const lBlank = isBlank(l);
    if (pBlank && lBlank) continue;
    if (pBlank)
      throw new InputError(`mapping: ${cellName(i, 0)} is blank but its group is ${describe(l)}`);
    if (lBlank)
      throw new InputError(`mapping: ${cellName(i, 1)} (the group of ${describe(p)}) is blank`);
    if (typeof l !== "string" && typeof l !== "number") {
      throw new InputError(`mapping: ${cellName(i, 1)} must be a group name, not ${describe(l)}`);
    }
    const prefix = normalize(p);
    if (typeof prefix !== "string") {
      throw new InputError(
        `mapping: ${cellName(i, 0)} ${describe(p)} is not a valid prefix: ${prefix.predicate || prefix.message}`
      );
    }
    const label = String(l).trim();
    const key = label.toUpperCase();
    if (reservedUpper.includes(key)) {
      throw new InputError(
        `mapping: ${cellName(i, 1)} uses the reserved name ${describe(label)}; choose another group name`
      );
    }
    let li = labelIndex.get(key);
    if (li === undefined) {
      li = labels.length;
      labels.push(label);
      labelIndex.set(key, li);
    }
    const had = byPrefix.get(prefix);
    if (had !== undefined && had !== li) {
      throw new InputError(
        `mapping: prefix ${prefix} (${cellName(i, 0)}) is given two groups, ${describe(labels[had])} and ${describe(label)}`
      );
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
