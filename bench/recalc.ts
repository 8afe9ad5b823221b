/**
 * A full recalculation of the add-in-style workbook of the paper's template (5 experts, sample
 * inputs, trade and service sheets) with the built dist/functions.js and the formula engine of
 * tests/support/formulaEngine.ts: how many times the core evaluates a comparison block, an
 * indicator set and a series (the adapters' memos count it), against one each; and its time.
 */
import * as fs from "fs";
import { CustomFunction, FormulaEngine, dimensionalityFrom } from "../tests/support/formulaEngine";
import { METADATA, loadBundle } from "../tests/support/bundle";
import { buildWorkbook } from "../src/workbook/build";
import { comparisonBlocks } from "../src/workbook/layout";
import { childrenOf, comparisonParents, indicators } from "../src/workbook/model";
import { sampleInputs } from "../src/workbook/sample";
import { paperTemplate } from "../src/workbook/template";
import { Figure, report } from "./util";

export function benchRecalculation(): Figure[] {
  const model = paperTemplate({ trade: true, service: true });
  const built = buildWorkbook(model, { inputs: sampleInputs(model) });
  const bundle = loadBundle();
  const stats = bundle.globals.LowCarbonAddinStats;
  if (!stats) throw new Error("dist/functions.js sets no LowCarbonAddinStats");
  const functions: Record<string, CustomFunction> = {};
  for (const [id, fn] of bundle.bound) functions[id] = fn;
  const engine = new FormulaEngine(built.spec, {
    functions,
    dimensionality: dimensionalityFrom(JSON.parse(fs.readFileSync(METADATA, "utf8"))),
  });
  stats.resetMemos();
  const t0 = process.hrtime.bigint();
  engine.recalculate();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const counts = stats.evaluationCounts();
  const blocks = comparisonParents(model).length * (comparisonBlocks(model.settings).length + 1);
  const criteria = childrenOf(model, null).length;
  const series = indicators(model).filter((n) => n.type === "quantitative").length;
  const calls = [...engine.calls.values()].reduce((s, n) => s + n, 0);
  return [
    report(
      `template recalculation: comparison blocks evaluated (${blocks} blocks; identical blocks share one)`,
      counts["AHP matrix"] ?? 0,
      "evaluations",
      `≤ ${blocks}`,
      (counts["AHP matrix"] ?? 0) <= blocks
    ),
    report(
      `template recalculation: indicator sets evaluated (${criteria} criteria: grey matrix + B per criterion and overall)`,
      (counts["grey matrix"] ?? 0) + (counts["grey evaluation"] ?? 0),
      "evaluations",
      `≤ ${2 * criteria + 1}`,
      (counts["grey matrix"] ?? 0) + (counts["grey evaluation"] ?? 0) <= 2 * criteria + 1
    ),
    report(
      `template recalculation: series smoothed (${series} quantitative series)`,
      counts["moving average"] ?? 0,
      "evaluations",
      `≤ ${series}`,
      (counts["moving average"] ?? 0) <= series
    ),
    report(
      `template recalculation: ${calls} custom-function calls, whole workbook (formula engine + dist/functions.js)`,
      ms,
      "ms",
      "reported",
      true
    ),
  ];
}
