/**
 * The task pane in headless Chromium for the browser tests: dist/ served locally, office.js from
 * the npm package instead of Microsoft's CDN (no network here), a 350 px viewport, and every page
 * error, console error or file of the page that fails to load collected in `problems`. Also the
 * two gestures every test uses: typing into a field as a person does, and a screenshot that
 * checks nothing is wider than the pane.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium as playwright, Browser, BrowserContext, Locator, Page } from "playwright-core";
import { CHROMIUM_ARGS, chromium } from "./tools";
import { serve } from "./staticServer";

const DIST = path.resolve(__dirname, "../../dist");
export const SHOTS = path.resolve(__dirname, "../../test-artifacts/screenshots");
const LOCAL_OFFICE_JS = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");

export interface Pane {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  server: { url: string; close: () => Promise<void> };
  /** Page errors, console errors and files of the page that did not load. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * Opens dist/taskpane.html (or `file` of dist/) in preview mode. `beforeLoad` runs before the
 * page is loaded (to listen to its responses, adding to `problems`); `clipboard` grants
 * clipboard access (to paste as a user does).
 */
export async function openPane(
  options: {
    file?: string;
    clipboard?: boolean;
    /** The browser's language (navigator.language), e.g. "zh-CN"; Chromium's default otherwise. */
    locale?: string;
    beforeLoad?: (page: Page, serverUrl: string, problems: string[]) => void;
  } = {}
): Promise<Pane> {
  const file = options.file ?? "taskpane.html";
  for (const needed of ["wizard.js", file])
    if (!fs.existsSync(path.join(DIST, needed)))
      throw new Error(`dist/ has no ${needed}: run npm run build first (npm test does)`);
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await serve(DIST);
  const browser = await playwright.launch({ executablePath: chromium(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 350, height: 900 },
    acceptDownloads: true,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  if (options.clipboard)
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(server.url).origin,
    });
  const page = await context.newPage();
  await page.route("https://appsforoffice.microsoft.com/**", (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
    const file = path.join(LOCAL_OFFICE_JS, rel);
    return fs.existsSync(file)
      ? route.fulfill({ path: file, contentType: "text/javascript" })
      : route.fulfill({ status: 404, body: "" });
  });
  const problems: string[] = [];
  page.on("requestfailed", (r) => {
    // office.js calls Microsoft's telemetry, which this machine cannot reach; the page's own files must load
    if (r.url().startsWith(server.url)) problems.push(`failed to load: ${r.url()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  options.beforeLoad?.(page, server.url, problems);
  await page.goto(`${server.url}${file}`, { waitUntil: "load" });
  return {
    browser,
    context,
    page,
    server,
    problems,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Types into a field as a person does: click it, select all, type character by character, Tab away. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press("ControlOrMeta+A");
  if (text === "") await page.keyboard.press("Backspace");
  else await page.keyboard.type(text);
  await page.keyboard.press("Tab");
}

/**
 * Presses the Build step's download button (`label`, English by default) and waits for the file
 * and the build summary: the file's suggested name and its bytes.
 */
export async function buildAndDownload(
  page: Page,
  label = "Build and download .xlsx"
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: label }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dl-")), "wb.xlsx");
  await download.saveAs(file);
  await page.getByTestId("build-summary").waitFor();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

/** The validation message Fluent's Field shows under the field labelled `label`. */
export function fieldMessage(page: Page, label: string): Locator {
  return page
    .locator(".fui-Field")
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator(".fui-Field__validationMessage");
}

/** From the Start step of a fresh pane to Settings, with the paper's template. */
export async function toSettingsWithTemplate(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Use this and continue" }).waitFor({ timeout: 30000 });
  await page.getByRole("radio", { name: /paper's low-carbon/ }).check();
  await page.getByRole("button", { name: "Use this and continue" }).click();
  await page.getByRole("button", { name: "Continue to settings" }).click();
}

/** Saves a screenshot of `target` (default: the wizard) as `name`.png and checks nothing overflows 350 px. */
export async function screenshot(page: Page, name: string, target?: Locator): Promise<void> {
  await (target ?? page.locator("#wizard-section")).screenshot({
    path: path.join(SHOTS, `${name}.png`),
  });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(350);
}

/**
 * Opens the pane before the tests of the file and closes it after them (jest's beforeAll and
 * afterAll); the getter gives the open pane.
 */
export function paneForTests(options?: Parameters<typeof openPane>[0]): () => Pane {
  let pane: Pane | undefined;
  beforeAll(async () => {
    pane = await openPane(options);
  });
  afterAll(async () => {
    await pane?.close();
  });
  return () => {
    if (!pane) throw new Error("the pane is not open yet (use it inside a test)");
    return pane;
  };
}
