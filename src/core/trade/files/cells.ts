/**
 * Reading the cells of a trade file (docs/methods.md §5.3): product codes as text with their
 * leading zeros, trade values with the files' missing-value marks, years, flows, classification
 * editions and partners. Cells come as a file gives them: text from CSV or tab text, or numbers,
 * text and blanks from a workbook.
 */
import { EDITION_NAMES, normalizeHs } from "../codes";

/**
 * The trimmed text of a cell ("" for a blank); a number as JavaScript writes it; a date as
 * YYYY-MM-DD.
 *
 * @example cellText("  H4 ") // "H4"
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  return "";
}

/**
 * A header cell reduced to lower-case letters, digits and Chinese characters, so that the
 * spellings of different download tools match.
 *
 * @example headerKey("Trade Value (US$)") // "tradevalueus"
 */
export function headerKey(v: unknown): string {
  return cellText(v)
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fff]/g, "");
}

/** The code system of a row: HS (2–10 digits) or SITC (1–5 digits). */
export type CodeKind = "hs" | "sitc";

/** What a code cell holds: a code (digits, leading zeros restored), the all-products total, or text that is no code. */
export type TradeCode =
  { kind: "code"; code: string } | { kind: "total" } | { kind: "malformed"; text: string };

const TOTALS = new Set([
  "total",
  "all",
  "allproducts",
  "allcommodities",
  "totalallproducts",
  "totalallcommodities",
  "totaltrade",
  "allgoods",
]);

/**
 * True for the code of the all-products row: TOTAL, All products, All commodities (any case).
 *
 * @example isTotalCode("TOTAL All products") // true
 */
export function isTotalCode(v: unknown): boolean {
  return TOTALS.has(headerKey(v));
}

const DIGITS = /^\d+$/;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/**
 * A code cell as text with its leading zeros. `digits` is the number of digits the file says the
 * code has (UN Comtrade's aggrLevel), or null. Leading zeros lost when the file went through a
 * spreadsheet are restored: an HS code (chapters 01 to 09 lose one zero) with an odd number of
 * digits gets one leading zero (10121 → 010121, as TRADE.CLASS reads it); a SITC code is padded
 * to `digits` (SITC 1 at level 3 → 001), and cannot be restored without it. HS codes
 * may have 2, 4 or 6 digits, or 8 or 10 (national tariff lines, classified by their first 6);
 * SITC codes 1 to 5. A leading apostrophe (ITC Trade Map writes '010121), dots and spaces are
 * dropped.
 *
 * @example readTradeCode(10121, "hs", null) // { kind: "code", code: "010121" }
 * @example readTradeCode("1", "sitc", 3) // { kind: "code", code: "001" }
 */
export function readTradeCode(v: unknown, kind: CodeKind, digits: number | null): TradeCode {
  let s: string;
  if (typeof v === "number") {
    if (!(v >= 0) || !Number.isFinite(v)) return { kind: "malformed", text: cellText(v) };
    if (!Number.isInteger(v)) {
      // 101.21: heading.subheading as a spreadsheet keeps "0101.21".
      const hs = kind === "hs" ? normalizeHs(v) : null;
      return typeof hs === "string"
        ? { kind: "code", code: hs }
        : { kind: "malformed", text: cellText(v) };
    }
    s = String(v);
  } else {
    s = cellText(v);
    if (s.charCodeAt(0) === 39 /* ' */) s = s.slice(1);
    s = s.replace(SPACES, "");
    if (s.includes(".")) {
      const hs = kind === "hs" && s.length <= 8 ? normalizeHs(s) : null;
      if (typeof hs === "string") return { kind: "code", code: hs };
      s = s.replace(/\./g, "");
    }
  }
  if (!DIGITS.test(s)) {
    return isTotalCode(s) ? { kind: "total" } : { kind: "malformed", text: cellText(v) };
  }
  // An HS code can only have lost one zero (chapters 01–09); a SITC code of section 0 up to four.
  if (kind === "hs") {
    if (s.length % 2 === 1) s = "0" + s;
  } else if (digits !== null && digits > s.length) s = s.padStart(digits, "0");
  const ok = kind === "hs" ? s.length >= 2 && s.length <= 10 : s.length >= 1 && s.length <= 5;
  return ok ? { kind: "code", code: s } : { kind: "malformed", text: cellText(v) };
}

/**
 * A year cell: a whole number from 1000 to 9999, also as text ("2019", "2019.0"), or a period
 * YYYYMM (UN Comtrade's monthly period 201901 → 2019); null otherwise.
 *
 * @example readYear("201907") // 2019
 */
export function readYear(v: unknown): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1000 && v <= 9999 ? v : null;
  const s = cellText(v);
  const m = /^(\d{4})(?:\d{2}|\.0+)?$/.exec(s);
  return m ? Number(m[1]) : null;
}

/** Why a value cell gives no value. */
export type ValueProblem = "missing" | "not-number" | "negative";

