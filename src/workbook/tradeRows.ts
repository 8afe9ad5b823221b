/**
 * The Trade Structure sheet's inputs from a trade file read by src/core/trade/files (its
 * exports per year and product: tradeSheetRows). Used by the wizard's trade import and by
 * `npm run workbook -- --trade FILE`.
 */
import { InputError } from "../core/errors";
import { type TradeFileResult, tradeSheetRows } from "../core/trade/files";
import { tradeKey } from "./keys";
import type { CellValue } from "./spec";

export interface TradeSheetInputs {
  /** The trade inputs (t|i|0 year, t|i|1 code as text, t|i|2 value in US$), or none. */
  inputs: Map<string, CellValue>;
  rows: number;
  /** The flow taken ("Export", or "" for a file without flows), null when there is none to take. */
  flow: string | null;
  /** The years of the rows, ascending. */
  years: number[];
  /** Years of the rows that the evaluation does not have (on the sheet, not in its shares table). */
  outside: number[];
  /** Why nothing can go on the sheet, or null. */
  problem: string | null;
}

/**
 * The sheet's inputs from a file's rows (tradeSheetRows of src/core/trade/files: its exports by
 * year and product), with the evaluation's `years` to say which fall outside; a file without
 * exports gives no inputs and the reason.
 *
 * @example tradeSheetInputs(readTradeTable(rows) as TradeFileResult, [2020, 2021]).rows
 */
export function tradeSheetInputs(
  result: TradeFileResult,
  years: readonly number[]
): TradeSheetInputs {
  let sheet: ReturnType<typeof tradeSheetRows>;
  try {
    sheet = tradeSheetRows(result);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { inputs: new Map(), rows: 0, flow: null, years: [], outside: [], problem: e.message };
  }
  const { flow, rows } = sheet;
  const inputs = new Map<string, CellValue>();
  rows.forEach((r, i) => {
    inputs.set(tradeKey(i, 0), r.year);
    inputs.set(tradeKey(i, 1), r.code);
    inputs.set(tradeKey(i, 2), r.value);
  });
  const found = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return {
    inputs,
    rows: rows.length,
    flow,
    years: found,
    outside: found.filter((y) => !years.includes(y)),
    problem: rows.length === 0 ? "The file has no rows to put on the sheet" : null,
  };
}
