/** Sheet names, scale facts and the effective settings shared by the builder, checker and writers. */
import { NAMED_SCALES } from "../core/grey/scales";
import type { GreyScale } from "../core/grey/scales";
import type { EvaluationSettings } from "./model";
import type { Language } from "../core/language";
import { messagesOf } from "./i18n";

export type SheetId =
  | "index"
  | "questionnaire"
  | "comparisons"
  | "scores"
  | "quant"
  | "status"
  | "efficiency"
  | "results"
  | "trade"
  | "service"
  | "coupling"
  | "embodied"
  | "meta";

/** The English sheet names (the names of every workbook built before the language setting). */
export const DEFAULT_SHEET_NAMES: Record<SheetId, string> = sheetNames("en");

/**
 * The sheet names of a workbook in `language`; the hidden meta sheet has the same name in
 * every language (the pane finds a previous build by it).
 *
 * @example sheetNames("zh-CN").results // "结果"
 * @example sheetNames("zh-CN").meta // "_EvalMeta"
 */
export function sheetNames(language: Language | undefined): Record<SheetId, string> {
  return { ...messagesOf(language).sheets };
}

/** The sheets a model builds, in order. */
export function sheetIds(settings: EvaluationSettings): SheetId[] {
  const ids: SheetId[] = ["index"];
  if (settings.questionnaire) ids.push("questionnaire");
  ids.push("comparisons", "scores", "quant", "status", "results");
  if (settings.efficiency) ids.push("efficiency");
  if (settings.trade) ids.push("trade");
  if (settings.service) ids.push("service");
  if (settings.coupling) ids.push("coupling");
  if (settings.embodied) ids.push("embodied");
  ids.push("meta");
  return ids;
}

/**
 * The grey scale of the settings, its labels in the workbook's language (优 良 中 差 很差 in
 * Chinese); the centres are the same in every language.
 *
 * @example scaleOf({ ...DEFAULT_SETTINGS, language: "zh-CN" }).labels // ["优", "良", "中", "差"]
 */
export function scaleOf(settings: EvaluationSettings): GreyScale {
  const scale = NAMED_SCALES[settings.scale];
  if ((settings.language ?? "en") === "en") return scale;
  return { ...scale, labels: scale.labels.map((l) => gradeLabel(l, settings.language)) };
}

/** The label of an English grade of the named scales in `language` (unknown labels stay). */
export function gradeLabel(english: string, language: Language | undefined): string {
  const g = messagesOf(language).grades;
  const by: Record<string, string> = {
    Excellent: g.excellent,
    Good: g.good,
    Medium: g.medium,
    Poor: g.poor,
    "Very poor": g.veryPoor,
  };
  return by[english] ?? english;
}

/** Highest score an expert may enter: the top centre rounded up to the scale's range (4, 10 or 5). */
export function scaleMax(settings: EvaluationSettings): number {
  return { "4": 4, "10": 10, "10-5": 10, "5-3": 5 }[settings.scale];
}

/** Threshold scores map onto [lowest centre, top centre]. */
export function scoreRange(settings: EvaluationSettings): { low: number; high: number } {
  const c = scaleOf(settings).centres;
  return { low: c[c.length - 1], high: c[0] };
}

/** Native formulas cannot compute the principal eigenvector: EIGEN becomes SQRT there. */
export function effectiveMethod(settings: EvaluationSettings): "EIGEN" | "SQRT" | "SUM" {
  return settings.style === "native" && settings.method === "EIGEN" ? "SQRT" : settings.method;
}

/** Comparison blocks per parent: one per expert (AIJ) or one agreed block. */
export function comparisonBlocks(settings: EvaluationSettings): { key: string; label: string }[] {
  if (settings.comparisons === "agreed" || settings.experts.length === 1) {
    return [
      {
        key: "agreed",
        label:
          settings.experts.length === 1
            ? settings.experts[0]
            : messagesOf(settings.language).blocks.agreed,
      },
    ];
  }
  return settings.experts.map((name, k) => ({ key: `e${k + 1}`, label: name }));
}

