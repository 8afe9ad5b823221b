/**
 * The task pane in Simplified Chinese and in English (issue 12 §2), in headless Chromium at
 * 350 px with a CJK font installed (Debian fonts-noto-cjk): the whole wizard in each language
 * (start from the template, which is in the pane's language, rename an indicator by typing,
 * settings with a field message, build and download a workbook in the pane's language, rebuild
 * it in the other, Check, Results), on every screen a check that no word of the other language is
 * left (Chinese screens: no English outside lang="en" and the allowed tokens and data; English
 * screens: no Chinese but the switch's 简体中文), that nothing overflows, and the language switch
 * keeping what was typed and the undo history. Screenshots of the Chinese steps go to
 * docs/images/zh-CN/<step>.png (the README's), the English ones to test-artifacts/screenshots/.
 * Needs the production build in dist/ (npm run build).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { NAMED_SCALES } from "../../src/core/grey/scales";
import { DEFAULT_SHEET_NAMES, sheetNames } from "../../src/workbook/layout";
import { DEFAULT_SETTINGS } from "../../src/workbook/model";
import { paperTemplate } from "../../src/workbook/template";
import { en } from "../../src/taskpane/i18n/en";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import type { Messages } from "../../src/taskpane/i18n/en";
import { LANGUAGE_KEY } from "../../src/taskpane/i18n/language";
import { Pane, SHOTS, buildAndDownload, openPane, typeInto } from "../support/pane";
import { expectCount } from "../support/expectCount";

jest.setTimeout(10 * 60 * 1000);

const ZH_SHOTS = path.resolve(__dirname, "../../docs/images/zh-CN");

/** Tokens allowed on a Chinese screen: abbreviations, method and table names, keys, products. */
const ALLOWED = new Set([
  ...["AHP", "CR", "CI", "RI", "W", "B", "DEA", "TOPSIS", "GRA", "ANP", "HS", "SITC", "ISIC"],
  ...["EIGEN", "SQRT", "SUM", "SAATY", "SAATY2005", "CN", "ALONSO", "DD", "AIJ", "SBM", "CSV"],
  ...["Excel", "Ctrl", "Shift", "Alt", "Delete", "F2", "Z", "Y", "xlsx", "xlsm", "csv", "tsv"],
  ...["txt", "xls", "UN", "Comtrade", "ITC", "Trade", "Map", "WITS", "US", "SharedRuntime"],
  ...["EvalScore", "EvalGrade", "EvalClasses", "GlobalWeights", "UnitScores", "UnitGrades"],
  ...[
    "UnitRanks",
    "Windows",
    "Mac",
    "iPad",
    "Android",
    "English",
    "id",
    "max",
    "min",
    "diag",
    "clamp",
  ],
  // in the functions' Chinese descriptions (src/functions/i18n/zh-cn.json): authors of methods
  // and the English labels a function returns
  ...["Saaty", "Goepel", "Aguarón", "Moreno-Jiménez", "Balassa", "Grubel", "Lloyd"],
  ...["Petersen", "Tone", "Malmquist", "Färe", "Rasmussen", "Moore", "Lilien", "Total"],
  ...["Andersen", "Unclassified"],
]);

/** Tokens allowed by their form: codes and abbreviations (GREY, RIB, C1, N12), and variables (i, wj, a12). */
const allowedForm = (w: string) => /^[A-Z][A-Z0-9]*$/.test(w) || /^[a-z]{1,2}\d*$/.test(w);

/** Strings that are data, not the pane's words: the template, sheet names, grade labels, defaults. */
function dataStrings(typed: string[]): string[] {
  const templates = [paperTemplate(DEFAULT_SETTINGS), paperTemplate({ language: "zh-CN" })];
  const grades = Object.values(NAMED_SCALES).flatMap((s) => s.labels as readonly string[]);
  return [
    ...templates.flatMap((t) => [
      t.goal,
      ...t.nodes.map((n) => n.name),
      ...t.nodes.map((n) => n.unit),
    ]),
    ...DEFAULT_SETTINGS.experts,
    ...Object.values(DEFAULT_SHEET_NAMES),
    ...grades,
    "agreed judgments",
    "low-carbon-evaluation-addin.xlsx",
    "low-carbon-evaluation-native.xlsx",
    ...typed,
  ]
    .filter((s) => s.trim() !== "")
    .sort((a, b) => b.length - a.length);
}

