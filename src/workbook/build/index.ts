/**
 * Builds the declarative description of the evaluation workbook from a model
 * (docs/methods.md §1–3): Index System, Comparisons, Expert Scores, Quantitative Data, Status, Results
 * (and optionally Questionnaire sheets, Efficiency, Trade Structure, Service Outsourcing, Coupling and Embodied Carbon), plus a hidden sheet holding the model
 * and the address of every input cell, so that a rebuild keeps what the user typed. One file per
 * sheet, over the shared BuildContext.
 *
 * Formula style "addin" uses the add-in's functions (AHP.WEIGHTS, GREY.CLASSES, …); "native"
 * uses only built-in functions, so the workbook works without the add-in.
 */
import { EvaluationModel, validateModel } from "../model";
import { storableModel } from "../text";
import {
  DEFAULT_DATA_ROWS,
  SheetId,
  questionnaireSheets,
  rowsHeld,
  sectorsHeld,
  sheetIds,
  sheetNames,
} from "../layout";
import { parseInputKey } from "../keys";
import type { CellValue, WorkbookSpec } from "../spec";
import { asAnswer, asMatrixEntry } from "../verbalScale";
import type { Language } from "../../core/language";
import { BuildContext, CellLocation } from "./context";
import { buildComparisonsSheet } from "./comparisons";
import { buildCouplingSheet } from "./coupling";
import { buildEmbodiedSheet } from "./embodied";
import { buildEfficiencySheet } from "./efficiency";
import { buildIndexSheet } from "./indexSheet";
import { buildMetaSheet } from "./meta";
import { buildQuantSheet } from "./quant";
import { buildQuestionnaireSheets } from "./questionnaire";
import { buildResultsSheet } from "./results";
import { buildScoresSheet } from "./scores";
import { buildServiceSheet } from "./service";
import { buildStatusSheet } from "./status";
import { buildTradeSheet } from "./trade";

export type { CellLocation } from "./context";
export { hsGroupTable, ebopsClassTable } from "./lookups";

export interface BuildOptions {
  /** Sheet names (default: sheetNames of the model's language, DEFAULT_SHEET_NAMES in English). */
  names?: Record<SheetId, string>;
  /** Values of input cells by key, from a previous build or sample data. */
  inputs?: Map<string, CellValue>;
  /**
   * Rows to lay out for pasted trade and service data (default DEFAULT_DATA_ROWS); the sheets
   * take more when `inputs` hold more.
   */
  rows?: { trade?: number; service?: number; sectors?: number };
}

export interface BuildResult {
  spec: WorkbookSpec;
  /** Every input cell: key → sheet and address. */
  inputCells: Map<string, CellLocation>;
  /** Result cells by key (weights, CR, r, B, W, grade …): key → sheet and address. */
  resultCells: Map<string, CellLocation>;
  /** What was changed so that every name fits a cell (see storableModel); empty as a rule. */
  changes: string[];
  /**
   * What the build kept as it was but the user should know: answers of a Questionnaire sheet
   * that are not one of the drop-down's 17 (a judgment of 2.5 typed in the matrix); empty as a rule.
   */
  notes: string[];
}

/** Thrown for a model or sheet names a workbook cannot be built from; the message lists why. */
export class UnbuildableModel extends Error {
  constructor(readonly problems: string[]) {
    super(`The workbook cannot be built: ${problems.join("; ")}`);
    this.name = "UnbuildableModel";
  }
}

/** Why Excel would refuse `name` as a sheet name, or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "A sheet name is empty";
  if ([...name].length > 31) return `The sheet name “${name}” is longer than Excel's 31 characters`;
  const bad = /[\\/?*[\]:]/.exec(name);
  if (bad) return `The sheet name “${name}” contains “${bad[0]}”, which Excel does not allow`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `The sheet name “${name}” begins or ends with an apostrophe, which Excel does not allow`;
  if (name.toLowerCase() === "history") return "“History” is reserved by Excel";
  return null;
}

/**
 * The description of the whole evaluation workbook for `model`.
 *
 * @example buildWorkbook(paperTemplate()).spec.sheets.map((s) => s.name)
 * // ["Index System", "Comparisons", "Expert Scores", "Quantitative Data", "Status", "Results", "_EvalMeta"]
 */
