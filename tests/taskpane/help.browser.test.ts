/**
 * help.html as a user opens it from the task pane, in headless Chromium at the pane's width
 * (350 px): every image loads, nothing is wider than the page, no table has an empty header
 * row, and axe finds no accessibility violation. Needs the production build in dist/.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium as playwright, Browser, Page } from "playwright-core";
import { axeViolations } from "../support/axe";
import { CHROMIUM_ARGS, chromium } from "../support/tools";
import { serve } from "../support/staticServer";

jest.setTimeout(5 * 60 * 1000);

const DIST = path.resolve(__dirname, "../../dist");
let browser: Browser;
let page: Page;
let server: { url: string; close: () => Promise<void> };
const failed: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "help.html")))
    throw new Error("dist/ has no help.html: run npm run build first (npm test does)");
  server = await serve(DIST);
  browser = await playwright.launch({ executablePath: chromium(), args: CHROMIUM_ARGS });
  page = await (await browser.newContext({ viewport: { width: 350, height: 900 } })).newPage();
  page.on("requestfailed", (r) => failed.push(r.url()));
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${server.url}help.html`, { waitUntil: "load" });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("help.html at 350 px", () => {
  it("every image loads (the README's screenshots are copied to dist/docs/images)", async () => {
    const images = await page.$$eval("img", (imgs) =>
      imgs.map((i) => ({ src: i.getAttribute("src"), ok: i.complete && i.naturalWidth > 0 }))
    );
    expect(images.length).toBeGreaterThanOrEqual(7);
    expect(images.filter((i) => !i.ok)).toEqual([]);
    expect(failed).toEqual([]);
  });

  it("nothing is wider than the page: long code wraps, wide tables and code blocks scroll inside themselves", async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(350);
  });

  it("no table has a header row of empty cells", async () => {
    const empty = await page.$$eval(
      "thead tr",
      (rows) =>
        rows.filter((r) => Array.from(r.children).every((c) => (c.textContent ?? "").trim() === ""))
          .length
    );
    expect(empty).toBe(0);
  });

  it("axe finds no accessibility violation", async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});
