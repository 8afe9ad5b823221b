/**
 * The verbal Saaty scale of the Questionnaire sheets: 17 answers to "A vs B: which is more
 * important, and how much?", from "A extremely more important (9)" through "Equally important
 * (1)" to "B extremely more important (9)", and the judgment a(A, B) each stands for (9 … 2, 1,
 * 1/2 … 1/9). The labels live in this one table: the builder writes them to the drop-downs and
 * the lookup sheet, the pane reads them back through judgmentOf, and a rebuild converts between
 * the questionnaire's labels and the matrix's numbers with asAnswer and asMatrixEntry.
 */
import { parseNumber } from "../core/cells";
import type { CellValue } from "./spec";
import { LANGUAGES, Language } from "../core/language";
import { messagesOf } from "./i18n";

/** One answer of the questionnaire: its label and the judgment a(A, B) it means. */
export interface VerbalJudgment {
  label: string;
  value: number;
}

const INTENSITIES = [9, 8, 7, 6, 5, 4, 3, 2];

/**
 * The 17 answers in `language` in drop-down order: A's side (9 … 2), equal (1), B's side
 * (1/2 … 1/9). The values are the same in every language.
 *
 * @example verbalScale("zh-CN")[8] // { label: "同等重要 (1)", value: 1 }
 */
export function verbalScale(language: Language | undefined): readonly VerbalJudgment[] {
  const v = messagesOf(language).verbal;
  return [
    ...INTENSITIES.map((k) => ({ label: v.more("A", k), value: k })),
    { label: v.equal, value: 1 },
    ...[...INTENSITIES].reverse().map((k) => ({ label: v.more("B", k), value: 1 / k })),
  ];
}

/**
 * The 17 answers in English, in drop-down order: A's side (9 … 2), equal (1), B's side (1/2 … 1/9).
 *
 * @example VERBAL_SCALE[0] // { label: "A extremely more important (9)", value: 9 }
 * @example VERBAL_SCALE[16] // { label: "B extremely more important (9)", value: 1/9 }
 */
export const VERBAL_SCALE: readonly VerbalJudgment[] = verbalScale("en");

/** A label as the lookup compares it: trimmed, inner spaces collapsed, case ignored (as Excel's TRIM and MATCH do). */
const normal = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** The labels of every language: an answer chosen in one language reads back in any other. */
const BY_LABEL = new Map(
  LANGUAGES.flatMap((l) => verbalScale(l).map((v) => [normal(v.label), v.value] as const))
);

/**
 * The value of the scale `x` is, or null: x within 1e-9 · max(1, value) of one of the 17
 * values (0.333333333 and =1/3 are 1/3; 2.5 and 0.3 are not on the scale).
 *
 * @example onScale(0.333333333) // 1/3
 * @example onScale(2.5) // null
 */
export function onScale(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  for (const v of VERBAL_SCALE)
    if (Math.abs(x - v.value) <= 1e-9 * Math.max(1, v.value)) return v.value;
  return null;
}

/**
 * The label of judgment `x` (in `language`, English by default), or null when x is not on the scale (see onScale).
 *
 * @example verbalOf(3) // "A moderately more important (3)"
 * @example verbalOf(0.2) // "B strongly more important (5)"
 * @example verbalOf(2.5) // null
 */
export function verbalOf(x: number, language?: Language): string | null {
  const v = onScale(x);
  if (v === null) return null;
  return (verbalScale(language).find((s) => s.value === v) as VerbalJudgment).label;
}

/**
 * The judgment a judgment cell holds: one of the 17 labels (spaces and case ignored) gives its
 * value; a number, or text the matrix accepts ("3", "0.2", "1/5"), gives that number (see
 * parseNumber). Null for a blank cell, NaN for anything else.
 *
 * @example judgmentOf("B strongly more important (5)") // 0.2
 * @example judgmentOf("1/5") // 0.2
 * @example judgmentOf(2.5) // 2.5
 * @example judgmentOf("very important") // NaN
 */
export function judgmentOf(v: unknown): number | null {
  if (typeof v === "string") {
    const known = BY_LABEL.get(normal(v));
    if (known !== undefined) return known;
  }
  return parseNumber(v);
}

/**
 * The number a typed judgment stands for, formulas of a constant included (=1/3, =0.2, as a
 * rebuild reads them back from the cells), or null when it is not a number.
 */
function typedNumber(v: CellValue): number | null {
  if (typeof v === "string" && /^\s*=/.test(v)) {
    const x = parseNumber(v.replace(/^\s*=/, ""));
    return x === null || Number.isNaN(x) ? null : x;
  }
  const x = judgmentOf(v);
  return x === null || Number.isNaN(x) ? null : x;
}

/**
 * A judgment input as the questionnaire's answer cell holds it: a value on the scale becomes
 * its label in `language` (an answer chosen in another language included) (3, "3", "=3", "A moderately more important (3)"; 0.2, "1/5", =1/5 → "B strongly
 * more important (5)"); anything else is kept as it is (2.5 stays 2.5, since the drop-down
 * offers only the 17 answers, and text that is not a judgment stays that text).
 *
 * @example asAnswer("1/3") // "B moderately more important (3)"
 * @example asAnswer(2.5) // 2.5
 */
export function asAnswer(v: CellValue, language?: Language): CellValue {
  const x = typedNumber(v);
  const label = x === null ? null : verbalOf(x, language);
  return label ?? v;
}

/**
 * A judgment input as the Comparisons matrix holds it: a label becomes its number, 1 … 9 as a
 * number and 1/2 … 1/9 as the text fraction the matrix accepts ("1/5", exact, where 0.2 would
 * be a rounded decimal for 1/3); anything else is kept as it is.
 *
 * @example asMatrixEntry("A strongly more important (5)") // 5
 * @example asMatrixEntry("B moderately more important (3)") // "1/3"
 * @example asMatrixEntry(2.5) // 2.5
 */
export function asMatrixEntry(v: CellValue): CellValue {
  if (typeof v !== "string") return v;
  const x = BY_LABEL.get(normal(v));
  if (x === undefined) return v;
  return x >= 1 ? x : `1/${Math.round(1 / x)}`;
}

/** True when `v` is one of the 17 labels of any language (spaces and case ignored). */
export function isVerbal(v: unknown): boolean {
  return typeof v === "string" && BY_LABEL.has(normal(v));
}
