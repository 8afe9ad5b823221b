/**
 * One worksheet part (xl/worksheets/sheetN.xml) of a SheetSpec: cells in row order (values,
 * formulas, shared and array formulas), columns, row heights, frozen panes, protection, merges,
 * conditional formats, data validations, page setup and the link to its drawing.
 */
import { CellSpec, SheetSpec, colName } from "../spec";
import { SharedStrings } from "./strings";
import { StyleTable } from "./styles";
import { NS_MAIN, NS_REL, PartWriter, XML_HEAD, escapeAttr, escapeText } from "./xml";

/** What the sheets of a workbook share: its strings and formats. */
export interface WorkbookTables {
  strings: SharedStrings;
  styles: StyleTable;
}

/**
 * A formula as Excel saves it in a file: calls of the add-in's custom functions carry the
 * `_xldudf_` prefix with dots as underscores (=AHP.WEIGHTS(…) is stored as
 * _xldudf_AHP_WEIGHTS(…)); Excel shows them by their names again once the add-in is loaded.
 */
export function fileFormula(formula: string): string {
  return formula.replace(/\b(AHP|ANP|GREY|SCORE|TRADE|SERVICE)\.([A-Z]+)\(/g, "_xldudf_$1_$2(");
}

/** Width of a column without a width of its own, as Excel's default. */
const DEFAULT_WIDTH = 8.43;

const A = 65;

/** 0-based row and column of an A1 address without "$" (the form SheetSpec keys take). */
function rowColumn(a: string): { r: number; c: number } {
  let c = 0;
  let i = 0;
  let ch = a.charCodeAt(0);
  while (ch >= A && ch <= 90) {
    c = c * 26 + ch - 64;
    ch = a.charCodeAt(++i);
  }
  const r = Number(a.slice(i));
  if (i === 0 || !Number.isInteger(r) || r < 1) throw new Error(`Not an A1 address: ${a}`);
  return { r: r - 1, c: c - 1 };
}

/** A cell range without "$" (sqref, ref and merge ranges take no absolute markers). */
const plain = (range: string) => range.replace(/\$/g, "");

/** The cells of a sheet by row (each row's cells by column), and the used range. */
function cellsByRow(sheet: SheetSpec) {
  const rows: { columns: number[]; cells: CellSpec[]; sorted: boolean }[] = [];
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  for (const [a, cell] of sheet.cells) {
    const { r, c } = rowColumn(a);
    let row = rows[r];
    if (!row) row = rows[r] = { columns: [], cells: [], sorted: true };
    const n = row.columns.length;
    if (n > 0 && row.columns[n - 1] >= c) row.sorted = false;
    row.columns.push(c);
    row.cells.push(cell);
    if (r < r1) r1 = r;
    if (r > r2) r2 = r;
    if (c < c1) c1 = c;
    if (c > c2) c2 = c;
  }
  for (const row of rows) {
    if (!row || row.sorted) continue;
    const order = row.columns.map((_, i) => i).sort((i, j) => row.columns[i] - row.columns[j]);
    row.columns = order.map((i) => row.columns[i]);
    row.cells = order.map((i) => row.cells[i]);
  }
  return { rows, box: r2 < 0 ? null : { r1, c1, r2, c2 } };
}

/** The <cols> element: widths, and helper columns grouped (outline level 1) and hidden. */
function colsXml(sheet: SheetSpec): string {
  const cols = new Map<number, { width?: number; hidden?: boolean; collapsed?: boolean }>();
  const at = (c: number) => {
    let col = cols.get(c);
    if (!col) cols.set(c, (col = {}));
    return col;
  };
  for (const [letters, width] of Object.entries(sheet.columnWidths))
    at(rowColumn(`${letters}1`).c).width = width;
  for (const { first, last } of sheet.helperColumns) {
    for (let c = first; c <= last; c++) at(c).hidden = true;
    at(last + 1).collapsed = true; // the group's summary column: its button shows "+"
  }
  const keys = [...cols.keys()].sort((a, b) => a - b);
  if (keys.length === 0) return "";
  const xml = (first: number, last: number) => {
    const col = cols.get(first) as { width?: number; hidden?: boolean; collapsed?: boolean };
    const width = col.width ?? (col.hidden ? 9 : DEFAULT_WIDTH);
    return (
      `<col min="${first + 1}" max="${last + 1}" width="${width}" customWidth="1"` +
      `${col.hidden ? ' hidden="1" outlineLevel="1"' : ""}${col.collapsed ? ' collapsed="1"' : ""}/>`
    );
  };
  const same = (a: number, b: number) => {
    const x = cols.get(a);
    const y = cols.get(b);
    return x?.width === y?.width && x?.hidden === y?.hidden && x?.collapsed === y?.collapsed;
  };
  const out: string[] = [];
  let first = keys[0];
  let last = first;
  for (const c of keys.slice(1)) {
    if (c === last + 1 && same(first, c)) last = c;
    else {
      out.push(xml(first, last));
      first = last = c;
    }
  }
  out.push(xml(first, last));
  return `<cols>${out.join("")}</cols>`;
}

/** The frozen panes of the sheet view. */
function viewXml(sheet: SheetSpec): string {
  const f = sheet.freeze;
  if (!f || (f.rows === 0 && f.columns === 0))
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = f.rows > 0 && f.columns > 0 ? "bottomRight" : f.rows > 0 ? "bottomLeft" : "topRight";
  const split =
    (f.columns > 0 ? ` xSplit="${f.columns}"` : "") + (f.rows > 0 ? ` ySplit="${f.rows}"` : "");
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${colName(f.columns)}${f.rows + 1}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

/** A list validation's source: the items quoted, or the reference after "=". */
function listSource(formula: string | undefined): string {
  if (formula?.startsWith("=")) return formula.slice(1);
  return `"${formula ?? ""}"`;
}

function validationsXml(sheet: SheetSpec): string {
  if (sheet.validations.length === 0) return "";
  const items = sheet.validations.map((v) => {
    const kind =
      v.kind === "decimal"
        ? ' type="decimal" operator="between"'
        : v.kind === "list"
          ? ' type="list"'
          : ' type="custom"';
    const formulas =
      v.kind === "decimal"
        ? `<formula1>${v.min ?? 0}</formula1><formula2>${v.max ?? 0}</formula2>`
        : `<formula1>${escapeText(v.kind === "list" ? listSource(v.formula) : (v.formula ?? ""))}</formula1>`;
    const prompt = v.prompt
      ? ` showInputMessage="1"${v.promptTitle ? ` promptTitle="${escapeAttr(v.promptTitle)}"` : ""} prompt="${escapeAttr(v.prompt)}"`
      : "";
    const error = v.error ? ` error="${escapeAttr(v.error)}"` : "";
    return (
      `<dataValidation${kind} allowBlank="1"${prompt} showErrorMessage="1" errorStyle="stop" errorTitle="${escapeAttr(v.errorTitle ?? "Invalid entry")}"${error} sqref="${plain(v.range)}">` +
      `${formulas}</dataValidation>`
    );
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** The worksheet part of `sheet`; `drawing` is the relationship id of its drawing, if any. */
export function sheetPart(sheet: SheetSpec, tables: WorkbookTables, drawing?: string): Uint8Array {
  const { strings, styles } = tables;
  const { rows, box } = cellsByRow(sheet);
  for (const r of Object.keys(sheet.rowHeights)) {
    const i = Number(r);
    if (!rows[i]) rows[i] = { columns: [], cells: [], sorted: true };
  }
  const w = new PartWriter();
  w.push(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`);
  if (sheet.print) w.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  w.push(
    `<dimension ref="${box ? `${colName(box.c1)}${box.r1 + 1}:${colName(box.c2)}${box.r2 + 1}` : "A1"}"/>`
  );
  w.push(viewXml(sheet));
  w.push(
    `<sheetFormatPr defaultRowHeight="15"${sheet.helperColumns.length > 0 ? ' outlineLevelCol="1"' : ""}/>`
  );
  w.push(colsXml(sheet));
  w.push("<sheetData>");
  const names: string[] = [];
  const colNameOf = (c: number) => names[c] ?? (names[c] = colName(c));
  /** Shared formula index by the address of the cell holding the formula's text. */
  const shared = new Map<string, number>();
  const sharedIndex = (top: string) => {
    let si = shared.get(top);
    if (si === undefined) shared.set(top, (si = shared.size));
    return si;
  };
  rows.forEach((row, r) => {
    const height = sheet.rowHeights[r];
    let xml =
      height !== undefined
        ? `<row r="${r + 1}" ht="${height}" customHeight="1">`
        : `<row r="${r + 1}">`;
    for (let i = 0; i < row.columns.length; i++) {
      const cell = row.cells[i];
      const a = colNameOf(row.columns[i]) + (r + 1);
      const s = styles.of(cell);
      const sAttr = s === 0 ? "" : ` s="${s}"`;
      const f = cell.formula;
      if (f !== undefined && f !== "") {
        const text = escapeText(fileFormula(f.charCodeAt(0) === 61 ? f.slice(1) : f));
        if (cell.array) {
          const { rows: h, columns: wd } = cell.array;
          const ref = `${a}:${colNameOf(row.columns[i] + wd - 1)}${r + h}`;
          xml += `<c r="${a}"${sAttr}><f t="array" ref="${ref}">${text}</f></c>`;
        } else if (cell.fill) {
          xml += `<c r="${a}"${sAttr}><f t="shared" ref="${plain(cell.fill)}" si="${sharedIndex(a)}">${text}</f></c>`;
        } else if (cell.filledFrom && sheet.cells.get(cell.filledFrom)?.fill) {
          xml += `<c r="${a}"${sAttr}><f t="shared" si="${sharedIndex(cell.filledFrom)}"/></c>`;
        } else xml += `<c r="${a}"${sAttr}><f>${text}</f></c>`;
        continue;
      }
      const v = cell.value;
      if (typeof v === "string") xml += `<c r="${a}"${sAttr} t="s"><v>${strings.of(v)}</v></c>`;
      else if (typeof v === "number" && Number.isFinite(v))
        xml += `<c r="${a}"${sAttr}><v>${v}</v></c>`;
      else if (typeof v === "boolean") xml += `<c r="${a}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`;
      else if (s !== 0) xml += `<c r="${a}"${sAttr}/>`;
    }
    w.push(`${xml}</row>`);
  });
  w.push("</sheetData>");
  if (sheet.protect) w.push('<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>');
  if (sheet.merges.length > 0)
    w.push(
      `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${plain(m)}"/>`).join("")}</mergeCells>`
    );
  sheet.conditionalFormats.forEach((cf, i) =>
    w.push(
      `<conditionalFormatting sqref="${plain(cf.range)}"><cfRule type="expression" dxfId="${styles.dxf(cf.fill, cf.font)}" priority="${i + 1}">` +
        `<formula>${escapeText(cf.formula)}</formula></cfRule></conditionalFormatting>`
    )
  );
  w.push(validationsXml(sheet));
  w.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
  );
  if (sheet.print)
    w.push(
      `<pageSetup orientation="${sheet.print.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>`
    );
  if (drawing) w.push(`<drawing r:id="${drawing}"/>`);
  w.push("</worksheet>");
  return w.bytes();
}
