/** The .xlsx writer: cells, formulas, styles, validation, protection, names, hidden sheets and charts. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildWorkbook } from "../../src/workbook/build";
import { sampleInputs } from "../../src/workbook/sample";
import { paperTemplate } from "../../src/workbook/template";
import { cellsOf, fileFormula, shiftFormula, writeXlsx } from "../../src/workbook/writeXlsx";

describe("writeXlsx", () => {
  const model = paperTemplate({ trade: true });
  const built = buildWorkbook(model, { inputs: sampleInputs(model) });
  let bytes: Uint8Array;
  const wb = new ExcelJS.Workbook();

  beforeAll(async () => {
    bytes = await writeXlsx(built.spec);
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  });

  it("writes every sheet, the hidden ones very hidden", () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Index System", "visible"],
      ["Comparisons", "visible"],
      ["Expert Scores", "visible"],
      ["Quantitative Data", "visible"],
      ["Status", "visible"],
      ["Results", "visible"],
      ["Trade Structure", "visible"],
      ["_EvalMeta", "veryHidden"],
    ]);
  });

  it("stores add-in functions as Excel saves them (_xldudf_ prefix) and keeps native formulas", () => {
    // The weights of a block: one array formula over its cells, as Excel stores a legacy array formula.
    const at = built.resultCells.get("w|GOAL|e1|0")!;
    const sheet = wb.getWorksheet(at.sheet)!;
    const v = sheet.getCell(at.address).value as {
      formula: string;
      shareType?: string;
      ref?: string;
    };
    expect(v.formula).toBe('IFERROR(_xldudf_AHP_WEIGHTS($B$6:$C$7,"EIGEN"),"")');
    expect(v.shareType).toBe("array");
    expect(v.ref).toBe(`${at.address}:${built.resultCells.get("w|GOAL|e1|1")!.address}`);
    expect(fileFormula('=IFERROR(INDEX(GREY.MATRIX(A1:B1,"4"),1,2),"")')).toBe(
      '=IFERROR(INDEX(_xldudf_GREY_MATRIX(A1:B1,"4"),1,2),"")'
    );
    expect(fileFormula("=SUM(A1:A3)")).toBe("=SUM(A1:A3)");
  });

  it("keeps input values, unlocks input cells and protects formula sheets", () => {
    const at = built.inputCells.get("j|GOAL|e1|C1|C2")!;
    const cell = wb.getWorksheet(at.sheet)!.getCell(at.address);
    expect(cell.value).toEqual(sampleInputs(model).get("j|GOAL|e1|C1|C2"));
    expect(cell.protection?.locked).toBe(false);
    expect(
      (wb.getWorksheet("Comparisons") as unknown as { sheetProtection?: { sheet?: boolean } })
        .sheetProtection?.sheet
    ).toBe(true);
  });

  it("adds one validation per range, its relative references from the range's top-left cell", () => {
    const at = built.inputCells.get("j|C11|e1|I112|I113")!;
    const v = wb.getWorksheet(at.sheet)!.getCell(at.address).dataValidation as {
      type: string;
      formulae: string[];
    };
    const rule = built.spec.sheets
      .find((s) => s.name === at.sheet)!
      .validations.find((x) => cellsOf(x.range).includes(at.address))!;
    expect(v.type).toBe("custom");
    // Excel moves relative references with each cell of the range, as it does for a formula.
    expect(v.formulae[0]).toBe(rule.formula);
    expect(rule.formula).toContain(`${cellsOf(rule.range)[0]}=""`);
    expect(shiftFormula('OR(B6="",$B$6>1,C7)', "B6", "D8")).toBe('OR(D8="",$B$6>1,E9)');
    expect(cellsOf("B2:C3")).toEqual(["B2", "C2", "B3", "C3"]);
  });

  it("defines the four names", () => {
    const names = wb.definedNames.model.map((n: { name: string; ranges: string[] }) => [
      n.name,
      n.ranges[0],
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["EvalScore", expect.stringMatching(/^'?Results'?!\$[A-Z]+\$\d+$/)],
        ["GlobalWeights", expect.stringMatching(/Results'?!\$D\$\d+:\$D\$\d+$/)],
      ])
    );
  });

  it("adds the charts as DrawingML parts linked from their sheets", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    // three on Results (the last the tornado), two on Trade Structure (shares, structural change)
    expect(charts).toHaveLength(5);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    for (const c of charts) expect(types).toContain(`/${c}`);
    const trade = await zip.file(charts[3])!.async("string");
    expect(trade).toContain('<c:grouping val="stacked"/>');
    expect(trade).toContain("'Trade Structure'!$H$5:$H$12");
    const drawings = Object.keys(zip.files).filter((f) =>
      /^xl\/drawings\/drawing\d+\.xml$/.test(f)
    );
    expect(drawings).toHaveLength(2);
  });
});

describe("writeXlsx: text stays text", () => {
  it('names starting with =, +, - or @ are stored as strings (t="s"), never as formulas', async () => {
    const hostile = [
      '=HYPERLINK("http://example.com/x","click")',
      "-CO2 intensity",
      "+R&D",
      "@home",
    ];
    const m = paperTemplate();
    hostile.forEach((name, i) => (m.nodes[i].name = name));
    m.settings.experts = ["=Wang", "-Li", "Chen"];
    const spec = buildWorkbook(m).spec;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeXlsx(spec)) as unknown as ArrayBuffer);
    let texts = 0;
    for (const sheet of spec.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const [a, cell] of sheet.cells) {
        if (cell.formula !== undefined || typeof cell.value !== "string" || cell.value === "")
          continue;
        const read = ws.getCell(a);
        expect([a, read.type]).toEqual([a, ExcelJS.ValueType.String]);
        expect(read.value).toBe(cell.value);
        texts++;
      }
    }
    expect(texts).toBeGreaterThan(100);
    const index = wb.getWorksheet("Index System")!;
    const values: unknown[] = [];
    index.eachRow((row) => row.eachCell((c) => values.push(String(c.value).trim()))); // names are indented by level
    for (const t of hostile) expect(values).toContain(t);
  });
});

describe("writeXlsx: layout", () => {
  const model = paperTemplate({ style: "native", trade: true, service: true });
  const built = buildWorkbook(model, { inputs: sampleInputs(model) });
  let bytes: Uint8Array;
  const wb = new ExcelJS.Workbook();

  beforeAll(async () => {
    bytes = await writeXlsx(built.spec);
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  });

  it("freezes panes and sets up printing: fit to one page wide, print area, title rows, orientation", () => {
    for (const sheet of built.spec.sheets.filter((s) => !s.hidden)) {
      const ws = wb.getWorksheet(sheet.name)!;
      expect([sheet.name, ws.views[0]]).toEqual([
        sheet.name,
        expect.objectContaining({
          state: "frozen",
          xSplit: sheet.freeze!.columns,
          ySplit: sheet.freeze!.rows,
        }),
      ]);
      expect([sheet.name, ws.pageSetup]).toEqual([
        sheet.name,
        expect.objectContaining({
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          orientation: sheet.print!.landscape ? "landscape" : "portrait",
        }),
      ]);
    }
    const index = wb.getWorksheet("Index System")!;
    expect(index.pageSetup.printTitlesRow).toBe("4:4");
  });

  it("stores each print area as an absolute range (LibreOffice reads relative rows as relative)", async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    const areas = [...xml.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]+)</g)].map(
      (m) => m[1].replace(/&apos;/g, "'")
    );
    expect(areas).toHaveLength(8);
    expect(areas[0]).toMatch(/^'Index System'!\$A\$1:\$I\$\d+$/);
    expect(areas.every((a) => /!\$A\$1:\$[A-Z]+\$\d+$/.test(a))).toBe(true);
  });

  it("groups and hides the helper columns (outline level 1), wraps headers, merges notes and sets row heights", () => {
    const ws = wb.getWorksheet("Comparisons")!;
    const sheet = built.spec.sheets.find((s) => s.name === "Comparisons")!;
    const { first, last } = sheet.helperColumns[0];
    for (let c = first; c <= last; c++) {
      expect(ws.getColumn(c + 1).hidden).toBe(true);
      expect(ws.getColumn(c + 1).outlineLevel).toBe(1);
    }
    expect(ws.getColumn(2).hidden).toBe(false);
    const header = [...sheet.cells].find(([, c]) => c.style === "header")![0];
    expect(ws.getCell(header).alignment?.wrapText).toBe(true);
    expect(ws.getCell("A2").isMerged).toBe(true);
    const [row, height] = Object.entries(sheet.rowHeights)[0];
    expect(ws.getRow(Number(row) + 1).height).toBe(height);
  });

  it("stores a formula filled down a data column once, as a shared formula", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet7.xml")!.async("string"); // Trade Structure
    expect(/<c r="D5"[^>]*><f t="shared" ref="D5:D1004" si="\d+">IF\(B5=(&quot;|")/.test(xml)).toBe(
      true
    );
    expect(/<c r="D1004"[^>]*><f t="shared" si="\d+"\/>/.test(xml)).toBe(true);
  });

  it("charts show every category label, the share axes in percent", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .sort()
        .map((f) => zip.file(f)!.async("string"))
    );
    // weights, memberships, tornado, trade shares, structural change, service
    expect(charts).toHaveLength(6);
    for (const c of charts) expect(c).toContain('<c:tickLblSkip val="1"/>');
    expect(charts[0]).toContain("Global weights of the indicators, largest first");
    expect(charts[0]).toContain('<c:numFmt formatCode="0.00" sourceLinked="0"/>');
    for (const c of [charts[1], charts[3], charts[5]])
      expect(c).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    expect(charts[4]).toContain("Structural change: the Moore angle");
    expect(charts[4]).toContain('<c:numFmt formatCode="0.0" sourceLinked="0"/>');
    // The tornado: bars over each other, labels at the low end of the value axis.
    expect(charts[2]).toContain('<c:overlap val="100"/>');
    expect(charts[2]).toContain('<c:tickLblPos val="low"/>');
  });
});
