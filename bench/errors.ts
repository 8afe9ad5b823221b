/**
 * The error path and the memory of the caches, through the built dist/functions.js:
 * - TRADE.CLASS on a column of 100,000 unknown codes, as a file of 10 years repeats 10,000 codes
 *   (target ≤ 100 ms), and on 100,000 all-distinct unknown codes (the worst case, ≤ 1 s), beside
 *   100,000 valid codes;
 * - ranges of 1,000,000 cells: unknown codes (TRADE.CLASS), a column pair (TRADE.TC), long text
 *   (SERVICE.CLASS): ≤ 1 s each;
 * - 20,000 distinct cells of 32,767 characters (Excel's largest) sent one by one to TRADE.CLASS,
 *   TRADE.SITC and SERVICE.CLASS: the heap they keep alive afterwards (the caches are bounded at
 *   8 MB of entries each; target ≤ 50 MB for the three).
 */
import { Figure, bundleFunction, medianMillis, report } from "./util";

export function benchErrors(): Figure[] {
  const trade = {
    tradeClass: bundleFunction("TRADE.CLASS"),
    tradeTc: bundleFunction("TRADE.TC"),
    tradeSitc: bundleFunction("TRADE.SITC"),
  };
  const service = { serviceClass: bundleFunction("SERVICE.CLASS") };
  const column = (n: number, cell: (i: number) => unknown) =>
    Array.from({ length: n }, (_, i) => [cell(i)]);
  const repeated = column(100_000, (i) => String(900000 + (i % 10_000)));
  const distinct = column(100_000, (i) => String(800000 + i));
  const valid = column(100_000, (i) => ["010121", "847130", "610910", "271019"][i % 4]);
  // A fresh memo per measurement would hide nothing: the first call of each input is timed too.
  const first = (input: unknown[][]) => {
    const t0 = process.hrtime.bigint();
    trade.tradeClass(input, null, null);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const repeatedFirst = first(repeated);
  const repeatedMs = medianMillis(() => trade.tradeClass(repeated, null, null), 11);
  const distinctFirst = first(distinct);
  const validMs = medianMillis(() => trade.tradeClass(valid, null, null), 11);
  const million = (cell: (i: number) => unknown) => column(1_000_000, cell);
  const unknown1M = million((i) => (i % 33 === 0 ? "010121" : "999998"));
  const numbers1M = million((i) => (i % 50 === 0 ? "" : i % 1000));
  const longText = "x".repeat(32_767);
  const text1M = Array.from({ length: 1000 }, () => new Array(1000).fill(longText));
  const once = (f: () => unknown) => {
    const t0 = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const class1M = once(() => trade.tradeClass(unknown1M, null, null));
  const tc1M = once(() => trade.tradeTc(numbers1M, numbers1M));
  const text1MMs = once(() => service.serviceClass(text1M, null));

  // Cache memory: distinct maximal cells, one single-cell call each.
  const gc = (globalThis as { gc?: () => void }).gc;
  let retained = NaN;
  if (gc) {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20_000; i++) {
      const cell = [[`${i}`.padStart(8, "0") + "y".repeat(32_759)]];
      trade.tradeClass(cell, null, null);
      trade.tradeSitc(cell, null, null);
      service.serviceClass(cell, null);
    }
    gc();
    retained = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  }
  return [
    report(
      "TRADE.CLASS, 100,000 valid HS6 codes in one range (median of 11)",
      validMs,
      "ms",
      "reported",
      true
    ),
    report(
      "TRADE.CLASS, 100,000 unknown codes (10,000 distinct, repeated) in one range (median of 11)",
      repeatedMs,
      "ms",
      "≤ 100 ms",
      repeatedMs <= 100
    ),
    report("same, first call (empty memo)", repeatedFirst, "ms", "≤ 1 s", repeatedFirst <= 1000),
    report(
      "TRADE.CLASS, 100,000 all-distinct unknown codes, first call (worst case)",
      distinctFirst,
      "ms",
      "≤ 1 s",
      distinctFirst <= 1000
    ),
    report(
      "TRADE.CLASS, 1,000,000 cells, 97% unknown codes",
      class1M,
      "ms",
      "≤ 1 s",
      class1M <= 1000
    ),
    report("TRADE.TC, two columns of 1,000,000 cells", tc1M, "ms", "≤ 1 s", tc1M <= 1000),
    report(
      "SERVICE.CLASS, 1000×1000 cells of 32,767 characters",
      text1MMs,
      "ms",
      "≤ 1 s",
      text1MMs <= 1000
    ),
    report(
      gc
        ? "heap kept by the caches after 20,000 distinct 32,767-character cells × 3 functions"
        : "cache memory (run with node --expose-gc)",
      retained,
      "MB",
      "≤ 50 MB",
      retained <= 50
    ),
  ];
}
