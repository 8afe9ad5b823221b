/**
 * The optional Service Outsourcing sheet (docs/methods.md §6): pasted EBOPS 2010 code and value
 * rows → class per row → ITO, BPO, KPO and OTHER shares, with a chart. Add-in style: one
 * SERVICE.CLASS array formula over the code column; native style: a lookup table of the default
 * mapping written into the workbook.
 */
import { SERVICE_CLASSES } from "../../core/service/ebops";
import { resultKey, serviceKey } from "../keys";
import { addr, rangeOf } from "../spec";
import type { BuildContext } from "./context";
import { ebopsClassTable, lookupSheet } from "./lookups";

/** Rows available for pasted service data. */
export const SERVICE_ROWS = 60;

export function buildServiceSheet(ctx: BuildContext): void {
  const sh = ctx.sheet("service", true);
  const native = ctx.settings.style === "native";
  sh.put(0, 0, { value: "Service outsourcing", style: "title" });
  sh.put(1, 0, {
    value: `Paste services trade by EBOPS 2010 code (SA … SL and sub-codes) and value: up to ${SERVICE_ROWS} rows. ITO = information technology, BPO = business process, KPO = knowledge process outsourcing (the add-in's documented default mapping).`,
    style: "note",
  });
  ["EBOPS code", "Value", "Class"].forEach((h, c) => sh.put(3, c, { value: h, style: "header" }));
  const first = 4;
  const last = first + SERVICE_ROWS - 1;
  for (let i = 0; i < SERVICE_ROWS; i++) {
    sh.input(first + i, 0, serviceKey(i, 0));
    sh.input(first + i, 1, serviceKey(i, 1));
  }
  if (native) {
    const lookup = lookupSheet(ctx, "_ServiceCodes", "EBOPS code", ebopsClassTable());
    for (let i = 0; i < SERVICE_ROWS; i++) {
      const code = addr(first + i, 0);
      sh.put(first + i, 2, {
        formula: `=IF(${code}="","",IFERROR(VLOOKUP(UPPER(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${code},".","")," ",""),"-","")),${lookup},2,FALSE),"Unknown"))`,
        style: "formula",
      });
    }
  } else {
    sh.array(first, 2, SERVICE_ROWS, 1, {
      formula: `=SERVICE.CLASS(${rangeOf(first, 0, last, 0, true)})`,
      style: "formula",
    });
  }
  const S = 5;
  sh.put(2, S, { value: "Shares", style: "subtitle" });
  ["Class", "Value", "Share"].forEach((h, c) => sh.put(3, S + c, { value: h, style: "header" }));
  const values = rangeOf(first, 1, last, 1, true);
  const classes = rangeOf(first, 2, last, 2, true);
  const totalRow = 4 + SERVICE_CLASSES.length;
  SERVICE_CLASSES.forEach((c, k) => {
    const r = 4 + k;
    sh.put(r, S, { value: c, style: "label" });
    sh.put(r, S + 1, {
      formula: `=SUMIF(${classes},${addr(r, S)},${values})`,
      style: "formula",
      numFmt: "#,##0",
    });
    sh.result(r, S + 2, resultKey.serviceShare(c), {
      formula: `=IF(${addr(totalRow, S + 1)}=0,"",${addr(r, S + 1)}/${addr(totalRow, S + 1)})`,
      style: "result",
      numFmt: "0.0%",
    });
  });
  sh.put(totalRow, S, { value: "Total", style: "label" });
  sh.put(totalRow, S + 1, {
    formula: `=SUM(${rangeOf(4, S + 1, totalRow - 1, S + 1)})`,
    style: "formula",
    numFmt: "#,##0",
  });
  sh.spec.charts.push({
    kind: "column",
    title: "Service outsourcing by class",
    categories: rangeOf(4, S, totalRow - 1, S, true),
    series: [{ name: "Share", values: rangeOf(4, S + 2, totalRow - 1, S + 2, true) }],
    anchor: addr(totalRow + 2, S),
    width: 6,
    height: 14,
  });
  Object.assign(sh.spec.columnWidths, { A: 12, B: 14, C: 9, F: 9, G: 14, H: 9 });
}
