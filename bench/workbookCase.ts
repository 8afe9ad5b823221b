/**
 * One case of the workbook benchmark, run by bench/workbook.ts in a process of its own (so that
 * the cases share no heap): builds the description, writes the .xlsx and prints its figures as
 * one JSON line. `node -r ts-node/register/transpile-only bench/workbookCase.ts <case>`, case:
 * - trade: the paper's template, native formulas, 100,000 trade rows; then the Office.js writer;
 * - large: 2,000 indicators × 5 experts (largeSystem), sample inputs;
 * - experts: 500 indicators × 50 experts (largeSystem), sample inputs;
 * - units: 30 units × 20 indicators × 5 experts (largeSystem), native formulas, thresholds
 *   across units, sample inputs for every unit.
 * Peak memory is the process's maximum resident set size (getrusage), which includes Node,
 * ts-node and the inputs.
 */
import { buildWorkbook } from "../src/workbook/build";
import { EvaluationModel } from "../src/workbook/model";
import { sampleInputs } from "../src/workbook/sample";
import type { CellValue } from "../src/workbook/spec";
import { paperTemplate } from "../src/workbook/template";
import { writeToWorkbook } from "../src/workbook/writeOffice";
import { writeXlsx } from "../src/workbook/writeXlsx";
import { FakeContext } from "../tests/support/fakeExcel";
import { tradeRows } from "../tests/support/tradeRows";
import { largeSystem } from "./systems";

export interface CaseResult {
  /** Nodes of the model and cells of the description. */
  nodes: number;
  cells: number;
  buildMs: number;
  writeMs: number;
  xlsxBytes: number;
  /** Peak resident memory (MB) before the build, and after the build and .xlsx. */
  startMb: number;
  peakMb: number;
  /** trade only: the Office.js writer's syncs and time, and the peak after it. */
  office?: { syncs: [number, number]; ms: [number, number]; peakMb: number };
}

const YEARS = Array.from({ length: 20 }, (_, t) => 2004 + t);

const peakMb = () => process.resourceUsage().maxRSS / 1024;

function inputsOf(name: string): { model: EvaluationModel; inputs: Map<string, CellValue> } {
  if (name === "trade") {
    const model = paperTemplate({ style: "native", trade: true, years: YEARS });
    return { model, inputs: tradeRows(100_000 / YEARS.length, YEARS) };
  }
  if (name === "units") {
    const system = largeSystem([4], 20, 5);
    const units = Array.from({ length: 30 }, (_, k) => `Unit ${k + 1}`);
    const model = {
      ...system,
      settings: {
        ...system.settings,
        style: "native" as const,
        units,
        thresholds: "units" as const,
      },
    };
    return { model, inputs: sampleInputs(model) };
  }
  const model = name === "large" ? largeSystem([6, 6, 7], 2000, 5) : largeSystem([5, 10], 500, 50);
  return { model, inputs: sampleInputs(model) };
}

async function run(name: string): Promise<CaseResult> {
  const { model, inputs } = inputsOf(name);
  const startMb = peakMb();
  let t = process.hrtime.bigint();
  const built = buildWorkbook(model, { inputs });
  const buildMs = Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  const bytes = await writeXlsx(built.spec);
  const writeMs = Number(process.hrtime.bigint() - t) / 1e6;
  const result: CaseResult = {
    nodes: model.nodes.length,
    cells: built.spec.sheets.reduce((n, s) => n + s.cells.size, 0),
    buildMs,
    writeMs,
    xlsxBytes: bytes.length,
    startMb,
    peakMb: peakMb(),
  };
  if (name === "trade") {
    const ctx = new FakeContext() as unknown as Excel.RequestContext;
    t = process.hrtime.bigint();
    const first = await writeToWorkbook(ctx, model, null, undefined, inputs);
    const firstMs = Number(process.hrtime.bigint() - t) / 1e6;
    t = process.hrtime.bigint();
    const again = await writeToWorkbook(ctx, model, "update");
    const againMs = Number(process.hrtime.bigint() - t) / 1e6;
    result.office = {
      syncs: [first.syncs, again.syncs],
      ms: [firstMs, againMs],
      peakMb: peakMb(),
    };
  }
  return result;
}

const name = process.argv[2] ?? "";
if (!["trade", "large", "experts", "units"].includes(name)) {
  console.error("usage: workbookCase.ts trade|large|experts|units");
  process.exit(2);
}
run(name).then(
  (r) => console.log(`RESULT ${JSON.stringify(r)}`),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  }
);
