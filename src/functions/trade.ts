/**
 * TRADE.* custom functions: thin adapters from Excel ranges to src/core/trade.
 *
 * Whole-argument problems (unknown system, malformed mapping, values not matching codes) return
 * one error; a bad code returns an error in its own cell only, so one bad row never spoils a
 * spilled column. Single-cell calls with no mapping (Excel calls the function once per cell when
 * a formula is filled down a column) take a fast path: a memo keyed by the raw cell value.
 */
import { InputError } from "../core/errors";
import {
  CellError, GROUPS, RESERVED_LABELS, TradeSystem, classifyGrid, elementwise, esi, gl, normalizeHs, parseMapping,
  parseSystem, rca, shareTable, sitcConverter, sitcDigits, tc, tradeClassifier,
} from "../core/trade";
import type { NumGrid, PrefixMapping } from "../core/trade";
import { asRange, excel, isEmptyRange, optionalNumber, parseNumber, readNumbers, toExcelError } from "./excel";

/** The Excel error value of a cell error: #DIV/0! directly, #VALUE!/#N/A through toExcelError. */
export function excelCellError(e: CellError): CustomFunctions.Error {
  if (e.code === "#DIV/0!") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero, e.message.slice(0, 255));
  }
  return toExcelError(new InputError(e.message, e.code === "#N/A" ? "na" : "value"));
}

/** Replaces every CellError of a result grid (in place) by its Excel error value. */
export function toExcelGrid(grid: unknown[][]): any[][] {
  for (const row of grid) {
    for (let j = 0; j < row.length; j++) {
      const x = row[j];
      if (x instanceof CellError) row[j] = excelCellError(x);
    }
  }
  return grid as any[][];
}

/** The value of a scalar argument that may arrive as a 1×1 range. */
export function scalarArg(v: unknown): unknown {
  return Array.isArray(v) ? (Array.isArray(v[0]) ? v[0][0] : v[0]) : v;
}

/** True when an optional range argument was omitted or is empty. */
export function omittedRange(v: unknown): boolean {
  return v === null || v === undefined || isEmptyRange(asRange(v));
}

/**
 * Memo of single-cell results, per raw `system` argument and raw cell value. Bounded: cleared
 * when full.
 */
export class SingleCellMemo {
  private readonly bySystem = new Map<unknown, Map<unknown, unknown>>();
  constructor(private readonly limit = 1 << 16) {}
  get(system: unknown, v: unknown): unknown {
    const m = this.bySystem.get(system);
    return m === undefined ? undefined : m.get(v);
  }
  set(system: unknown, v: unknown, result: unknown): void {
    let m = this.bySystem.get(system);
    if (m === undefined || m.size >= this.limit) {
      if (this.bySystem.size >= 64) this.bySystem.clear();
      m = new Map();
      this.bySystem.set(system, m);
    }
    m.set(v, result);
  }
}

/** Remembers the single cell of a 1×1 result (not whole-argument errors). */
function remember(memo: SingleCellMemo, key: unknown, v: unknown, result: unknown): void {
  if (Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1) {
    memo.set(key, v, result[0][0]);
  }
}

function readSystem(system: unknown): TradeSystem {
  return parseSystem(scalarArg(system));
}

function readMapping(mapping: unknown, sys: TradeSystem, reserved: readonly string[] = []): PrefixMapping | null {
  if (omittedRange(mapping)) return null;
  return parseMapping(mapping, sys.kind === "hs" ? normalizeHs : sitcDigits, reserved);
}

/** Parses a range leniently for the indices: numbers, null for blanks, NaN for non-numbers. */
function numGrid(range: unknown): NumGrid {
  return asRange(range).map((row) => (Array.isArray(row) ? row : [row]).map((v) => parseNumber(v)));
}

const classMemo = new SingleCellMemo();

function tradeClassRange(codes: unknown, system: unknown, mapping: unknown): any[][] {
  return excel(() => {
    const sys = readSystem(system);
    const map = readMapping(mapping, sys);
    return toExcelGrid(classifyGrid(asRange(codes), tradeClassifier(sys, map)));
  }) as any;
}

/**
 * Classifies HS or SITC product codes as resource- (RIB), labour- (LIB) or technology-intensive (TIB), or OTHER.
 * @customfunction TRADE.CLASS TRADE.CLASS
 * @helpurl https://localhost:3000/help.html#tradeclass
 * @param codes HS codes (default) or SITC codes: a cell or a range; numbers that lost leading zeros are accepted.
 * @param [system] HS (default, newest edition wins), HS1992 … HS2022, or SITC.
 * @param [mapping] Optional 2-column range (code prefix, group) that replaces the default groups; longest prefix wins.
 * @returns Same shape as codes: RIB, LIB, TIB, OTHER, or a per-cell error.
 */
export function tradeClass(codes: any[][], system?: string, mapping?: any[][]): any[][] {
  if (mapping == null && Array.isArray(codes) && codes.length === 1) {
    const row = codes[0];
    if (Array.isArray(row) && row.length === 1) {
      const key = system == null ? null : system;
      const v = row[0];
      const hit = classMemo.get(key, v);
      if (hit !== undefined) return [[hit]];
      const result = tradeClassRange(codes, system, mapping);
      remember(classMemo, key, v, result);
      return result;
    }
  }
  return tradeClassRange(codes, system, mapping);
}

const sitcMemo = new SingleCellMemo();

