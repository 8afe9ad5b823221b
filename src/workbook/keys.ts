/**
 * The keys of the workbook's input and result cells, made and parsed in one place. Input keys
 * are stored in the workbook (sheet _EvalMeta) and match what the user typed to its place when
 * the workbook is rebuilt, so their text form never changes:
 *
 * | input | key |
 * |---|---|
 * | judgment of `row` over `column` under `parent`, block `block` (an expert "e1", "agreed") | `j|parent|block|row|column` |
 * | score of indicator `id` by expert h (1-based) | `s|id|eh` |
 * | value of quantitative indicator `id` in `year` | `q|id|year` |
 * | the same of unit `name`, with several units | `s|id|eh|u:name`, `q|id|year|u:name` |
 * | typed worst / best threshold of quantitative indicator `id` | `qt|id|worst`, `qt|id|best` |
 * | trade row i, column c (0 year, 1 code, 2 value) | `t|i|c` |
 * | service row i, column c (0 code, 1 value, 2 year) | `v|i|c` |
 * | Coupling sheet: system score U₂ or U₃ (of unit `name`, with several) | `cp|u2`, `cp|u3|u:name` |
 * | Coupling sheet: weight of system i (1–3) in T | `cp|w|i` |
 * | Embodied Carbon sheet: sector i, column c (0 name, 1 ISIC code, 2 class, 3 output, 4 emissions, 5 exports, 6 imports) | `e|i|c` |
 * | Embodied Carbon sheet: intermediate flow from sector i to sector j | `z|i|j` |
 *
 * A unit's name is written with encodeURIComponent (`u:Hubei%7CWuhan` for "Hubei|Wuhan"), so
 * any name keeps the key's parts apart; one unit has the keys without a unit part, as before
 * units existed.
 *
 * Result keys name what the workbook computes (tests and the task pane read results by them);
 * with several units, a unit's results carry the same `|u:name` part (forUnit).
 */

export type InputKey =
  | { kind: "judgment"; parent: string; block: string; row: string; column: string }
  | { kind: "score"; indicator: string; expert: number; unit?: string }
  | { kind: "data"; indicator: string; year: number; unit?: string }
  | { kind: "threshold"; indicator: string; end: "worst" | "best" }
  | { kind: "trade"; row: number; column: number }
  | { kind: "service"; row: number; column: number }
  | { kind: "coupling"; system: 2 | 3; unit?: string }
  | { kind: "couplingWeight"; system: 1 | 2 | 3 }
  | { kind: "sector"; row: number; column: number }
  | { kind: "flow"; row: number; column: number };

/** The text of an input key. */
export function inputKey(k: InputKey): string {
  switch (k.kind) {
    case "judgment":
      return `j|${k.parent}|${k.block}|${k.row}|${k.column}`;
    case "score":
      return forUnit(`s|${k.indicator}|e${k.expert}`, k.unit);
    case "data":
      return forUnit(`q|${k.indicator}|${k.year}`, k.unit);
    case "threshold":
      return `qt|${k.indicator}|${k.end}`;
    case "trade":
      return `t|${k.row}|${k.column}`;
    case "service":
      return `v|${k.row}|${k.column}`;
    case "coupling":
      return forUnit(`cp|u${k.system}`, k.unit);
    case "couplingWeight":
      return `cp|w|${k.system}`;
    case "sector":
      return `e|${k.row}|${k.column}`;
    case "flow":
      return `z|${k.row}|${k.column}`;
  }
}

export const judgmentKey = (parent: string, block: string, row: string, column: string) =>
  inputKey({ kind: "judgment", parent, block, row, column });
/** The unit part of a key: `|u:` and the name, encoded (none for one unit: `unit` undefined). */
export const unitPart = (unit: string | undefined) =>
  unit === undefined ? "" : `|u:${encodeURIComponent(unit)}`;
/** `key` of unit `unit` (undefined: the one unit, the key itself). */
export const forUnit = (key: string, unit: string | undefined) => `${key}${unitPart(unit)}`;

/** The unit a key's last part names (`u:…`), null when it has none, undefined when it is not a unit part. */
function unitOf(part: string | undefined): string | null | undefined {
  if (part === undefined) return null;
  if (!part.startsWith("u:")) return undefined;
  try {
    return decodeURIComponent(part.slice(2));
  } catch {
    return undefined;
  }
}

