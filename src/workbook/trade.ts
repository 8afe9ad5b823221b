/**
 * The optional Trade Structure and Service Outsourcing sheets (methods.md §5–6): pasted codes
 * and values → group per row → shares by year (trade) or by class (services), with charts.
 * Native style classifies through lookup tables written into the workbook (HS6 codes, newest
 * edition wins; EBOPS codes of the default mapping).
 */
import { GROUPS, tradeTables } from "../core/trade/tables";
import { tradeClassifier } from "../core/trade/classify";
import { parseSystem } from "../core/trade/codes";
import { EBOPS_CODES, SERVICE_CLASSES } from "../core/service/ebops";
import { serviceClass } from "../core/service/classify";
import type { Builder } from "./build";
import type { SheetId } from "./layout";
import { addr, put, rangeOf, sheetRef } from "./spec";

/** Rows available for pasted trade data and service data. */
export const TRADE_ROWS = 400;
export const SERVICE_ROWS = 60;

/** HS6 code → group (newest edition wins) for every code of the shipped tables. */
export function hsGroupTable(): [string, string][] {
  const classify = tradeClassifier(parseSystem("HS"));
  return tradeTables().codes.map((code) => [code, String(classify(code))]);
}

/** EBOPS code → class under the default mapping. */
export function ebopsClassTable(): [string, string][] {
  return EBOPS_CODES.map((code) => [code, String(serviceClass(code))]);
}

export function addTradeSheets(b: Builder, ids: SheetId[]): void {
  if (ids.includes("trade")) tradeSheet(b);
  if (ids.includes("service")) serviceSheet(b);
}

function tradeSheet(b: Builder): void {
  const sh = b.sheet("trade", true);
  const native = b.s.style === "native";
  const years = b.s.years;
  put(sh, 0, 0, { value: "Trade structure", style: "title" });
  put(sh, 1, 0, {
    value: `Paste one row per product and year (Year, HS code, export value) from ITC Trade Map, UN Comtrade or WITS: up to ${TRADE_ROWS} rows. Groups follow the paper's Table 1: RIB = SITC 0–4, LIB = SITC 6 and 8, TIB = SITC 5 and 7, OTHER = SITC 9; HS codes go through the official HS→SITC tables (newest edition wins).`,
    style: "note",
  });
  ["Year", "HS code", "Value", "Group"].forEach((h, c) => put(sh, 3, c, { value: h, style: "header" }));
  const first = 4;
  const last = first + TRADE_ROWS - 1;
  const lookup = native ? lookupSheet(b, "_TradeCodes", "HS6 code", hsGroupTable()) : "";
  for (let i = 0; i < TRADE_ROWS; i++) {
    const r = first + i;
    for (let c = 0; c < 3; c++) b.input(sh, r, c, `t|${i}|${c}`);
    const code = addr(r, 1);
    const formula = native
      ? `=IF(${code}="","",IFERROR(VLOOKUP(SUBSTITUTE(SUBSTITUTE(IF(ISNUMBER(${code}),TEXT(${code},"000000"),${code}),".","")," ",""),${lookup},2,FALSE),"Unknown"))`
      : `=IF(${code}="","",TRADE.CLASS(${code}))`;
    put(sh, r, 3, { formula, style: "formula" });
  }
  const Y = 6; // shares table
  put(sh, 2, Y, { value: "Export shares by year", style: "subtitle" });
  put(sh, 3, Y, { value: "Year", style: "header" });
  GROUPS.forEach((g, k) => put(sh, 3, Y + 1 + k, { value: g, style: "header" }));
  put(sh, 3, Y + 5, { value: "Total value", style: "header" });
  const yearCol = rangeOf(first, 0, last, 0, true);
  const valueCol = rangeOf(first, 2, last, 2, true);
  const groupCol = rangeOf(first, 3, last, 3, true);
  years.forEach((y, t) => {
    const r = 4 + t;
    put(sh, r, Y, { value: y, style: "label" });
    const total = addr(r, Y + 5);
    put(sh, r, Y + 5, { formula: `=SUMIFS(${valueCol},${yearCol},${addr(r, Y)})`, style: "formula", numFmt: "#,##0" });
    GROUPS.forEach((g, k) => {
      b.result(sh, r, Y + 1 + k, `trade|${y}|${g}`, {
        formula: `=IF(${total}=0,"",SUMIFS(${valueCol},${yearCol},${addr(r, Y)},${groupCol},${addr(3, Y + 1 + k, true)})/${total})`,
        style: "result",
        numFmt: "0.0%",
      });
    });
  });
  const ylast = 4 + years.length - 1;
  sh.charts.push({
    kind: "stackedColumn",
    title: "Trade structure: export shares by group",
    categories: rangeOf(4, Y, ylast, Y, true),
    series: GROUPS.map((g, k) => ({ name: g, values: rangeOf(4, Y + 1 + k, ylast, Y + 1 + k, true) })),
    anchor: addr(ylast + 3, Y),
    width: 8,
    height: 16,
  });
  Object.assign(sh.columnWidths, { A: 8, B: 12, C: 14, D: 10, G: 8, H: 9, I: 9, J: 9, K: 9, L: 14 });
  sh.freeze = { rows: 4, columns: 0 };
}

