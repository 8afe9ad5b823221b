/**
 * help.html as a user opens it from the task pane, in headless Chromium at the pane's width
 * (350 px): every image loads, nothing is wider than the page, no table has an empty header
 * row, and axe finds no accessibility violation. Needs the production build in dist/.
 */
import type { Page } from "playwright-core";
import { axeViolations } from "../support/axe";
import { Pane, openPane } from "../support/pane";

jest.setTimeout(5 * 60 * 1000);

let pane: Pane;
let page: Page;
/** Files that did not load (and page or console errors). */
let failed: string[];

beforeAll(async () => {
  pane = await openPane({
    file: "help.html",
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