export const scoreKey = (indicator: string, expert: number, unit?: string) =>
  inputKey({ kind: "score", indicator, expert, unit });
export const dataKey = (indicator: string, year: number, unit?: string) =>
  inputKey({ kind: "data", indicator, year, unit });
export const thresholdKey = (indicator: string, end: "worst" | "best") =>
  inputKey({ kind: "threshold", indicator, end });
export const tradeKey = (row: number, column: number) => inputKey({ kind: "trade", row, column });
export const serviceKey = (row: number, column: number) =>
  inputKey({ kind: "service", row, column });
/** The Coupling sheet's typed score of system 2 or 3 (of `unit`, with several units). */
export const couplingKey = (system: 2 | 3, unit?: string) =>
  inputKey({ kind: "coupling", system, unit });
export const couplingWeightKey = (system: 1 | 2 | 3) =>
  inputKey({ kind: "couplingWeight", system });

/** The Embodied Carbon sheet's sector i, column c (see SECTOR_COLUMNS in build/embodied.ts). */
export const sectorKey = (row: number, column: number) => inputKey({ kind: "sector", row, column });
/** The Embodied Carbon sheet's intermediate flow from sector i (row) to sector j (column). */
export const flowKey = (row: number, column: number) => inputKey({ kind: "flow", row, column });

const wholeNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : NaN);

/** The input key a text stands for, or null when it is not one. */
export function parseInputKey(key: string): InputKey | null {
  const p = key.split("|");
  switch (p[0]) {
    case "j":
      return p.length === 5
        ? { kind: "judgment", parent: p[1], block: p[2], row: p[3], column: p[4] }
        : null;
    case "s": {
      const unit = p.length === 3 || p.length === 4 ? unitOf(p[3]) : undefined;
      const h = unit !== undefined && p[2].startsWith("e") ? wholeNumber(p[2].slice(1)) : NaN;
      if (Number.isNaN(h)) return null;
      return unit === null
        ? { kind: "score", indicator: p[1], expert: h }
        : { kind: "score", indicator: p[1], expert: h, unit };
    }
    case "q": {
      const unit = p.length === 3 || p.length === 4 ? unitOf(p[3]) : undefined;
      const y = unit !== undefined ? Number(p[2]) : NaN;
      if (!Number.isInteger(y)) return null;
      return unit === null
        ? { kind: "data", indicator: p[1], year: y }
        : { kind: "data", indicator: p[1], year: y, unit };
    }
    case "qt":
      return p.length === 3 && (p[2] === "worst" || p[2] === "best")
        ? { kind: "threshold", indicator: p[1], end: p[2] }
        : null;
    case "t":
    case "v":
    case "e":
    case "z": {
      const i = p.length === 3 ? wholeNumber(p[1]) : NaN;
      const c = p.length === 3 ? wholeNumber(p[2]) : NaN;
      if (Number.isNaN(i) || Number.isNaN(c)) return null;
      const kind = ({ t: "trade", v: "service", e: "sector", z: "flow" } as const)[p[0]];
      return { kind, row: i, column: c };
    }
    case "cp": {
      if (p.length === 3 && p[1] === "w" && /^[123]$/.test(p[2]))
        return { kind: "couplingWeight", system: Number(p[2]) as 1 | 2 | 3 };
      const unit = p.length === 2 || p.length === 3 ? unitOf(p[2]) : undefined;
      if (unit === undefined || (p[1] !== "u2" && p[1] !== "u3")) return null;
      const system = p[1] === "u2" ? 2 : 3;
      return unit === null ? { kind: "coupling", system } : { kind: "coupling", system, unit };
    }
    default:
      return null;
  }
}

/** The key of the same judgment with its pair swapped (j|P|b|x|y → j|P|b|y|x); null for other keys. */
export function swappedJudgmentKey(key: string): string | null {
  const k = parseInputKey(key);
  return k?.kind === "judgment" ? judgmentKey(k.parent, k.block, k.column, k.row) : null;
}

/** A comparison block: a parent's block of one expert ("e1"), the agreed block, or the AIJ aggregate. */
export const blockId = (parent: string, block: string) => `${parent}|${block}`;

