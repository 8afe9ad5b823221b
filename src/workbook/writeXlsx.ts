/**
 * Writes a WorkbookSpec to an .xlsx file: the SpreadsheetML parts written directly (src/workbook/
 * xlsx/) and packed with JSZip. Each sheet is written once in row order and encoded to UTF-8 as
 * it goes; text is stored once in the shared strings table and each distinct format once.
 */
import JSZip from "jszip";
import { WorkbookSpec, colName, parseAddr, sheetRef } from "./spec";
import { chartParts } from "./xlsx/charts";
import { sheetPart } from "./xlsx/sheet";
import { SharedStrings } from "./xlsx/strings";
import { StyleTable } from "./xlsx/styles";
import { THEME } from "./xlsx/theme";
import { NS_MAIN, NS_PKG_REL, NS_REL, XML_HEAD, escapeAttr } from "./xlsx/xml";

export { fileFormula } from "./xlsx/sheet";

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

const TYPE = "application/vnd.openxmlformats-officedocument";

/** An A1 range with "$" before every column and row: A1:L31 → $A$1:$L$31. */
const absolute = (range: string) => range.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/** The print areas and title rows of the sheets, as Excel's built-in names. */
function printNames(spec: WorkbookSpec): string[] {
  const out: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    if (!sheet.print) return;
    const { area, titleRows } = sheet.print;
    const ref = sheetRef(sheet.name);
    out.push(
      `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeAttr(ref + absolute(area))}</definedName>`
    );
    if (titleRows)
      out.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeAttr(`${ref}$${titleRows.first + 1}:$${titleRows.last + 1}`)}</definedName>`
      );
  });
  return out;
}

function workbookXml(spec: WorkbookSpec): string {
  const sheets = spec.sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="veryHidden"' : ""} r:id="rId${i + 1}"/>`
    )
    .join("");
  const names = [
    ...spec.names.map(
      (n) => `<definedName name="${escapeAttr(n.name)}">${escapeAttr(n.ref)}</definedName>`
    ),
    ...printNames(spec),
  ];
  const first = Math.max(
    0,
    spec.sheets.findIndex((s) => !s.hidden)
  );
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/>` +
    `<bookViews><workbookView firstSheet="${first}" activeTab="${first}"/></bookViews><sheets>${sheets}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "") +
    '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
  );
}

const rels = (items: [string, string][]) =>
  `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${items
    .map(
      ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`
    )
    .join("")}</Relationships>`;

/** The .xlsx bytes of a workbook description. */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", ""); // first in the package, written last
  const tables = { strings: new SharedStrings(), styles: new StyleTable() };
  const types: string[] = [
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.spreadsheetml.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.spreadsheetml.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.spreadsheetml.sharedStrings+xml"/>`,
    `<Override PartName="/xl/theme/theme1.xml" ContentType="${TYPE}.theme+xml"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
  ];
  let charts = 0;
  let drawings = 0;
  spec.sheets.forEach((sheet, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    types.push(`<Override PartName="/${part}" ContentType="${TYPE}.spreadsheetml.worksheet+xml"/>`);
    if (sheet.charts.length === 0) {
      zip.file(part, sheetPart(sheet, tables));
      return;
    }
    drawings++;
    const made = chartParts(sheet.name, sheet.charts, charts + 1);
    made.charts.forEach((xml) => {
      charts++;
      zip.file(`xl/charts/chart${charts}.xml`, xml);
      types.push(
        `<Override PartName="/xl/charts/chart${charts}.xml" ContentType="${TYPE}.drawingml.chart+xml"/>`
      );
    });
    zip.file(`xl/drawings/drawing${drawings}.xml`, made.drawing);
    zip.file(`xl/drawings/_rels/drawing${drawings}.xml.rels`, made.drawingRels);
    types.push(
      `<Override PartName="/xl/drawings/drawing${drawings}.xml" ContentType="${TYPE}.drawing+xml"/>`
    );
    zip.file(
      `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
      rels([[`${NS_REL}/drawing`, `../drawings/drawing${drawings}.xml`]])
    );
    zip.file(part, sheetPart(sheet, tables, "rId1"));
  });
  zip.file("xl/sharedStrings.xml", tables.strings.bytes());
  zip.file("xl/styles.xml", tables.styles.xml());
  zip.file("xl/theme/theme1.xml", THEME);
  zip.file("xl/workbook.xml", workbookXml(spec));
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels([
      ...spec.sheets.map((_, i): [string, string] => [
        `${NS_REL}/worksheet`,
        `worksheets/sheet${i + 1}.xml`,
      ]),
      [`${NS_REL}/styles`, "styles.xml"],
      [`${NS_REL}/sharedStrings`, "sharedStrings.xml"],
      [`${NS_REL}/theme`, "theme/theme1.xml"],
    ])
  );
  zip.file(
    "docProps/core.xml",
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:creator>Low-carbon evaluation add-in</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${new Date().toISOString().replace(/\.\d+Z$/, "Z")}</dcterms:created></cp:coreProperties>`
  );
  zip.file(
    "_rels/.rels",
    rels([
      [`${NS_REL}/officeDocument`, "xl/workbook.xml"],
      [
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml",
      ],
    ])
  );
  zip.file(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      `<Default Extension="xml" ContentType="application/xml"/>${types.join("")}</Types>`
  );
  // Level 3: a third of the time of the default level 6, for a file about 10 % larger.
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 3 },
  });
}
