/**
 * dist/functions.js in headless Chromium, the engine of Excel on the web and of WebView2 in
 * Excel for Windows: it loads in a fresh page whose only custom global is CustomFunctions, binds
 * every id of functions.json, and every sample of tests/functions/samples/ gives in the browser
 * exactly what it gives in Node (numbers to 1e-12 relative: the same code on two V8 versions;
 * errors by code and message). The load time is measured and printed here; its target
 * (≤ 30 ms) is checked by `npm run bench` (bench/browser.ts), not by this test.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium as playwright, Browser, Page } from "playwright-core";
import { BUNDLE, METADATA, loadBundle } from "../support/bundle";
import { FakeCustomFunctionsError } from "../support/customFunctions";
import { CHROMIUM_ARGS, chromium } from "../support/tools";
import type { Sample } from "./samples/types";

jest.setTimeout(120_000);

const SAMPLES_DIR = path.join(__dirname, "samples");
const samples: Sample[] = fs
  .readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith(".ts") && f !== "types.ts")
  .sort()
  .flatMap((f) => (require(path.join(SAMPLES_DIR, f)) as { samples: Sample[] }).samples);

/** A result as both sides report it: errors become { error, message }. */
type Plain = unknown;

function plainInNode(v: unknown): Plain {
  if (v instanceof FakeCustomFunctionsError) return { error: v.code, message: v.message };
  if (Array.isArray(v)) return v.map(plainInNode);
  return v;
}

let browser: Browser;
let page: Page;
let loadMs = NaN;
let boundIds: string[] = [];

beforeAll(async () => {
  browser = await playwright.launch({ executablePath: chromium(), args: CHROMIUM_ARGS });
  page = await (await browser.newContext()).newPage();
  await page.setContent("<!doctype html><title>functions.js</title>");
  const loaded = await page.evaluate(
    (source) => {
      const g = globalThis as unknown as Record<string, unknown>;
      const bound: Record<string, (...args: unknown[]) => unknown> = {};
      class CustomFunctionError extends Error {
        code: string;
        constructor(code: string, message?: string) {
          super(message);
          this.code = code;
        }
      }
      g.CustomFunctions = {
        Error: CustomFunctionError,
        ErrorCode: {
          invalidValue: "#VALUE!",
          notAvailable: "#N/A",
          divisionByZero: "#DIV/0!",
          invalidNumber: "#NUM!",
          nullReference: "#NULL!",
        },
        associate: (id: string, fn: (...args: unknown[]) => unknown) => {
          bound[id.toUpperCase()] = fn;
        },
      };
      g.__bound = bound;
      const script = document.createElement("script");
      script.textContent = source;
      const t0 = performance.now();
      document.head.appendChild(script); // an inline script runs during appendChild
      return { ms: performance.now() - t0, ids: Object.keys(bound) };
    },
    fs.readFileSync(BUNDLE, "utf8")
  );
  loadMs = loaded.ms;
  boundIds = loaded.ids;
});

afterAll(async () => {
  await browser?.close();
});

/** Calls a function by id inside the page, as Excel would, and returns its plain result. */
function callInBrowser(id: string, args: unknown[]): Promise<Plain> {
  return page.evaluate(
    async ({ id, args }) => {
      const bound = (
        globalThis as unknown as { __bound: Record<string, (...a: unknown[]) => unknown> }
      ).__bound;
      const plain = (v: unknown): unknown => {
        if (v instanceof Error)
          return { error: (v as Error & { code: string }).code, message: v.message };
        if (Array.isArray(v)) return v.map(plain);
        return v;
      };
      try {
        return plain(await bound[id.toUpperCase()](...args));
      } catch (e) {
        return { thrown: String(e) };
      }
    },
    { id, args }
  );
}

/** Differences between two plain results: numbers to 1e-12 relative, everything else exactly. */
function differences(a: Plain, b: Plain, at = "result"): string[] {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)) ? [] : [`${at}: ${a} ≠ ${b}`];
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${at}: length ${a.length} ≠ ${b.length}`];
    return a.flatMap((x, i) => differences(x, b[i], `${at}[${i}]`));
  }
  return JSON.stringify(a) === JSON.stringify(b)
    ? []
    : [`${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
}

describe("dist/functions.js in headless Chromium", () => {
  it("loads in a fresh page and binds every id of functions.json", () => {
    const ids = (
      JSON.parse(fs.readFileSync(METADATA, "utf8")) as { functions: { id: string }[] }
    ).functions
      .map((f) => f.id.toUpperCase())
      .sort();
    expect([...boundIds].sort()).toEqual(ids);
    console.log(`functions.js in headless Chromium: parse + run + bind in ${loadMs.toFixed(1)} ms`);
  });

  it(`gives every sample (${samples.length}) exactly the result it gives in Node`, async () => {
    const node = loadBundle();
    const problems: string[] = [];
    for (const s of samples) {
      let inNode: Plain;
      try {
        inNode = plainInNode(
          await node.bound.get(s.id.toUpperCase())?.(...structuredClone(s.args))
        );
      } catch (e) {
        inNode = { thrown: String(e) };
      }
      const inBrowser = await callInBrowser(s.id, s.args);
      for (const d of differences(inBrowser, inNode))
        problems.push(`${s.id}${s.note ? ` (${s.note})` : ""}: ${d}`);
    }
    expect(problems).toEqual([]);
    expect(samples.length).toBeGreaterThan(30);
  });

  it("an error in the browser names its cell, like in Node", async () => {
    const out = (await callInBrowser("TRADE.CLASS", [[["010121"], ["99999x"]]])) as unknown[][];
    expect(out[0][0]).toBe("RIB");
    expect(out[1][0]).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(
        /^HS code "99999x" \(row 2, column 1\) is not a valid HS code/
      ),
    });
  });
});
