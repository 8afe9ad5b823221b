/**
 * A trade table held in memory (a selection, a pasted table, a small file) read in one call,
 * and the result as rows of cells for a sheet or a CSV file.
 */
import { InputError } from "../../errors";
import { CHANGE_INDICES } from "../change";
import { AccumulateOptions, TradeAccumulator, TradeFileResult } from "./accumulate";
import { LayoutNotRecognised, LayoutOptions, TradeLayout, detectLayout } from "./layout";

export interface ReadTradeOptions extends AccumulateOptions, LayoutOptions {
  /** The layout to read with (one the user confirmed, see customLayout); detected when absent. */
  layout?: TradeLayout;
}

/**
 * Reads a whole table: the layout from its first rows (detectLayout) unless one is given, then
 * every row after the header. For a file too large to hold, use detectLayout and a
 * TradeAccumulator record by record instead.
 *
 * @example readTradeTable(rows).report.kept // values in the table
 */
export function readTradeTable(
  rows: readonly (readonly unknown[])[],
  options: ReadTradeOptions = {}
): TradeFileResult | LayoutNotRecognised {
  const layout = options.layout ?? detectLayout(rows, options);
  if (layout.kind === "not-recognised") return layout;
  const acc = new TradeAccumulator(layout, options);
  for (let r = layout.headerRow + 1; r < rows.length; r++) acc.add(rows[r]);
  return acc.finish();
}

export type TableCell = string | number | null;

const KEY_HEADERS = { partner: "Partner", reporter: "Reporter" } as const;

/**
 * The long structure table as rows of cells, with its header: Year, Flow, then Reporter and
 * Partner when the table is by them, then Group, Value (US$), Share (null when undefined).
 * The same table as TRADE.STRUCTURE's, with the flow and key columns.
 *
 * @example tableCells(result)[0] // ["Year", "Flow", "Group", "Value", "Share"]
 */
export function tableCells(result: TradeFileResult): TableCell[][] {
  const out: TableCell[][] = [
    ["Year", "Flow", ...result.by.map((k) => KEY_HEADERS[k]), "Group", "Value", "Share"],
  ];
  for (const r of result.table)
    out.push([r.year, r.flow, ...result.by.map((k) => r[k] ?? ""), r.group, r.value, r.share]);
  return out;
}

/**
 * The structural change of each series between consecutive years, with its header: From, To,
 * Flow, the key columns, then MOORE, ANGLE (degrees), LILIEN and NAV (see change.ts).
 *
 * @example changeCells(result)[0] // ["From", "To", "Flow", "MOORE", "ANGLE", "LILIEN", "NAV"]
 */
export function changeCells(result: TradeFileResult): TableCell[][] {
  const out: TableCell[][] = [
    ["From", "To", "Flow", ...result.by.map((k) => KEY_HEADERS[k]), ...CHANGE_INDICES],
  ];
  for (const c of result.changes)
    out.push([
      c.from,
      c.to,
      c.flow,
      ...result.by.map((k) => c[k] ?? ""),
      ...CHANGE_INDICES.map((i) => c.indices[i]),
    ]);
  return out;
}

/** A row of the workbook's Trade Structure sheet: Year, HS code (text), value in US$. */
export interface TradeSheetRow {
  year: number;
  code: string;
  value: number;
}

/**
 * The kept product rows of one flow as the Trade Structure sheet takes them (Year, HS code, export
 * value): the exports, or every row of a file that names no flow; summed over partners,
 * reporters and editions per year and code; national tariff lines (8 or 10 digits) by their
 * first 6 digits, as the sheet classifies HS6 codes; unclassified codes kept (the sheet shows
 * them as such). Sorted by year and code. Throws #VALUE! when the file has no exports.
 *
 * @example tradeSheetRows(result).rows[0] // { year: 2016, code: "010121", value: 400 }
 */
export function tradeSheetRows(result: TradeFileResult): { flow: string; rows: TradeSheetRow[] } {
  const flows = result.report.flows;
  const flow = flows.includes("Export")
    ? "Export"
    : flows.length === 1 && flows[0] === ""
      ? ""
      : null;
  if (flow === null)
    throw new InputError(
      `The Trade Structure sheet takes exports, and the file has none (flows: ${flows.join(", ") || "none"})`
    );
  const sums = new Map<string, TradeSheetRow>();
  for (const p of result.products()) {
    if (p.flow !== flow) continue;
    const code = /^\d{8,10}$/.test(p.code) ? p.code.slice(0, 6) : p.code;
    const k = `${p.year}\u0001${code}`;
    const had = sums.get(k);
    if (had) had.value += p.value;
    else sums.set(k, { year: p.year, code, value: p.value });
  }
  const rows = [...sums.values()].sort(
    (a, b) => a.year - b.year || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
  return { flow, rows };
}
