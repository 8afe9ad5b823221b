/**
 * The Build step's trade import in real headless Chromium, in preview mode at task-pane width
 * (350 px): a UN Comtrade CSV chosen as a file shows what was recognised before anything is used,
 * its export rows go on the Trade Structure sheet of the downloaded workbook (codes as text,
 * leading zeros kept), and a pasted table with headers of its own is read once its columns are
 * named. Needs the production build in dist/ (npm test builds it).
 */
import * as fs from "fs";
import * as path from "path";
import { readTradeTable, TradeFileResult } from "../../src/core/trade/files";
import { parseDelimited } from "../../src/workbook/delimited";
import { tradeSheetInputs } from "../../src/workbook/tradeRows";
import { axeViolations } from "../support/axe";
import {
  buildAndDownload,
  paneForTests,
  screenshot,
  toSettingsWithTemplate,
} from "../support/pane";
import { readCachedValues } from "../support/xlsxValues";

jest.setTimeout(5 * 60 * 1000);

const pane = paneForTests();
const page = () => pane().page;
const COMTRADE = path.resolve(__dirname, "../fixtures/trade/comtrade.csv");

async function download(): Promise<Map<string, { values: Map<string, unknown> }>> {
  return readCachedValues((await buildAndDownload(page())).bytes);
}

describe("the Build step's trade import", () => {
  it("shows what a UN Comtrade file holds before anything is used", async () => {
    await toSettingsWithTemplate(page());
    await page().getByRole("checkbox", { name: "Add the trade-structure analysis" }).check();
    await page().getByRole("button", { name: "Continue to build" }).click();
    await page().getByRole("button", { name: "Read a trade file…" }).waitFor();
    await page().getByLabel("Trade file (.xlsx, .csv, .txt)").setInputFiles(COMTRADE);
    const report = page().getByRole("list", { name: "What was read" });
    await expect(report.innerText()).resolves.toMatch(/Layout: UN Comtrade/);
    await expect(report.innerText()).resolves.toMatch(/Flows: Export, Import/);
    await expect(report.innerText()).resolves.toMatch(/Skipped:/);
    const section = page().getByRole("region", { name: "Trade data" });
    await section.scrollIntoViewIfNeeded();
    await screenshot(page(), "4-build-trade-import", section);
    expect(await axeViolations(page())).toEqual([]);
  });

  it("puts the file's export rows on the Trade Structure sheet, codes as text", async () => {
    const text = fs.readFileSync(COMTRADE, "utf8");
    const read = readTradeTable(parseDelimited(text).rows) as TradeFileResult;
    const want = tradeSheetInputs(read, [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(want.rows).toBeGreaterThan(3);
    await page().getByRole("button", { name: "Use these rows" }).click();
    await expect(page().getByRole("region", { name: "Trade data" }).innerText()).resolves.toMatch(
      new RegExp(`comtrade\\.csv: ${want.rows} rows of exports \\(2016–2017\\)`)
    );
    await page()
      .getByRole("checkbox", { name: /sample judgments/ })
      .check();
    const sheet = (await download()).get("Trade Structure")!.values;
    for (let i = 0; i < want.rows; i++) {
      const r = 5 + i; // the data start on row 5
      expect([sheet.get(`A${r}`), sheet.get(`B${r}`), sheet.get(`C${r}`)]).toEqual([
        want.inputs.get(`t|${i}|0`),
        want.inputs.get(`t|${i}|1`),
        want.inputs.get(`t|${i}|2`),
      ]);
    }
    expect(sheet.get(`B${5 + want.rows}`) ?? null).toBeNull(); // the sample's rows are replaced
    expect([...want.inputs.values()]).toContain("010121"); // typed 10121 in the file
    // once built, the rows are on the sheet: the step offers a new import
    await page().getByRole("button", { name: "Read a trade file…" }).waitFor();
  });

  it("reads a pasted table with headers of its own once its columns are named", async () => {
    const box = page().getByRole("textbox", { name: "Paste the trade table" });
    await box.click();
    // a paste from Excel: the cells as tab-separated lines, inserted at once as a paste is
    const pasted = "Jahr\tWare\tWert\n2020\t847130\t120\n2020\t610910\t80\n2021\t847130\t150\n";
    await page().keyboard.insertText(pasted);
    await expect(box.inputValue()).resolves.toBe(pasted);
    await page().getByRole("button", { name: "Read the pasted table" }).click();
    await page()
      .getByText(/Name its columns/)
      .waitFor();
    await page()
      .getByRole("combobox", { name: "Product code (HS or SITC)" })
      .selectOption({ label: "Ware" });
    await page()
      .getByRole("combobox", { name: "Trade value (US$)" })
      .selectOption({ label: "Wert" });
    await page().getByRole("combobox", { name: "Year" }).selectOption({ label: "Jahr" });
    await page().getByRole("button", { name: "Read with these columns" }).click();
    await expect(page().getByRole("list", { name: "What was read" }).innerText()).resolves.toMatch(
      /Years: 2020–2021/
    );
    await expect(
      page()
        .getByText(/3 rows of trade in US\$/)
        .count()
    ).resolves.toBe(1);
    expect(pane().problems).toEqual([]);
  });
});
