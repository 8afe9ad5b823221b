/**
 * Groups of HS and SITC codes (docs/methods.md §5, paper Table 1). Conventions pinned here:
 * - SITC sections 0–4 RIB, 5 TIB, 6 LIB, 7 TIB, 8 LIB, 9 OTHER.
 * - HS6 groups come from Rev.3 for HS1992–HS2007 and Rev.4 for HS2012–HS2022; with system HS
 *   the newest edition that has the code wins.
 * - Headings and chapters: majority of their subheadings in the edition, one vote each; a tie
 *   goes to the tied group of the lowest-numbered subheading.
 */
import { InputError } from "../../../src/core/errors";
import {
  hsGroupIndex,
  hsToSitc,
  newestEditionOf,
  sitcGroupIndex,
  subheadingVotes,
  tradeClassifier,
} from "../../../src/core/trade/classify";
import { parseSystem, normalizeHs, sitcDigits } from "../../../src/core/trade/codes";
import { parseMapping } from "../../../src/core/classify";
import { GROUPS } from "../../../src/core/trade/tables";

const HS2007 = 3;
const HS2012 = 4;
const HS2022 = 6;
const group = (code: string, edition: number | null) => {
  const g = hsGroupIndex(code, edition);
  return typeof g === "number" ? GROUPS[g] : (g as InputError).messageAt(0, 0);
};

describe("SITC sections", () => {
  it.each([
    ["0", "RIB"],
    ["1", "RIB"],
    ["2", "RIB"],
    ["3", "RIB"],
    ["4", "RIB"],
    ["5", "TIB"],
    ["6", "LIB"],
    ["7", "TIB"],
    ["8", "LIB"],
    ["9", "OTHER"],
    ["3341", "RIB"],
    ["00151", "RIB"],
    ["78120", "TIB"],
    ["97101", "OTHER"],
  ])("SITC %s → %s", (code, g) => {
    expect(GROUPS[sitcGroupIndex(code)]).toBe(g);
  });
});

describe("HS6 codes", () => {
  it("classify through the conversion table of their edition", () => {
    expect(group("010121", null)).toBe("RIB"); // live horses → SITC 00151
    expect(group("847130", null)).toBe("TIB"); // portable computers → SITC 7522
    expect(group("610910", null)).toBe("LIB"); // T-shirts → SITC 84...
    expect(group("710812", null)).toBe("OTHER"); // non-monetary gold → SITC 971
  });

  it("newest edition wins with system HS; a named edition uses its own table", () => {
    // 382311 (industrial stearic acid): HS2007 Rev.3 43131 (section 4, RIB); HS2012+ Rev.4 51218 (TIB)
    expect(group("382311", HS2007)).toBe("RIB");
    expect(group("382311", HS2012)).toBe("TIB");
    expect(group("382311", null)).toBe("TIB");
    // 010110 exists only up to HS2007: HS finds it there.
    expect(group("010110", null)).toBe("RIB");
    expect(group("010110", HS2022)).toBe("HS code 010110 (row 1, column 1) is not in HS2022");
    expect(group("999998", null)).toBe("HS code 999998 (row 1, column 1) is not in any HS edition");
  });

  it("999999 (commodities not specified, UN Comtrade) is in the tables: SITC 931, OTHER", () => {
    expect(group("999999", null)).toBe("OTHER");
    expect(hsToSitc("999999", 3, null)).toBe("9310");
  });
});

