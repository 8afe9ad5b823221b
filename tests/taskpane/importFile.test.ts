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

  it("refuses an .xls and a damaged .xlsx, naming the file", async () => {
    await expect(readIndicatorFile(new File(["x"], "old.xls"))).rejects.toThrow(
      "old.xls is an Excel 97-2003 workbook: save it as .xlsx or .csv and choose that file"
    );
    await expect(readIndicatorFile(new File(["not a zip"], "broken.xlsx"))).rejects.toThrow(
      /^broken\.xlsx could not be read as an \.xlsx workbook \(.+\)$/
    );
  });
});
