/**
 * The .xlsx writer on a small description holding every feature it writes, read back by ExcelJS
 * and by openpyxl: values, formulas, shared and array formulas, formats, validations (a list
 * naming its items' range), conditional formats, merges, panes, page setup, helper columns,
 * names, protection, hidden sheets, charts, and text that must stay text.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeXlsx } from "../../../src/workbook/writeXlsx";
import { pythonWithOpenpyxl } from "../../support/tools";
import { HOSTILE, featureSpec } from "../../support/xlsxFeatures";

describe("the .xlsx writer, read back by ExcelJS", () => {
  let bytes: Uint8Array;
  const wb = new ExcelJS.Workbook();
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    bytes = await writeXlsx(featureSpec());
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    ws = wb.getWorksheet("Data Sheet")!;
  });

  it("writes values, formulas (add-in functions as Excel saves them) and formats", () => {
    expect(ws.getCell("A1").value).toBe("Title");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("A1").font.size).toBe(14);
    expect(ws.getCell("A2").value).toBe(3.5);
    expect(ws.getCell("A2").numFmt).toBe("0.00");
    expect((ws.getCell("A2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFE2EFDA");
    expect(ws.getCell("A2").border.top?.style).toBe("thin");
    expect(ws.getCell("B2").value).toBe(true);
    expect(ws.getCell("C2").value).toBeNull();
    expect(ws.getCell("C2").protection.locked).toBe(false);
    expect(ws.getCell("A2").protection?.locked).not.toBe(false);
    expect(ws.getCell("C3").value).toBe(2);
    expect(ws.getCell("D2").formula).toBe("A2*2");
    expect(ws.getCell("D2").numFmt).toBe("0.0000");
    expect(ws.getCell("D3").formula).toBe('_xldudf_AHP_CR(A2:B3,"EIGEN")');
    expect(ws.getCell("A4").alignment.wrapText).toBe(true);
  });

  it("stores a filled-down formula once (shared) and an array formula over its area", () => {
    expect(ws.getCell("G2").value).toEqual(
      expect.objectContaining({ formula: "F2*10", shareType: "shared", ref: "G2:G6" })
    );
    for (let r = 3; r <= 6; r++)
      expect(ws.getCell(`G${r}`).value).toEqual(expect.objectContaining({ sharedFormula: "G2" }));
    expect(ws.getCell("G6").numFmt).toBe("#,##0");
    expect(ws.getCell("H2").value).toEqual(
      expect.objectContaining({ formula: "F2:F3*2", shareType: "array", ref: "H2:H3" })
    );
  });

  it("keeps text as text: leading =, +, -, @, spaces, emoji, CJK, markup and 32,767 characters", () => {
    HOSTILE.forEach((text, i) => {
      const cell = ws.getCell(`A${11 + i}`);
      expect([i, cell.type]).toEqual([i, ExcelJS.ValueType.String]);
      expect(cell.value).toBe(text);
    });
  });

  it("writes validations, conditional formats, merges, panes, page setup and helper columns", () => {
    expect(ws.getCell("C3").dataValidation).toEqual(
      expect.objectContaining({
        type: "decimal",
        operator: "between",
        formulae: [0, 4],
        prompt: "Score from 0 to 4",
        error: "Scores run from 0 to 4.",
      })
    );
    expect(ws.getCell("C6").dataValidation).toEqual(
      expect.objectContaining({ type: "custom", formulae: ['OR(C5="",C5>0)'] })
    );
    expect(ws.getCell("D6").dataValidation).toEqual(
      expect.objectContaining({ type: "list", formulae: ["Lists!$A$1:$A$3"] })
    );
    expect(ws.getCell("D7").dataValidation).toEqual(
      expect.objectContaining({ type: "list", formulae: ['"High,Low"'] })
    );
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] })
      .conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(["A2:B2", "A2:B2"]);
    expect(cf[0].rules[0]).toEqual(
      expect.objectContaining({ type: "expression", formulae: ["$A$2>1"], priority: 1 })
    );
    expect(ws.getCell("B9").isMerged).toBe(true);
    expect(ws.getRow(9).height).toBe(45);
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: "frozen", xSplit: 1, ySplit: 1 }));
    expect(ws.pageSetup).toEqual(
      expect.objectContaining({
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "1:2",
      })
    );
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(4).width).toBe(12.5);
    for (const c of [10, 11]) {
      expect(ws.getColumn(c).hidden).toBe(true);
      expect(ws.getColumn(c).outlineLevel).toBe(1);
    }
    expect(ws.getColumn(9).hidden).toBe(false);
  });

  it("protects the sheet, hides the lists very hidden, and defines the names", () => {
    expect(
      (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
    ).toBe(true);
    expect(wb.getWorksheet("Lists")!.state).toBe("veryHidden");
    const names = wb.definedNames.model.map((n: { name: string; ranges: string[] }) => [
      n.name,
      n.ranges,
    ]);
    expect(names).toEqual(
      expect.arrayContaining([["Values", [expect.stringMatching(/Data Sheet'?!\$F\$2:\$F\$6$/)]]])
    );
  });

  it("writes well-formed parts: the chart, its drawing, and the content types", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const files = Object.keys(zip.files);
    expect(files[0]).toBe("[Content_Types].xml");
    expect(files).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/drawings/drawing1.xml",
        "xl/worksheets/_rels/sheet1.xml.rels",
        "xl/theme/theme1.xml",
      ])
    );
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:f>'Data Sheet'!F2:F3</c:f>");
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Data Sheet'!$A$1:$H$30</definedName>`
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Data Sheet'!$1:$2</definedName>`
    );
    const styles = await zip.file("xl/styles.xml")!.async("string");
    // One cell format per distinct combination: the five shared-formula cells share one.
    const xfs = /<cellXfs count="(\d+)">/.exec(styles)![1];
    expect(Number(xfs)).toBeLessThanOrEqual(12);
  });
});

/** Reads the workbook with openpyxl and prints what the test checks, as JSON. */
const OPENPYXL = String.raw`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Data Sheet"]
def formula(c):
    v = ws[c].value
    return getattr(v, "text", v)
arr = ws["H2"].value
array_ref = getattr(arr, "ref", None) or ws.formula_attributes.get("H2", {}).get("ref")
dv = [{"type": d.type, "sqref": str(d.sqref), "f1": d.formula1, "f2": d.formula2, "prompt": d.prompt} for d in ws.data_validations.dataValidation]
cf = []
for rng in ws.conditional_formatting:
    for rule in rng.rules:
        cf.append({"range": str(rng.sqref), "formula": rule.formula, "fill": rule.dxf.fill.bgColor.rgb if rule.dxf and rule.dxf.fill else None})
out = {
  "sheets": [[s.title, s.sheet_state] for s in wb.worksheets],
  "values": [ws["A2"].value, ws["B2"].value, ws["C2"].value, ws["C3"].value],
  "formulas": [formula("D2"), formula("D3")] + [formula("G%d" % r) for r in range(2, 7)],
  "array": [getattr(arr, "text", arr), array_ref],
  "hostile": [ws.cell(row=11 + i, column=1).value for i in range(${HOSTILE.length})],
  "numFmts": [ws["A2"].number_format, ws["D2"].number_format, ws["G4"].number_format],
  "bold": ws["A1"].font.b, "fill": ws["A2"].fill.fgColor.rgb, "wrap": ws["A4"].alignment.wrap_text,
  "locked": [ws["A2"].protection.locked, ws["C2"].protection.locked],
  "protected": ws.protection.sheet,
  "validations": dv, "conditional": cf,
  "merged": [str(m) for m in ws.merged_cells.ranges],
  "freeze": ws.freeze_panes,
  "printArea": ",".join(ws.print_area) if isinstance(ws.print_area, list) else ws.print_area, "printTitles": ws.print_title_rows,
  "orientation": ws.page_setup.orientation, "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage,
  "fitToWidth": ws.page_setup.fitToWidth, "fitToHeight": ws.page_setup.fitToHeight,
  "helpers": [[d.min, d.max, d.hidden, d.outline_level] for d in ws.column_dimensions.values() if d.outline_level],
  "widthA": ws.column_dimensions["A"].width, "height9": ws.row_dimensions[9].height,
  "charts": len(ws._charts),
}
try:
    out["names"] = [[n.name, n.attr_text] for n in wb.defined_names.definedName]
except AttributeError:
    out["names"] = [[k, v.attr_text] for k, v in wb.defined_names.items()]
print(json.dumps(out))
`;

