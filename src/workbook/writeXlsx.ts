/**
 * Writes a WorkbookSpec to an .xlsx file with ExcelJS. ExcelJS has no charts, so the charts of
 * the description are added to the package afterwards as DrawingML parts (JSZip).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  CellSpec,
  ChartSpec,
  STYLES,
  SheetSpec,
  StyleName,
  WorkbookSpec,
  colName,
  parseAddr,
} from "./spec";

/** The ExcelJS style of a named style (one object per style, shared by its cells). */
interface XlsxStyle {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
}

const XLSX_STYLES = new Map<StyleName, XlsxStyle>();

function xlsxStyle(name: StyleName): XlsxStyle {
  const known = XLSX_STYLES.get(name);
  if (known) return known;
  const st = STYLES[name];
  const side = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
  const made: XlsxStyle = {
    font: {
      name: "Calibri",
      size: st.size ?? 11,
      bold: st.bold,
      italic: st.italic,
      color: st.color ? { argb: `FF${st.color}` } : undefined,
    },
    fill: st.fill
      ? { type: "pattern", pattern: "solid", fgColor: { argb: `FF${st.fill}` } }
      : undefined,
    border: st.border ? { top: side, left: side, bottom: side, right: side } : undefined,
  };
  XLSX_STYLES.set(name, made);
  return made;
}

const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const UNLOCKED: Partial<ExcelJS.Protection> = { locked: false };

function styleCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec.style) {
    const st = xlsxStyle(spec.style);
    if (st.font) cell.font = st.font;
    if (st.fill) cell.fill = st.fill;
    if (st.border) cell.border = st.border;
  }
  if (spec.wrap || (spec.style && STYLES[spec.style].wrap)) cell.alignment = WRAP;
  if (spec.numFmt) cell.numFmt = spec.numFmt;
  if (spec.input) cell.protection = UNLOCKED;
}

/** Row heights, merges, helper columns (grouped and hidden) and the page setup of a sheet. */
function layoutSheet(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  for (const [row, height] of Object.entries(sheet.rowHeights))
    ws.getRow(Number(row) + 1).height = height;
  for (const m of sheet.merges) ws.mergeCells(m);
  for (const { first, last } of sheet.helperColumns) {
    for (let c = first; c <= last; c++) {
      const col = ws.getColumn(c + 1);
      col.outlineLevel = 1;
      col.hidden = true;
    }
  }
  if (sheet.print) {
    const { area, titleRows, landscape } = sheet.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      // ExcelJS puts "$" before each column only: give the rows theirs (A$1:L$31 → $A$1:$L$31).
      printArea: area.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
      printTitlesRow: titleRows ? `${titleRows.first + 1}:${titleRows.last + 1}` : undefined,
    };
  }
}

/** All cell addresses of an A1 range. */
export function cellsOf(range: string): string[] {
  const [a, b] = range.replace(/\$/g, "").split(":");
  const p = parseAddr(a);
  const q = parseAddr(b ?? a);
  const out: string[] = [];
  for (let r = p.r; r <= q.r; r++)
    for (let c = p.c; c <= q.c; c++) out.push(`${colName(c)}${r + 1}`);
  return out;
}

/**
 * A formula as Excel saves it in a file: calls of the add-in's custom functions carry the
 * `_xldudf_` prefix with dots as underscores (=AHP.WEIGHTS(…) is stored as
 * _xldudf_AHP_WEIGHTS(…)); Excel shows them by their names again once the add-in is loaded.
 */
