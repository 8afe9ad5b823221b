/**
 * The optional Service Outsourcing sheet (docs/methods.md §6): pasted year, EBOPS 2010 code and
 * value rows → class per row → ITO, BPO, KPO and OTHER shares by year and over all rows, with a
 * 100% stacked chart by year. The sheet takes as many rows as the data hold (ctx.rows.service).
 * Add-in style: one SERVICE.CLASS array formula over the code column; native style: a lookup
 * table of the default mapping written into the workbook.
 *
 * Input keys: `v|i|0` code, `v|i|1` value (as before years were added, so a rebuild of an older
 * workbook carries its rows over) and `v|i|2` year.
 */
import { SERVICE_CLASSES } from "../../core/service/ebops";
import { resultKey, serviceKey } from "../keys";
import { FORMATS, addr, rangeOf } from "../spec";
import type { BuildContext } from "./context";
import { ebopsClassTable, lookupSheet } from "./lookups";
import { DATA_TOP } from "./trade";

/** Columns of the pasted rows and the key column of each. */
const COLUMNS = [
  { header: "Year", key: 2 },
  { header: "EBOPS code", key: 0 },
  { header: "Value", key: 1 },
];

export function buildServiceSheet(ctx: BuildContext): void {
  const s = ctx.settings;
  const rows = ctx.rows.service;
  const sh = ctx.sheet("service", true);
  const native = s.style === "native";
  const t = ctx.t.service;
  sh.put(0, 0, { value: t.title, style: "title" });
  t.headers.forEach((h, c) => sh.put(3, c, { value: h, style: "header" }));
  const first = DATA_TOP;
  const last = first + rows - 1;
  for (let i = 0; i < rows; i++)
    COLUMNS.forEach((col, c) => sh.input(first + i, c, serviceKey(i, col.key)));
  if (native) {
    const lookup = lookupSheet(
      ctx,
      "_ServiceCodes",
      t.lookupCode,
      ebopsClassTable(),
      ctx.t.trade.headers[3]
    );
    for (let i = 0; i < rows; i++) {
      const code = addr(first + i, 1);
      sh.put(first + i, 3, {
        formula: `=IF(${code}="","",IFERROR(VLOOKUP(UPPER(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${code},".","")," ",""),"-","")),${lookup},2,FALSE),"Unknown"))`,
        style: "formula",
        ...(i === 0 ? { fill: rangeOf(first, 3, last, 3) } : { filledFrom: addr(first, 3) }),
      });
    }
  } else {
    sh.array(first, 3, rows, 1, {
      formula: `=SERVICE.CLASS(${rangeOf(first, 1, last, 1, true)})`,
      style: "formula",
    });
  }
  const S = 5; // shares table: Year, one column per class, Total value
  const total = S + 1 + SERVICE_CLASSES.length;
  sh.put(2, S, { value: t.shares, style: "subtitle" });
  sh.put(3, S, { value: t.headers[0], style: "header" });
  SERVICE_CLASSES.forEach((c, k) => sh.put(3, S + 1 + k, { value: c, style: "header" }));
  sh.put(3, total, { value: ctx.t.trade.total, style: "header" });
  const years = rangeOf(first, 0, last, 0, true);
  const values = rangeOf(first, 2, last, 2, true);
  const classes = rangeOf(first, 3, last, 3, true);
  const classHeader = (k: number) => addr(3, S + 1 + k, true);
  /** One row of the table: sums per class of the rows `where` selects, and their shares. */
  const shareRow = (r: number, where: string, key: (cls: string) => string) => {
    const sum = (k: number) => `SUMIFS(${values},${classes},${classHeader(k)}${where})`;
    sh.put(r, total, {
      formula: `=${SERVICE_CLASSES.map((_, k) => sum(k)).join("+")}`,
      style: "formula",
      numFmt: FORMATS.value,
    });
    SERVICE_CLASSES.forEach((c, k) =>
      sh.result(r, S + 1 + k, key(c), {
        formula: `=IF(${addr(r, total)}=0,"",${sum(k)}/${addr(r, total)})`,
        style: "result",
        numFmt: FORMATS.share,
      })
    );
  };
  s.years.forEach((y, k) => {
    const r = 4 + k;
    sh.put(r, S, { value: y, style: "label" });
    shareRow(r, `,${years},${addr(r, S)}`, (c) => resultKey.serviceShareByYear(y, c));
  });
  const all = 4 + s.years.length;
  sh.put(all, S, { value: t.all, style: "label" });
  shareRow(all, "", (c) => resultKey.serviceShare(c));
  sh.spec.charts.push({
    kind: "stackedColumn",
    title: t.chart,
    categories: rangeOf(4, S, all - 1, S, true),
    series: SERVICE_CLASSES.map((c, k) => ({
      name: c,
      values: rangeOf(4, S + 1 + k, all - 1, S + 1 + k, true),
    })),
    axisFormat: "0%",
    anchor: addr(all + 2, S),
    width: 6,
    height: 16,
  });
  Object.assign(sh.spec.columnWidths, {
    A: 8,
    B: 12,
    C: 14,
    D: 9,
    F: 9,
    G: 9,
    H: 9,
    I: 9,
    J: 9,
    K: 14,
  });
  sh.note(1, t.note(rows.toLocaleString("en-US")), total);
  sh.page({
    freeze: { rows: 4, columns: 0 },
    landscape: false,
    area: rangeOf(0, 0, all + 2 + 16, total, true),
    titleRows: { first: 0, last: 3 },
  });
}
