/**
 * The built functions.js in headless Chromium under an Office whose display language is
 * Simplified Chinese: once Office is ready it loads its one chunk (the Chinese error messages,
 * src/functions/i18n/errors.ts) from beside the page, and errors are then worded in Chinese;
 * under English Office it loads nothing and errors stay English. Needs the production build.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { withBundle } from "../support/browserBundle";
import { Pane, openPane } from "../support/pane";

jest.setTimeout(5 * 60 * 1000);

const DIST = path.resolve(__dirname, "../../dist");

/** Loads dist/functions.js into the page under a stand-in Office of `displayLanguage`. */
async function loadFunctions(page: Page, displayLanguage: string): Promise<void> {
  await page.evaluate((language) => {
    (globalThis as unknown as Record<string, unknown>).Office = {
      context: { displayLanguage: language },
      onReady: (f: () => void) => Promise.resolve().then(f),
    };
  }, displayLanguage);
  await withBundle(page, fs.readFileSync(path.join(DIST, "functions.js"), "utf8"));
}

/** The message of AHP.WEIGHTS on a matrix whose pair is not reciprocal, when it is `expected`'s language. */
function reciprocalMessage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fn = (
      globalThis as unknown as { __functions: Record<string, (...a: unknown[]) => unknown> }
    ).__functions;
    const e = fn["AHP.WEIGHTS"](
      [
        [1, 3],
        [3, 1],
      ],
      null
    ) as { code: string; message: string };
    return `${e.code} ${e.message}`;
  });
}

describe.each([
  ["zh-CN", /^#VALUE! matrix：第 1 行第 2 列（3）与 第 2 行第 1 列（3）不互为倒数/i, true],
  [
    "en-US",
    /^#VALUE! matrix: row 1, column 2 \(3\) and row 2, column 1 \(3\) are not reciprocal/i,
    false,
  ],
])("functions.js under Office in %s", (language, expected, chunk) => {
  let pane: Pane;
  const requested: string[] = [];
  beforeAll(async () => {
    pane = await openPane({
      file: "help.html",
      beforeLoad: (p) => p.on("request", (r) => requested.push(new URL(r.url()).pathname)),
    });
    await loadFunctions(pane.page, language);
  });
  afterAll(async () => {
    await pane?.close();
  });

  it("words a not-reciprocal pair in the display language", async () => {
    let message = "";
    for (let t = 0; t < 100; t++) {
      message = await reciprocalMessage(pane.page);
      if (expected.test(message)) break;
      await pane.page.waitForTimeout(50);
    }
    expect(message).toMatch(expected);
  });

  it(chunk ? "loaded the Chinese messages' chunk" : "loaded no chunk", () => {
    expect(requested.some((p) => /\/chunks\/errors-zh\.[0-9a-f]+\.js$/.test(p))).toBe(chunk);
    expect(pane.problems).toEqual([]);
  });
});
