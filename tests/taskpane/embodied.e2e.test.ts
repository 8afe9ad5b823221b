/**
 * The Embodied Carbon option of the Settings step in real headless Chromium, in preview mode at
 * task-pane width (350 px): the checkbox shows the number of sectors, typed with the keyboard
 * (0 refused on leaving the field with the reason on it, then 12), and the built workbook has
 * the Embodied Carbon sheet with 12 sector rows and the five sample sectors' results. Needs the
 * production build in dist/ (npm test builds it).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { axeViolations } from "../support/axe";
import {
  fieldMessage,
  paneForTests,
  screenshot,
  toSettingsWithTemplate,
  typeInto,
} from "../support/pane";
import { readCachedValues } from "../support/xlsxValues";

jest.setTimeout(5 * 60 * 1000);

const pane = paneForTests();
const page = () => pane().page;

const CHECKBOX = /Add the Embodied Carbon sheet/;
const SECTORS = "Sectors of the input-output table";
const messageOf = (label: string) => fieldMessage(page(), label);

describe("the Embodied Carbon option", () => {
  it("asks for the number of sectors once checked, refusing 0 with the reason", async () => {
    await toSettingsWithTemplate(page());
    await expect(page().getByRole("textbox", { name: SECTORS }).count()).resolves.toBe(0);
    await page().getByRole("checkbox", { name: CHECKBOX }).check();
    const sectors = page().getByRole("textbox", { name: SECTORS });
    await expect(sectors.inputValue()).resolves.toBe("10");
    await typeInto(page(), sectors, "0");
    await expect(messageOf(SECTORS).innerText()).resolves.toBe(
      "The number of sectors runs from 1 to 500"
    );
    await typeInto(page(), sectors, "12");
    await expect(sectors.inputValue()).resolves.toBe("12");
    await expect(messageOf(SECTORS).count()).resolves.toBe(0);
    await sectors.scrollIntoViewIfNeeded();
    await screenshot(page(), "3-settings-embodied");
    expect(await axeViolations(page())).toEqual([]);
  });

  it("builds the sheet with 12 sectors and the sample table's results", async () => {
    await page().getByRole("button", { name: "Continue to build" }).click();
    await expect(page().locator(".step p").first().innerText()).resolves.toMatch(/Embodied Carbon/);
    await page()
      .getByRole("checkbox", { name: /sample judgments/ })
      .check();
    const [download] = await Promise.all([
      page().waitForEvent("download"),
      page().getByRole("button", { name: "Build and download .xlsx" }).click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dl-")), "wb.xlsx");
    await download.saveAs(file);
    await page().getByTestId("build-summary").waitFor();
    const sheet = (await readCachedValues(fs.readFileSync(file))).get("Embodied Carbon")!;
    // sector rows 6 … 17 (12 sectors), the total below them
    expect(sheet.values.get("A6")).toBe("Agriculture");
    expect(sheet.values.get("A18")).toBe("Total");
    expect(sheet.values.get("A10")).toBe("Services");
    expect(sheet.formulas.get("J6")).toMatch(/MMULT/);
    expect(pane().problems).toEqual([]);
  });
});