/** Result keys. */
export const resultKey = {
  /** Weight of child i (0-based) in a block. */
  blockWeight: (block: string, i: number) => `w|${block}|${i}`,
  lambda: (block: string) => `lambda|${block}`,
  ci: (block: string) => `ci|${block}`,
  ri: (block: string) => `ri|${block}`,
  cr: (block: string) => `cr|${block}`,
  /** Entry of the AIJ aggregate matrix under `parent`. */
  aggregate: (parent: string, row: string, column: string) => `aij|${parent}|${row}|${column}`,
  localWeight: (node: string) => `w|local|${node}`,
  globalWeight: (node: string) => `w|global|${node}`,
  smoothed: (indicator: string, year: number) => `smooth|${indicator}|${year}`,
  quantScore: (indicator: string) => `qscore|${indicator}`,
  /** r of an indicator for class e (0-based). */
  greyWeight: (indicator: string, e: number) => `r|${indicator}|${e}`,
  /** The global weight of an indicator as the grey evaluation uses it. */
  indicatorWeight: (indicator: string) => `gw|${indicator}`,
  /** b_e of a first-level criterion (its id) or "overall". */
  membership: (criterion: string, e: number) => `B|${criterion}|${e}`,
  /** W of a criterion; the overall W is "W". */
  value: (criterion: string) => (criterion === "overall" ? "W" : `W|${criterion}`),
  /** The grade of a criterion; the overall grade is "grade". */
  grade: (criterion: string) => (criterion === "overall" ? "grade" : `grade|${criterion}`),
  tradeShare: (year: number, group: string) => `trade|${year}|${group}`,
  /** The change of a group's share from the year before to `year`. */
  tradeShareChange: (year: number, group: string) => `trade|change|${year}|${group}`,
  /** A structural change index (MOORE, ANGLE, LILIEN, NAV) from the year before to `year`. */
  tradeChange: (year: number, index: string) => `trade|index|${year}|${index}`,
  /** The share of a service class over all rows, with or without a year. */
  serviceShare: (cls: string) => `service|${cls}`,
  serviceShareByYear: (year: number, cls: string) => `service|${year}|${cls}`,
  /** Status sheet: entered and expected counts of "judgments", "scores", "series" or "blocks" (consistent). */
  progress: (what: "judgments" | "scores" | "series" | "blocks", field: "entered" | "expected") =>
    `status|${what}|${field}`,
  /** Status sheet: a block's state, and its t-th worst judgment (1-based) "A vs B". */
  blockState: (block: string) => `state|${block}`,
  worstJudgment: (block: string, t: number) => `worst|${block}|${t}`,
  /** The warning results carry while they are provisional (blank when final). */
  warning: "warning",
  /** Several units: the Units table's W, grade, rank and b_e of a unit (its name). */
  unitValue: (unit: string) => forUnit("units|W", unit),
  unitGrade: (unit: string) => forUnit("units|grade", unit),
  unitRank: (unit: string) => forUnit("units|rank", unit),
  unitMembership: (unit: string, e: number) => forUnit(`units|B|${e}`, unit),
  /** Several units: the Status sheet's scores and complete series of a unit, entered. */
  unitProgress: (unit: string, what: "scores" | "series") => forUnit(`status|unit|${what}`, unit),
  /** Coupling sheet: a unit's U₁ (W rescaled), C, T, D and grade (its name; undefined with one unit). */
  coupling: (what: "u1" | "c" | "t" | "d" | "grade" | "note", unit: string | undefined) =>
    forUnit(`coupling|${what}`, unit),
  /** Embodied Carbon sheet: a sector's (0-based) class used, intensities, embodied emissions and note. */
  sector: (
    what: "class" | "direct" | "total" | "exports" | "imports" | "balance" | "multiplier" | "note",
    i: number
  ) => `emb|${what}|${i}`,
  /** Embodied Carbon sheet: a class's (or "Total") embodied emissions in exports and imports, and the balance. */
  embodied: (what: "exports" | "imports" | "balance" | "share", cls: string) =>
    `emb|${what}|${cls}`,
  /** The indicator at rank k (1-based) by global weight, and its weight. */
  rankedIndicator: (k: number) => `rank|${k}|name`,
  rankedWeight: (k: number) => `rank|${k}|weight`,
};