function serviceSheet(b: Builder): void {
  const sh = b.sheet("service", true);
  const native = b.s.style === "native";
  put(sh, 0, 0, { value: "Service outsourcing", style: "title" });
  put(sh, 1, 0, {
    value: `Paste services trade by EBOPS 2010 code (SA … SL and sub-codes) and value: up to ${SERVICE_ROWS} rows. ITO = information technology, BPO = business process, KPO = knowledge process outsourcing (the add-in's documented default mapping).`,
    style: "note",
  });
  ["EBOPS code", "Value", "Class"].forEach((h, c) => put(sh, 3, c, { value: h, style: "header" }));
  const first = 4;
  const last = first + SERVICE_ROWS - 1;
  const lookup = native ? lookupSheet(b, "_ServiceCodes", "EBOPS code", ebopsClassTable()) : "";
  for (let i = 0; i < SERVICE_ROWS; i++) {
    const r = first + i;
    b.input(sh, r, 0, `v|${i}|0`);
    b.input(sh, r, 1, `v|${i}|1`);
    const code = addr(r, 0);
    const formula = native
      ? `=IF(${code}="","",IFERROR(VLOOKUP(UPPER(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${code},".","")," ",""),"-","")),${lookup},2,FALSE),"Unknown"))`
      : `=IF(${code}="","",SERVICE.CLASS(${code}))`;
    put(sh, r, 2, { formula, style: "formula" });
  }
  const S = 5;
  put(sh, 2, S, { value: "Shares", style: "subtitle" });
  ["Class", "Value", "Share"].forEach((h, c) => put(sh, 3, S + c, { value: h, style: "header" }));
  const values = rangeOf(first, 1, last, 1, true);
  const classes = rangeOf(first, 2, last, 2, true);
  const totalRow = 4 + SERVICE_CLASSES.length;
  SERVICE_CLASSES.forEach((c, k) => {
    const r = 4 + k;
    put(sh, r, S, { value: c, style: "label" });
    put(sh, r, S + 1, { formula: `=SUMIF(${classes},${addr(r, S)},${values})`, style: "formula", numFmt: "#,##0" });
    b.result(sh, r, S + 2, `service|${c}`, { formula: `=IF(${addr(totalRow, S + 1)}=0,"",${addr(r, S + 1)}/${addr(totalRow, S + 1)})`, style: "result", numFmt: "0.0%" });
  });
  put(sh, totalRow, S, { value: "Total", style: "label" });
  put(sh, totalRow, S + 1, { formula: `=SUM(${rangeOf(4, S + 1, totalRow - 1, S + 1)})`, style: "formula", numFmt: "#,##0" });
  sh.charts.push({
    kind: "column",
    title: "Service outsourcing by class",
    categories: rangeOf(4, S, totalRow - 1, S, true),
    series: [{ name: "Share", values: rangeOf(4, S + 2, totalRow - 1, S + 2, true) }],
    anchor: addr(totalRow + 2, S),
    width: 6,
    height: 14,
  });
  Object.assign(sh.columnWidths, { A: 12, B: 14, C: 9, F: 9, G: 14, H: 9 });
}

/** A hidden sheet with a two-column lookup table; returns its absolute range. */
function lookupSheet(b: Builder, name: string, header: string, rows: [string, string][]): string {
  const sh = b.namedSheet(name);
  sh.hidden = true;
  put(sh, 0, 0, { value: header, style: "header" });
  put(sh, 0, 1, { value: "Group", style: "header" });
  rows.forEach(([code, group], i) => {
    put(sh, 1 + i, 0, { value: code });
    put(sh, 1 + i, 1, { value: group });
  });
  return `${sheetRef(name)}${rangeOf(1, 0, rows.length, 1, true)}`;
}
