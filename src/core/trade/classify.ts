/**
 * Groups of product codes (paper, Table 1; docs/methods.md §5):
 * - SITC codes classify by their section (first digit): 0–4 RIB, 5 TIB, 6 LIB, 7 TIB, 8 LIB,
 *   9 OTHER.
 * - HS6 codes classify through the conversion table of their edition (Rev.3 for HS1992–HS2007,
 *   Rev.4 for HS2012–HS2022, see GROUP_REVISION). With system HS the newest edition that has the
 *   code wins.
 * - HS headings (4 digits) and chapters (2 digits) take the group of the majority of their
 *   6-digit subheadings in the edition (each subheading one vote, not weighted by trade). A tie
 *   goes to the tied group that comes first in code order (the group of the lowest-numbered
 *   subheading among the tied groups). With system HS, the newest edition that has the heading
 *   or chapter decides, as for 6-digit codes.
 * - A user mapping replaces the groups: the longest prefix of the normalised code wins. The
 *   mapping changes the groups, not which codes are valid: the code must still exist.
 */
import { Classifier, Outcome, PrefixMapping, lookupPrefix, memoizeClassifier } from "../classify";
import { InputError } from "../errors";
import { EDITION_NAMES, TradeSystem, hsSubject, normalizeHs, normalizeSitc } from "./codes";
import { ABSENT, GROUPS, TradeTables, tradeTables } from "./tables";

interface ShortGroups {
  /** 2- or 4-digit prefix → group index, per edition. */
  byEdition: Map<string, number>[];
}

let shortGroups: ShortGroups | null = null;

/** Majority groups of all headings and chapters of every edition (computed on first use). */
function headingGroups(t: TradeTables): ShortGroups {
  if (shortGroups) return shortGroups;
  const byEdition: Map<string, number>[] = [];
  const G = GROUPS.length;
  for (let e = 0; e < t.editions.length; e++) {
    const g = t.group[e];
    // prefix → [count per group..., first position per group...]
    const tally = new Map<string, number[]>();
    for (let i = 0; i < t.codes.length; i++) {
      const gi = g[i];
      if (gi === ABSENT) continue;
      const code = t.codes[i];
      for (const p of [code.slice(0, 2), code.slice(0, 4)]) {
        let a = tally.get(p);
        if (!a) {
          a = new Array(2 * G).fill(0);
          for (let k = 0; k < G; k++) a[G + k] = Infinity;
          tally.set(p, a);
        }
        a[gi]++;
        if (a[G + gi] === Infinity) a[G + gi] = i;
      }
    }
    const m = new Map<string, number>();
    for (const [p, a] of tally) m.set(p, majority(a, G));
    byEdition.push(m);
  }
  shortGroups = { byEdition };
  return shortGroups;
}

/** The group with most votes; ties go to the group whose first subheading comes first. */
function majority(a: number[], G: number): number {
  let best = 0;
  for (let k = 1; k < G; k++) {
    if (a[k] > a[best] || (a[k] === a[best] && a[G + k] < a[G + best])) best = k;
  }
  return best;
}

/** Votes per group of a heading or chapter in an edition (for documentation and tests). */
export function subheadingVotes(prefix: string, edition: number): number[] {
  const t = tradeTables();
  const votes = new Array(GROUPS.length).fill(0);
  const g = t.group[edition];
  for (let i = 0; i < t.codes.length; i++) {
    if (g[i] !== ABSENT && t.codes[i].startsWith(prefix)) votes[g[i]]++;
  }
  return votes;
}

/** The subject of an error about a normalised HS code: "HS code 010121", "HS heading 0101" … */
const showHs = (code: unknown): string => hsSubject(code as string);

function notIn(code: string, edition: number | null): InputError {
  return InputError.aboutValue(
    "",
    code,
    edition === null ? "is not in any HS edition" : `is not in ${EDITION_NAMES[edition]}`,
    "na",
    showHs
  );
}

/**
 * Group index of a normalised HS code (2, 4 or 6 digits) in an edition (index) or, for null, the
 * newest edition that has it; a failure (#N/A) when no such edition has it.
 */
export function hsGroupIndex(code: string, edition: number | null): number | InputError {
  const t = tradeTables();
  if (code.length === 6) {
    const i = t.index.get(code);
    if (i !== undefined) {
      if (edition !== null) {
        const g = t.group[edition][i];
        if (g !== ABSENT) return g;
      } else {
        for (let e = t.editions.length - 1; e >= 0; e--) {
          const g = t.group[e][i];
          if (g !== ABSENT) return g;
        }
      }
    }
    return notIn(code, edition);
  }
  const s = headingGroups(t).byEdition;
  if (edition !== null) {
    const g = s[edition].get(code);
    return g === undefined ? notIn(code, edition) : g;
  }
  for (let e = s.length - 1; e >= 0; e--) {
    const g = s[e].get(code);
    if (g !== undefined) return g;
  }
  return notIn(code, null);
}

