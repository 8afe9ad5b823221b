/** Sheet names, scale facts and the effective settings shared by the builder, checker and writers. */
import { NAMED_SCALES } from "../core/grey/scales";
import type { EvaluationSettings } from "./model";

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

export const DEFAULT_SHEET_NAMES: Record<SheetId, string> = {
  index: "Index System",
  questionnaire: "Questionnaire",
  comparisons: "Comparisons",
  scores: "Expert Scores",
  quant: "Quantitative Data",
  status: "Status",
  efficiency: "Efficiency",
  results: "Results",
  trade: "Trade Structure",
  service: "Service Outsourcing",
  coupling: "Coupling",
  embodied: "Embodied Carbon",
  meta: "_EvalMeta",
};

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

export function scaleOf(settings: EvaluationSettings) {
  return NAMED_SCALES[settings.scale];
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
        label: settings.experts.length === 1 ? settings.experts[0] : "agreed judgments",
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
  base: string = DEFAULT_SHEET_NAMES.questionnaire
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
export function aggregateLabel(experts: number): string {
  return `aggregate of ${experts} experts (AIJ, weighted geometric mean, equal weights)`;
}

/** The aggregate block's short name (the Check step, the Status sheet). */
export const AGGREGATE_SHORT = "aggregate (AIJ)";
