/**
 * The Trade Structure sheet's rows from a trade file read by src/core/trade/files: its exports
 * (or, in a file without flows, all its rows) per year and product, summed over what the sheet
 * does not separate (partners, editions); national tariff lines (8 or 10 digits) by their first
 * 6 digits, as the sheet classifies HS6 codes. Used by the wizard's trade import and by
 * `npm run workbook -- --trade FILE`.
 */
import type { TradeFileResult } from "../core/trade/files";
import { tradeKey } from "./keys";
import type { CellValue } from "./spec";

export interface TradeSheetRows {
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
 * The rows for the sheet, with the evaluation's `years` to say which fall outside.
 *
 * @example tradeSheetRows(readTradeTable(rows) as TradeFileResult, [2020, 2021]).rows
 */
export function tradeSheetRows(result: TradeFileResult, years: readonly number[]): TradeSheetRows {
  const flows = result.report.flows;
  const flow = flows.includes("Export")
    ? "Export"
    : flows.length === 1 && flows[0] === ""
      ? ""
      : null;
  if (flow === null)
    return {
      inputs: new Map(),
      rows: 0,
      flow,
      years: [],
      outside: [],
      problem: `The Trade Structure sheet takes exports, and this file has none (flows: ${flows.join(", ") || "none"})`,
    };
  const sums = new Map<string, { year: number; code: string; value: number }>();
  for (const p of result.products()) {
    if (p.flow !== flow) continue;
    const code = /^\d{8,10}$/.test(p.code) ? p.code.slice(0, 6) : p.code;
    const k = `${p.year}\u0001${code}`;
    const had = sums.get(k);
    if (had) had.value += p.value;
    else sums.set(k, { year: p.year, code, value: p.value });
  }
  const rows = [...sums.values()].sort((a, b) => a.year - b.year || (a.code < b.code ? -1 : 1));
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