export function buildWorkbook(model: EvaluationModel, options: BuildOptions = {}): BuildResult {
  const names = options.names ?? sheetNames(model.settings.language);
  const stored = storableModel(model);
  const problems = validateModel(stored.model);
  const used = new Set<string>();
  for (const id of sheetIds(model.settings)) {
    const built =
      id === "questionnaire"
        ? questionnaireSheets(model.settings, names[id]).map((q) => q.name)
        : [names[id]];
    for (const name of built) {
      const why = sheetNameProblem(name);
      if (why) problems.push(why);
      else if (used.has(name.toLowerCase())) problems.push(`Two sheets are named “${name}”`);
      used.add(name.toLowerCase());
    }
  }
  if (problems.length > 0) throw new UnbuildableModel(problems);
  const inputs = judgmentsAsEntered(
    options.inputs ?? new Map<string, CellValue>(),
    !!model.settings.questionnaire,
    model.settings.language
  );
  const rows = {
    trade: Math.max(options.rows?.trade ?? DEFAULT_DATA_ROWS, rowsHeld(inputs.keys(), "t")),
    service: Math.max(options.rows?.service ?? DEFAULT_DATA_ROWS, rowsHeld(inputs.keys(), "v")),
    sectors: Math.max(options.rows?.sectors ?? 0, sectorsHeld(inputs.keys())),
  };
  const ctx = new BuildContext(stored.model, names, inputs, rows);
  const ids = sheetIds(model.settings);
  buildIndexSheet(ctx);
  const questionnaires = buildQuestionnaireSheets(ctx);
  buildComparisonsSheet(ctx, questionnaires.numbers);
  questionnaires.finish();
  buildScoresSheet(ctx);
  buildQuantSheet(ctx);
  buildStatusSheet(ctx);
  // The Efficiency sheet comes after Results but is built first: the Models table reads it.
  if (ids.includes("efficiency")) buildEfficiencySheet(ctx);
  buildResultsSheet(ctx);
  if (ids.includes("efficiency")) {
    const sheets = ctx.spec.sheets;
    const [sheet] = sheets.splice(
      sheets.findIndex((x) => x.name === names.efficiency),
      1
    );
    sheets.splice(sheets.findIndex((x) => x.name === names.results) + 1, 0, sheet);
  }
  if (ids.includes("trade")) buildTradeSheet(ctx);
  if (ids.includes("service")) buildServiceSheet(ctx);
  if (ids.includes("coupling")) buildCouplingSheet(ctx);
  if (ids.includes("embodied")) buildEmbodiedSheet(ctx);
  buildMetaSheet(ctx);
  // The titles of the validation prompts and alerts, in the workbook's language.
  if (ctx.language !== "en")
    for (const sheet of ctx.spec.sheets)
      for (const v of sheet.validations) {
        v.promptTitle ??= ctx.t.common.validationTitle;
        v.errorTitle ??= ctx.t.common.invalidTitle;
      }
  return {
    spec: ctx.spec,
    inputCells: ctx.inputCells,
    resultCells: ctx.resultCells,
    changes: stored.changes,
    notes: questionnaires.notes,
  };
}

/**
 * The inputs with every judgment as its route takes it: with the questionnaire, judgments on
 * the scale as the drop-down's labels in the workbook's language (3 → "A moderately more
 * important (3)"; an answer chosen in another language → the same answer in this one); without, labels
 * as the matrix's numbers ("B strongly more important (5)" → "1/5"). Anything else is kept.
 */
function judgmentsAsEntered(
  inputs: Map<string, CellValue>,
  questionnaire: boolean,
  language: Language | undefined
): Map<string, CellValue> {
  let out = inputs; // copied on the first change only (the inputs may hold 100,000 data rows)
  for (const [key, v] of inputs) {
    if (!key.startsWith("j|") || parseInputKey(key)?.kind !== "judgment") continue;
    const entered = questionnaire ? asAnswer(v, language) : asMatrixEntry(v);
    if (entered === v) continue;
    if (out === inputs) out = new Map(inputs);
    out.set(key, entered);
  }
  return out;
}