describe("headings and chapters: majority of subheadings", () => {
  it("chapter 44 (wood) is split: 60 RIB vs 68 LIB subheadings in HS2022 → LIB", () => {
    expect(subheadingVotes("44", HS2022)).toEqual([60, 68, 0, 0]);
    expect(group("44", HS2022)).toBe("LIB");
    expect(group("44", null)).toBe("LIB");
  });

  it("heading 7102 (diamonds): 2 RIB vs 3 LIB → LIB", () => {
    expect(subheadingVotes("7102", HS2022)).toEqual([2, 3, 0, 0]);
    expect(group("7102", null)).toBe("LIB");
  });

  it("a tie goes to the group of the lowest-numbered subheading among the tied groups", () => {
    // 3502: 350211, 350219 RIB; 350220, 350290 TIB → RIB
    expect(subheadingVotes("3502", HS2022)).toEqual([2, 0, 2, 0]);
    expect(group("3502", HS2022)).toBe("RIB");
    // 4115: 411510 LIB, 411520 RIB → LIB (not the first group in RIB, LIB, TIB order)
    expect(subheadingVotes("4115", HS2022)).toEqual([1, 1, 0, 0]);
    expect(group("4115", HS2022)).toBe("LIB");
    // 7112: 711230, 711291 OTHER; 711292, 711299 RIB → OTHER in HS2022; 3 RIB vs 1 OTHER in HS2007
    expect(group("7112", HS2022)).toBe("OTHER");
    expect(group("7112", HS2007)).toBe("RIB");
  });

  it("with system HS, the newest edition that has the heading decides", () => {
    expect(newestEditionOf("0503")).toBe(2); // a heading up to HS2002 only
    expect(group("0503", null)).toBe("RIB");
    expect(group("0503", HS2022)).toBe("HS heading 0503 (row 1, column 1) is not in HS2022");
    expect(group("77", null)).toBe("HS chapter 77 (row 1, column 1) is not in any HS edition");
    expect(group("0100", null)).toBe("HS heading 0100 (row 1, column 1) is not in any HS edition");
  });
});

describe("hsToSitc", () => {
  it("returns the table's code as text with leading zeros", () => {
    expect(hsToSitc("010121", 4, null)).toBe("0015");
    expect(hsToSitc("010121", 3, null)).toBe("00151");
    expect(hsToSitc("010130", 3, HS2012)).toBe("00152");
    expect(hsToSitc("010130", 3, HS2022)).toBe("00151");
  });

  it("needs a 6-digit code, and says when a revision's table lacks the code", () => {
    expect((hsToSitc("0101", 4, null) as InputError).messageAt(0, 0)).toBe(
      "HS heading 0101 (row 1, column 1) has no single SITC code: TRADE.SITC needs a 6-digit HS code"
    );
    // 380993 is in the HS1992 Rev.4 table only
    expect(hsToSitc("380993", 4, 0)).toBe("59891");
    expect((hsToSitc("380993", 3, 0) as InputError).messageAt(0, 0)).toBe(
      "HS code 380993 (row 1, column 1) is not in the SITC Rev.3 conversion table of HS1992"
    );
  });
});

describe("tradeClassifier with a mapping (longest prefix wins)", () => {
  it("maps HS chapters, headings and subheadings; numbers typed as prefixes are padded like codes", () => {
    const m = parseMapping(
      [
        [1, "Animals"], // chapter 01 typed as a number
        [101, "Horses"], // heading 0101
        ["0101.21", "Pure-bred horses"],
        ["84", "Machinery"],
      ],
      normalizeHs
    );
    const c = tradeClassifier(parseSystem("HS"), m);
    expect(c("010121")).toBe("Pure-bred horses");
    expect(c(10129)).toBe("Horses");
    expect(c("0102")).toBe("Animals");
    expect(c("01")).toBe("Animals");
    expect(c("847130")).toBe("Machinery");
    const f = c("610910") as InputError;
    expect(f.kind).toBe("na");
    expect(f.messageAt(1, 0)).toBe(
      "HS code 610910 (row 2, column 1) matches no prefix of the mapping"
    );
    // the mapping changes groups, not which codes exist
    expect((c("019999") as InputError).messageAt(0, 0)).toBe(
      "HS code 019999 (row 1, column 1) is not in any HS edition"
    );
  });

  it("maps SITC digits as written (e.g. Lall's technology classes on 3-digit groups)", () => {
    const m = parseMapping(
      [
        ["7", "MT"],
        ["776", "HT"],
        ["0", "PP"],
      ],
      sitcDigits
    );
    const c = tradeClassifier(parseSystem("sitc"), m);
    expect(c("776.4")).toBe("HT");
    expect(c("7764")).toBe("HT");
    expect(c("781")).toBe("MT");
    expect(c("0015")).toBe("PP");
    expect((c("6") as InputError).kind).toBe("na");
  });
});
