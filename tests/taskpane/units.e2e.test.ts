/**
 * Several evaluated units in real headless Chromium, in preview mode at task-pane width
 * (350 px): two units typed in the Units field with the keyboard (Enter between the names), a
 * repeated name refused on leaving the field with the reason on it, the thresholds across units
 * chosen, the workbook built with sample data (a block per unit, the Units table and its names),
 * the Results step showing each unit's W, grade and rank, and Check listing what is missing per
 * unit after a build without sample data, and the Coupling sheet added by its box. Needs the production build in dist/ (npm test builds it).
 */
import type { Page } from "playwright-core";
import { axeViolations } from "../support/axe";
import { Pane, buildAndDownload, openPane, screenshot, fieldMessage } from "../support/pane";
import { definedNames, readCachedValues } from "../support/xlsxValues";

jest.setTimeout(5 * 60 * 1000);

let pane: Pane;
let page: Page;

beforeAll(async () => {
  pane = await openPane();
  page = pane.page;
});

afterAll(async () => {
  await pane?.close();
});

async function shot(name: string, target?: ReturnType<Page["locator"]>): Promise<void> {
  await screenshot(page, name, target);
  expect([name, await axeViolations(page)]).toEqual([name, []]);
}

const LABEL = "Units evaluated (one name per line; none or one: a single unit)";
const unitsField = () => page.getByRole("textbox", { name: LABEL });
const messageOf = (label: string) => fieldMessage(page, label);

async function typeUnits(lines: string[]): Promise<void> {
  await unitsField().click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press("Enter");
    await page.keyboard.type(lines[i]);
  }
  await page.keyboard.press("Tab");
}

async function build(sample: boolean): Promise<Buffer> {
  const box = page.getByRole("checkbox", { name: /sample judgments/ });
  if (sample) await box.check();
  else await box.uncheck();
  return (await buildAndDownload(page)).bytes;
}

