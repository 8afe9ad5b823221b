import ExcelJS from "exceljs";
import { readIndicatorFile } from "../../src/taskpane/wizard/importFile";

describe("reading an indicator file", () => {
  it("reads text files as UTF-8, or as GB18030 when they are not valid UTF-8", async () => {
    await expect(readIndicatorFile(new File(["\uFEFFId,Name\nA,定量"], "a.csv"))).resolves.toEqual({
      kind: "text",
      name: "a.csv",
      text: "Id,Name\nA,定量",
      encoding: "UTF-8",
    });
    // 定量 in GB18030.
    const gb = new Uint8Array([0x41, 0x09, 0xb6, 0xa8, 0xc1, 0xbf]);
    await expect(readIndicatorFile(new File([gb], "b.tsv"))).resolves.toEqual({
      kind: "text",
      name: "b.tsv",
      text: "A\t定量",
      encoding: "GB18030",
    });
  });

  it("reads every visible sheet of an .xlsx, a formula by its cached result", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["Read me"]);
    wb.addWorksheet("Hidden", { state: "hidden" }).addRow(["secret"]);
    const ws = wb.addWorksheet("System");
    ws.addRows([
      ["Id", "Name"],
      [1, "Input"],
    ]);
    ws.getCell("C2").value = { formula: 'B2&"!"', result: "Input!" };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const read = await readIndicatorFile(new File([bytes], "system.xlsx"));
    expect(read).toEqual({
      kind: "sheets",
      name: "system.xlsx",
      sheets: [
        { name: "Notes", values: [["Read me"]] },
        {
          name: "System",
          values: [
            ["Id", "Name", null],
            [1, "Input", "Input!"],
          ],
        },
      ],
    });
  });

  it("refuses a binary Excel 97-2003 workbook by its bytes, whatever its name, and a damaged .xlsx", async () => {
    // The first bytes of every OLE2 compound file, the format of a binary .xls.
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readIndicatorFile(new File([ole2], "old.xls"))).rejects.toThrow(
      "old.xls is an Excel 97-2003 workbook: save it as .xlsx or .csv and choose that file"
    );
    await expect(readIndicatorFile(new File([ole2], "renamed.csv"))).rejects.toThrow(
      "renamed.csv is an Excel 97-2003 workbook: save it as .xlsx or .csv and choose that file"
    );
    await expect(readIndicatorFile(new File(["not a zip"], "broken.xlsx"))).rejects.toThrow(
      "broken.xlsx could not be read as an .xlsx workbook (it is not a zip archive, as every .xlsx is)"
    );
    const truncated = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(readIndicatorFile(new File([truncated], "cut.xlsx"))).rejects.toThrow(
      /^cut\.xlsx could not be read as an \.xlsx workbook \(.+\)$/
    );
  });

  it("reads an .xls that is tab-separated text (ITC Trade Map's download) as text, and UTF-16 with its byte-order mark", async () => {
    const tradeMap =
      "Code\tProduct label\tExported value in 2023\n'010121\tPure-bred horses\t1250\n";
    await expect(readIndicatorFile(new File([tradeMap], "Trade_Map_-_List.xls"))).resolves.toEqual({
      kind: "text",
      name: "Trade_Map_-_List.xls",
      text: tradeMap,
      encoding: "UTF-8",
    });
    // "Id\t定量" as Excel's "Unicode text": UTF-16LE with a byte-order mark.
    const utf16 = new Uint8Array([0xff, 0xfe, 0x49, 0, 0x64, 0, 0x09, 0, 0x9a, 0x5b, 0xcf, 0x91]);
    await expect(readIndicatorFile(new File([utf16], "unicode.txt"))).resolves.toEqual({
      kind: "text",
      name: "unicode.txt",
      text: "Id\t定量",
      encoding: "UTF-16LE",
    });
  });
});
