/**
 * TRADE.* custom functions: thin adapters from Excel ranges to src/core/trade.
 *
 * Whole-argument problems (unknown system, malformed mapping, values not matching codes) return
 * one error; a bad code returns an error in its own cell only, so one bad row never spoils a
 * spilled column. Single-cell calls with no mapping (Excel calls the function once per cell when
 * a formula is filled down a column) take a fast path: a memo keyed by the raw cell value.
 */
import { parseMapping, RESERVED_LABELS, classifyGrid, shareTable } from "../core/classify";
import type { PrefixMapping } from "../core/classify";
import { toGrid } from "../core/cells";
import { InputError } from "../core/errors";
import {
  GROUPS,
  changeOfRanges,
  elementwise,
  esi,
  gl,
  normalizeHs,
  parseChangeIndex,
  parseSystem,
  rca,
  sitcConverter,
  sitcDigits,
  structureTable,
  tc,
  tradeClassifier,
} from "../core/trade";
import type { TradeSystem } from "../core/trade";
import { SingleCellMemo, perCell } from "./cache";
import {
  ExcelValue,
  excel,
  excelGrid,
  isOmitted,
  optionalNumber,
  readNumbers,
  scalarOf,
} from "./excel";

function readSystem(system: unknown): TradeSystem {
  return parseSystem(scalarOf(system));
}

function readMapping(
  mapping: unknown,
  sys: TradeSystem,
  reserved: readonly string[] = []
): PrefixMapping | null {
  if (isOmitted(mapping)) return null;
  return parseMapping(mapping, sys.kind === "hs" ? normalizeHs : sitcDigits, reserved);
}

const classMemo = new SingleCellMemo<ExcelValue>();

/**
 * Classifies HS or SITC product codes as resource- (RIB), labour- (LIB) or technology-intensive (TIB), or OTHER.
 * @customfunction TRADE.CLASS TRADE.CLASS
 * @helpurl https://localhost:3000/help.html#tradeclass
 * @param codes HS codes (default) or SITC codes: a cell or a range; numbers that lost leading zeros are accepted.
 * @param [system] HS (default, newest edition wins), HS1992 … HS2022, or SITC.
 * @param [mapping] Optional 2-column range (code prefix, group) that replaces the default groups; longest prefix wins.
 * @returns {unknown[][]} Same shape as codes: RIB, LIB, TIB, OTHER, or a per-cell error.
 */
export function tradeClass(codes: unknown[][], system?: string, mapping?: unknown[][]) {
  const classify = () =>
    excelGrid(() => {
      const sys = readSystem(system);
      return classifyGrid(toGrid(codes), tradeClassifier(sys, readMapping(mapping, sys)));
    });
  return mapping === null || mapping === undefined
    ? perCell(classMemo, String(system ?? ""), codes, classify)
    : classify();
}

const sitcMemo = new SingleCellMemo<ExcelValue>();

/**
 * SITC code of each HS code as the official conversion table gives it (text, leading zeros kept).
 * @customfunction TRADE.SITC TRADE.SITC
 * @helpurl https://localhost:3000/help.html#tradesitc
 * @param codes HS 6-digit codes: a cell or a range.
 * @param [revision] 4 (default, SITC Rev.4) or 3 (SITC Rev.3).
 * @param [system] HS (default, newest edition that has the code wins) or HS1992 … HS2022.
 * @returns {unknown[][]} Same shape as codes: SITC codes as text, or a per-cell error.
 */
export function tradeSitc(codes: unknown[][], revision?: number, system?: string) {
  return perCell(sitcMemo, `${String(revision ?? "")}\u0000${String(system ?? "")}`, codes, () =>
    excelGrid(() => {
      const rev = optionalNumber(revision, 4, "revision");
      if (rev !== 3 && rev !== 4)
        throw new InputError(`revision must be 3 or 4 (SITC Rev.3 or Rev.4), not ${rev}`);
      const sys = readSystem(system);
      if (sys.kind !== "hs") {
        throw new InputError(
          "TRADE.SITC converts HS codes to SITC: system must be HS or an HS edition (HS1992 … HS2022), not SITC"
        );
      }
      return classifyGrid(toGrid(codes), sitcConverter(sys, rev));
    })
  );
}

/**
 * Sums trade values by group: a table of Group, Value, Share with Total and Unclassified rows.
 * @customfunction TRADE.SHARE TRADE.SHARE
 * @helpurl https://localhost:3000/help.html#tradeshare
 * @param codes HS codes (default) or SITC codes.
 * @param values Trade values, one per code (same number of cells).
 * @param [system] HS (default, newest edition wins), HS1992 … HS2022, or SITC.
 * @param [mapping] Optional 2-column range (code prefix, group) that replaces the default groups.
 * @returns {unknown[][]} Table: header, one row per group, Total, Unclassified.
 */
