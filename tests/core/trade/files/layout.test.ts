/**
 * Recognising trade-file layouts from their headers (src/core/trade/files/layout.ts), on the
 * fixtures in the real layouts (tests/fixtures/trade/).
 */
import {
  TradeLayout,
  columnOf,
  columnsRead,
  customLayout,
  detectLayout,
  guessColumns,
} from "../../../../src/core/trade/files";
import { fixtureRows } from "./fixtures";

const layoutOf = (name: string) => detectLayout(fixtureRows(name).slice(0, 60)) as TradeLayout;
const roles = (l: TradeLayout) =>
  Object.fromEntries(Object.entries(l.columns).map(([r, c]) => [r, l.header[c]]));

describe("detectLayout", () => {
  it("recognises UN Comtrade's current API / bulk layout and its columns", () => {
    const l = layoutOf("comtrade.csv");
    expect([l.kind, l.headerRow, l.unit.factor]).toEqual(["comtrade", 0, 1]);
    expect(roles(l)).toEqual({
      code: "cmdCode",
      year: "refYear",
      flow: "flowCode",
      partner: "partnerISO",
      reporter: "reporterISO",
      edition: "classificationCode",
      level: "aggrLevel",
      original: "isOriginalClassification",
      partner2: "partner2Code",
      customs: "customsCode",
      transport: "motCode",
      supply: "mosCode",
    });
    expect(l.values).toEqual([{ column: 43, header: "primaryValue", year: null, flow: null }]);
    expect(columnsRead(l)).toEqual([3, 7, 9, 12, 14, 17, 19, 20, 22, 24, 26, 27, 43]);
  });

  it("recognises the legacy Comtrade CSV", () => {
    const l = layoutOf("comtrade-legacy.csv");
    expect([l.kind, l.legacyFlowCodes]).toEqual(["comtrade-legacy", false]);
    expect(roles(l)).toMatchObject({
      code: "Commodity Code",
      year: "Year",
      flow: "Trade Flow",
      partner: "Partner ISO",
      edition: "Classification",
      level: "Aggregate Level",
    });
    expect(l.values[0].header).toBe("Trade Value (US$)");
    // Only the numeric flow code: the legacy codes 1–4 are read.
    const coded = detectLayout([
      ["Year", "Trade Flow Code", "Commodity Code", "Trade Value (US$)"],
    ]);
    expect((coded as TradeLayout).legacyFlowCodes).toBe(true);
  });

  it("recognises WITS, values in US$ thousand", () => {
    const l = layoutOf("wits.csv");
    expect([l.kind, l.unit]).toEqual([
      "wits",
      { factor: 1000, label: "US$ thousand", stated: true },
    ]);
    expect(roles(l)).toEqual({
      code: "ProductCode",
      year: "Year",
      flow: "TradeFlowName",
      partner: "PartnerISO3",
      reporter: "ReporterISO3",
      edition: "NomenclatureCode",
    });
  });

  it("recognises ITC Trade Map below its title rows: year columns, unit and reporter", () => {
    const l = layoutOf("trademap.txt");
    expect([l.kind, l.headerRow, l.unit.factor, l.unit.stated]).toEqual([
      "trademap",
      3,
      1000,
      true,
    ]);
    expect(l.unit.label).toBe("US Dollar thousand");
    expect(l.values.map((v) => [v.year, v.flow])).toEqual([
      [2019, "Export"],
      [2020, "Export"],
      [2021, "Export"],
    ]);
    // "Product: TOTAL All products" names the list, not a product of every row.
    expect(l.fixed).toEqual({ reporter: "Viet Nam" });
  });

  it("recognises Trade Map's partner list of one product, the unit assumed", () => {
    const l = layoutOf("trademap-partners.xls");
    expect([l.kind, l.headerRow, l.unit.stated, l.fixed.code]).toEqual([
      "trademap",
      2,
      false,
      "851712",
    ]);
    expect(roles(l)).toEqual({ partner: "Importers" });
    expect(l.values.map((v) => v.flow)).toEqual(["Import", "Import", "Import"]);
    expect(l.notes[0]).toMatch(/US\$ thousand assumed/);
  });

  it("says what it saw when the header is none of them, with the columns its names suggest", () => {
    const l = detectLayout(fixtureRows("custom-gb18030.csv"));
    expect(l.kind).toBe("not-recognised");
    if (l.kind !== "not-recognised") return;
    expect(l.headerRow).toBe(0);
    expect(l.header).toEqual(["年份", "HS编码", "出口额(万美元)"]);
    expect(l.guess).toEqual({ year: 0, code: 1, value: 2 });
    expect(l.message).toBe(
      "The header (row 1: 年份, HS编码, 出口额(万美元)) is not UN Comtrade, ITC Trade Map or WITS: name the code, value and year columns"
    );
    const none = detectLayout([
      ["1", "2"],
      [3, 4],
    ]);
    expect(none.kind === "not-recognised" && none.headerRow).toBe(-1);
  });
});

describe("guessColumns and customLayout", () => {
  it("guesses long and wide tables", () => {
    expect(guessColumns(["Year", "HS code", "Value"])).toEqual({ year: 0, code: 1, value: 2 });
    expect(guessColumns(["Product code", "Label", "2019", "2020"])).toEqual({
      code: 0,
      value: [2, 3],
    });
  });

  it("builds a layout from confirmed columns: years and flows from headers of wide tables", () => {
    const l = customLayout(["Code", "Exports 2019", "Exports 2020"], 0, { code: 0, value: [1, 2] });
    expect(l.values.map((v) => [v.year, v.flow])).toEqual([
      [2019, "Export"],
      [2020, "Export"],
    ]);
    const long = customLayout(
      ["Y", "C", "V"],
      0,
      { year: 0, code: 1, value: 2 },
      { unit: 1000, flow: "M" }
    );
    expect([long.unit.label, long.fixed.flow]).toEqual(["US$ thousand", "Import"]);
  });

  it("rejects missing columns and value columns without a year", () => {
    expect(() => customLayout(["A", "B"], 0, { value: 1 })).toThrow(
      "Name the column of the product codes"
    );
    expect(() => customLayout(["A", "B"], 0, { code: 0 })).toThrow(
      "Name the column of the trade values"
    );
    expect(() => customLayout(["Code", "Value"], 0, { code: 0, value: 1 })).toThrow(
      'The value column "Value" names no year'
    );
    expect(() => customLayout(["Code", "Value"], 0, { code: 0, value: 5, year: 1 })).toThrow(
      "The value column (5) is not a column of the header"
    );
    expect(() =>
      customLayout(["C", "V", "Y"], 0, { code: 0, value: 1, year: 2 }, { unit: 0 })
    ).toThrow("The unit must be a positive number");
  });

  it("finds columns by header text in any case and spacing, or by number", () => {
    const h = ["Trade Value (US$)", "HS code"];
    expect(columnOf(h, "hs CODE")).toBe(1);
    expect(columnOf(h, "1")).toBe(0);
    expect(() => columnOf(h, "Year")).toThrow(
      'There is no column "Year" in the header (Trade Value (US$), HS code)'
    );
  });
});
