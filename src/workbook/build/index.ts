/**
 * Builds the declarative description of the evaluation workbook from a model
 * (docs/methods.md §1–3): Index System, Comparisons, Expert Scores, Quantitative Data, Status, Results
 * (and optionally Trade Structure and Service Outsourcing), plus a hidden sheet holding the model
 * and the address of every input cell, so that a rebuild keeps what the user typed. One file per
 * sheet, over the shared BuildContext.
 *
 * Formula style "addin" uses the add-in's functions (AHP.WEIGHTS, GREY.CLASSES, …); "native"
 * uses only built-in functions, so the workbook works without the add-in.
 */
import { EvaluationModel, validateModel } from "../model";
import { storableModel } from "../text";
import { DEFAULT_DATA_ROWS, DEFAULT_SHEET_NAMES, SheetId, rowsHeld, sheetIds } from "../layout";
import type { CellValue, WorkbookSpec } from "../spec";
import { BuildContext, CellLocation } from "./context";
import { buildComparisonsSheet } from "./comparisons";
import { buildIndexSheet } from "./indexSheet";
import { buildMetaSheet } from "./meta";
import { buildQuantSheet } from "./quant";
import { buildResultsSheet } from "./results";
import { buildScoresSheet } from "./scores";
import { buildServiceSheet } from "./service";
import { buildStatusSheet } from "./status";
import { buildTradeSheet } from "./trade";

export type { CellLocation } from "./context";
export { hsGroupTable, ebopsClassTable } from "./lookups";

export interface BuildOptions {
  /** Sheet names (default DEFAULT_SHEET_NAMES). */
  names?: Record<SheetId, string>;
  /** Values of input cells by key, from a previous build or sample data. */
  inputs?: Map<string, CellValue>;
  /**
   * Rows to lay out for pasted trade and service data (default DEFAULT_DATA_ROWS); the sheets
   * take more when `inputs` hold more.
   */
  rows?: { trade?: number; service?: number };
}

export interface BuildResult {
  spec: WorkbookSpec;
  /** Every input cell: key → sheet and address. */
  inputCells: Map<string, CellLocation>;
  /** Result cells by key (weights, CR, r, B, W, grade …): key → sheet and address. */
  resultCells: Map<string, CellLocation>;
  /** What was changed so that every name fits a cell (see storableModel); empty as a rule. */
  changes: string[];
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
  const names = options.names ?? DEFAULT_SHEET_NAMES;
  const stored = storableModel(model);
  const problems = validateModel(stored.model);
  const used = new Set<string>();
  for (const id of sheetIds(model.settings)) {
    const why = sheetNameProblem(names[id]);
    if (why) problems.push(why);
    else if (used.has(names[id].toLowerCase()))
      problems.push(`Two sheets are named “${names[id]}”`);
    used.add(names[id].toLowerCase());
  }
  if (problems.length > 0) throw new UnbuildableModel(problems);
  const inputs = options.inputs ?? new Map<string, CellValue>();
  const rows = {
    trade: Math.max(options.rows?.trade ?? DEFAULT_DATA_ROWS, rowsHeld(inputs.keys(), "t")),
    service: Math.max(options.rows?.service ?? DEFAULT_DATA_ROWS, rowsHeld(inputs.keys(), "v")),
  };
  const ctx = new BuildContext(stored.model, names, inputs, rows);
  const ids = sheetIds(model.settings);
  buildIndexSheet(ctx);
  buildComparisonsSheet(ctx);
  buildScoresSheet(ctx);
  buildQuantSheet(ctx);
  buildStatusSheet(ctx);
  buildResultsSheet(ctx);
  if (ids.includes("trade")) buildTradeSheet(ctx);
  if (ids.includes("service")) buildServiceSheet(ctx);
  buildMetaSheet(ctx);
  return {
    spec: ctx.spec,
    inputCells: ctx.inputCells,
    resultCells: ctx.resultCells,
    changes: stored.changes,
  };
}
