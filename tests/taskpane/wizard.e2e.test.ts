/**
 * The task pane in real headless Chromium (Debian's chromium through playwright-core), in
 * preview mode (outside Excel): walk the wizard at task-pane width (350 px), build, check the
 * downloaded .xlsx (and its recalculation by LibreOffice), and save screenshots to
 * test-artifacts/screenshots/. Needs the production build in dist/ (npm test builds it).
 */
import type { Page } from "playwright-core";
import ExcelJS from "exceljs";
import { evaluateModel } from "../../src/workbook/evaluate";
import { sampleInputs } from "../../src/workbook/sample";
import { readMeta } from "../../src/workbook/writeOffice";
import * as zlib from "zlib";
import { axeViolations } from "../support/axe";
import { expectCount } from "../support/expectCount";
import {
  Pane,
  buildAndDownload,
  openPane,
  screenshot,
  typeInto as typeIntoPane,
  fieldMessage,
} from "../support/pane";
import { recalculated as byLibreOffice } from "../support/libreoffice";
import { definedNames, readCachedValues } from "../support/xlsxValues";

jest.setTimeout(10 * 60 * 1000);

let pane: Pane;
let page: Page;
let problems: string[];
/** Scripts the page loaded from dist/, in order, with their gzipped size (KB). */
const scripts: { url: string; gzKb: number }[] = [];

beforeAll(async () => {
  pane = await openPane({
    beforeLoad: (p, serverUrl) =>
      p.on("response", async (r) => {
        if (r.request().resourceType() !== "script" || !r.url().startsWith(serverUrl)) return;
        const body = await r.body().catch(() => Buffer.alloc(0));
        scripts.push({
          url: r.url().slice(serverUrl.length),
          gzKb: zlib.gzipSync(body).length / 1024,
        });
      }),
  });
  ({ page, problems } = pane);
});

afterAll(async () => {
  await pane?.close();
});

/**
 * Screenshot of the wizard (the part of the pane the step changes), and checks of what is on
 * screen: nothing overflows 350 px, every image loaded, and axe finds no violation.
 */
async function shot(name: string): Promise<void> {
  await screenshot(page, name);
  const broken = await page.$$eval("img", (imgs) =>
    imgs.filter((i) => !(i.complete && i.naturalWidth > 0)).map((i) => i.src)
  );
  expect(broken).toEqual([]);
  expect([name, await axeViolations(page)]).toEqual([name, []]);
}

const typeInto = (field: ReturnType<Page["getByRole"]>, text: string) =>
  typeIntoPane(page, field, text);

const messageOf = (label: string) => fieldMessage(page, label);

