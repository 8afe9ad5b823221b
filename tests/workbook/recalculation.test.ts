/**
 * A full recalculation of the add-in-style workbook of the paper's template (5 experts, sample
 * inputs, trade and service sheets), with the custom functions of the built dist/functions.js
 * (the recording runtime of tests/support/bundle.ts) and the formula engine of
 * tests/support/formulaEngine.ts. It checks that
 *  - every result the core computes (evaluateModel) is what the workbook shows, to 1e-9 relative;
 *  - the core evaluates each comparison block, each criterion's indicator set and each series
 *    once: the memos of the adapters count at most one computation per block, indicator set and
 *    series (src/functions/cache.ts), however many cells read them.
 */
import * as fs from "fs";
import { buildWorkbook } from "../../src/workbook/build";
import { evaluateModel } from "../../src/workbook/evaluate";
import { comparisonBlocks } from "../../src/workbook/layout";
import { childrenOf, comparisonParents, indicators } from "../../src/workbook/model";
import { sampleInputs } from "../../src/workbook/sample";
import { addr, parseAddr } from "../../src/workbook/spec";
import { paperTemplate } from "../../src/workbook/template";
import { METADATA, loadBundle } from "../support/bundle";
import { mismatches } from "../support/recalc";
import { CustomFunction, FormulaEngine, dimensionalityFrom } from "../support/formulaEngine";

describe("recalculating the add-in workbook of the paper's template with dist/functions.js", () => {
  const model = paperTemplate({ trade: true, service: true });
  const inputs = sampleInputs(model);
  const built = buildWorkbook(model, { inputs });
  const bundle = loadBundle();
  const stats = bundle.globals.LowCarbonAddinStats!;
  const functions: Record<string, CustomFunction> = {};
  for (const [id, fn] of bundle.bound) functions[id] = fn;
  const engine = new FormulaEngine(built.spec, {
    functions,
    dimensionality: dimensionalityFrom(JSON.parse(fs.readFileSync(METADATA, "utf8"))),
  });
  let counts: Record<string, number> = {};

  beforeAll(() => {
    stats.resetMemos();
    engine.recalculate();
    counts = stats.evaluationCounts();
  });

  it("shows every result the core computes", () => {
    const expected = evaluateModel(model, inputs);
    expect(expected.has("W")).toBe(true);
    expect(mismatches(expected, built.resultCells, (sh, a) => engine.value(sh, a))).toEqual([]);
    expect(expected.size).toBeGreaterThan(400);
  });

  it("evaluates each comparison block, indicator set and series once", () => {
    const blocks = comparisonParents(model).length * (comparisonBlocks(model.settings).length + 1);
    const criteria = childrenOf(model, null).length;
    const series = indicators(model).filter((n) => n.type === "quantitative").length;
    // 7 parents × (5 experts + the AIJ aggregate), 2 criteria (+ overall for B), 5 series.
    expect({ blocks, criteria, series }).toEqual({ blocks: 42, criteria: 2, series: 5 });
    // One evaluation per distinct matrix: blocks whose cells hold the same values share one.
    const contents = new Set<string>();
    for (const sheet of built.spec.sheets) {
      for (const cell of sheet.cells.values()) {
        const m = /AHP\.WEIGHTS\(\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)/.exec(cell.formula ?? "");
        if (!m) continue;
        const [c1, r1, c2, r2] = [
          parseAddr(`${m[1]}1`).c,
          Number(m[2]) - 1,
          parseAddr(`${m[3]}1`).c,
          Number(m[4]) - 1,
        ];
        const values: unknown[] = [];
        for (let r = r1; r <= r2; r++)
          for (let c = c1; c <= c2; c++) values.push(engine.value(sheet.name, addr(r, c)));
        contents.add(JSON.stringify(values));
      }
    }
    expect(contents.size).toBeGreaterThan(blocks / 4);
    expect(counts["AHP matrix"]).toBe(contents.size);
    expect(counts["grey matrix"]).toBe(criteria);
    // Per criterion and overall, and GREY.SENSITIVITY's two-level evaluation of the Robustness block.
    expect(counts["grey evaluation"]).toBe(criteria + 2);
    expect(counts["moving average"]).toBe(series);
    // While many more cells read them: two calls per block (weights and report) and W beside B.
    expect(engine.calls.get("AHP.WEIGHTS")).toBe(blocks);
    expect(engine.calls.get("AHP.REPORT")).toBe(blocks);
    expect(engine.calls.get("GREY.EVAL")).toBe(criteria + 1);
    expect(engine.calls.get("SCORE.QUANT")).toBe(series);
  });

  it("a second recalculation costs lookups only", () => {
    engine.recalculate();
    expect(stats.evaluationCounts()).toEqual(counts);
  });
});