export function fileFormula(formula: string): string {
  return formula.replace(/\b(AHP|ANP|GREY|SCORE|TRADE|SERVICE)\.([A-Z]+)\(/g, "_xldudf_$1_$2(");
}

async function addSheet(wb: ExcelJS.Workbook, sheet: SheetSpec): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    views: sheet.freeze
      ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
      : undefined,
  });
  if (sheet.hidden) ws.state = "veryHidden";
  for (const [address, spec] of sheet.cells) {
    const cell = ws.getCell(address);
    if (spec.formula && spec.array) {
      const { r, c } = parseAddr(address);
      const ref = `${address}:${colName(c + spec.array.columns - 1)}${r + spec.array.rows}`;
      // ExcelJS writes array formulas (t="array") but its types do not declare them.
      const arrayFormula: ExcelJS.CellFormulaValue & { shareType: "array"; ref: string } = {
        formula: fileFormula(spec.formula.slice(1)),
        shareType: "array",
        ref,
      };
      cell.value = arrayFormula;
    } else if (spec.formula && spec.fill) {
      // A formula filled down: stored once, shared by the cells of its range.
      const sharedFormula: ExcelJS.CellFormulaValue & { shareType: "shared"; ref: string } = {
        formula: fileFormula(spec.formula.slice(1)),
        shareType: "shared",
        ref: spec.fill,
      };
      cell.value = sharedFormula;
    } else if (spec.formula && spec.filledFrom)
      cell.value = { sharedFormula: spec.filledFrom } as ExcelJS.CellSharedFormulaValue;
    else if (spec.formula)
      cell.value = { formula: fileFormula(spec.formula.slice(1)) } as ExcelJS.CellFormulaValue;
    else if (spec.value !== undefined && spec.value !== null) cell.value = spec.value;
    styleCell(cell, spec);
  }
  for (const [col, width] of Object.entries(sheet.columnWidths)) ws.getColumn(col).width = width;
  layoutSheet(ws, sheet);
  for (const v of sheet.validations) {
    const first = cellsOf(v.range)[0];
    const rule: ExcelJS.DataValidation =
      v.kind === "decimal"
        ? {
            type: "decimal",
            operator: "between",
            allowBlank: true,
            formulae: [v.min ?? 0, v.max ?? 0],
          }
        : v.kind === "list"
          ? {
              type: "list",
              allowBlank: true,
              formulae: [v.formula?.startsWith("=") ? v.formula.slice(1) : `"${v.formula ?? ""}"`],
            }
          : { type: "custom", allowBlank: true, formulae: [v.formula as string] };
    Object.assign(rule, {
      showInputMessage: !!v.prompt,
      prompt: v.prompt,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Invalid entry",
      error: v.error,
    });
    for (const a of cellsOf(v.range)) {
      // Relative references in a custom rule move with the cell, as Excel does.
      ws.getCell(a).dataValidation =
        v.kind === "custom"
          ? { ...rule, formulae: [shiftFormula(v.formula as string, first, a)] }
          : rule;
    }
  }
  sheet.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${cf.fill}` } },
            font: cf.font ? { color: { argb: `FF${cf.font}` } } : undefined,
          },
        },
      ],
    });
  });
  if (sheet.protect) {
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

/** Moves the relative references of a formula written for cell `from` to cell `to`. */
export function shiftFormula(formula: string, from: string, to: string): string {
  const a = parseAddr(from);
  const b = parseAddr(to);
  const dr = b.r - a.r;
  const dc = b.c - a.c;
  return formula.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
    (m, cAbs: string, col: string, rAbs: string, row: string) => {
      const p = parseAddr(`${col}${row}`);
      const c = cAbs ? p.c : p.c + dc;
      const r = rAbs ? p.r : p.r + dr;
      return `${cAbs}${colName(c)}${rAbs}${r + 1}`;
    }
  );
}

/** The .xlsx bytes of a workbook description. */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Low-carbon evaluation add-in";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of spec.sheets) await addSheet(wb, sheet);
  for (const n of spec.names) wb.definedNames.add(n.ref, n.name);
  // Stored uncompressed here and compressed once, after the charts are added (a 100,000-row
  // sheet would otherwise be deflated twice).
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  return addCharts(new Uint8Array(buffer as ArrayBuffer), spec);
}

// ------------------------------------------------------------------ charts (DrawingML)

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const xmlEscape = (s: string) =>
  s.replace(
    /[<>&"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] as string
  );

function chartXml(sheetName: string, chart: ChartSpec): string {
  const ref = (r: string) => xmlEscape(`'${sheetName.replace(/'/g, "''")}'!${r}`);
  const horizontal = chart.kind === "bar";
  const stacked = chart.kind === "stackedColumn";
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref(s.values)}</c:f></c:numRef></c:val></c:ser>`
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${xmlEscape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/>${stacked ? '<c:overlap val="100"/>' : ""}<c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:tickMarkSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>${stacked ? '<c:max val="1"/>' : ""}</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="${xmlEscape(chart.axisFormat ?? (stacked ? "0%" : "General"))}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchorXml(chart: ChartSpec, index: number): string {
  const { r, c } = parseAddr(chart.anchor);
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${c + chart.width}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r + chart.height}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="EvalChart ${index + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${index + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

async function addCharts(bytes: Uint8Array, spec: WorkbookSpec): Promise<Uint8Array> {
  const withCharts = spec.sheets.filter((s) => s.charts.length > 0);
  const zip = await JSZip.loadAsync(bytes);
  const read = async (p: string) =>
    zip.file(p) ? await (zip.file(p) as JSZip.JSZipObject).async("string") : null;
  const workbook = (await read("xl/workbook.xml")) as string;
  const wbRels = (await read("xl/_rels/workbook.xml.rels")) as string;
  let types = (await read("[Content_Types].xml")) as string;
  let chartNo = 0;
  let drawingNo = 0;
  for (const sheet of withCharts) {
    const m = new RegExp(
      `<sheet [^>]*name="${xmlEscape(sheet.name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="(rId\\d+)"`
    ).exec(workbook);
    if (!m) throw new Error(`Sheet ${sheet.name} not found in the package`);
    const target = (new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(wbRels) ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(wbRels)) as RegExpExecArray;
    const sheetPath = `xl/${target[1].replace(/^\/?xl\//, "")}`;
    const sheetFile = sheetPath.split("/").pop() as string;
    const relsPath = `xl/worksheets/_rels/${sheetFile}.rels`;
    drawingNo++;
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    sheet.charts.forEach((chart, i) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(sheet.name, chart));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`
      );
      anchors.push(anchorXml(chart, i));
      drawingRels.push(
        `<Relationship Id="rId${i + 1}" Type="${NS_REL}/chart" Target="../charts/chart${chartNo}.xml"/>`
      );
    });
    zip.file(
      drawingPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">${anchors.join("")}</xdr:wsDr>`
    );
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRels.join("")}</Relationships>`
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`
    );
    let rels =
      (await read(relsPath)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const rid = `rIdEvalDrawing${drawingNo}`;
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="${rid}" Type="${NS_REL}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`
    );
    zip.file(relsPath, rels);
    let xml = (await read(sheetPath)) as string;
    if (!/xmlns:r=/.test(xml.slice(0, 600)))
      xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${NS_REL}" `);
    const tag = `<drawing r:id="${rid}"/>`;
    const before = [
      "<legacyDrawing",
      "<legacyDrawingHF",
      "<picture",
      "<oleObjects",
      "<controls",
      "<webPublishItems",
      "<tableParts",
      "<extLst",
      "</worksheet>",
    ];
    const at = Math.min(...before.map((t) => xml.indexOf(t)).filter((i) => i >= 0));
    xml = xml.slice(0, at) + tag + xml.slice(at);
    zip.file(sheetPath, xml);
  }
  zip.file("[Content_Types].xml", types);
  // Level 3: a third of the time of the default level 6, for a file about 10 % larger.
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 3 },
  });
}
