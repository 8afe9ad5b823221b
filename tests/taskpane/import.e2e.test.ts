/**
 * Importing an indicator system in the task pane, in real headless Chromium (Debian's chromium
 * through playwright-core), in preview mode at task-pane width (350 px): pasted cells (through
 * the clipboard, as a user pastes), typed text, and files (comma and semicolon CSV, a GB18030
 * CSV, an .xlsx with two sheets) chosen through the file chooser. Each shows a preview with its
 * problems; Cancel keeps the current system, Replace puts the import in the Indicators step.
 * Screenshots go to test-artifacts/screenshots/. Needs the production build in dist/.
 */
import * as fs from "fs";
import type { Page } from "playwright-core";
import ExcelJS from "exceljs";
import { expectCount } from "../support/expectCount";
import { Pane, openPane, screenshot } from "../support/pane";

jest.setTimeout(5 * 60 * 1000);

let pane: Pane;
let page: Page;
let problems: string[];

beforeAll(async () => {
  pane = await openPane({ clipboard: true });
  ({ page, problems } = pane);
});

afterAll(async () => {
  await pane?.close();
});

afterEach(() => {
  expect(problems).toEqual([]);
});

/** Screenshot of the wizard, and a check that nothing overflows 350 px. */
const shot = (name: string) => screenshot(page, name);

const tab = (name: RegExp) => page.getByRole("tab", { name });
const button = (name: string | RegExp) => page.getByRole("button", { name });
const preview = () => page.getByRole("region", { name: "Import preview" });
const problemList = () => page.getByRole("list", { name: "Import problems" }).locator("li");
const treeItems = () => page.getByRole("list", { name: "Imported indicator tree" }).locator("li");

/** Chooses a file as a user does: the Read a file… button, then the file chooser. */
async function chooseFile(name: string, buffer: Buffer, mimeType: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await button("Read a file…").click();
  await (await chooser).setFiles({ name, mimeType, buffer });
  await preview().waitFor();
}

/** Back to the Start step with Import chosen. */
async function openImport(): Promise<void> {
  await tab(/Start/).click();
  await page.getByRole("radio", { name: "Import an indicator table" }).check();
}

/** The names of the nodes the Indicators step shows. */
async function indicatorsShown(): Promise<string> {
  return page.getByRole("tabpanel").innerText();
}

/** GB18030 bytes of a Chinese table (as Excel on Chinese Windows saves a CSV). */
const GB18030_TEXT =
  "编号,上级,名称,类型,方向,单位\r\nC1,,创新投入,,,\r\nC11,C1,研发人员,定量,正向,人\r\nC12,创新投入,单位产值能耗,定量,逆向,吨标准煤\r\nC2,,创新产出,,,\r\nC21,C2,绿色专利,定量,效益,件\r\nC22,C3,污染控制,定性,正向,\r\n";
const GB18030_HEX =
  "b1e0bac52cc9cfbcb62cc3fbb3c62cc0e0d0cd2cb7bdcff22cb5a5cebb0d0a43312c2cb4b4d0c2cdb6c8eb2c2c2c0d0a4331312c43312cd1d0b7a2c8cbd4b12cb6a8c1bf2cd5fdcff22cc8cb0d0a4331322cb4b4d0c2cdb6c8eb2cb5a5cebbb2fad6b5c4dcbac42cb6a8c1bf2cc4e6cff22cb6d6b1ead7bcc3ba0d0a43322c2cb4b4d0c2b2fab3f62c2c2c0d0a4332312c43322cc2ccc9abd7a8c0fb2cb6a8c1bf2cd0a7d2e62cbcfe0d0a4332322c43332ccedbc8bebfd8d6c62cb6a8d0d42cd5fdcff22c0d0a";

