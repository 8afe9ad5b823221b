/**
 * The optional Trade Structure sheet (docs/methods.md §5): pasted year, HS code and value rows →
 * group per row → export shares of RIB, LIB, TIB and OTHER by year, with a 100% stacked chart.
 * The sheet takes as many rows as the data hold (ctx.rows.trade). Add-in style: one TRADE.CLASS
 * array formula over the code column. Native style: a lookup table written into the workbook
 * (HS6 codes, newest edition wins) and one VLOOKUP per row. The shares are one SUMIFS per year
 * and group, so no aggregate is computed per row.
 */
import { GROUPS } from "../../core/trade/tables";
import { resultKey, tradeKey } from "../keys";
import { FORMATS, addr, rangeOf } from "../spec";
import type { BuildContext } from "./context";
import { hsGroupTable, lookupSheet } from "./lookups";

/** First row of the pasted data (0-based) on the trade and service sheets. */
export const DATA_TOP = 4;

export function buildTradeSheet(ctx: BuildContext): void {
  const s = ctx.settings;
  const rows = ctx.rows.trade;
  const sh = ctx.sheet("trade", true);
  const native = s.style === "native";
  const Y = 6; // shares table
  sh.put(0, 0, { value: "Trade structure", style: "title" });
  ["Year", "HS code", "Value", "Group"].forEach((h, c) =>
    sh.put(3, c, { value: h, style: "header" })
  );
  const first = DATA_TOP;
  const last = first + rows - 1;
  for (let i = 0; i < rows; i++) for (let c = 0; c < 3; c++) sh.input(first + i, c, tradeKey(i, c));
  if (native) {
    const lookup = lookupSheet(ctx, "_TradeCodes", "HS6 code", hsGroupTable());
    for (let i = 0; i < rows; i++) {
      const code = addr(first + i, 1);
      sh.put(first + i, 3, {
        formula: `=IF(${code}="","",IFERROR(VLOOKUP(SUBSTITUTE(SUBSTITUTE(IF(ISNUMBER(${code}),TEXT(${code},"000000"),${code}),".","")," ",""),${lookup},2,FALSE),"Unknown"))`,
        style: "formula",
        ...(i === 0 ? { fill: rangeOf(first, 3, last, 3) } : { filledFrom: addr(first, 3) }),
      });
    }
  } else {
    sh.array(first, 3, rows, 1, {
      formula: `=TRADE.CLASS(${rangeOf(first, 1, last, 1, true)})`,
      style: "formula",
    });
  }
  sh.put(2, Y, { value: "Export shares by year", style: "subtitle" });
  sh.put(3, Y, { value: "Year", style: "header" });
  GROUPS.forEach((g, k) => sh.put(3, Y + 1 + k, { value: g, style: "header" }));
  sh.put(3, Y + 5, { value: "Total value", style: "header" });
  const yearCol = rangeOf(first, 0, last, 0, true);
  const valueCol = rangeOf(first, 2, last, 2, true);
  const groupCol = rangeOf(first, 3, last, 3, true);
  s.years.forEach((y, t) => {
    const r = 4 + t;
    sh.put(r, Y, { value: y, style: "label" });
    const total = addr(r, Y + 5);
    sh.put(r, Y + 5, {
      formula: `=SUMIFS(${valueCol},${yearCol},${addr(r, Y)})`,
      style: "formula",
      numFmt: FORMATS.value,
    });
    GROUPS.forEach((g, k) => {
      sh.result(r, Y + 1 + k, resultKey.tradeShare(y, g), {
        formula: `=IF(${total}=0,"",SUMIFS(${valueCol},${yearCol},${addr(r, Y)},${groupCol},${addr(3, Y + 1 + k, true)})/${total})`,
        style: "result",
        numFmt: FORMATS.share,
      });
    });
  });
  const ylast = 4 + s.years.length - 1;
  sh.spec.charts.push({
    kind: "stackedColumn",
    title: "Trade structure: export shares by group",
    categories: rangeOf(4, Y, ylast, Y, true),
    series: GROUPS.map((g, k) => ({
      name: g,
      values: rangeOf(4, Y + 1 + k, ylast, Y + 1 + k, true),
    })),
    axisFormat: "0%",
    anchor: addr(ylast + 3, Y),
    width: 6,
    height: 16,
  });
  Object.assign(sh.spec.columnWidths, {
    A: 8,
    B: 12,
    C: 14,
    D: 10,
    G: 8,
    H: 9,
    I: 9,
    J: 9,
    K: 9,
    L: 14,
  });
  sh.note(
    1,
    `Paste one row per product and year (Year, HS code, export value) from ITC Trade Map, UN Comtrade or WITS: ${rows.toLocaleString("en-US")} rows are laid out, and a rebuild lays out as many as the data hold. Groups follow the paper's Table 1: RIB = SITC 0–4, LIB = SITC 6 and 8, TIB = SITC 5 and 7, OTHER = SITC 9; HS codes go through the official HS→SITC tables (newest edition wins).`,
    Y + 5
  );
  sh.page({
    freeze: { rows: 4, columns: 0 },
    landscape: false,
    // The data rows can be 100,000 long: the page shows the title, the note and the summary.
    area: rangeOf(0, 0, ylast + 3 + 16, Y + 5, true),
    titleRows: { first: 0, last: 3 },
  });
}
