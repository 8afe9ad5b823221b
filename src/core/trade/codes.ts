/**
 * Normalisation of product codes as users paste them into Excel, and of the `system` argument.
 *
 * HS (system HS or an edition):
 * - Numbers lost their leading zeros, so an odd number of digits gets one leading zero:
 *   10121 → 010121, 101 → 0101, 1 → 01. A number with a fraction is heading.subheading as
 *   Excel stores "0101.21" typed into a cell: 101.21 → 010121, and 101.2 → 010120 (Excel also
 *   drops the trailing zero).
 * - Text: spaces (including non-breaking) are removed; "0101.21", "101.21", "01.01.21" and
 *   "0101 21" all give 010121; text of digits with an odd length gets a leading zero too
 *   ("10121" → 010121).
 * - The result has 2 (chapter), 4 (heading) or 6 (subheading) digits; anything else is
 *   malformed (#VALUE!).
 *
 * SITC: 1 to 5 digits with or without dots or spaces ("334.1", "3341"); a number is read as
 * displayed (334.1 → 3341). Leading zeros cannot be recovered from numbers (SITC 0015 typed as a
 * number is 15, which is division 15 of section 1 and does not exist): type section-0 codes as
 * text. Codes of two digits or more must name an existing division (Rev.3 and Rev.4 have the
 * same 67 divisions); finer digits are not checked.
 */
import { describe } from "../cells";
import { InputError } from "../errors";
import { DIVISIONS, EDITIONS } from "./data/tradeTables";

/** A product-code system as the `system` argument names it. */
export type TradeSystem =
  | {
      kind: "hs";
      /** index into EDITIONS, or null for "any edition, newest wins" */ edition: number | null;
      name: string;
    }
  | { kind: "sitc"; edition: null; name: "SITC" };

/** Edition names HS1992 … HS2022, in EDITIONS order. */
export const EDITION_NAMES: readonly string[] = EDITIONS.map((e) => `HS${e}`);

const COMTRADE = ["H0", "H1", "H2", "H3", "H4", "H5", "H6"];

/**
 * Parses the system argument (already trimmed or not, any case): HS, HS1992 … HS2022 (also
 * "HS 2012" and UN Comtrade's H0 … H6), or SITC (also SITC3, SITC4). Throws #VALUE! otherwise.
 */
export function parseSystem(v: unknown, fallback = "HS"): TradeSystem {
  let s = v === null || v === undefined ? "" : String(v);
  s = s.replace(/\s+/g, "").toUpperCase();
  if (s === "") s = fallback;
  if (s === "HS") return { kind: "hs", edition: null, name: "HS" };
  if (s === "SITC" || s === "SITC3" || s === "SITC4")
    return { kind: "sitc", edition: null, name: "SITC" };
  let e = EDITION_NAMES.indexOf(s);
  if (e < 0) e = COMTRADE.indexOf(s);
  if (e >= 0) return { kind: "hs", edition: e, name: EDITION_NAMES[e] };
  throw new InputError(
    `system must be HS, one of ${EDITION_NAMES.join(", ")}, or SITC; not ${describe(v)}`
  );
}

/** Text longer than this is never a product code (it is rejected without being scanned). */
export const LONGEST_CODE_TEXT = 64;

const HS_MALFORMED = "is not a valid HS code: use 2, 4 or 6 digits, e.g. 010121 or 0101.21";
const HEAD_DOT_SUB = /^(\d{1,4})\.(\d{2})$/;
const CH_DOT_HD_DOT_SUB = /^(\d{1,2})\.(\d{2})\.(\d{2})$/;
const DIGITS = /^\d+$/;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

function hsMalformed(v: unknown): InputError {
  return InputError.aboutValue("HS code", v, HS_MALFORMED);
}

function padOdd(d: string): string {
  return d.length % 2 === 1 ? "0" + d : d;
}

/** heading.subheading with a 1–4 digit head: 3 or 4 digits are a heading, 1–2 a chapter. */
function headDotSub(head: string, sub: string): string {
  return (head.length <= 2 ? head.padStart(2, "0") : head.padStart(4, "0")) + sub;
}

/** Normalises one HS code cell to 2, 4 or 6 digits, or says why it cannot. Never blank. */
export function normalizeHs(v: unknown): string | InputError {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 0) return hsMalformed(v);
    if (Number.isInteger(v)) {
      if (v >= 1e6) return hsMalformed(v);
      return padOdd(String(v));
    }
    // heading.subheading has at most 4 digits before the point and 2 after; most other
    // numbers are rejected here without formatting them (v·100 is exact to 1e-9 below 1e4).
    if (v >= 1e4 || Math.abs(v * 100 - Math.round(v * 100)) > 1e-6) return hsMalformed(v);
    const m = /^(\d{1,4})\.(\d{1,2})$/.exec(String(v));
    if (!m) return hsMalformed(v);
    return headDotSub(m[1], m[2].padEnd(2, "0"));
  }
  if (typeof v !== "string" || v.length > LONGEST_CODE_TEXT) return hsMalformed(v);
  const s = v.replace(SPACES, "");
  let d: string;
  if (s.indexOf(".") >= 0) {
    let m = HEAD_DOT_SUB.exec(s);
    if (m) d = headDotSub(m[1], m[2]);
    else if ((m = CH_DOT_HD_DOT_SUB.exec(s))) d = m[1].padStart(2, "0") + m[2] + m[3];
    else return hsMalformed(v);
  } else {
    if (!DIGITS.test(s) || s.length > 6) return hsMalformed(v);
    d = padOdd(s);
  }
  return d;
}

/** "HS code 010121", "HS heading 0101", "HS chapter 01". */
export function hsSubject(code: string): string {
  return code.length === 6
    ? `HS code ${code}`
    : code.length === 4
      ? `HS heading ${code}`
      : `HS chapter ${code}`;
}

let divisionSet: Set<string> | null = null;

/** The SITC divisions of Rev.3 and Rev.4 (identical). */
export function sitcDivisions(): Set<string> {
  if (!divisionSet) divisionSet = new Set(DIVISIONS.split(","));
  return divisionSet;
}

const SITC_MALFORMED = "is not a valid SITC code: use 1 to 5 digits, e.g. 3341 or 334.1";

/** The digits of a SITC code cell, without checking divisions (used for mapping prefixes too). */
export function sitcDigits(v: unknown): string | InputError {
  let s: string;
  if (typeof v === "number") {
    // At most 5 digits: below 1e5 and at most 4 decimals (checked before formatting the number).
    if (!(v >= 0 && v < 1e5) || Math.abs(v * 1e4 - Math.round(v * 1e4)) > 1e-3)
      return InputError.aboutValue("SITC code", v, SITC_MALFORMED);
    s = String(v).replace(".", "");
  } else if (typeof v === "string" && v.length <= LONGEST_CODE_TEXT) {
    s = v.replace(SPACES, "").replace(/\./g, "");
  } else return InputError.aboutValue("SITC code", v, SITC_MALFORMED);
  if (s.length === 0 || s.length > 5 || !DIGITS.test(s))
    return InputError.aboutValue("SITC code", v, SITC_MALFORMED);
  return s;
}

/** Normalises one SITC code cell to its digits, checking that its division exists. */
export function normalizeSitc(v: unknown): string | InputError {
  const s = sitcDigits(v);
  if (typeof s !== "string") return s;
  if (s.length >= 2 && !sitcDivisions().has(s.slice(0, 2))) {
    return InputError.about(
      `SITC code ${s}`,
      `is not a SITC code: there is no division ${s.slice(0, 2)}`,
      "na"
    );
  }
  return s;
}