const MISSING = new Set(["", "...", "..", ".", "-", "–", "—", ":", "n/a", "na", "n.a.", "x"]);
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A trade value cell: a number ≥ 0, or why there is none. Blanks and the marks files use for
 * no data (ITC Trade Map's `...`, `..` and `-`; also `.`, `–`, `—`, `:`, `n/a`, `na`, `x`) are
 * "missing"; thousands separators (1,234,567 and 1 234 567) are read.
 *
 * @example readTradeValue("...") // "missing"
 * @example readTradeValue("1,234.5") // 1234.5
 */
export function readTradeValue(v: unknown): number | ValueProblem {
  if (typeof v === "number") return !Number.isFinite(v) ? "not-number" : v < 0 ? "negative" : v;
  if (typeof v === "string" && PLAIN.test(v)) {
    // The common case first: a plain number as text.
    const x = Number(v);
    return !Number.isFinite(x) ? "not-number" : x < 0 ? "negative" : x;
  }
  let s = cellText(v);
  if (MISSING.has(s.toLowerCase())) return "missing";
  if (!PLAIN.test(s)) {
    s = s.replace(SPACES, "");
    if (GROUPED.test(s)) s = s.replace(/,/g, "");
    else if (!PLAIN.test(s)) return "not-number";
  }
  const x = Number(s);
  if (!Number.isFinite(x)) return "not-number";
  return x < 0 ? "negative" : x;
}

const FLOWS = new Map<string, string>([
  ["x", "Export"],
  ["export", "Export"],
  ["exports", "Export"],
  ["exported", "Export"],
  ["m", "Import"],
  ["import", "Import"],
  ["imports", "Import"],
  ["imported", "Import"],
  ["rx", "Re-export"],
  ["reexport", "Re-export"],
  ["reexports", "Re-export"],
  ["reexported", "Re-export"],
  ["rm", "Re-import"],
  ["reimport", "Re-import"],
  ["reimports", "Re-import"],
  ["reimported", "Re-import"],
  ["grossexp", "Gross export"],
  ["grossexport", "Gross export"],
  ["grossexports", "Gross export"],
  ["grossimp", "Gross import"],
  ["grossimport", "Gross import"],
  ["grossimports", "Gross import"],
  ["dx", "Domestic export"],
  ["domesticexport", "Domestic export"],
  ["fm", "Foreign import"],
  ["foreignimport", "Foreign import"],
  ["出口", "Export"],
  ["进口", "Import"],
]);

/** UN Comtrade's legacy numeric trade flow codes. */
const LEGACY_FLOWS = ["", "Import", "Export", "Re-export", "Re-import"];

/**
 * A flow cell as one label: Export, Import, Re-export, Re-import, Gross export, Gross import
 * (WITS), Domestic export, Foreign import, from the names and codes the files use (X, M, RX, RM,
 * Exports, Gross Exp., …, any case); with `legacyCodes`, also UN Comtrade's legacy codes 1 to 4.
 * Other text is kept as written; a blank is "".
 *
 * @example readFlow("RX") // "Re-export"
 */
export function readFlow(v: unknown, legacyCodes = false): string {
  const s = cellText(v);
  const known = FLOWS.get(headerKey(s));
  if (known) return known;
  if (legacyCodes && /^[1-4]$/.test(s)) return LEGACY_FLOWS[Number(s)];
  return s;
}

/**
 * The order flows are listed in: exports, imports, re-exports, re-imports, gross exports and
 * imports, then the others by name (a comparator for sort).
 *
 * @example ["Import", "Other", "Export"].sort(flowOrder) // ["Export", "Import", "Other"]
 */
export function flowOrder(a: string, b: string): number {
  const rank = (f: string) => {
    const i = [
      "Export",
      "Import",
      "Re-export",
      "Re-import",
      "Gross export",
      "Gross import",
    ].indexOf(f);
    return i < 0 ? 100 : i;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const COMTRADE_HS = ["H0", "H1", "H2", "H3", "H4", "H5", "H6"];

/**
 * The classification a file names for a row, as a system name for parseSystem: UN Comtrade's
 * H0 … H6 and HS1992 … HS2022 → that edition ("HS2012"), HS or "as reported" → "HS" (the newest
 * edition that has the code), S1 … S4, SITC and SITC revisions → "SITC". Null for any other
 * classification (BEC, EBOPS, …), whose codes are not HS or SITC.
 *
 * @example readEdition("H4") // "HS2012"
 */
export function readEdition(v: unknown): string | null {
  const s = cellText(v).replace(SPACES, "").toUpperCase();
  if (s === "HS" || s === "H" || s === "HSASREPORTED" || s === "ASREPORTED") return "HS";
  const h = COMTRADE_HS.indexOf(s);
  if (h >= 0) return EDITION_NAMES[h];
  if (EDITION_NAMES.includes(s)) return s;
  if (/^HS(19|20)\d\d$/.test(s)) return "HS"; // an edition the tables do not have: the newest that has the code
  if (/^S[1-4]$/.test(s) || /^SITC(REV\.?[1-4]|[1-4])?$/.test(s)) return "SITC";
  return null;
}

/** The label of the partner (or reporter) that stands for all partners together. */
export const WORLD = "World";

const WORLDS = new Set(["0", "w00", "wld", "world", "allpartners", "worldtotal", "世界"]);

/**
 * A partner or reporter cell: its text, or "World" for UN Comtrade's code 0 and W00, WITS's WLD
 * and the name World (any case).
 *
 * @example readPartner("W00") // "World"
 */
export function readPartner(v: unknown): string {
  const s = cellText(v);
  return WORLDS.has(headerKey(s)) || s === "0" ? WORLD : s;
}

/** Breakdowns of a row beside partner and product, each with a member that is their total. */
export type Breakdown = "partner2" | "customs" | "transport" | "supply";

const BREAKDOWN_TOTALS: Record<Breakdown, Set<string>> = {
  partner2: new Set(["", "0", "w00", "wld", "world"]),
  customs: new Set(["", "c00", "totalcpc"]),
  transport: new Set(["", "0", "totalmot"]),
  supply: new Set(["", "0", "totalmos"]),
};

/**
 * True when a breakdown cell is its total: a second partner of 0/W00/World, customs procedure
 * C00, mode of transport 0 (TOTAL MOT), mode of supply 0, or a blank.
 *
 * @example isBreakdownTotal("customs", "C00") // true
 */
export function isBreakdownTotal(kind: Breakdown, v: unknown): boolean {
  return BREAKDOWN_TOTALS[kind].has(headerKey(v));
}
