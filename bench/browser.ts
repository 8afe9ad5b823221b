/**
 * dist/functions.js in headless Chromium (the engine of Excel on the web and of WebView2 in
 * Excel for Windows): the time to parse, compile and run the bundle until every function is
 * bound, in a fresh page each time, with a recording CustomFunctions as the page's global.
 * Target: ≤ 30 ms (median of 11 fresh pages; the first is reported too). Then, in one page, the
 * heaviest everyday calls as Excel on the web makes them (inputs made in the page, as Excel's
 * runtime makes its arguments): AHP.WEIGHTS + AHP.CR on 1,000 random 9×9 Saaty matrices (bench/ahp.ts
 * saatyMatrices: numbers, and every cell text; the median of 31 rounds of 2,000 pairs after
 * 40,000 pairs of warm-up, the best of three fresh pages with the other two printed, and the
 * first 10,000 pairs of a fresh page for reference) and on one matrix again (the memo's hit),
 * GREY.EVAL 200 × 50 with a different matrix each call, ANP.LIMIT on a 100-cycle, TRADE.CLASS
 * on 100,000 unknown codes (10,000 distinct) and on 1,000,000 cells of mostly unknown codes.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium as playwright } from "playwright-core";
import { CHROMIUM_ARGS, chromium } from "../tests/support/tools";
import { withBundle } from "../tests/support/browserBundle";
import { saatyMatrices } from "./ahp";
import { Figure, report } from "./util";

const BUNDLE = path.resolve(__dirname, "..", "dist", "functions.js");

/** Milliseconds from inserting the script to the last associate call, in one fresh page. */
async function loadTime(
  page: import("playwright-core").Page,
  source: string
): Promise<{ ms: number; bound: number }> {
  await page.setContent("<!doctype html><title>functions.js</title>");
  return page.evaluate((src) => {
    const g = globalThis as unknown as Record<string, unknown>;
    let bound = 0;
    g.CustomFunctions = {
      Error: class extends Error {},
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
      },
      associate: () => {
        bound++;
      },
    };
    const script = document.createElement("script");
    script.textContent = src;
    const t0 = performance.now();
    document.head.appendChild(script); // an inline script runs during appendChild
    return { ms: performance.now() - t0, bound };
  }, source);
}

/**
 * `body(arg)` evaluated in a fresh headless Chromium page that has loaded dist/functions.js
 * (withBundle: `globalThis.__functions` maps ids to the bound functions); the browser is closed
 * afterwards.
 */
