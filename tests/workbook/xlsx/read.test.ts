/** The .xlsx reader: files written by ExcelJS, by the add-in's writer, and by hand (prefixed XML, inline strings). */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsx } from "../../../src/workbook/xlsx/read";
import { writeXlsx } from "../../../src/workbook/writeXlsx";
import { HOSTILE, featureSpec } from "../../support/xlsxFeatures";

describe("readXlsx", () => {
  it("reads a file written by ExcelJS: strings, rich text, numbers, booleans, dates, cached results, errors", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("System");
    ws.getCell("A1").value = "Id";
    ws.getCell("B1").value = {
      richText: [{ text: "R&D " }, { font: { bold: true }, text: "staff" }],
    };
    ws.getCell("A2").value = 7;
    ws.getCell("B2").value = true;
    ws.getCell("C2").value = { formula: 'B1&"!"', result: "R&D staff!" };
    ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("E2").value = new Date(Date.UTC(2024, 0, 31));
    ws.getCell("F2").value = { text: "Link", hyperlink: "http://example.com" };
    ws.getCell("A4").value = '  =HYPERLINK("x")';
    wb.addWorksheet("Hidden", { state: "hidden" }).getCell("A1").value = "secret";
    const sheets = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ["System", "visible"],
      ["Hidden", "hidden"],
    ]);
    expect(sheets[0].values).toEqual([
      ["Id", "R&D staff", null, null, null, null],
      [7, true, "R&D staff!", "#DIV/0!", new Date(Date.UTC(2024, 0, 31)), "Link"],
      [null, null, null, null, null, null],
      ['  =HYPERLINK("x")', null, null, null, null, null],
    ]);
  });

  it("reads a file written by the add-in: text exactly as written, formulas without a cached result as blank", async () => {
    const [data, lists] = await readXlsx(await writeXlsx(featureSpec()));
    expect(data.name).toBe("Data Sheet");
    expect(lists.state).toBe("veryHidden");
    expect(data.values[1].slice(0, 4)).toEqual([3.5, true, null, null]); // D2 is a formula
    expect(data.values[1][6]).toBeNull(); // a shared formula, never its text
    HOSTILE.forEach((text, i) => expect([i, data.values[10 + i][0]]).toEqual([i, text]));
    expect(lists.values).toEqual([["High"], ["Medium"], ["Low"]]);
  });

  it("reads prefixed XML, cells without addresses, inline strings, phonetic runs, escapes and 1904 dates", async () => {
    const zip = new JSZip();
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    zip.file(
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/officeDocument" Target="/book/main.xml"/></Relationships>`
    );
    zip.file(
      "book/main.xml",
      `<x:workbook ${ns} xmlns:rel="${rel}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Ind &amp; Co" sheetId="1" rel:id="s1"/></x:sheets></x:workbook>`
    );
    zip.file(
      "book/_rels/main.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="s1" Type="${rel}/worksheet" Target="sheets/one.xml"/>` +
        `<Relationship Id="s2" Type="${rel}/sharedStrings" Target="strings.xml"/>` +
        `<Relationship Id="s3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`
    );
    zip.file(
      "book/strings.xml",
      `<x:sst ${ns}><x:si><x:r><x:t>東京</x:t></x:r><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh></x:si><x:si><x:t>a_x000D_b_x005F_x0041_</x:t></x:si></x:sst>`
    );
    zip.file(
      "book/styles.xml",
      `<x:styleSheet ${ns}><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="yyyy\\-mm\\-dd"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="170"/><x:xf numFmtId="10"/></x:cellXfs></x:styleSheet>`
    );
    zip.file(
      "book/sheets/one.xml",
      `<x:worksheet ${ns}><x:sheetData>` +
        `<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t xml:space="preserve"> in line </x:t></x:is></x:c></x:row>` +
        `<x:row r="3"><x:c r="B3" s="1"><x:v>0</x:v></x:c><x:c r="C3" s="2"><x:v>0.25</x:v></x:c><x:c r="D3" t="e"><x:f>NA()</x:f><x:v>#N/A</x:v></x:c><x:c r="E3" t="str"><x:f>"x"&amp;"y"</x:f><x:v>xy</x:v></x:c><x:c r="F3"><x:f>1+1</x:f></x:c></x:row>` +
        `</x:sheetData></x:worksheet>`
    );
    const [sheet] = await readXlsx(await zip.generateAsync({ type: "uint8array" }));
    expect(sheet.name).toBe("Ind & Co");
    expect(sheet.values).toEqual([
      ["東京", "a\rb_x0041_", " in line ", null, null],
      [null, null, null, null, null],
      [null, new Date(Date.UTC(1904, 0, 1)), 0.25, "#N/A", "xy"],
    ]);
  });

  it("refuses a package without a workbook", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    await expect(readXlsx(await zip.generateAsync({ type: "uint8array" }))).rejects.toThrow(
      "the package has no workbook part"
    );
  });
});