describe("several units in the wizard", () => {
  let downloaded: Buffer;

  it("takes the units typed one per line, and says why a repeated name cannot be used", async () => {
    await page.getByRole("button", { name: "Use this and continue" }).waitFor({ timeout: 30000 });
    await page.getByRole("radio", { name: /paper's low-carbon/ }).check();
    await page.getByRole("button", { name: "Use this and continue" }).click();
    await page.getByRole("button", { name: "Continue to settings" }).click();
    await typeUnits(["Hubei", "hubei "]);
    await expect(unitsField().inputValue()).resolves.toBe("Hubei\nhubei ");
    await expect(messageOf(LABEL).innerText()).resolves.toBe('The unit "hubei" is listed twice');
    await typeUnits(["Hubei", "Hunan"]);
    await expect(unitsField().inputValue()).resolves.toBe("Hubei\nHunan");
    await expect(messageOf(LABEL).count()).resolves.toBe(0);
    await page.getByRole("radio", { name: "Across all units' smoothed values" }).check();
    await unitsField().scrollIntoViewIfNeeded();
    await shot("3-settings-units");
  });

  it("builds a block per unit, the Units table and its names", async () => {
    await page.getByRole("button", { name: "Continue to build" }).click();
    await expect(page.locator(".step p").first().innerText()).resolves.toMatch(
      /2 units \(Hubei, Hunan\): a block of scores and data each, .*thresholds across all units\./
    );
    downloaded = await build(true);
    await expect(page.getByTestId("build-summary").innerText()).resolves.toMatch(
      /Created: Index System, Comparisons, Expert Scores, Quantitative Data, Status, Results/
    );
    await shot("4-build-units");
    const cached = await readCachedValues(downloaded);
    const scores = cached.get("Expert Scores")!.values;
    expect([...scores.values()]).toEqual(expect.arrayContaining(["Hubei", "Hunan"]));
    const results = cached.get("Results")!.values;
    expect([...results.values()]).toEqual(expect.arrayContaining(["Units", "Rank"]));
    const names = await definedNames(downloaded);
    for (const n of ["UnitScores", "UnitGrades", "UnitRanks", "EvalScore"])
      expect(names.has(n)).toBe(true);
  });

  it("Results shows each unit's W, grade and rank", async () => {
    await page.getByRole("tab", { name: /Results/ }).click();
    await page.getByTestId("results").waitFor();
    const table = page.getByRole("table", { name: "Units" });
    const text = await table.innerText();
    expect(text).toMatch(/Hubei\s+\d\.\d{4}\s+\w+\s+[12]/);
    expect(text).toMatch(/Hunan\s+\d\.\d{4}\s+\w+\s+[12]/);
    await shot("6-results-units");
  });

  it("Check lists the missing entries per unit after a build without sample data", async () => {
    await page.getByRole("tab", { name: /Build/ }).click();
    await build(false);
    await page.getByRole("tab", { name: /Check/ }).click();
    await page.getByRole("heading", { name: /Missing entries \(\d+\)/ }).waitFor();
    const perUnit = await page.getByTestId("missing-by-unit").innerText();
    expect(perUnit).toMatch(/Hubei: 25 scores, 5 data series missing/);
    expect(perUnit).toMatch(/Hunan: 25 scores, 5 data series missing/);
    await shot("5-check-units", page.getByTestId("missing-by-unit"));
  });

  it("adds the Efficiency sheet with the DEA roles chosen by keyboard", async () => {
    await page.getByRole("tab", { name: /Settings/ }).click();
    const box = page.getByRole("checkbox", { name: /input-output efficiency \(DEA\)/ });
    await box.focus();
    await page.keyboard.press("Space");
    await expect(box.isChecked()).resolves.toBe(true);
    const roles = page.getByRole("group", { name: "DEA role of each quantitative indicator" });
    await roles.waitFor();
    // The template's roles come from its criteria: Input, Output, and cost outputs undesirable.
    const staff = roles.getByRole("combobox", { name: "Low-carbon R&D expenditure intensity" });
    await expect(staff.inputValue()).resolves.toBe("input");
    await staff.focus();
    await page.keyboard.press("ArrowDown"); // Input → Output
    await expect(staff.inputValue()).resolves.toBe("output");
    await page.keyboard.press("ArrowUp");
    await expect(staff.inputValue()).resolves.toBe("input");
    await roles.scrollIntoViewIfNeeded();
    await shot("3-settings-efficiency");
    await page.getByRole("button", { name: "Continue to build" }).click();
    const xlsx = await build(true);
    await expect(page.getByTestId("build-summary").innerText()).resolves.toMatch(
      /Created: .*Results, Efficiency/
    );
    const sheet = (await readCachedValues(xlsx)).get("Efficiency")!;
    expect([...sheet.values.values()]).toEqual(expect.arrayContaining(["Hubei", "Hunan", "SBM"]));
    // Add-in style: the scores are live DEA.* formulas, computed when Excel opens the file.
    const formulas = [...sheet.formulas.values()].join(" ");
    for (const f of ["DEA.SCALE(", "DEA.SBM(", "DEA.SLACKS(", "DEA.TARGETS(", "DEA.MALMQUIST("])
      expect(formulas).toContain(f);
  });

  it("adds the Coupling sheet when its box is ticked", async () => {
    await page.getByRole("tab", { name: /Settings/ }).click();
    const box = page.getByRole("checkbox", { name: /Add the Coupling sheet/ });
    await box.focus();
    await page.keyboard.press("Space");
    await expect(box.isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: "Continue to build" }).click();
    const xlsx = await build(true);
    await expect(page.getByTestId("build-summary").innerText()).resolves.toMatch(
      /Created: .*Coupling/
    );
    const sheet = (await readCachedValues(xlsx)).get("Coupling")!;
    expect([...sheet.values.values()]).toEqual(
      expect.arrayContaining(["Hubei", "Hunan", "Weight in T", "Barely coordinated"])
    );
    // U₁ reads each unit's W on the Results sheet; the grade looks D up in the sheet's table.
    const formulas = [...sheet.formulas.values()].join(" ");
    expect(formulas).toContain("'Results'!");
    expect(formulas).toContain("LOOKUP(");
  });

  it("ran without page errors or console errors", () => {
    expect(pane.problems).toEqual([]);
  });
});
