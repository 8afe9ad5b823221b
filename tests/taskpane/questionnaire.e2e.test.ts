/**
 * The Questionnaire setting in real headless Chromium, in preview mode at task-pane width
 * (350 px): ticked with the keyboard alone (Tab to it, Space), kept in the draft across a
 * reload, built into the downloaded .xlsx (one Questionnaire sheet per expert with the verbal
 * scale's drop-down, the Comparisons sheet reading the answers), and the Check step after it
 * (tests/workbook/questionnaire.test.ts checks that Check reads the answers' labels). Needs the
 * production build in dist/ (npm test builds it).
 */
import type { Page } from "playwright-core";
import JSZip from "jszip";
import { axeViolations } from "../support/axe";
import { Pane, buildAndDownload, openPane, screenshot } from "../support/pane";
import { readCachedValues } from "../support/xlsxValues";
import { VERBAL_SCALE } from "../../src/workbook/verbalScale";

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

async function shot(name: string): Promise<void> {
  await screenshot(page, name);
  expect([name, await axeViolations(page)]).toEqual([name, []]);
}

const checkbox = () => page.getByRole("checkbox", { name: /^Questionnaire sheets/ });

describe("the Questionnaire setting", () => {
  let downloaded: Buffer;

  it("is ticked with the keyboard: Tab from the comparisons choice, then Space", async () => {
    await page.getByRole("button", { name: "Use this and continue" }).waitFor({ timeout: 30000 });
    await page.getByRole("radio", { name: /paper's low-carbon/ }).check();
    await page.getByRole("button", { name: "Use this and continue" }).click();
    await page.getByRole("button", { name: "Continue to settings" }).click();
    await expect(checkbox().isChecked()).resolves.toBe(false);
    await page.getByRole("radio", { name: /Each expert fills comparisons/ }).focus();
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement;
      return a.type === "checkbox"
        ? (a.labels?.[0]?.innerText ?? "")
        : `not a checkbox: ${a.tagName}`;
    });
    expect(label).toBe(
      "Questionnaire sheets: experts answer one question per pair instead of filling matrices"
    );
    await page.keyboard.press("Space");
    await expect(checkbox().isChecked()).resolves.toBe(true);
    await shot("3-settings-questionnaire");
  });

  it("stays ticked after a reload (the draft keeps it)", async () => {
    await page.waitForFunction(() =>
      Object.keys(localStorage).some((k) =>
        localStorage.getItem(k)?.includes('"questionnaire":true')
      )
    );
    await page.reload();
    await page.getByRole("tab", { name: /Settings/ }).waitFor({ timeout: 30000 });
    await checkbox().waitFor();
    await expect(checkbox().isChecked()).resolves.toBe(true);
  });

  it("builds one Questionnaire sheet per expert, listed before and after the build", async () => {
    await page.getByRole("button", { name: "Continue to build" }).click();
    await expect(page.locator(".step p").first().innerText()).resolves.toMatch(
      /Sheets: Index System, Questionnaire 1 to 5 \(one per expert\), Comparisons,/
    );
    await page.getByRole("checkbox", { name: /sample judgments/ }).check();
    downloaded = (await buildAndDownload(page)).bytes;
    await expect(page.getByTestId("build-summary").innerText()).resolves.toMatch(
      /Created: Index System, Questionnaire 1, Questionnaire 2, Questionnaire 3, Questionnaire 4, Questionnaire 5, Comparisons, /
    );
    await shot("4-build-questionnaire");
  });

  it("the downloaded workbook asks the questions with the verbal scale's drop-down", async () => {
    const cached = await readCachedValues(downloaded);
    const q = cached.get("Questionnaire 1")!.values;
    expect(q.get("A1")).toBe("Questionnaire — Expert 1");
    expect(q.get("D6")).toBe(
      "Innovation input vs Innovation output: which is more important, and how much?"
    );
    const labels = new Set(VERBAL_SCALE.map((v) => v.label));
    const answers = [...q].filter(([a, v]) => /^E\d+$/.test(a) && labels.has(String(v)));
    expect(answers).toHaveLength(11);
    const comparisons = cached.get("Comparisons")!.formulas;
    expect([...comparisons.values()].some((f) => f.startsWith("IF('Questionnaire 1'!$F$"))).toBe(
      true
    );
    const zip = await JSZip.loadAsync(downloaded);
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string"))
    );
    const lists = sheets
      .join("")
      .match(/<dataValidation [^>]*type="list"[\s\S]*?<\/dataValidation>/g);
    expect(lists).toHaveLength(5 * 7); // per expert, one per parent
    expect(lists!.every((v) => v.includes("_SaatyScale"))).toBe(true);
  });

  it("Check lists every expert's blocks (in preview it reads the sample judgments), nothing missing", async () => {
    await page.getByRole("tab", { name: /Check/ }).click();
    await page.getByTestId("check-blocks").waitFor();
    const text = await page.getByTestId("check-blocks").innerText();
    expect(text).toMatch(/Basic support\s+Expert 1/);
    expect(text).not.toMatch(/inconsistent|invalid|incomplete/);
    await page.getByRole("heading", { name: "Missing entries (0)" }).waitFor();
    await shot("5-check-questionnaire");
  });

  it("ran without page errors or console errors", () => {
    expect(pane.problems).toEqual([]);
  });
});