function tradeSitcRange(codes: unknown, revision: unknown, system: unknown): any[][] {
  return excel(() => {
    const rev = optionalNumber(scalarArg(revision), 4, "revision");
    if (rev !== 3 && rev !== 4) throw new InputError(`revision must be 3 or 4 (SITC Rev.3 or Rev.4), not ${rev}`);
    const sys = readSystem(system);
    if (sys.kind !== "hs") {
      throw new InputError("TRADE.SITC converts HS codes to SITC: system must be HS or an HS edition (HS1992 … HS2022), not SITC");
    }
    return toExcelGrid(classifyGrid(asRange(codes), sitcConverter(sys, rev)));
  }) as any;
}

/**
 * SITC code of each HS code as the official conversion table gives it (text, leading zeros kept).
 * @customfunction TRADE.SITC TRADE.SITC
 * @helpurl https://localhost:3000/help.html#tradesitc
 * @param codes HS 6-digit codes: a cell or a range.
 * @param [revision] 4 (default, SITC Rev.4) or 3 (SITC Rev.3).
 * @param [system] HS (default, newest edition that has the code wins) or HS1992 … HS2022.
 * @returns Same shape as codes: SITC codes as text, or a per-cell error.
 */
export function tradeSitc(codes: any[][], revision?: number, system?: string): any[][] {
  if (Array.isArray(codes) && codes.length === 1 && Array.isArray(codes[0]) && codes[0].length === 1) {
    const key = `${revision == null ? "" : String(revision)}|${system == null ? "" : system}`;
    const v = codes[0][0];
    const hit = sitcMemo.get(key, v);
    if (hit !== undefined) return [[hit]];
    const result = tradeSitcRange(codes, revision, system);
    remember(sitcMemo, key, v, result);
    return result;
  }
  return tradeSitcRange(codes, revision, system);
}

/**
 * Sums trade values by group: a table of Group, Value, Share with Total and Unclassified rows.
 * @customfunction TRADE.SHARE TRADE.SHARE
 * @helpurl https://localhost:3000/help.html#tradeshare
 * @param codes HS codes (default) or SITC codes.
 * @param values Trade values, one per code (same number of cells).
 * @param [system] HS (default, newest edition wins), HS1992 … HS2022, or SITC.
 * @param [mapping] Optional 2-column range (code prefix, group) that replaces the default groups.
 * @returns Table: header, one row per group, Total, Unclassified.
 */
export function tradeShare(codes: any[][], values: any[][], system?: string, mapping?: any[][]): any[][] {
  return excel(() => {
    const sys = readSystem(system);
    const map = readMapping(mapping, sys, RESERVED_LABELS);
    const nums = readNumbers(values, "values");
    const table = shareTable(asRange(codes), nums, tradeClassifier(sys, map), map ? map.labels : GROUPS);
    return toExcelGrid(table);
  }) as any;
}

/**
 * Balassa revealed comparative advantage (X_ij/X_i)/(X_wj/X_w), cell by cell.
 * @customfunction TRADE.RCA TRADE.RCA
 * @helpurl https://localhost:3000/help.html#traderca
 * @param x_ij Exports of product j by country i.
 * @param x_i Total exports of country i.
 * @param x_wj World exports of product j.
 * @param x_w Total world exports.
 * @returns RCA per cell (ranges of equal shape; single cells are broadcast).
 */
export function tradeRca(x_ij: any[][], x_i: any[][], x_wj: any[][], x_w: any[][]): any[][] {
  return excel(() =>
    toExcelGrid(
      elementwise([numGrid(x_ij), numGrid(x_i), numGrid(x_wj), numGrid(x_w)], ["x_ij", "x_i", "x_wj", "x_w"], (x) =>
        rca(x[0], x[1], x[2], x[3]),
      ),
    ),
  ) as any;
}

/**
 * Trade competitiveness index (X−M)/(X+M), cell by cell.
 * @customfunction TRADE.TC TRADE.TC
 * @helpurl https://localhost:3000/help.html#tradetc
 * @param exports Exports X.
 * @param imports Imports M.
 * @returns TC per cell, from −1 (imports only) to 1 (exports only).
 */
export function tradeTc(exports: any[][], imports: any[][]): any[][] {
  return excel(() =>
    toExcelGrid(elementwise([numGrid(exports), numGrid(imports)], ["exports", "imports"], (x) => tc(x[0], x[1]))),
  ) as any;
}

/**
 * Grubel–Lloyd intra-industry trade index 1 − |X−M|/(X+M), cell by cell.
 * @customfunction TRADE.GL TRADE.GL
 * @helpurl https://localhost:3000/help.html#tradegl
 * @param exports Exports X.
 * @param imports Imports M.
 * @returns GL per cell, from 0 (one-way trade) to 1 (balanced two-way trade).
 */
export function tradeGl(exports: any[][], imports: any[][]): any[][] {
  return excel(() =>
    toExcelGrid(elementwise([numGrid(exports), numGrid(imports)], ["exports", "imports"], (x) => gl(x[0], x[1]))),
  ) as any;
}

/**
 * Export similarity index Σ min(a, b) over aligned shares.
 * @customfunction TRADE.ESI TRADE.ESI
 * @helpurl https://localhost:3000/help.html#tradeesi
 * @param shares_a Shares of country A per product (percent gives 0–100, fractions 0–1).
 * @param shares_b Shares of country B for the same products, in the same order.
 * @returns The index, in the unit of the shares.
 */
export function tradeEsi(shares_a: any[][], shares_b: any[][]): number {
  return excel(() => esi(numGrid(shares_a), numGrid(shares_b))) as any;
}