/** The visible text of the page, each node with the data strings taken out, outside lang="en" (or lang="zh-CN"). */
async function visibleTexts(page: Page, skipLang: string, data: string[]): Promise<string[]> {
  return page.evaluate(
    ({ skipLang, data }) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent || n.textContent.trim() === "") continue;
        if (el.closest(`script, style, textarea, [lang="${skipLang}"], [hidden]`)) continue;
        // an <option> shows only when it is the selected one
        const option = el.closest("option");
        if (option && !option.selected) continue;
        const box = (option?.closest("select") ?? el) as HTMLElement;
        if (!box.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
        let text = n.textContent;
        for (const d of data) text = text.split(d).join(" ");
        out.push(text);
      }
      return out;
    },
    { skipLang, data }
  );
}

/** English words left on a Chinese screen (beyond the allowed tokens and the data). */
async function englishLeft(page: Page, typed: string[]): Promise<string[]> {
  const texts = await visibleTexts(page, "en", dataStrings(typed));
  const words = texts.flatMap(
    (t) => t.match(/\p{Script=Latin}[\p{Script=Latin}\d]*(?:['’-]\p{Script=Latin}+)*/gu) ?? []
  );
  // subscripts and superscripts (wᵢ, Cᵀ) are part of a variable
  const plain = words.map((w) => w.replace(/\p{Lm}/gu, ""));
  return [...new Set(plain.filter((w) => !ALLOWED.has(w) && !allowedForm(w)))];
}

/** Chinese characters left on an English screen (but the switch's 简体中文). */
async function chineseLeft(page: Page, typed: string[]): Promise<string[]> {
  const texts = await visibleTexts(page, "zh-CN", dataStrings(typed));
  return texts.filter((t) => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(t));
}

/** Elements of the page whose content is wider than their box (more than 1 px). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((el) => el.checkVisibility() && !el.closest("svg"))
      .filter((el) => !["TEXTAREA", "INPUT", "SELECT", "OPTION"].includes(el.tagName))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${Array.from(el.classList).join(".")} ${el.scrollWidth}>${el.clientWidth}: ${(el.textContent ?? "").slice(0, 40)}`
      )
  );
}

/** Checks a screen of `language` and saves its screenshot. */
async function screen(
  page: Page,
  language: "en" | "zh-CN",
  step: string,
  typed: string[]
): Promise<void> {
  await page.waitForTimeout(150); // Fluent's transitions
  if (language === "zh-CN") expect([step, await englishLeft(page, typed)]).toEqual([step, []]);
  else expect([step, await chineseLeft(page, typed)]).toEqual([step, []]);
  expect([step, await overflowing(page)]).toEqual([step, []]);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(350);
  const file =
    language === "zh-CN" ? path.join(ZH_SHOTS, `${step}.png`) : path.join(SHOTS, `en-${step}.png`);
  // the first step with the banner above it (where the language switch is)
  if (step === "start")
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 350, height: 480 } });
  else await page.locator("#wizard-section").screenshot({ path: file });
}