describe("the .xlsx writer, read back by openpyxl", () => {
  let read: Record<string, unknown>;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-"));
    const file = path.join(dir, "features.xlsx");
    fs.writeFileSync(file, await writeXlsx(featureSpec()));
    const out = execFileSync(pythonWithOpenpyxl(), ["-c", OPENPYXL, file], {
      maxBuffer: 16 * 2 ** 20,
    });
    read = JSON.parse(out.toString("utf8"));
  });

  it("reads the sheets, values, formulas (shared ones expanded) and array formulas", () => {
    expect(read.sheets).toEqual([
      ["Data Sheet", "visible"],
      ["Lists", "veryHidden"],
    ]);
    expect(read.values).toEqual([3.5, true, null, 2]);
    expect(read.formulas).toEqual([
      "=A2*2",
      '=_xldudf_AHP_CR(A2:B3,"EIGEN")',
      "=F2*10",
      "=F3*10",
      "=F4*10",
      "=F5*10",
      "=F6*10",
    ]);
    expect(read.array).toEqual(["=F2:F3*2", "H2:H3"]);
    expect(read.hostile).toEqual(HOSTILE);
  });

  it("reads the formats, protection, validations and conditional formats", () => {
    expect(read.numFmts).toEqual(["0.00", "0.0000", "#,##0"]);
    expect(read.bold).toBe(true);
    expect(read.fill).toBe("FFE2EFDA");
    expect(read.wrap).toBe(true);
    expect(read.locked).toEqual([true, false]);
    expect(read.protected).toBe(true);
    expect(read.validations).toEqual([
      { type: "decimal", sqref: "C2:C3", f1: "0", f2: "4", prompt: "Score from 0 to 4" },
      { type: "custom", sqref: "C5:C6", f1: 'OR(C5="",C5>0)', f2: null, prompt: null },
      { type: "list", sqref: "D5:D6", f1: "Lists!$A$1:$A$3", f2: null, prompt: null },
      { type: "list", sqref: "D7", f1: '"High,Low"', f2: null, prompt: null },
    ]);
    expect(read.conditional).toEqual([
      { range: "A2:B2", formula: ["$A$2>1"], fill: "FFF8CBAD" },
      { range: "A2:B2", formula: ["$A$2<=1"], fill: "FFC6EFCE" },
    ]);
  });

  it("reads merges, panes, page setup, helper columns, names and the chart", () => {
    expect(read.merged).toEqual(["A9:D9"]);
    expect(read.freeze).toBe("B2");
    expect(read.printArea).toMatch(/^('Data Sheet'!)?\$A\$1:\$H\$30$/); // openpyxl 3.0 drops the sheet
    expect(read.printTitles).toBe("$1:$2");
    expect(read.orientation).toBe("landscape");
    expect(read.fitToPage).toBe(true);
    expect([read.fitToWidth, read.fitToHeight]).toEqual([1, 0]);
    expect(read.helpers).toEqual([[10, 11, true, 1]]); // J:K
    expect(read.widthA).toBe(30);
    expect(read.height9).toBe(45);
    expect(read.names).toEqual(expect.arrayContaining([["Values", "'Data Sheet'!$F$2:$F$6"]]));
    expect(read.charts).toBe(1);
  });
});
