/**
 * Builds the declarative description of the evaluation workbook from a model
 * (docs/methods.md §1–3): Index System, Comparisons, Expert Scores, Quantitative Data, Results
 * (and optionally Trade Structure and Service Outsourcing), plus a hidden sheet holding the model
 * and the address of every input cell, so that a rebuild keeps what the user typed. One file per
 * sheet, over the shared BuildContext.
 *
 * Formula style "addin" uses the add-in's functions (AHP.WEIGHTS, GREY.CLASSES, …); "native"
 * uses only built-in functions, so the workbook works without the add-in.
 */
import type { EvaluationModel } from "../model";
import { DEFAULT_SHEET_NAMES, SheetId, sheetIds } from "../layout";
import type { CellValue, WorkbookSpec } from "../spec";
import { BuildContext, CellLocation } from "./context";
import { buildComparisonsSheet } from "./comparisons";
import { buildIndexSheet } from "./indexSheet";
import { buildMetaSheet } from "./meta";
import { buildQuantSheet } from "./quant";
import { buildResultsSheet } from "./results";
import { buildScoresSheet } from "./scores";
import { buildServiceSheet } from "./service";
import { buildTradeSheet } from "./trade";

export type { CellLocation } from "./context";
export { TRADE_ROWS } from "./trade";
export { SERVICE_ROWS } from "./service";
export { hsGroupTable, ebopsClassTable } from "./lookups";

export interface BuildOptions {
  /** Sheet names (default DEFAULT_SHEET_NAMES). */
  names?: Record<SheetId, string>;
  /** Values of input cells by key, from a previous build or sample data. */
  inputs?: Map<string, CellValue>;
}

export interface BuildResult {
  spec: WorkbookSpec;
  /** Every input cell: key → sheet and address. */
  inputCells: Map<string, CellLocation>;
  /** Result cells by key (weights, CR, r, B, W, grade …): key → sheet and address. */
  resultCells: Map<string, CellLocation>;
}

/**
 * The description of the whole evaluation workbook for `model`.
 *
 * @example buildWorkbook(paperTemplate()).spec.sheets.map((s) => s.name)
 * // ["Index System", "Comparisons", "Expert Scores", "Quantitative Data", "Results", "_EvalMeta"]
 */
export function buildWorkbook(model: EvaluationModel, options: BuildOptions = {}): BuildResult {
  const ctx = new BuildContext(
    model,
    options.names ?? DEFAULT_SHEET_NAMES,
    options.inputs ?? new Map()
  );
  const ids = sheetIds(model.settings);
  buildIndexSheet(ctx);
  buildComparisonsSheet(ctx);
  buildScoresSheet(ctx);
  buildQuantSheet(ctx);
  buildResultsSheet(ctx);
  if (ids.includes("trade")) buildTradeSheet(ctx);
  if (ids.includes("service")) buildServiceSheet(ctx);
  buildMetaSheet(ctx);
  return { spec: ctx.spec, inputCells: ctx.inputCells, resultCells: ctx.resultCells };
}