/** The very hidden sheet with the questionnaire's 17 answers and their values (the drop-down's list). */
export const SCALE_SHEET = "_SaatyScale";

/**
 * The Questionnaire sheets (setting `questionnaire`): one per comparison block set, named from
 * `base` and numbered in the experts' order ("Questionnaire 1", "Questionnaire 2", …; just
 * "Questionnaire" for one set), so the names never depend on the experts' names.
 *
 * @example questionnaireSheets({ ...DEFAULT_SETTINGS, questionnaire: true })[1] // { name: "Questionnaire 2", block: { key: "e2", label: "Expert 2" } }
 */
export function questionnaireSheets(
  settings: EvaluationSettings,
  base: string = sheetNames(settings.language).questionnaire
): { name: string; block: { key: string; label: string } }[] {
  if (!settings.questionnaire) return [];
  const blocks = comparisonBlocks(settings);
  return blocks.map((block, k) => ({
    name: blocks.length === 1 ? base : `${base} ${k + 1}`,
    block,
  }));
}

/** True when `name` is a Questionnaire sheet's name for `base` ("Questionnaire", "Questionnaire 3"), case ignored. */
export function isQuestionnaireSheet(name: string, base: string): boolean {
  const n = name.toLowerCase();
  const b = base.toLowerCase();
  return n === b || (n.startsWith(`${b} `) && /^[1-9]\d*$/.test(n.slice(b.length + 1)));
}

/** True when the expert blocks are aggregated by AIJ into an aggregate block. */
export function aggregated(settings: EvaluationSettings): boolean {
  return comparisonBlocks(settings).length > 1;
}

/** Rows the Trade Structure and Service Outsourcing sheets lay out when the data hold fewer. */
export const DEFAULT_DATA_ROWS = 1000;

/**
 * Rows the data of `kind` ("t" trade, "v" service) occupy among input keys: one more than the
 * highest row index of a `t|i|c` / `v|i|c` key, 0 when there is none.
 *
 * @example rowsHeld(["t|0|1", "t|4999|2", "q|I1|2020"], "t") // 5000
 */
export function rowsHeld(keys: Iterable<string>, kind: "t" | "v"): number {
  let rows = 0;
  const prefix = `${kind}|`;
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const bar = key.indexOf("|", 2);
    const i = bar > 2 ? Number(key.slice(2, bar)) : NaN;
    if (Number.isInteger(i) && i + 1 > rows) rows = i + 1;
  }
  return rows;
}

/** The sectors the Embodied Carbon sheet lays out by default (a rebuild lays out as many as typed). */
export const DEFAULT_SECTORS = 10;
/** The most sectors the Embodied Carbon sheet takes: as many as the IO.* functions. */
export { MAX_SECTORS } from "../core/io/matrix";

/** The sectors the inputs hold: one past the largest sector index of their `e|` and `z|` keys. */
export function sectorsHeld(keys: Iterable<string>): number {
  let n = 0;
  for (const key of keys) {
    if (!key.startsWith("e|") && !key.startsWith("z|")) continue;
    const [, a, b] = key.split("|");
    const i = Number(a);
    const j = key[0] === "z" ? Number(b) : 0;
    if (Number.isInteger(i) && Number.isInteger(j)) n = Math.max(n, i + 1, j + 1);
  }
  return n;
}

/** What an AIJ aggregate block is called on the Comparisons sheet. */
export function aggregateLabel(experts: number, language?: Language): string {
  return messagesOf(language).blocks.aggregate(experts);
}

/** The aggregate block's short name (the Check step, the Status sheet), in English. */
export const AGGREGATE_SHORT = "aggregate (AIJ)";

/** The aggregate block's short name in `language`. */
export function aggregateShort(language: Language | undefined): string {
  return messagesOf(language).blocks.aggregateShort;
}
