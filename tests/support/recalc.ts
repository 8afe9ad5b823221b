/**
 * Recalculating a built workbook description with the test formula engine and the custom
 * functions of the built dist/functions.js, and comparing its cells with what the core computes.
 */
import * as fs from "fs";
import type { CellLocation } from "../../src/workbook/build";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { METADATA, loadBundle } from "./bundle";
import { CustomFunction, FormulaEngine, dimensionalityFrom } from "./formulaEngine";

let functions: Record<string, CustomFunction> | null = null;

/** The engine over `spec`, recalculated, with the add-in's functions from dist/functions.js. */
export function recalculatedWithBundle(spec: WorkbookSpec): FormulaEngine {
  if (!functions) {
    functions = {};
    for (const [id, fn] of loadBundle().bound) functions[id] = fn;
  }
  const engine = new FormulaEngine(spec, {
    functions,
    dimensionality: dimensionalityFrom(JSON.parse(fs.readFileSync(METADATA, "utf8"))),
  });
  engine.recalculate();
  return engine;
}

/**
 * The keys of `expected` whose cell (by `cells`) does not show the expected value: numbers to
 * 1e-9 relative (|a − b| ≤ 1e-9 · max(1, |b|)), anything else exactly; "key: got ≠ want" each.
 */
export function mismatches(
  expected: Map<string, unknown>,
  cells: Map<string, CellLocation>,
  value: (sheet: string, address: string) => unknown
): string[] {
  const wrong: string[] = [];
  for (const [key, want] of expected) {
    const at = cells.get(key);
    const got = at ? value(at.sheet, at.address) : "no cell";
    const same =
      typeof want === "number"
        ? typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
        : got === want;
    if (!same) wrong.push(`${key}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  return wrong;
}