/** The newest edition (index) that has a normalised HS code, or -1. */
export function newestEditionOf(code: string): number {
  const t = tradeTables();
  if (code.length === 6) {
    const i = t.index.get(code);
    if (i === undefined) return -1;
    for (let e = t.editions.length - 1; e >= 0; e--) if (t.group[e][i] !== ABSENT) return e;
    return -1;
  }
  const s = headingGroups(t).byEdition;
  for (let e = s.length - 1; e >= 0; e--) if (s[e].has(code)) return e;
  return -1;
}

/** Group index of a normalised SITC code (its section). */
export function sitcGroupIndex(code: string): number {
  return tradeTables().sectionGroup[code.charCodeAt(0) - 48];
}

/**
 * The SITC code (revision 3 or 4) of a normalised HS code as the edition's conversion table
 * gives it; with edition null, the newest edition whose table of that revision has the code.
 */
export function hsToSitc(
  code: string,
  revision: 3 | 4,
  edition: number | null
): string | InputError {
  if (code.length !== 6) {
    return InputError.aboutValue(
      "",
      code,
      "has no single SITC code: TRADE.SITC needs a 6-digit HS code",
      "na",
      showHs
    );
  }
  const t = tradeTables();
  const i = t.index.get(code);
  const table = t.sitc[revision - 3];
  if (i !== undefined) {
    if (edition !== null) {
      if (table[edition][i] !== "") return table[edition][i];
    } else {
      for (let e = t.editions.length - 1; e >= 0; e--) if (table[e][i] !== "") return table[e][i];
    }
  }
  const where = edition === null ? "any HS edition" : EDITION_NAMES[edition];
  const inOther =
    i !== undefined &&
    (edition === null ? t.group.some((g) => g[i] !== ABSENT) : t.group[edition][i] !== ABSENT);
  return InputError.aboutValue(
    "",
    code,
    inOther
      ? `is not in the SITC Rev.${revision} conversion table of ${where}`
      : `is not in ${where}`,
    "na",
    showHs
  );
}

const classifiers = new Map<string, Classifier>();

/**
 * The classifier of raw cells for a system and an optional mapping: each value gives its group
 * label or a failure. Without a mapping, classifiers are shared and memoised by raw value.
 */
export function tradeClassifier(
  system: TradeSystem,
  mapping: PrefixMapping | null = null
): Classifier {
  if (mapping === null) {
    let c = classifiers.get(system.name);
    if (!c) {
      c = memoizeClassifier(rawClassifier(system, null));
      classifiers.set(system.name, c);
    }
    return c;
  }
  return memoizeClassifier(rawClassifier(system, mapping));
}

function rawClassifier(system: TradeSystem, mapping: PrefixMapping | null): Classifier {
  if (system.kind === "sitc") {
    return (v: unknown): Outcome => {
      const code = normalizeSitc(v);
      if (typeof code !== "string") return code;
      if (mapping === null) return GROUPS[sitcGroupIndex(code)];
      const li = lookupPrefix(mapping, code);
      return li < 0
        ? InputError.about(`SITC code ${code}`, "matches no prefix of the mapping", "na")
        : mapping.labels[li];
    };
  }
  const edition = system.edition;
  return (v: unknown): Outcome => {
    const code = normalizeHs(v);
    if (typeof code !== "string") return code;
    const g = hsGroupIndex(code, edition);
    if (typeof g !== "number") return g;
    if (mapping === null) return GROUPS[g];
    const li = lookupPrefix(mapping, code);
    return li < 0
      ? InputError.aboutValue("", code, "matches no prefix of the mapping", "na", showHs)
      : mapping.labels[li];
  };
}

const sitcConverters = new Map<string, Classifier>();

/** Converter of raw HS cells to SITC codes of a revision (memoised per system and revision). */
export function sitcConverter(system: TradeSystem, revision: 3 | 4): Classifier {
  if (system.kind !== "hs")
    throw new InputError("TRADE.SITC converts HS codes: system must be HS or an HS edition");
  const key = `${system.name}/${revision}`;
  let c = sitcConverters.get(key);
  if (!c) {
    const edition = system.edition;
    c = memoizeClassifier((v: unknown): Outcome => {
      const code = normalizeHs(v);
      if (typeof code !== "string") return code;
      return hsToSitc(code, revision, edition);
    });
    sitcConverters.set(key, c);
  }
  return c;
}