/** The whole wizard in one language, checking every screen. */
function walk(language: "en" | "zh-CN", m: Messages, renamed: string, experts: [string, string]) {
  const template = paperTemplate({ language });
  const nameOf = (id: string) => template.nodes.find((n) => n.id === id)!.name;
  const other = language === "en" ? "zh-CN" : "en";
  describe(`the wizard in ${language}`, () => {
    let pane: Pane;
    let page: Page;
    let downloaded: Buffer;
    const typed = [renamed, ...experts];

    beforeAll(async () => {
      fs.mkdirSync(ZH_SHOTS, { recursive: true });
      pane = await openPane({ locale: language === "zh-CN" ? "zh-CN" : "en-US" });
      page = pane.page;
    });
    afterAll(async () => {
      await pane?.close();
    });

    it("is in the browser's language, with lang set and the page around the wizard translated", async () => {
      await page.getByRole("button", { name: m.start.useAndContinue }).waitFor({ timeout: 30000 });
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
      await expect(page.title()).resolves.toBe(m.page.title);
      await expect(page.locator("#status").innerText()).resolves.toBe(m.page.preview);
      await expect(
        page.getByRole("combobox", { name: m.page.language, exact: true }).inputValue()
      ).resolves.toBe(language);
      // the help page of the language (README.md or README.zh-CN.md rendered)
      await expect(page.locator("footer a").getAttribute("href")).resolves.toBe(
        language === "en" ? "help.html" : "help.zh-CN.html"
      );
      // the function list with the descriptions of the language
      const list = page.locator(language === "en" ? "#function-list" : "#function-list-zh");
      await expect(list.isVisible()).resolves.toBe(true);
      await screen(page, language, "start", typed);
      // the filter counts in the language too
      await typeInto(page, page.getByRole("searchbox", { name: m.page.filterLabel }), "AHP");
      await expect(page.locator("#filter-result").innerText()).resolves.toMatch(
        language === "en" ? /of \d+ functions match/ : /个函数中有 \d+ 个匹配/
      );
      await page.locator("#filter").press("Escape");
    });

    it("starts from the paper's template and renames an indicator by typing", async () => {
      await page.getByRole("radio", { name: m.start.paper }).check();
      await page.getByRole("button", { name: m.start.useAndContinue }).click();
      // the goal and the names in the pane's language
      await expect(
        page.getByRole("textbox", { name: m.hierarchy.goal }).inputValue()
      ).resolves.toBe(template.goal);
      await page.getByRole("treeitem", { name: new RegExp(nameOf("I112")) }).click();
      await typeInto(page, page.getByRole("textbox", { name: m.hierarchy.name }), renamed);
      await expectCount(page.getByRole("treeitem", { name: new RegExp(renamed) }), 1);
      await expect(page.locator(".tree-status").innerText()).resolves.toBe("");
      await screen(page, language, "indicators", typed);
      // the Remove question, in the language
      await page
        .getByRole("treeitem", { name: new RegExp(nameOf("C1")) })
        .first()
        .click();
      await page.getByRole("button", { name: m.hierarchy.remove, exact: true }).click();
      await page.getByRole("dialog").waitFor();
      await screen(page, language, "remove-dialog", typed);
      await page.getByRole("button", { name: m.common.cancel }).click();
      await expectCount(page.getByRole("dialog"), 0);
      await page.getByRole("button", { name: m.hierarchy.continue }).click();
    });

    it("settings: a field message and the experts typed", async () => {
      const expertsField = page.getByRole("textbox", { name: m.settings.experts });
      await expertsField.click();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(experts[0]);
      await page.keyboard.press("Enter");
      await page.keyboard.type(experts[1]);
      await page.keyboard.press("Tab");
      await expect(expertsField.inputValue()).resolves.toBe(experts.join("\n"));
      const cr = page.getByRole("textbox", { name: m.settings.crThreshold });
      await typeInto(page, cr, "5");
      const message = page
        .locator(".fui-Field")
        .filter({ has: page.getByText(m.settings.crThreshold, { exact: true }) })
        .locator(".fui-Field__validationMessage");
      await expect(message.innerText()).resolves.toBe(m.settings.crRange(5));
      await page.getByRole("button", { name: m.settings.continue }).click();
      await expect(page.locator(".continue-problems").innerText()).resolves.toContain(
        m.common.fixFirst(1).trim()
      );
      await screen(page, language, "settings-invalid", typed);
      await typeInto(page, cr, "0.1");
      await expectCount(page.locator(".continue-problems"), 0);
      await page.getByRole("checkbox", { name: m.settings.trade }).check();
      // the workbook is in the pane's language unless chosen otherwise
      await expect(
        page.getByRole("combobox", { name: m.settings.workbookLanguage }).inputValue()
      ).resolves.toBe(language);
      await screen(page, language, "settings", typed);
      await page.getByRole("button", { name: m.settings.continue }).click();
    });

    it("builds and downloads the .xlsx with sample data", async () => {
      await page.getByRole("checkbox", { name: m.build.sample }).check();
      await screen(page, language, "build", typed);
      const file = await buildAndDownload(page, m.build.buildDownload);
      expect(file.name).toBe("low-carbon-evaluation-addin.xlsx");
      downloaded = file.bytes;
      await expect(page.getByTestId("build-summary").innerText()).resolves.toContain(
        m.build.created(Object.values(DEFAULT_SHEET_NAMES).slice(0, 1).join("")).split("Index")[0]
      );
      await screen(page, language, "build-done", typed);
    });

    it("the workbook is in the pane's language: sheet names, the renamed indicator, the grades", async () => {
      const names = sheetNames(language);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(downloaded as unknown as ArrayBuffer);
      expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual([
        names.index,
        names.comparisons,
        names.scores,
        names.quant,
        names.status,
        names.results,
        names.trade,
      ]);
      const cells: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => cells.push(c.text.trim()))));
      expect(cells).toEqual(expect.arrayContaining([renamed]));
      // the grades of the default scale (4)
      const grades = language === "en" ? ["Excellent", "Poor"] : ["优", "差"];
      expect(cells).toEqual(expect.arrayContaining(grades));
      // the Build step names the sheets it writes in the workbook's language
      await expect(page.getByTestId("build-summary").innerText()).resolves.toContain(names.results);
    });

    it("rebuilds in the other language when Settings says so, with the same system", async () => {
      await page.getByRole("tab", { name: new RegExp(m.app.steps.settings) }).click();
      await page.getByRole("combobox", { name: m.settings.workbookLanguage }).selectOption(other);
      await page.getByRole("tab", { name: new RegExp(m.app.steps.build) }).click();
      await expect(page.locator(".step").first().innerText()).resolves.toContain(
        sheetNames(other).results
      );
      await page.getByRole("checkbox", { name: m.build.sample }).check();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(
        (await buildAndDownload(page, m.build.buildDownload)).bytes as unknown as ArrayBuffer
      );
      expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toContain(
        sheetNames(other).results
      );
      const cells: string[] = [];
      wb.getWorksheet(sheetNames(other).index)!.eachRow((r) =>
        r.eachCell((c) => cells.push(c.text.trim()))
      );
      expect(cells).toContain(renamed); // the user's names stay as typed
      // back to the pane's language for the remaining screens
      await page.getByRole("tab", { name: new RegExp(m.app.steps.settings) }).click();
      await page
        .getByRole("combobox", { name: m.settings.workbookLanguage })
        .selectOption(language);
      await page.getByRole("tab", { name: new RegExp(m.app.steps.build) }).click();
      await page.getByRole("checkbox", { name: m.build.sample }).check();
      await buildAndDownload(page, m.build.buildDownload);
    });

    it("Check lists the blocks and their state", async () => {
      await page.getByRole("tab", { name: new RegExp(m.app.steps.check) }).click();
      await page.getByTestId("check-blocks").waitFor();
      const text = await page.getByTestId("check-blocks").innerText();
      expect(text).toContain(m.check.items.aggregate);
      expect(text).toContain(`${m.check.states.consistent} · CR`);
      await screen(page, language, "check", typed);
    });

    it("Results shows W and the grade", async () => {
      await page.getByRole("tab", { name: new RegExp(m.app.steps.results) }).click();
      await page.getByTestId("results").waitFor();
      expect(await page.getByTestId("results").innerText()).toMatch(/W = \d\.\d{4}/);
      await screen(page, language, "results", typed);
    });

    it("had no page error", () => {
      expect(pane.problems).toEqual([]);
    });
  });
}

