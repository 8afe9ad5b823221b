/**
 * What the Embodied Carbon sheet computes (src/workbook/build/embodied.ts), from the inputs by
 * key, with src/core/io as the IO.* functions compute it: each sector's class, direct and total
 * intensities, the emissions embodied in its exports and imports, their balance and its output
 * multiplier, and the sums by trade class. The sheet's conventions: a sector whose total output
 * is blank or 0 has a column of zeros in A (and shows no intensity); a blank flow is 0; a blank
 * emission counts 0 in c. A table that is not productive (a column of A summing to 1 or more) or
 * has a negative flow gives no intensities, as the sheet shows none (its Notes say why).
 */
import { isicClass } from "../core/io/sectors";
import { coefficientMatrix, leontiefColumnSums, leontiefFactors } from "../core/io";
import { luSolve } from "../core/linalg";
import { GROUPS } from "../core/trade/tables";
import { flowKey, resultKey, sectorKey } from "./keys";
import { DEFAULT_SECTORS, MAX_SECTORS, sectorsHeld } from "./layout";
import type { EvaluationModel } from "./model";
import type { CellValue } from "./spec";

const num = (v: CellValue | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

/** The sectors the sheet lays out: as many as set, and at least `held` (those typed). */
export function sectorCount(model: EvaluationModel, held: number): number {
  const asked = model.settings.sectors ?? DEFAULT_SECTORS;
  return Math.min(MAX_SECTORS, Math.max(1, asked, held));
}

/** The class the sheet uses for a sector: typed (trimmed, upper case), else from its ISIC code. */
export function sectorClass(typed: CellValue | undefined, code: CellValue | undefined): string {
  const t = typed === null || typed === undefined ? "" : String(typed).trim();
  if (t !== "") return t.toUpperCase();
  const c = code === null || code === undefined ? "" : String(code).trim();
  return c === "" ? "" : (isicClass(c) ?? "");
}

/** The Embodied Carbon sheet's results by key (see the module's conventions). */
export function embodiedValues(
  model: EvaluationModel,
  inputs: Map<string, CellValue>
): Map<string, number | string> {
  const out = new Map<string, number | string>();
  const n = sectorCount(model, sectorsHeld(inputs.keys()));
  const at = (i: number, c: number) => inputs.get(sectorKey(i, c));
  const x = Array.from({ length: n }, (_, i) => num(at(i, 3)));
  const positive = x.map((v) => v !== null && v > 0);
  const flows = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => num(inputs.get(flowKey(i, j))) ?? 0)
  );
  const a = flows.map((row) => row.map((z, j) => (positive[j] ? z / (x[j] as number) : 0)));
  const direct = x.map((v, i) => {
    const e = num(at(i, 4));
    return positive[i] && e !== null ? e / (v as number) : null;
  });
  const classes = Array.from({ length: n }, (_, i) => sectorClass(at(i, 2), at(i, 1)));
  let total: number[] | null = null;
  let multipliers: number[] | null = null;
  const productive = flows.every((row) => row.every((z) => z >= 0));
  if (productive)
    try {
      // one factorisation for both (what IO.INTENSITY and IO.MULTIPLIERS each compute)
      const f = leontiefFactors(coefficientMatrix(a));
      total = luSolve(
        f,
        direct.map((c) => c ?? 0),
        true
      );
      multipliers = leontiefColumnSums(f);
    } catch {
      total = null; // a column of A summing to 1 or more: the sheet shows no intensities
    }
  const sums = new Map<string, { exports: number; imports: number }>();
  for (const g of GROUPS) sums.set(g, { exports: 0, imports: 0 });
  for (let i = 0; i < n; i++) {
    out.set(resultKey.sector("class", i), classes[i]);
    if (direct[i] !== null) out.set(resultKey.sector("direct", i), direct[i] as number);
    if (!total || !multipliers || !positive[i]) continue;
    const m = total[i];
    out.set(resultKey.sector("total", i), m);
    out.set(resultKey.sector("multiplier", i), multipliers[i]);
    const ex = num(at(i, 5));
    const im = num(at(i, 6));
    if (ex !== null) out.set(resultKey.sector("exports", i), m * ex);
    if (im !== null) out.set(resultKey.sector("imports", i), m * im);
    if (ex !== null && im !== null) out.set(resultKey.sector("balance", i), m * ex - m * im);
    const s = sums.get(classes[i]);
    if (s) {
      s.exports += ex === null ? 0 : m * ex;
      s.imports += im === null ? 0 : m * im;
    }
  }
  // The Total row sums the classes (a sector without a class is in none).
  const all = { exports: 0, imports: 0 };
  for (const s of sums.values()) {
    all.exports += s.exports;
    all.imports += s.imports;
  }
  sums.set("Total", all);
  for (const [g, s] of sums) {
    out.set(resultKey.embodied("exports", g), s.exports);
    out.set(resultKey.embodied("imports", g), s.imports);
    out.set(resultKey.embodied("balance", g), s.exports - s.imports);
    if (g !== "Total" && all.exports > 0)
      out.set(resultKey.embodied("share", g), s.exports / all.exports);
  }
  return out;
}
