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
 * `got` equals `want`: numbers to `relative` (|a − b| ≤ relative · max(1, |b|)), else exactly; an
 * empty cell (null, or absent from a file's cached values) shows "" as a formula's "" does.
 */
function same(got: unknown, want: unknown, relative: number): boolean {
  if (want === "" && (got === null || got === undefined)) return true;
  return typeof want === "number"
    ? typeof got === "number" && Math.abs(got - want) <= relative * Math.max(1, Math.abs(want))
    : got === want;
}

/**
 * The keys of `expected` whose cell (by `cells`) does not show the expected value: numbers to
 * `relative` (default 1e-9; 0: exactly), anything else exactly; "key: got ≠ want" each.
 */
export function mismatches(
  expected: Map<string, unknown>,
  cells: Map<string, CellLocation>,
  value: (sheet: string, address: string) => unknown,
  relative = 1e-9
): string[] {
  const wrong: string[] = [];
  for (const [key, want] of expected) {
    const at = cells.get(key);
    const got = at ? value(at.sheet, at.address) : "no cell";
    if (!same(got, want, relative))
      wrong.push(`${key}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  return wrong;
}

/**
 * The other way round: every cell of `cells` against `expected` (numbers to 1e-9 relative); a
 * cell without an expected value is a mismatch unless `missing` says what it should show.
 */
export function cellMismatches(
  expected: Map<string, unknown>,
  cells: Map<string, CellLocation>,
  value: (sheet: string, address: string) => unknown,
  missing?: unknown
): string[] {
  const wrong: string[] = [];
  for (const [key, at] of cells) {
    const want = expected.has(key) ? expected.get(key) : missing;
    const got = value(at.sheet, at.address);
    if (want === undefined) wrong.push(`${key} at ${at.sheet}!${at.address}: no expected value`);
    else if (!same(got, want, 1e-9))
      wrong.push(`${key} at ${at.sheet}!${at.address}: ${JSON.stringify(got)} ≠ ${want}`);
  }
  return wrong;
}
