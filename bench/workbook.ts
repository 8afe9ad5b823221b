/**
 * Writing the evaluation workbook with real-size trade data (issue 8 §8): the paper's template
 * with the Trade Structure sheet holding 100,000 rows (5,000 HS6 codes × 20 years, half of the
 * codes as numbers), native formulas (one VLOOKUP per row, SUMIFS per year and group).
 * - the description (buildWorkbook) and the .xlsx writer (writeXlsx): target ≤ 10 s together;
 * - the Office.js writer against the in-memory Excel: context.sync calls for a new workbook and
 *   a rebuild (target ≤ 10 each) and its time in Node (reported);
 * - the peak resident memory of the process while doing so (reported).
 * One run each (a build takes seconds; medians of several would take minutes).
 */
import { buildWorkbook } from "../src/workbook/build";
import { paperTemplate } from "../src/workbook/template";
import { writeToWorkbook } from "../src/workbook/writeOffice";
import { writeXlsx } from "../src/workbook/writeXlsx";
import { FakeContext } from "../tests/support/fakeExcel";
import { tradeRows } from "../tests/support/tradeRows";
import { Figure, report } from "./util";

const YEARS = Array.from({ length: 20 }, (_, t) => 2004 + t);
const ROWS = 100_000;

/** Runs `fn`, sampling the resident set size every 20 ms; returns its time (ms) and the peak (MB). */
async function measured<T>(
  fn: () => Promise<T>
): Promise<{ ms: number; peakMb: number; value: T }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = process.hrtime.bigint();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, peakMb: peak / 2 ** 20, value };
  } finally {
    clearInterval(timer);
  }
}

export async function benchWorkbook(): Promise<Figure[]> {
  const model = paperTemplate({ style: "native", trade: true, years: YEARS });
  const inputs = tradeRows(ROWS / YEARS.length, YEARS);
  const input = "100,000 trade rows (5,000 HS6 × 20 years), native formulas";
  const figures: Figure[] = [];

  const built = await measured(async () => buildWorkbook(model, { inputs }));
  const written = await measured(() => writeXlsx(built.value.spec));
  const total = (built.ms + written.ms) / 1000;
  figures.push(
    report(`workbook: buildWorkbook, ${input}`, built.ms / 1000, "s", "reported", true),
    report(`workbook: buildWorkbook + writeXlsx, ${input}`, total, "s", "≤ 10 s", total <= 10),
    report(`workbook: .xlsx size, ${input}`, written.value.length / 2 ** 20, "MB", "reported", true)
  );

  const c = new FakeContext();
  const ctx = c as unknown as Excel.RequestContext;
  const first = await measured(() => writeToWorkbook(ctx, model, null, undefined, inputs));
  const again = await measured(() => writeToWorkbook(ctx, model, "update"));
  figures.push(
    report(
      `workbook: Office.js writer syncs, new / rebuild, ${input}`,
      Math.max(first.value.syncs, again.value.syncs),
      `(${first.value.syncs} / ${again.value.syncs})`,
      "≤ 10",
      first.value.syncs <= 10 && again.value.syncs <= 10
    ),
    report(
      `workbook: Office.js writer in Node (in-memory Excel), new / rebuild, ${input}`,
      first.ms / 1000,
      `s / ${(again.ms / 1000).toFixed(1)} s`,
      "reported",
      true
    )
  );
  const peak = Math.max(built.peakMb, written.peakMb, first.peakMb, again.peakMb);
  figures.push(
    report(
      `workbook: peak resident memory (build + .xlsx: ${Math.max(built.peakMb, written.peakMb).toFixed(0)} MB)`,
      peak,
      "MB",
      "reported",
      true
    )
  );
  return figures;
}