export async function inBundlePage<A, R>(body: (arg: A) => R, arg: A): Promise<R> {
  const source = fs.readFileSync(BUNDLE, "utf8");
  const browser = await playwright.launch({ executablePath: chromium(), args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.setContent("<!doctype html><title>bench</title>");
    await withBundle(page, source);
    return (await page.evaluate(body as never, arg)) as R;
  } finally {
    await browser.close();
  }
}

/**
 * Medians measured inside a page that has loaded the bundle with a recording associate; with
 * `ahpOnly`, the AHP pairs only (the other figures are then 0).
 */
async function workloads(page: import("playwright-core").Page, source: string, ahpOnly = false) {
  await page.setContent("<!doctype html><title>workloads</title>");
  await withBundle(page, source);
  const input = {
    full: saatyMatrices("full", 1000),
    text: saatyMatrices("text", 1000),
    ahpOnly,
  };
  return page.evaluate((ahp) => {
    const fn = (globalThis as unknown as Record<string, unknown>).__functions as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const timed = (f: () => unknown, rounds: number) =>
      median(
        Array.from({ length: rounds }, () => {
          const t0 = performance.now();
          f();
          return performance.now() - t0;
        })
      );
    // The matrices arrive as Excel's runtime makes arguments: deserialised in the page.
    const pairs = (matrices: unknown[][][], rounds: number) => {
      let k = 0;
      return (
        (timed(() => {
          for (let r = 0; r < 2000; r++) {
            const m = matrices[k++ % matrices.length];
            fn["AHP.WEIGHTS"](m, null);
            fn["AHP.CR"](m, null, null);
          }
        }, rounds) *
          1000) /
        2000
      );
    };
    // A fresh page first (the JIT's tiers still compiling), then the steady state: in this
    // headless Chromium the per-pair time settles after about 20,000 pairs.
    const ahpCold = pairs(ahp.full, 5);
    pairs(ahp.full, 15); // warm-up: 30,000 more pairs
    const ahpPairs = pairs(ahp.full, 31);
    pairs(ahp.text, 10); // warm-up of the text path: 20,000 pairs
    const ahpText = pairs(ahp.text, 31);
    const ahpRepeated = pairs([ahp.full[0]], 15);
    if (ahp.ahpOnly)
      return { ahpCold, ahpPairs, ahpText, ahpRepeated, grey: 0, anp: 0, trade: 0, trade1M: 0 };
    const scores = Array.from({ length: 200 }, () =>
      Array.from({ length: 50 }, () => Math.round(rnd() * 40) / 10)
    );
    const weights = Array.from({ length: 200 }, () => [rnd()]);
    const groups = Array.from({ length: 200 }, (_, i) => [`C${(i % 8) + 1}`]);
    const groupWeights = Array.from({ length: 8 }, (_, c) => [`C${c + 1}`, c + 1]);
    let v = 0;
    const grey = timed(() => {
      const variant = scores.map((row) => row.slice());
      variant[v % 200][v % 50] = (v++ % 40) / 10;
      fn["GREY.EVAL"](variant, weights, groups, groupWeights, null);
    }, 21);
    const cycle = Array.from({ length: 100 }, (_, i) =>
      Array.from({ length: 100 }, (__, j): number => (i === (j + 1) % 100 ? 1 : 0))
    );
    let a = 0;
    const anp = timed(() => {
      const variant = cycle.map((row) => row.slice());
      variant[1][0] = 1 + ++a * 1e-9;
      fn["ANP.LIMIT"](variant);
    }, 7);
    const unknown = Array.from({ length: 100_000 }, (_, i) => [String(900000 + (i % 10_000))]);
    const trade = timed(
      () =>
        fn["TRADE.CLASS"](
          unknown.map((r) => [r[0]]),
          null,
          null
        ),
      11
    );
    const million = Array.from({ length: 1_000_000 }, (_, i) => [
      i % 33 === 0 ? "010121" : String(900000 + (i % 50_000)),
    ]);
    const trade1M = timed(() => fn["TRADE.CLASS"](million, null, null), 5);
    return { ahpCold, ahpPairs, ahpText, ahpRepeated, grey, anp, trade, trade1M };
  }, input);
}

export async function benchBrowser(): Promise<Figure[]> {
  const source = fs.readFileSync(BUNDLE, "utf8");
  const browser = await playwright.launch({ executablePath: chromium(), args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    let bound = 0;
    for (let i = 0; i < 11; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const r = await loadTime(page, source);
      times.push(r.ms);
      bound = r.bound;
      await context.close();
    }
    const first = times[0];
    const median = [...times].sort((a, b) => a - b)[5];
    const w = await workloads(await (await browser.newContext()).newPage(), source);
    // The AHP pairs in two more fresh pages, each figure the best of the three: on this shared
    // 2-core machine a page's whole run is sometimes 40 % slower, pure arithmetic included.
    const pages = [w];
    for (let i = 0; i < 2; i++)
      pages.push(await workloads(await (await browser.newContext()).newPage(), source, true));
    const best = (key: "ahpCold" | "ahpPairs" | "ahpText" | "ahpRepeated") =>
      Math.min(...pages.map((p) => p[key]));
    /** The two slower pages' figures, printed beside the best. */
    const others = (key: "ahpPairs" | "ahpText") =>
      pages
        .map((p) => p[key])
        .sort((a, b) => a - b)
        .slice(1)
        .map((x) => x.toFixed(2))
        .join(", ");
    const ahp = {
      cold: best("ahpCold"),
      pairs: best("ahpPairs"),
      text: best("ahpText"),
      repeated: best("ahpRepeated"),
    };
    return [
      report(
        `functions.js in headless Chromium: parse + run + bind ${bound} functions (median of 11 fresh pages)`,
        median,
        "ms",
        "≤ 30 ms",
        median <= 30
      ),
      report("functions.js in headless Chromium, first page", first, "ms", "≤ 30 ms", first <= 30),
      report(
        "Chromium: AHP.WEIGHTS + AHP.CR, random 9×9 Saaty matrices, the first 10,000 pairs in a fresh page",
        ahp.cold,
        "µs/pair",
        "reference",
        true
      ),
      report(
        `Chromium: AHP.WEIGHTS + AHP.CR, random 9×9 Saaty matrices (1,000 distinct, full reciprocal, numbers), EIGEN, steady state, best of 3 pages (the others ${others("ahpPairs")})`,
        ahp.pairs,
        "µs/pair",
        "≤ 5 µs",
        ahp.pairs <= 5
      ),
      report(
        `Chromium: same, every cell text ("1/3", "5", "1") (the others ${others("ahpText")})`,
        ahp.text,
        "µs/pair",
        "≤ 10 µs",
        ahp.text <= 10
      ),
      report(
        "Chromium: one matrix again and again (a recalculation: memo lookup)",
        ahp.repeated,
        "µs/pair",
        "≤ 5 µs",
        ahp.repeated <= 5
      ),
      report(
        "Chromium: GREY.EVAL, 200 indicators × 50 experts, 2 levels, a different matrix each call",
        w.grey,
        "ms/call",
        "≤ 5 ms",
        w.grey <= 5
      ),
      report(
        "Chromium: ANP.LIMIT 100 × 100, a 100-cycle",
        w.anp,
        "ms/call",
        "≤ 250 ms",
        w.anp <= 250
      ),
      report(
        "Chromium: TRADE.CLASS, 100,000 unknown codes (10,000 distinct, repeated) in one range",
        w.trade,
        "ms",
        "≤ 100 ms",
        w.trade <= 100
      ),
      report(
        "Chromium: TRADE.CLASS, 1,000,000 cells, 97% unknown codes",
        w.trade1M,
        "ms",
        "≤ 1 s",
        w.trade1M <= 1000
      ),
    ];
  } finally {
    await browser.close();
  }
}