describe("importing an indicator system in preview mode", () => {
  it("starts from the paper's system (the current system the imports must not replace)", async () => {
    await button("Use this and continue").waitFor({ timeout: 30000 });
    await button("Use this and continue").click();
    await expect(indicatorsShown()).resolves.toMatch(/Innovation input/);
  });

  it("pasted cells with the parent on every row: a preview with the row it could not place", async () => {
    await openImport();
    const outline = [
      "Input\tR&D staff",
      "Input\tPolicy support",
      "Output\tWaste utilisation",
      "Output\t\tCO2 intensity",
      "Output\tPatents",
    ].join("\n");
    await page.evaluate((t) => navigator.clipboard.writeText(t), outline);
    await page.getByRole("textbox", { name: "Paste the table" }).click();
    await page.keyboard.press("ControlOrMeta+V");
    await expect(page.getByRole("textbox", { name: "Paste the table" }).inputValue()).resolves.toBe(
      outline
    );
    await button("Read the pasted table").click();
    await expect(preview().innerText()).resolves.toMatch(
      "The pasted text, read as an outline with the parent on every row: 2 criteria and 4 indicators on 2 levels from 5 rows."
    );
    await expect(treeItems().allInnerTexts()).resolves.toEqual([
      "Input",
      "R&D staff · qualitative · benefit",
      "Policy support · qualitative · benefit",
      "Output",
      "Waste utilisation · qualitative · benefit",
      "Patents · qualitative · benefit",
    ]);
    await expect(problemList().allInnerTexts()).resolves.toEqual([
      'Row 4: left out, level 2 is empty between "Output" and "CO2 intensity"',
    ]);
    await expect(preview().innerText()).resolves.toMatch(
      "Replacing leaves out the 1 row listed above"
    );
    await shot("import-1-paste-preview");
  });

  it("Cancel keeps the current system and the pasted text, also across steps", async () => {
    await button("Cancel").click();
    await expectCount(preview(), 0);
    await tab(/Indicators/).click();
    await expect(indicatorsShown()).resolves.toMatch(/Innovation input/);
    await expect(indicatorsShown()).resolves.not.toMatch(/Policy support/);
    await tab(/Start/).click();
    await expect(
      page.getByRole("textbox", { name: "Paste the table" }).inputValue()
    ).resolves.toMatch(/^Input\tR&D staff\n/);
  });

  it("typed text that is no indicator table cannot replace anything", async () => {
    const box = page.getByRole("textbox", { name: "Paste the table" });
    await box.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("hello world");
    await page.keyboard.press("Tab");
    // Read the pasted table, then Tab: Read a file… is reached by keyboard too.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      "Read a file…"
    );
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await expect(problemList().allInnerTexts()).resolves.toEqual([
      'This does not look like an indicator table: it gives one node ("hello world") and no levels. Write a table with a Name column (Id, Parent, Name, Type, Direction, Unit) or an outline with one column per level',
    ]);
    await expect(button("Replace the current system with this").isDisabled()).resolves.toBe(true);
    await button("Cancel").click();
  });

  it("a comma-separated file with an unknown parent, an unknown type and a formula-like name", async () => {
    const csv =
      'Id,Parent,Name,Type,Direction,Unit\nA,,Input,,,\nA1,A,R&D staff,quantitative,benefit,"persons per 10,000"\nA2,Inputs,Policy,,,\nA3,A,Credit,survey,,\nB,,Output,,,\nB1,B,"=HYPERLINK(""http://x"",""y"")",qual,cost,\nB2,B,Energy use,定量,−,tce\n';
    await chooseFile("system.csv", Buffer.from(csv), "text/csv");
    await expect(preview().innerText()).resolves.toMatch(
      "system.csv, read as a table with a header row: 2 criteria and 3 indicators on 2 levels from 7 rows."
    );
    await expect(problemList().allInnerTexts()).resolves.toEqual([
      'Row 4: left out, parent "Inputs" is neither an id nor a name in the table',
      'Row 5: left out, type "survey" is not a type (quantitative: quantitative, quant, data, 定量; qualitative: qualitative, qual, experts, expert, 定性)',
    ]);
    await expect(treeItems().allInnerTexts()).resolves.toEqual([
      "Input",
      "R&D staff · quantitative · benefit · persons per 10,000",
      "Output",
      '=HYPERLINK("http://x","y") · qualitative · cost',
      "Energy use · quantitative · cost · tce",
    ]);
    await shot("import-2-file-problems");
    await button("Cancel").click();
  });

  it("a semicolon-separated file keeps names with commas whole", async () => {
    const csv =
      "Id;Parent;Name;Unit\nA;;Input;\nA1;A;Staff, technical;persons per 10,000\nA2;A;Policy;\n";
    await chooseFile("system-semicolon.csv", Buffer.from(csv), "text/csv");
    await expect(treeItems().allInnerTexts()).resolves.toEqual([
      "Input",
      "Staff, technical · qualitative · benefit · persons per 10,000",
      "Policy · qualitative · benefit",
    ]);
    await expectCount(problemList(), 0);
    await expect(preview().innerText()).resolves.toMatch("Every row is placed.");
    await button("Cancel").click();
  });

  it("an .xlsx with two sheets: the sheet picker reads each", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRows([["This workbook lists the indicators on the next sheet"]]);
    wb.addWorksheet("Indicators").addRows([
      ["Level 1", "Level 2", "Type", "Direction", "Unit"],
      ["Input", "R&D staff", "quant", "+", "persons"],
      ["Input", "Platforms", "qual", "", ""],
      ["Output", "Energy use", "data", "cost", "tce"],
      ["Output", "Pollution control", "experts", "benefit", ""],
    ]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await chooseFile(
      "system.xlsx",
      bytes,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    await expect(problemList().allInnerTexts()).resolves.toEqual([
      'This does not look like an indicator table: it gives one node ("This workbook lists the indicators on the next sheet") and no levels. Write a table with a Name column (Id, Parent, Name, Type, Direction, Unit) or an outline with one column per level',
    ]);
    await page.getByRole("combobox", { name: "Sheet" }).selectOption({ label: "Indicators" });
    await expect(preview().innerText()).resolves.toMatch(
      "system.xlsx, sheet Indicators, read as an outline with the parent on every row: 2 criteria and 4 indicators on 2 levels from 4 rows."
    );
    await expect(treeItems().allInnerTexts()).resolves.toEqual([
      "Input",
      "R&D staff · quantitative · benefit · persons",
      "Platforms · qualitative · benefit",
      "Output",
      "Energy use · quantitative · cost · tce",
      "Pollution control · qualitative · benefit",
    ]);
    await shot("import-3-xlsx-sheet");
    await button("Cancel").click();
  });

  it("a GB18030 CSV is read as Chinese, and Replace puts it in the Indicators step", async () => {
    const bytes = Buffer.from(GB18030_HEX, "hex");
    expect(new TextDecoder("gb18030").decode(bytes)).toBe(GB18030_TEXT);
    await chooseFile("指标体系.csv", bytes, "text/csv");
    await expect(preview().innerText()).resolves.toMatch(
      "指标体系.csv (read as GB18030), read as a table with a header row: 2 criteria and 3 indicators on 2 levels from 6 rows."
    );
    await expect(treeItems().allInnerTexts()).resolves.toEqual([
      "创新投入",
      "研发人员 · quantitative · benefit · 人",
      "单位产值能耗 · quantitative · cost · 吨标准煤",
      "创新产出",
      "绿色专利 · quantitative · benefit · 件",
    ]);
    await expect(problemList().allInnerTexts()).resolves.toEqual([
      'Row 7: left out, parent "C3" is neither an id nor a name in the table',
    ]);
    await shot("import-4-gb18030");
    await button("Replace the current system with this").click();
    await expect(tab(/Indicators/).getAttribute("aria-selected")).resolves.toBe("true");
    const shown = await indicatorsShown();
    for (const name of ["创新投入", "研发人员", "单位产值能耗", "创新产出", "绿色专利"])
      expect(shown).toContain(name);
    expect(shown).not.toMatch(/Innovation input|污染控制/);
    await shot("import-5-replaced");
  });

  it("the template downloads as UTF-8 CSV with a BOM", async () => {
    await openImport();
    const download = page.waitForEvent("download");
    await button("Download an indicator template (.csv)").focus();
    await page.keyboard.press("Enter");
    const file = await (await download).path();
    const text = fs.readFileSync(file, "utf8");
    expect(
      text.startsWith("\uFEFFId,Parent,Name,Type,Direction,Unit\r\nC1,,Innovation input")
    ).toBe(true);
    await shot("import-0-start");
  });
});
