/**
 * The layout part of the Office.js writer: wrapped text, row heights, merges, helper columns
 * (grouped and hidden), frozen panes and the page setup of a sheet, and the compaction of cell
 * lists into few ranges. Everything here is queued on the request context; nothing syncs.
 */
import { SheetSpec, colName, parseAddr } from "./spec";

/** Office.js requirement sets this writer uses beyond ExcelApi 1.1. */
export type ExcelApiVersion = "1.7" | "1.8" | "1.9" | "1.10";

/**
 * Whether the running Excel supports ExcelApi `version`. Outside Office (tests, the in-memory
 * Excel) every set counts as supported.
 */
export function excelApi(version: ExcelApiVersion): boolean {
  const office = (
    globalThis as {
      Office?: {
        context?: { requirements?: { isSetSupported?: (n: string, v: string) => boolean } };
      };
    }
  ).Office;
  const isSetSupported = office?.context?.requirements?.isSetSupported;
  return typeof isSetSupported === "function"
    ? isSetSupported.call(office?.context?.requirements, "ExcelApi", version)
    : true;
}

/**
 * A1 addresses compacted into column runs: consecutive rows of one column become one range.
 *
 * @example compactRanges(["A5", "A6", "A7", "C2"]) // ["A5:A7", "C2"]
 */
export function compactRanges(addresses: Iterable<string>): string[] {
  const byColumn = new Map<number, number[]>();
  for (const a of addresses) {
    const { r, c } = parseAddr(a);
    const rows = byColumn.get(c);
    if (rows) rows.push(r);
    else byColumn.set(c, [r]);
  }
  const out: string[] = [];
  for (const c of [...byColumn.keys()].sort((x, y) => x - y)) {
    const rows = (byColumn.get(c) as number[]).sort((x, y) => x - y);
    const col = colName(c);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] <= rows[j] + 1) j++;
      out.push(
        rows[i] === rows[j] ? `${col}${rows[i] + 1}` : `${col}${rows[i] + 1}:${col}${rows[j] + 1}`
      );
      i = j + 1;
    }
  }
  return out;
}

/** Comma-separated address lists short enough for getRanges (Excel limits the string). */
export function addressChunks(addresses: string[], max = 2000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of addresses) {
    if (cur && cur.length + a.length + 1 > max) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/** Cells whose text wraps: headers and cells marked `wrap`. */
export function wrappedCells(sheet: SheetSpec): string[] {
  const out: string[] = [];
  for (const [a, cell] of sheet.cells) if (cell.wrap || cell.style === "header") out.push(a);
  return out;
}

/**
 * Queues wrapped text, row heights, merges, helper columns, frozen panes and the page setup of
 * `sheet` on `ws`. `old` is the previous build of the sheet (its merges are undone and its
 * helper columns shown again before the new ones are hidden); `area` is the sheet's written box.
 */
export function layoutSheet(
  ws: Excel.Worksheet,
  sheet: SheetSpec,
  old: SheetSpec | null,
  area: Excel.Range
): void {
  if (old) {
    area.unmerge();
    area.format.wrapText = false;
    for (const { first, last } of old.helperColumns)
      ws.getRange(`${colName(first)}:${colName(last)}`).columnHidden = false;
  }
  for (const chunk of addressChunks(compactRanges(wrappedCells(sheet))))
    ws.getRanges(chunk).format.wrapText = true;
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    const n = Number(row) + 1;
    ws.getRange(`${n}:${n}`).format.rowHeight = height;
  }
  for (const m of sheet.merges) ws.getRange(m).merge(false);
  for (const { first, last } of sheet.helperColumns) {
    const columns = ws.getRange(`${colName(first)}:${colName(last)}`);
    if (excelApi("1.10")) columns.group("ByColumns" as Excel.GroupOption);
    columns.columnHidden = true;
  }
  if (sheet.freeze) {
    const { rows, columns } = sheet.freeze;
    if (rows > 0 && columns > 0)
      ws.freezePanes.freezeAt(ws.getRange(`A1:${colName(columns - 1)}${rows}`));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  }
  if (sheet.print && excelApi("1.9")) {
    const { area: printArea, titleRows, landscape } = sheet.print;
    const page = ws.pageLayout;
    page.orientation = (landscape ? "Landscape" : "Portrait") as Excel.PageOrientation;
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    page.setPrintArea(printArea);
    if (titleRows) page.setPrintTitleRows(`$${titleRows.first + 1}:$${titleRows.last + 1}`);
  }
}