describe("the wizard in preview mode", () => {
  let downloaded: Buffer;

  it("starts in preview mode with the template choice", async () => {
    await page.getByRole("button", { name: "Use this and continue" }).waitFor({ timeout: 30000 });
    await expect(page.locator("#status").getAttribute("data-mode")).resolves.toBe("preview");
    // First paint: the scripts loaded so far, all from the page's own script tags (no on-demand
    // chunk). Their bodies are read as they arrive, so wait for the three of them.
    for (let t = 0; t < 100 && scripts.length < 3; t++) await page.waitForTimeout(50);
    const firstPaint = scripts.reduce((sum, x) => sum + x.gzKb, 0);
    console.log(
      `task pane first paint in Chromium: ${scripts.map((x) => `${x.url} ${x.gzKb.toFixed(0)} KB`).join(", ")}; ${firstPaint.toFixed(0)} KB gzipped`
    );
    expect(scripts.map((x) => x.url).sort()).toEqual(["functions.js", "taskpane.js", "wizard.js"]);
    expect(firstPaint).toBeLessThanOrEqual(300);
    await shot("1-start");
    await page.getByRole("radio", { name: /paper's low-carbon/ }).check();
    await page.getByRole("button", { name: "Use this and continue" }).click();
  });

  it("edits the indicator system: rename an example and add an indicator", async () => {
    await page.getByRole("treeitem", { name: /Low-carbon technology platforms/ }).click();
    await typeInto(page.getByRole("textbox", { name: "Name" }), "Technology platforms");
    await page.getByRole("button", { name: "Add sibling" }).click();
    await typeInto(page.getByRole("textbox", { name: "Name" }), "Carbon labelling");
    await expectCount(page.getByRole("treeitem", { name: /Carbon labelling/ }), 1);
    await shot("2-indicators");
    await page.getByRole("button", { name: "Continue to settings" }).click();
  });

  it("settings keep what is typed, and say why a value cannot be used", async () => {
    const experts = page.getByRole("textbox", { name: "Experts (one name per line)" });
    await experts.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Dr Li Wei");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Prof Zhang San");
    await page.keyboard.press("Tab");
    await expect(experts.inputValue()).resolves.toBe("Dr Li Wei\nProf Zhang San");

    const cr = page.getByRole("textbox", { name: "CR threshold" });
    await typeInto(cr, "0.05");
    await expect(cr.inputValue()).resolves.toBe("0.05");
    await typeInto(cr, "");
    await expect(cr.inputValue()).resolves.toBe("");
    await expect(messageOf("CR threshold").innerText()).resolves.toMatch(/Enter a CR threshold/);
    await typeInto(cr, "5");
    await expect(cr.inputValue()).resolves.toBe("5");
    await expect(messageOf("CR threshold").innerText()).resolves.toMatch(
      /ratio between 0 and 1 \(Saaty's is 0\.1\), not 5/
    );

    const first = page.getByRole("textbox", { name: "First year" });
    const last = page.getByRole("textbox", { name: "Last year" });
    await typeInto(first, "2010");
    await expect(first.inputValue()).resolves.toBe("2010");
    await typeInto(last, "2005");
    await expect(last.inputValue()).resolves.toBe("2005");
    await expect(messageOf("Last year").innerText()).resolves.toMatch(
      /before the first year \(2010\)/
    );
    const window = page.getByRole("textbox", { name: "Window (years)" });
    await typeInto(window, "11");
    await shot("3-settings-invalid");
    // Continue does not go on, and says what to fix
    await page.getByRole("button", { name: "Continue to build" }).click();
    const problems = page.locator(".continue-problems");
    await expect(problems.innerText()).resolves.toMatch(
      /Fix these 2 first: CR threshold: .*Last year: The last year is before/
    );
    await expectCount(page.getByRole("button", { name: "Continue to build" }), 1);

    await typeInto(last, "2020");
    await expect(messageOf("Window (years)").innerText()).resolves.toMatch(
      /A window of 11 needs at least 12 years of data \(11 years are set\)/
    );
    await typeInto(window, "3");
    await typeInto(cr, "0.1");
    await expectCount(problems, 0);
    await expect(window.inputValue()).resolves.toBe("3");
  });

  it("chooses native formulas and the trade analysis", async () => {
    await page.getByRole("radio", { name: /Native Excel formulas/ }).check();
    await page.getByRole("checkbox", { name: /trade-structure/ }).check();
    await shot("3-settings");
    await page.getByRole("button", { name: "Continue to build" }).click();
  });

  it("builds and downloads the .xlsx with sample data", async () => {
    await page.getByRole("checkbox", { name: /sample judgments/ }).check();
    const file = await buildAndDownload(page);
    expect(file.name).toBe("low-carbon-evaluation-native.xlsx");
    downloaded = file.bytes;
    // the .xlsx writer and ExcelJS were loaded for this build, not before
    expect(scripts.some((x) => x.url.startsWith("chunks/"))).toBe(true);
    await expect(page.getByTestId("build-summary").innerText()).resolves.toMatch(
      /Created: Index System, Comparisons, Expert Scores, Quantitative Data, Status, Results, Trade Structure/
    );
    await shot("4-build");
  });

  it("the downloaded workbook has the edited system, the sheets, the names and native formulas only", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloaded as unknown as ArrayBuffer);
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual([
      "Index System",
      "Comparisons",
      "Expert Scores",
      "Quantitative Data",
      "Status",
      "Results",
      "Trade Structure",
    ]);
    const names: string[] = [];
    wb.getWorksheet("Index System")!
      .getColumn(3)
      .eachCell((c) => names.push(String(c.value).trim()));
    expect(names).toEqual(expect.arrayContaining(["Technology platforms", "Carbon labelling"]));
    expect(wb.definedNames.model.map((n: { name: string }) => n.name).sort()).toEqual([
      "EvalClasses",
      "EvalGrade",
      "EvalScore",
      "GlobalWeights",
    ]);
    let addin = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          const f = (c.value as { formula?: string })?.formula;
          if (f && /\b(AHP|GREY|SCORE|TRADE|SERVICE)\.[A-Z]+\(/.test(f)) addin++;
        })
      )
    );
    expect(addin).toBe(0);
  });

  it("LibreOffice recalculates the downloaded workbook to the core's W (1e-9)", async () => {
    const cached = await readCachedValues(downloaded);
    const meta = cached.get("_EvalMeta") as { values: Map<string, unknown> };
    const rows: unknown[][] = [];
    for (const [a, v] of meta.values) {
      const m = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
      const r = Number(m[2]) - 1;
      const c = m[1].split("").reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      (rows[r] ??= [])[c] = v;
    }
    const model = readMeta(rows.map((r) => r ?? [])).model!;
    expect(model.nodes.some((n) => n.name === "Carbon labelling")).toBe(true);
    const expected = evaluateModel(model, sampleInputs(model));
    const recalculated = await readCachedValues(await byLibreOffice(downloaded));
    const names = await definedNames(downloaded);
    const score = names.get("EvalScore")!;
    const grade = names.get("EvalGrade")!;
    const w = recalculated.get(score.sheet)!.values.get(score.address) as number;
    expect(Math.abs(w - (expected.get("W") as number))).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(expected.get("W") as number))
    );
    expect(recalculated.get(grade.sheet)!.values.get(grade.address)).toBe(expected.get("grade"));
  });

  it("Check lists every block's CR and state; Results shows W and the grade", async () => {
    await page.getByRole("tab", { name: /Check/ }).click();
    await page.getByTestId("check-blocks").waitFor();
    const text = await page.getByTestId("check-blocks").innerText();
    expect(text).toMatch(/Low-carbon industry innovation performance\s+Dr Li Wei/);
    expect(text).toMatch(/aggregate \(AIJ\)/);
    expect(text).toMatch(/consistent · CR 0\.000/);
    await shot("5-check");
    await page.getByRole("tab", { name: /Results/ }).click();
    await page.getByTestId("results").waitFor();
    expect(await page.getByTestId("results").innerText()).toMatch(/W = \d\.\d{4}/);
    await expectCount(page.getByTestId("stale"), 0);
    await expectCount(page.getByTestId("provisional"), 0);
    await shot("6-results");
  });

  it("after an edit, Check and Results say the workbook holds the earlier version, until it is built again", async () => {
    await page.getByRole("tab", { name: /Indicators/ }).click();
    await page.getByRole("treeitem", { name: /Carbon labelling/ }).click();
    await typeInto(page.getByRole("textbox", { name: "Name" }), "Carbon labels");
    await page.getByRole("tab", { name: /Results/ }).click();
    await page.getByTestId("stale").waitFor();
    expect(await page.getByTestId("stale").innerText()).toMatch(
      /changed since the workbook was built.*Build again/s
    );
    await shot("6-results-stale");
    await page.getByRole("tab", { name: /Check/ }).click();
    await page.getByTestId("stale").waitFor();
    // Build again, this time without sample data: nothing is stale, everything is missing.
    await page.getByRole("tab", { name: /Build/ }).click();
    await page.getByRole("checkbox", { name: /sample judgments/ }).uncheck();
    await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Build and download .xlsx" }).click(),
    ]);
    await page.getByTestId("build-summary").waitFor();
    await page.getByRole("tab", { name: /Check/ }).click();
    await page.getByRole("heading", { name: /Missing entries \(\d+\)/ }).waitFor();
    await expectCount(page.getByTestId("stale"), 0);
    // In preview there is no cell to select: the link says where the cell is.
    await page
      .getByRole("button", { name: /^Judgment missing:/ })
      .first()
      .click();
    expect(await page.getByTestId("check-where").innerText()).toMatch(
      /^Preview: no cell to select here\. In the downloaded workbook it is sheet Comparisons, cell [A-Z]+\d+\.$/
    );
    await shot("5-check-missing");
    await page.getByRole("tab", { name: /Results/ }).click();
    await page.getByText(/Not all judgments, scores and data are in yet/).waitFor();
  });

  it("ran without page errors or console errors", () => {
    expect(problems).toEqual([]);
  });
});
