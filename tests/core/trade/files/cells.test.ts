/**
 * Reading the cells of trade files (src/core/trade/files/cells.ts): codes with their leading
 * zeros, missing-value marks, years, flows, editions, partners and breakdown totals.
 */
import {
  cellText,
  headerKey,
  isBreakdownTotal,
  isTotalCode,
  readEdition,
  readFlow,
  readPartner,
  readTradeCode,
  readTradeValue,
  readYear,
} from "../../../../src/core/trade/files";

describe("readTradeCode", () => {
  it("restores the leading zero of HS codes that lost it, in numbers and text", () => {
    expect(readTradeCode(10121, "hs", null)).toEqual({ kind: "code", code: "010121" });
    expect(readTradeCode("10121", "hs", 6)).toEqual({ kind: "code", code: "010121" });
    expect(readTradeCode(101, "hs", 4)).toEqual({ kind: "code", code: "0101" });
    expect(readTradeCode(1, "hs", 2)).toEqual({ kind: "code", code: "01" });
    expect(readTradeCode("847130", "hs", 6)).toEqual({ kind: "code", code: "847130" });
  });

  it("reads Trade Map's apostrophe, dots, spaces and heading.subheading numbers", () => {
    expect(readTradeCode("'010121", "hs", null)).toEqual({ kind: "code", code: "010121" });
    expect(readTradeCode("0101.21", "hs", null)).toEqual({ kind: "code", code: "010121" });
    expect(readTradeCode("0101 21", "hs", null)).toEqual({ kind: "code", code: "010121" });
    expect(readTradeCode(101.21, "hs", null)).toEqual({ kind: "code", code: "010121" });
  });

  it("keeps national tariff lines of 8 and 10 digits", () => {
    expect(readTradeCode("01012100", "hs", null)).toEqual({ kind: "code", code: "01012100" });
    expect(readTradeCode(1012100, "hs", null)).toEqual({ kind: "code", code: "01012100" });
  });

  it("pads SITC codes to the level the file gives, and only then", () => {
    expect(readTradeCode(1, "sitc", 3)).toEqual({ kind: "code", code: "001" });
    expect(readTradeCode("15", "sitc", 4)).toEqual({ kind: "code", code: "0015" });
    expect(readTradeCode("334.1", "sitc", null)).toEqual({ kind: "code", code: "3341" });
    expect(readTradeCode("15", "sitc", null)).toEqual({ kind: "code", code: "15" });
  });

  it("tells the all-products total and text that is no code", () => {
    expect(readTradeCode("TOTAL", "hs", 0)).toEqual({ kind: "total" });
    expect(readTradeCode("All products", "hs", null)).toEqual({ kind: "total" });
    expect(readTradeCode("01-05_Animal", "hs", null)).toEqual({
      kind: "malformed",
      text: "01-05_Animal",
    });
    expect(readTradeCode("12345678901", "hs", null).kind).toBe("malformed");
    expect(readTradeCode("123456", "sitc", null).kind).toBe("malformed");
    expect(readTradeCode(-1, "hs", null).kind).toBe("malformed");
    expect(readTradeCode("", "hs", null).kind).toBe("malformed");
    expect(isTotalCode("TOTAL All products")).toBe(true);
  });
});

describe("readTradeValue", () => {
  it("reads numbers, text numbers and thousands separators", () => {
    expect(readTradeValue(12.5)).toBe(12.5);
    expect(readTradeValue("1234")).toBe(1234);
    expect(readTradeValue("1,234,567.5")).toBe(1234567.5);
    expect(readTradeValue("1 234 567")).toBe(1234567);
    expect(readTradeValue(" 7e3 ")).toBe(7000);
    expect(readTradeValue("0")).toBe(0);
  });

  it("gives the reason when there is no value", () => {
    for (const m of ["", "  ", "...", "..", "-", "–", "n/a", "NA", null, undefined])
      expect([m, readTradeValue(m)]).toEqual([m, "missing"]);
    expect(readTradeValue("12,5")).toBe("not-number");
    expect(readTradeValue("保密")).toBe("not-number");
    expect(readTradeValue("0x10")).toBe("not-number");
    expect(readTradeValue(Infinity)).toBe("not-number");
    expect(readTradeValue("-5")).toBe("negative");
    expect(readTradeValue(-0.5)).toBe("negative");
  });
});

describe("readYear, readFlow, readEdition, readPartner", () => {
  it("reads years and YYYYMM periods", () => {
    expect(readYear(2019)).toBe(2019);
    expect(readYear("2019")).toBe(2019);
    expect(readYear("201907")).toBe(2019);
    expect(readYear("2019.0")).toBe(2019);
    expect(readYear("19")).toBeNull();
    expect(readYear(2019.5)).toBeNull();
    expect(readYear("")).toBeNull();
  });

  it("names flows from codes and names of every source", () => {
    expect(
      ["X", "Export", "exports", "M", "Imports", "RX", "Re-Export", "RM", "Gross Exp."].map((f) =>
        readFlow(f)
      )
    ).toEqual([
      "Export",
      "Export",
      "Export",
      "Import",
      "Import",
      "Re-export",
      "Re-export",
      "Re-import",
      "Gross export",
    ]);
    expect(readFlow("2", true)).toBe("Export");
    expect(readFlow("1", true)).toBe("Import");
    expect(readFlow("2")).toBe("2");
    expect(readFlow("MIP")).toBe("MIP");
  });

  it("maps classification codes to systems", () => {
    expect(
      ["H0", "H4", "h6", "HS2017", "HS", "S3", "SITC Rev.4", "BEC", "EB02"].map(readEdition)
    ).toEqual(["HS1992", "HS2012", "HS2022", "HS2017", "HS", "SITC", "SITC", null, null]);
  });

  it("names World the way each source writes it", () => {
    for (const w of ["0", 0, "W00", "WLD", "world", "World"])
      expect([w, readPartner(w)]).toEqual([w, "World"]);
    expect(readPartner("JPN")).toBe("JPN");
  });

  it("knows the totals of the breakdowns", () => {
    expect(isBreakdownTotal("customs", "C00")).toBe(true);
    expect(isBreakdownTotal("customs", "C01")).toBe(false);
    expect(isBreakdownTotal("transport", "0")).toBe(true);
    expect(isBreakdownTotal("transport", "TOTAL MOT")).toBe(true);
    expect(isBreakdownTotal("transport", "2100")).toBe(false);
    expect(isBreakdownTotal("partner2", "")).toBe(true);
  });

  it("reduces headers to letters and digits", () => {
    expect(headerKey("Trade Value (US$)")).toBe("tradevalueus");
    expect(headerKey("TradeValue in 1000 USD")).toBe("tradevaluein1000usd");
    expect(cellText(new Date(Date.UTC(2020, 0, 2)))).toBe("2020-01-02");
  });
});