export function tradeShare(
  codes: unknown[][],
  values: unknown[][],
  system?: string,
  mapping?: unknown[][]
) {
  return excelGrid(() => {
    const sys = readSystem(system);
    const map = readMapping(mapping, sys, RESERVED_LABELS);
    return shareTable(
      toGrid(codes),
      readNumbers(values, "values"),
      tradeClassifier(sys, map),
      map ? map.labels : GROUPS
    );
  });
}

/**
 * Structure over time: per year, the value and share of each group, in a long table (Year, Group, Value, Share).
 * @customfunction TRADE.STRUCTURE TRADE.STRUCTURE
 * @helpurl https://localhost:3000/help.html#tradestructure
 * @param codes HS codes (default) or SITC codes, one per row.
 * @param values Trade values, one per code (same number of cells).
 * @param years The year of each value (same number of cells).
 * @param [system] HS (default, newest edition wins), HS1992 … HS2022, or SITC.
 * @param [mapping] Optional 2-column range (code prefix, group) that replaces the default groups.
 * @returns {unknown[][]} Header, then per year (ascending) one row per group and an Unclassified row.
 */
export function tradeStructure(
  codes: unknown[][],
  values: unknown[][],
  years: unknown[][],
  system?: string,
  mapping?: unknown[][]
) {
  return excelGrid(() => {
    const sys = readSystem(system);
    const map = readMapping(mapping, sys, RESERVED_LABELS);
    return structureTable(
      toGrid(codes),
      toGrid(values),
      toGrid(years),
      tradeClassifier(sys, map),
      map ? map.labels : GROUPS
    );
  });
}

/**
 * Structural change index between two aligned share vectors: MOORE (default), ANGLE, LILIEN or NAV.
 * @customfunction TRADE.CHANGE TRADE.CHANGE
 * @helpurl https://localhost:3000/help.html#tradechange
 * @param shares_from Shares (or values) of the groups in the first year.
 * @param shares_to Shares (or values) of the same groups, in the same order, in the second year.
 * @param [index] MOORE (default: cosine, 1 = no change), ANGLE (degrees), LILIEN (modified Lilien index) or NAV (½Σ|Δs|).
 * @returns {number} The index; each vector is divided by its sum first.
 */
export function tradeChange(shares_from: unknown[][], shares_to: unknown[][], index?: string) {
  return excel(() =>
    changeOfRanges(toGrid(shares_from), toGrid(shares_to), parseChangeIndex(scalarOf(index)))
  );
}

/**
 * Balassa revealed comparative advantage (X_ij/X_i)/(X_wj/X_w), cell by cell.
 * @customfunction TRADE.RCA TRADE.RCA
 * @helpurl https://localhost:3000/help.html#traderca
 * @param x_ij Exports of product j by country i.
 * @param x_i Total exports of country i.
 * @param x_wj World exports of product j.
 * @param x_w Total world exports.
 * @returns {unknown[][]} RCA per cell (ranges of equal shape; single cells are broadcast).
 */
export function tradeRca(x_ij: unknown[][], x_i: unknown[][], x_wj: unknown[][], x_w: unknown[][]) {
  return excelGrid(() =>
    elementwise([x_ij, x_i, x_wj, x_w].map(toGrid), ["x_ij", "x_i", "x_wj", "x_w"], (x) =>
      rca(x[0], x[1], x[2], x[3])
    )
  );
}

/**
 * Trade competitiveness index (X−M)/(X+M), cell by cell.
 * @customfunction TRADE.TC TRADE.TC
 * @helpurl https://localhost:3000/help.html#tradetc
 * @param exports Exports X.
 * @param imports Imports M.
 * @returns {unknown[][]} TC per cell, from −1 (imports only) to 1 (exports only).
 */
export function tradeTc(exports: unknown[][], imports: unknown[][]) {
  return excelGrid(() =>
    elementwise([exports, imports].map(toGrid), ["exports", "imports"], (x) => tc(x[0], x[1]))
  );
}

/**
 * Grubel–Lloyd intra-industry trade index 1 − |X−M|/(X+M), cell by cell.
 * @customfunction TRADE.GL TRADE.GL
 * @helpurl https://localhost:3000/help.html#tradegl
 * @param exports Exports X.
 * @param imports Imports M.
 * @returns {unknown[][]} GL per cell, from 0 (one-way trade) to 1 (balanced two-way trade).
 */
export function tradeGl(exports: unknown[][], imports: unknown[][]) {
  return excelGrid(() =>
    elementwise([exports, imports].map(toGrid), ["exports", "imports"], (x) => gl(x[0], x[1]))
  );
}

/**
 * Export similarity index Σ min(a, b) over aligned shares.
 * @customfunction TRADE.ESI TRADE.ESI
 * @helpurl https://localhost:3000/help.html#tradeesi
 * @param shares_a Shares of country A per product (percent gives 0–100, fractions 0–1).
 * @param shares_b Shares of country B for the same products, in the same order.
 * @returns {number} The index, in the unit of the shares.
 */
export function tradeEsi(shares_a: unknown[][], shares_b: unknown[][]) {
  return excel(() => esi(toGrid(shares_a), toGrid(shares_b)));
}
