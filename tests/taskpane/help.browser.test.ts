/**
 * help.html (README.md) and help.zh-CN.html (README.zh-CN.md) as a user opens them from the
 * task pane, in headless Chromium at the pane's width (350 px): every image loads, nothing is
 * wider than the page, no table has an empty header row, the links between the two pages land
 * on a heading, and axe finds no accessibility violation. Needs the production build in dist/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { axeViolations } from "../support/axe";
import { Pane, openPane } from "../support/pane";

jest.setTimeout(5 * 60 * 1000);

const DIST = path.resolve(__dirname, "../../dist");

describe.each([
  ["help.html", "en"],
  ["help.zh-CN.html", "zh-CN"],
])("%s at 350 px", (file, lang) => {
  let pane: Pane;
  let page: Page;
  /** Files that did not load (and page or console errors). */
  let failed: string[];

  beforeAll(async () => {
    pane = await openPane({
      file,
      beforeLoad: (p, _url, problems) =>
        p.on("response", (r) => {
          if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
        }),
    });
    ({ page, problems: failed } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it(`is in ${lang}`, async () => {
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
  });

  it("links to the other page land on one of its headings", async () => {
    const hrefs = await page.$$eval("a[href^='help']", (as) =>
      as.map((a) => a.getAttribute("href")!)
    );
    expect(hrefs.length).toBeGreaterThan(0);
    const broken = hrefs.filter((h) => {
      const [name, anchor] = h.split("#");
      const target = path.join(DIST, name);
      if (!fs.existsSync(target)) return true;
      return (
        anchor !== undefined &&
        !fs.readFileSync(target, "utf8").includes(` id="${decodeURIComponent(anchor)}"`)
      );
    });
    expect(broken).toEqual([]);
  });
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