walk("zh-CN", zhCN, "技术平台", ["李伟", "张三"]);
walk("en", en, "Technology platforms", ["Dr Li Wei", "Prof Zhang San"]);

describe("the language switch", () => {
  let pane: Pane;
  let page: Page;
  beforeAll(async () => {
    pane = await openPane({ locale: "en-US" });
    page = pane.page;
  });
  afterAll(async () => {
    await pane?.close();
  });

  it("changes the pane at once, keeping what is typed, the draft and the undo history; it is remembered", async () => {
    await page.getByRole("button", { name: en.start.useAndContinue }).waitFor({ timeout: 30000 });
    await page.getByRole("button", { name: en.start.useAndContinue }).click();
    await page.getByRole("treeitem", { name: /Low-carbon technology platforms/ }).click();
    await typeInto(page, page.getByRole("textbox", { name: en.hierarchy.name }), "Platforms");
    await page.getByRole("button", { name: en.hierarchy.continue }).click();
    // typing, not yet left: a draft of the field
    const cr = page.getByRole("textbox", { name: en.settings.crThreshold });
    await cr.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("0.07");
    const switcher = page.getByRole("combobox", { name: en.page.language, exact: true });
    await switcher.selectOption("zh-CN");
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-CN");
    const crZh = page.getByRole("textbox", { name: zhCN.settings.crThreshold });
    await expect(crZh.inputValue()).resolves.toBe("0.07");
    await expect(page.locator("#wizard-heading").innerText()).resolves.toBe(
      zhCN.page.wizardHeading
    );
    await expect(page.locator("#status").innerText()).resolves.toBe(zhCN.page.preview);
    await expect(page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).resolves.toBe(
      "zh-CN"
    );
    // the rename can still be undone
    await page.getByRole("tab", { name: new RegExp(zhCN.app.steps.system) }).click();
    await expectCount(page.getByRole("treeitem", { name: /Platforms/ }), 1);
    await page.getByRole("button", { name: zhCN.hierarchy.undo }).click();
    await expectCount(page.getByRole("treeitem", { name: /Low-carbon technology platforms/ }), 1);
    // the draft (with the typed threshold) and the choice survive a reload
    await page.waitForTimeout(600);
    await page.reload({ waitUntil: "load" });
    await page.getByRole("tab", { name: new RegExp(zhCN.app.steps.settings) }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-CN");
    await page.getByRole("tab", { name: new RegExp(zhCN.app.steps.settings) }).click();
    await expect(
      page.getByRole("textbox", { name: zhCN.settings.crThreshold }).inputValue()
    ).resolves.toBe("0.07");
    // and back to English
    await page.getByRole("combobox", { name: zhCN.page.language, exact: true }).selectOption("en");
    await expect(
      page.getByRole("textbox", { name: en.settings.crThreshold }).inputValue()
    ).resolves.toBe("0.07");
    await expect(page.locator("#wizard-heading").innerText()).resolves.toBe(en.page.wizardHeading);
    expect(pane.problems).toEqual([]);
  });
});
