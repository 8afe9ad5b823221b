/**
 * Writing the evaluation workbook at real sizes (issue 8 §8 and §11), each case in a fresh
 * process (bench/workbookCase.ts) so that none shares another's heap:
 * - 100,000 trade rows: the paper's template with the Trade Structure sheet holding 5,000 HS6
 *   codes × 20 years (half of the codes as numbers), native formulas; buildWorkbook + writeXlsx
 *   target ≤ 10 s; the Office.js writer against the in-memory Excel: context.sync calls for a new
 *   workbook and a rebuild (target ≤ 10 each) and its time in Node (reported);
 * - 2,000 indicators × 5 experts: buildWorkbook + writeXlsx ≤ 10 s within 1 GB;
 * - 500 indicators × 50 experts, a comparison matrix each: ≤ 30 s within 2 GB;
 * - 30 units × 20 indicators × 5 experts (issue 9 §2), native formulas: ≤ 5 s within 1 GB.
 * Memory is the peak resident set size of the case's process (Node, ts-node and the inputs
 * included). One run each (a case takes seconds; medians of several would take minutes).
 */
import { execFileSync } from "child_process";
import * as path from "path";
import type { CaseResult } from "./workbookCase";
import { Figure, report } from "./util";

/** Runs one case in a new Node process and returns what it printed. */
function runCase(name: string): CaseResult {
  const out = execFileSync(
    process.execPath,
    [
      "--expose-gc",
      "-r",
      "ts-node/register/transpile-only",
      path.join(__dirname, "workbookCase.ts"),
      name,
    ],
    { cwd: path.resolve(__dirname, ".."), timeout: 10 * 60 * 1000, maxBuffer: 2 ** 20 }
  ).toString("utf8");
  const line = out.split("\n").find((l) => l.startsWith("RESULT "));
  if (!line) throw new Error(`bench/workbookCase.ts ${name} printed no result`);
  return JSON.parse(line.slice(7)) as CaseResult;
}

const s = (ms: number) => ms / 1000;
const MB = 2 ** 20;

export async function benchWorkbook(): Promise<Figure[]> {
  const figures: Figure[] = [];

  const trade = runCase("trade");
  const input = "100,000 trade rows (5,000 HS6 × 20 years), native formulas";
  const total = s(trade.buildMs + trade.writeMs);
  figures.push(
    report(`workbook: buildWorkbook, ${input}`, s(trade.buildMs), "s", "reported", true),
    report(`workbook: buildWorkbook + writeXlsx, ${input}`, total, "s", "≤ 10 s", total <= 10),
    report(`workbook: .xlsx size, ${input}`, trade.xlsxBytes / MB, "MB", "reported", true)
  );
  const office = trade.office as NonNullable<CaseResult["office"]>;
  const [first, again] = office.syncs;
  figures.push(
    report(
      `workbook: Office.js writer syncs, new / rebuild, ${input}`,
      Math.max(first, again),
      `(${first} / ${again})`,
      "≤ 10",
      first <= 10 && again <= 10
    ),
    report(
      `workbook: Office.js writer in Node (in-memory Excel), new / rebuild, ${input}`,
      s(office.ms[0]),
      `s / ${s(office.ms[1]).toFixed(1)} s`,
      "reported",
      true
    ),
    report(
      `workbook: peak resident memory of the process, ${input} (build + .xlsx: ${trade.peakMb.toFixed(0)} MB)`,
      office.peakMb,
      "MB",
      "reported",
      true
    )
  );

  const large: [string, string, number, number][] = [
    [
      "large",
      "2,000 indicators × 5 experts (goal → 6 → 36 → 252 criteria → 2,000 indicators, a third quantitative; a comparison block per expert and parent, sample inputs)",
      10,
      1024,
    ],
    [
      "experts",
      "500 indicators × 50 experts (goal → 5 → 50 criteria → 500 indicators; a comparison matrix per expert and parent, sample inputs)",
      30,
      2048,
    ],
    [
      "units",
      "30 units × 20 indicators × 5 experts (goal → 4 criteria → 20 indicators, native formulas, thresholds across units, sample inputs per unit)",
      5,
      1024,
    ],
  ];
  for (const [name, what, seconds, mb] of large) {
    const r = runCase(name);
    const t = s(r.buildMs + r.writeMs);
    figures.push(
      report(
        `workbook: buildWorkbook + writeXlsx, ${what}: ${r.cells.toLocaleString("en-US")} cells (build ${s(r.buildMs).toFixed(1)} s, .xlsx ${(r.xlsxBytes / MB).toFixed(1)} MB)`,
        t,
        "s",
        `≤ ${seconds} s`,
        t <= seconds
      ),
      report(
        `workbook: peak resident memory of that process (${r.startMb.toFixed(0)} MB before the build)`,
        r.peakMb,
        "MB",
        `≤ ${mb} MB`,
        r.peakMb <= mb
      )
    );
  }
  return figures;
}
