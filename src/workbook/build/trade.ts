/**
 * The optional Trade Structure sheet (docs/methods.md §5): pasted year, HS code and value rows →
 * group per row → export shares of RIB, LIB, TIB and OTHER by year, with a 100% stacked chart.
 * The sheet takes as many rows as the data hold (ctx.rows.trade). Add-in style: one TRADE.CLASS
 * array formula over the code column. Native style: a lookup table written into the workbook
 * (HS6 codes, newest edition wins) and one VLOOKUP per row. The shares are one SUMIFS per year
 * and group, so no aggregate is computed per row.
 */
import { GROUPS } from "../../core/trade/tables";
import { CHANGE_INDICES } from "../../core/trade/change";
import { resultKey, tradeKey } from "../keys";
import { FORMATS, addr, colName, rangeOf } from "../spec";
import type { BuildContext, SheetBuilder } from "./context";
import { hsGroupTable, lookupSheet } from "./lookups";

/** First row of the pasted data (0-based) on the trade and service sheets. */
export const DATA_TOP = 4;

export function buildTradeSheet(ctx: BuildContext): void {
  const s = ctx.settings;
  const rows = ctx.rows.trade;
  const sh = ctx.sheet("trade", true);
  const native = s.style === "native";
  const Y = 6; // shares table
  const t = ctx.t.trade;
  sh.put(0, 0, { value: t.title, style: "title" });
  t.headers.forEach((h, c) => sh.put(3, c, { value: h, style: "header" }));
  const first = DATA_TOP;
  const last = first + rows - 1;
  for (let i = 0; i < rows; i++) for (let c = 0; c < 3; c++) sh.input(first + i, c, tradeKey(i, c));
  if (native) {
    const lookup = lookupSheet(ctx, "_TradeCodes", t.lookupCode, hsGroupTable(), t.headers[3]);
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
  sh.put(2, Y, { value: t.shares, style: "subtitle" });
  sh.put(3, Y, { value: t.year, style: "header" });
  GROUPS.forEach((g, k) => sh.put(3, Y + 1 + k, { value: g, style: "header" }));
  sh.put(3, Y + 5, { value: t.total, style: "header" });
  const yearCol = rangeOf(first, 0, last, 0, true);
  const valueCol = rangeOf(first, 2, last, 2, true);
  const groupCol = rangeOf(first, 3, last, 3, true);
  s.years.forEach((y, k) => {
    const r = 4 + k;
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
    title: t.chart,
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
  buildChangeTables(ctx, sh, s.years, Y, native);
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
  sh.note(1, t.note(rows.toLocaleString("en-US")), Y + 5);
  sh.page({
    freeze: { rows: 4, columns: 0 },
    landscape: false,
    // The data rows can be 100,000 long: the page shows the title, the note and the summary.
    area: rangeOf(0, 0, ylast + 3 + 16, Y + 5 + 2 + CHANGE_WIDTH, true),
    titleRows: { first: 0, last: 3 },
  });
}

/** Columns of the change tables right of the shares: Δ per group, a gap, From–To and 4 indices. */
const CHANGE_WIDTH = GROUPS.length + 1 + 1 + CHANGE_INDICES.length;

/**
 * Right of the shares table (years in column Y, shares in the 4 columns after it, from row 5):
 * the change of each share from the year before, and the structural change indices between
 * consecutive years (src/core/trade/change.ts: Moore's cosine and its angle in degrees, the
 * modified Lilien index, the norm of absolute values), with a column chart of the angle. Native
 * formulas write the indices out (each share vector divided by its sum, as TRADE.CHANGE does);
 * add-in formulas call TRADE.CHANGE. A year without trade leaves its pairs blank.
 */
function buildChangeTables(
  ctx: BuildContext,
  sh: SheetBuilder,
  years: readonly number[],
  Y: number,
  native: boolean
) {
  const m = ctx.t.trade;
  const D = Y + 5 + 2; // Δ share columns
  const C = D + GROUPS.length + 1; // From–To, then the indices
  sh.put(2, D, { value: m.changes, style: "subtitle" });
  GROUPS.forEach((g, k) => sh.put(3, D + k, { value: `Δ ${g}`, style: "header" }));
  sh.put(2, C, { value: m.structural, style: "subtitle" });
  m.changeHeaders.forEach((h, k) => sh.put(3, C + k, { value: h, style: "header" }));
  const shares = (r: number) => rangeOf(r, Y + 1, r, Y + GROUPS.length);
  const total = (r: number) => addr(r, Y + 5);
  years.forEach((y, t) => {
    const r = 4 + t;
    if (t === 0) return;
    const p = r - 1;
    const bothTrade = `AND(${total(p)}>0,${total(r)}>0,SUM(${shares(p)})>0,SUM(${shares(r)})>0)`;
    GROUPS.forEach((g, k) => {
      const cur = addr(r, Y + 1 + k);
      const prev = addr(p, Y + 1 + k);
      sh.result(r, D + k, resultKey.tradeShareChange(y, g), {
        formula: `=IF(AND(ISNUMBER(${cur}),ISNUMBER(${prev})),${cur}-${prev},"")`,
        style: "result",
        numFmt: "+0.0%;-0.0%;0.0%",
      });
    });
    sh.put(r, C, { value: `${years[t - 1]}–${y}`, style: "label" });
    const a = shares(p);
    const b = shares(r);
    const formulas: Record<string, string> = native
      ? nativeChange(a, b, p, r, Y)
      : Object.fromEntries(CHANGE_INDICES.map((i) => [i, `TRADE.CHANGE(${a},${b},"${i}")`]));
    CHANGE_INDICES.forEach((index, k) => {
      sh.result(r, C + 1 + k, resultKey.tradeChange(y, index), {
        formula: `=IF(${bothTrade},${formulas[index]},"")`,
        style: "result",
        numFmt: index === "ANGLE" ? "0.00" : "0.0000",
      });
    });
  });
  const last = 4 + years.length - 1;
  if (years.length >= 2)
    sh.spec.charts.push({
      kind: "column",
      title: m.changeChart,
      categories: rangeOf(5, C, last, C, true),
      series: [{ name: m.changeHeaders[2], values: rangeOf(5, C + 2, last, C + 2, true) }],
      axisFormat: "0.0",
      anchor: addr(last + 3, D),
      width: 6,
      height: 16,
    });
  for (let k = 0; k < CHANGE_WIDTH; k++)
    sh.spec.columnWidths[colName(D + k)] = k === GROUPS.length ? 3 : 10;
  sh.spec.columnWidths[colName(C)] = 11;
  sh.spec.columnWidths[colName(C + 3)] = 12;
}

/**
 * The four indices in built-in formulas, for the share rows `p` (the year before) and `r` of the
 * shares in columns Y+1 … Y+4 (ranges a and b): each share divided by its row's sum.
 */
function nativeChange(a: string, b: string, p: number, r: number, Y: number) {
  const sa = `SUM(${a})`;
  const sb = `SUM(${b})`;
  const moore = `SUMPRODUCT(${a},${b})/SQRT(SUMSQ(${a})*SUMSQ(${b}))`;
  const terms = GROUPS.map((_, k) => {
    const x = `(${addr(p, Y + 1 + k)}/${sa})`;
    const y = `(${addr(r, Y + 1 + k)}/${sb})`;
    return `IF(AND(${x}>0,${y}>0),${x}*${y}*LN(${y}/${x})^2,0)`;
  });
  return {
    MOORE: moore,
    ANGLE: `DEGREES(ACOS(MIN(1,${moore})))`,
    LILIEN: `SQRT(${terms.join("+")})`,
    NAV: `SUMPRODUCT(ABS(${b}/${sb}-${a}/${sa}))/2`,
  };
}
