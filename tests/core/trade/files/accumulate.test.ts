/**
 * Reading trade files into the structure table (src/core/trade/files/accumulate.ts), on the
 * fixtures in the real layouts (tests/fixtures/trade/, each messy in its own way). Expected
 * values are worked by hand from the fixture rows (comments say which rows); groups follow the
 * official tables (010121 RIB, 270900 RIB, 0901 and chapter 09 RIB, 610910 and 620342 LIB,
 * 640399 LIB, 847130, 851712 and heading 8471 TIB). Every value read is counted once:
 * values = kept + the skipped values.
 */
import { parseMapping } from "../../../../src/core/classify";
import { normalizeHs } from "../../../../src/core/trade";
import {
  TableRow,
  TradeAccumulator,
  TradeFileResult,
  customLayout,
  readTradeTable,
  reportLines,
  tableCells,
  changeCells,
  tradeSheetRows,
} from "../../../../src/core/trade/files";
import type { ReadTradeOptions } from "../../../../src/core/trade/files";
import { fixtureRows } from "./fixtures";

function read(name: string, options: ReadTradeOptions = {}): TradeFileResult {
  const r = readTradeTable(fixtureRows(name), options);
  if (r.kind !== "read") throw new Error(r.message);
  return r;
}

/** The values of a year and flow by group: { RIB: …, …, Unclassified: … }. */
function values(r: TradeFileResult, year: number, flow: string, extra: Partial<TableRow> = {}) {
  return Object.fromEntries(
    r.table
      .filter(
        (t) =>
          t.year === year &&
          t.flow === flow &&
          Object.entries(extra).every(([k, v]) => t[k as keyof TableRow] === v)
      )
      .map((t) => [t.group, t.value])
  );
}

const skipped = (r: TradeFileResult) =>
  Object.fromEntries(r.report.skipped.map((s) => [s.reason, s.values]));

/** Nothing is lost: every value read is kept or skipped with a reason. */
function expectAllCounted(r: TradeFileResult) {
  const s = r.report.skipped.reduce((a, x) => a + x.values, 0);
  expect(r.report.kept + s).toBe(r.report.values);
  expect(r.report.classified + r.report.unclassified.values).toBe(r.report.kept);
}

describe("UN Comtrade, current API (comtrade.csv: aggregates, editions, breakdowns, partners)", () => {
  const r = read("comtrade.csv");

  it("keeps the leaf rows of 2016 exports and classifies them with H4 (HS2012)", () => {
    // 10121 (→ 010121) 400 + 010129 150 = RIB 550; 610910 2000 LIB; heading 8471 3000 TIB (no
    // subheading present: kept); 999998 100 unclassified. Chapter 01 and heading 0101 dropped.
    expect(values(r, 2016, "Export")).toEqual({
      RIB: 550,
      LIB: 2000,
      TIB: 3000,
      OTHER: 0,
      Unclassified: 100,
    });
    const rib = r.table.find((t) => t.year === 2016 && t.flow === "Export" && t.group === "RIB")!;
    expect(rib.share).toBeCloseTo(550 / 5550, 12);
  });

  it("uses each year's edition: 2017 in H5 (HS2017)", () => {
    expect(values(r, 2017, "Export")).toEqual({
      RIB: 500,
      LIB: 2500,
      TIB: 4000,
      OTHER: 0,
      Unclassified: 0,
    });
    expect(values(r, 2017, "Import")).toMatchObject({ RIB: 4000, TIB: 2000 });
    expect(r.report.editions).toEqual([
      { system: "BEC", values: 1 },
      { system: "HS2012", values: 12 },
      { system: "HS2017", values: 7 },
    ]);
  });

  it("counts every row it leaves out, by reason", () => {
    expect(skipped(r)).toEqual({
      total: 1, // TOTAL, aggrLevel 0
      missing: 1, // 710812 without a value
      classification: 1, // the BEC row
      aggregate: 2, // chapter 01 and heading 0101 (their subheadings are present)
      edition: 1, // 610910 of 2016 again in H5 (not the original classification)
      breakdown: 1, // 610910 by air (motCode 2100) beside its total
      partner: 1, // 610910 to Japan beside the World total
    });
    expect(r.report.records).toBe(20);
    expect(r.report.values).toBe(20);
    expect(r.report.kept).toBe(12);
    expectAllCounted(r);
  });

  it("lists the unclassified codes and the value the aggregates do not detail", () => {
    expect(r.report.unclassified).toEqual({
      values: 1,
      value: 100,
      distinct: 1,
      codes: [
        { code: "999998", system: "HS2012", values: 1, value: 100, reason: "is not in HS2012" },
      ],
    });
    // Chapter 01 is 600, its kept subheadings 400 + 150.
    expect(r.report.aggregates).toEqual({ values: 2, unexplained: 50 });
    expect(r.report.years).toEqual([2016, 2017]);
    expect(r.report.flows).toEqual(["Export", "Import"]);
    expect(r.report.reporters).toEqual(["CHN"]);
  });

  it("reports it in words", () => {
    const lines = reportLines(r.report);
    expect(lines[0]).toBe("Layout: UN Comtrade (current API or bulk file), header on row 1");
    expect(lines).toContain("Unit: US$ (values as in the file)");
    expect(lines).toContain("Read: 20 rows");
    expect(lines).toContain("Kept: 12 rows (11 classified, 1 unclassified)");
    expect(lines).toContain(
      "  2: aggregate code whose more detailed codes are present (leaf rows kept)"
    );
    expect(lines).toContain("  999998 (HS2012): 1 row, US$ 100: is not in HS2012");
    expect(lines.join("\n")).not.toMatch(/undefined|NaN|\[object/);
  });

  it("gives the changes between the years and the long table's cells", () => {
    const ex = r.changes.find((c) => c.flow === "Export")!;
    const a = [550, 2000, 3000, 0].map((x) => x / 5550);
    const b = [500, 2500, 4000, 0].map((x) => x / 7000);
    expect(ex.indices.NAV).toBeCloseTo(0.5 * a.reduce((s, x, i) => s + Math.abs(b[i] - x), 0), 12);
    expect(tableCells(r)[0]).toEqual(["Year", "Flow", "Group", "Value", "Share"]);
    expect(tableCells(r)[1]).toEqual([2016, "Export", "RIB", 550, 550 / 5550]);
    expect(changeCells(r)[0]).toEqual(["From", "To", "Flow", "MOORE", "ANGLE", "LILIEN", "NAV"]);
    expect(changeCells(r).length).toBe(3);
  });

  it("gives the kept product rows with their edition and group", () => {
    const p = r.products().filter((x) => x.year === 2016 && x.flow === "Export");
    expect(p.map((x) => [x.code, x.system, x.value, x.group])).toEqual([
      ["010121", "HS2012", 400, "RIB"],
      ["010129", "HS2012", 150, "RIB"],
      ["610910", "HS2012", 2000, "LIB"],
      ["8471", "HS2012", 3000, "TIB"],
      ["999998", "HS2012", 100, null],
    ]);
  });

  it("keeps the partners apart by partner, World as its own partner", () => {
    const byPartner = read("comtrade.csv", { by: ["partner"] });
    expect(values(byPartner, 2016, "Export", { partner: "JPN" })).toMatchObject({ LIB: 800 });
    expect(values(byPartner, 2016, "Export", { partner: "World" })).toMatchObject({ LIB: 2000 });
    expect(skipped(byPartner).partner).toBeUndefined();
    expect(tableCells(byPartner)[0]).toEqual([
      "Year",
      "Flow",
      "Partner",
      "Group",
      "Value",
      "Share",
    ]);
    // World first, then the partners by name.
    expect(byPartner.table.filter((t) => t.flow === "Export").map((t) => t.partner)[0]).toBe(
      "World"
    );
    expectAllCounted(byPartner);
  });

  it("takes a mapping's labels as the groups", () => {
    const mapping = parseMapping(
      [
        ["01", "Animals"],
        ["84", "Machines"],
      ],
      normalizeHs
    );
    const m = read("comtrade.csv", { mapping });
    expect(values(m, 2016, "Export")).toEqual({ Animals: 550, Machines: 3000, Unclassified: 2100 });
    // Listed per code and edition, the most value first.
    expect(m.report.unclassified.codes.map((c) => [c.code, c.system, c.value])).toEqual([
      ["270900", "HS2012", 5000],
      ["270900", "HS2017", 4000],
      ["610910", "HS2017", 2500],
      ["610910", "HS2012", 2000],
      ["999998", "HS2012", 100],
    ]);
    expect(m.report.unclassified.codes[0].reason).toBe("matches no prefix of the mapping");
  });
});

describe("UN Comtrade, legacy CSV (comtrade-legacy.csv: H3 and H4, a chapter beside its lines)", () => {
  const r = read("comtrade-legacy.csv");
  it("reads both editions, the flows by name, and drops the total and the chapter", () => {
    expect(values(r, 2010, "Export")).toEqual({
      RIB: 1000,
      LIB: 2000,
      TIB: 3000,
      OTHER: 0,
      Unclassified: 0,
    });
    expect(values(r, 2015, "Re-export")).toMatchObject({ TIB: 100 });
    expect(r.report.flows).toEqual(["Export", "Import", "Re-export"]);
    expect(skipped(r)).toEqual({ total: 1, aggregate: 1 });
    expect(r.report.aggregates.unexplained).toBe(0);
    expect(r.report.editions).toEqual([
      { system: "HS2007", values: 6 },
      { system: "HS2012", values: 5 },
    ]);
    expectAllCounted(r);
  });
});

describe("WITS (wits.csv: US$ thousand, a partner beside World, a product group)", () => {
  const r = read("wits.csv");
  it("multiplies the values by 1,000 and keeps Gross exports as their own flow", () => {
    expect(values(r, 2012, "Export")).toEqual({
      RIB: 2500500,
      LIB: 6000000,
      TIB: 12000000,
      OTHER: 0,
      Unclassified: 0,
    });
    expect(values(r, 2012, "Gross export")).toMatchObject({ LIB: 6100000 });
    expect(values(r, 2013, "Export")).toMatchObject({ Unclassified: 900000 });
    expect(skipped(r)).toEqual({ total: 1, partner: 1 });
    expect(r.report.unclassified.codes).toEqual([
      {
        code: "01-05_Animal",
        system: "HS2007",
        values: 1,
        value: 900000,
        reason: "is not a product code",
      },
    ]);
    expectAllCounted(r);
  });
});

describe("ITC Trade Map (trademap.txt: title rows, one column per year, missing marks)", () => {
  const r = read("trademap.txt");
  it("reads one value per row and year, in US$ thousand", () => {
    // 2019: 010121 1,000 + chapter 09 3,500,000 = RIB; 640399 LIB; 851712 + 847130 TIB; 999998.
    expect(values(r, 2019, "Export")).toEqual({
      RIB: 3501000e3,
      LIB: 9100000e3,
      TIB: 52250000e3,
      OTHER: 0,
      Unclassified: 5e3,
    });
    // 2020: chapter 01 and heading 0101 are aggregates of 010121 (2,000).
    expect(values(r, 2020, "Export").RIB).toBe(3402000e3);
    // 2021: 847130 is "..." (missing).
    expect(values(r, 2021, "Export").TIB).toBe(57500000e3);
  });

  it("counts the marks, the total, the aggregates and the footnote", () => {
    expect(r.report.records).toBe(10);
    expect(r.report.blankLines).toBe(1);
    expect(r.report.values).toBe(30);
    expect(skipped(r)).toEqual({ note: 3, missing: 4, total: 3, aggregate: 3 });
    expect(r.report.kept).toBe(17);
    // Chapter 01 beyond 010121: 2020 22,100 − 2,000, 2021 30,200 − 3,000 (thousand).
    expect(r.report.aggregates.unexplained).toBe(47300e3);
    expect(r.report.reporters).toEqual(["Viet Nam"]);
    expectAllCounted(r);
    expect(reportLines(r.report)).toContain(
      "Read: 10 rows × 3 value columns = 30 values (1 blank row ignored)"
    );
  });
});

describe("ITC Trade Map partner list (trademap-partners.xls, tab text; the product in the title)", () => {
  it("takes the World rows, or each partner by partner", () => {
    const r = read("trademap-partners.xls");
    expect(values(r, 2020, "Import")).toMatchObject({ TIB: 180000000e3 });
    expect(skipped(r)).toEqual({ missing: 2, partner: 7 });
    const p = read("trademap-partners.xls", { by: ["partner"] });
    expect(values(p, 2021, "Import", { partner: "China" })).toMatchObject({ TIB: 21000000e3 });
    expect(p.table.filter((t) => t.partner === "Japan").map((t) => t.year)).not.toContain(2021);
    expect(new Set(p.table.map((t) => t.partner))).toEqual(
      new Set(["World", "United States of America", "China", "Japan"])
    );
    expectAllCounted(p);
  });
});

describe("own columns (custom-gb18030.csv: GB18030, semicolons, US$ 10,000)", () => {
  it("reads with the confirmed columns, unit and flow", () => {
    const rows = fixtureRows("custom-gb18030.csv");
    const layout = customLayout(
      rows[0],
      0,
      { year: 0, code: 1, value: 2 },
      { unit: 10000, flow: "Export" }
    );
    const r = readTradeTable(rows, { layout }) as TradeFileResult;
    expect(values(r, 2020, "Export")).toEqual({
      RIB: 125000,
      LIB: 0,
      TIB: 3000000,
      OTHER: 0,
      Unclassified: 0,
    });
    expect(skipped(r)).toEqual({ "not-number": 1 });
    expectAllCounted(r);
  });
});

describe("the leaf rule", () => {
  const layout = customLayout(["Year", "Code", "Value"], 0, { year: 0, code: 1, value: 2 });
  const run = (rows: unknown[][], system?: string) => {
    const l = system ? { ...layout, system } : layout;
    const acc = new TradeAccumulator(l);
    for (const row of rows) acc.add(row);
    return acc.finish();
  };

  it("keeps a file of 4-digit rows whole", () => {
    const r = run([
      [2020, "0101", 5],
      [2020, "8471", 7],
    ]);
    expect(values(r, 2020, "")).toMatchObject({ RIB: 5, TIB: 7 });
    expect(r.report.skipped).toEqual([]);
  });

  it("drops a heading only where its subheadings are present, in the same year", () => {
    const r = run([
      [2020, "0101", 5],
      [2020, "010121", 3],
      [2021, "0101", 6],
    ]);
    expect(values(r, 2020, "").RIB).toBe(3);
    expect(values(r, 2021, "").RIB).toBe(6);
    expect(r.report.aggregates).toEqual({ values: 1, unexplained: 2 });
  });

  it("treats national tariff lines as children of their subheading and classifies them by it", () => {
    const r = run([
      [2020, "847130", 10],
      [2020, "84713010", 6],
      [2020, "84713090", 4],
    ]);
    expect(values(r, 2020, "").TIB).toBe(10);
    expect(r.report.aggregates.values).toBe(1);
  });

  it("works on SITC codes of every length, padded to the level the file gives", () => {
    const l = customLayout(["Year", "Code", "Value", "Level"], 0, { year: 0, code: 1, value: 2 });
    const acc = new TradeAccumulator({ ...l, system: "SITC", columns: { ...l.columns, level: 3 } });
    for (const row of [
      [2020, "0", 100, 1],
      [2020, "1", 60, 3], // 001, lost its zeros
      [2020, "15", 30, 4], // 0015
      [2020, "7", 50, 1],
    ])
      acc.add(row);
    const r = acc.finish();
    expect(r.products().map((p) => p.code)).toEqual(["0015", "7"]);
    expect(values(r, 2020, "")).toMatchObject({ RIB: 30, TIB: 50 });
    expect(r.report.aggregates).toEqual({ values: 2, unexplained: 70 });
  });
});

describe("partners and breakdowns without totals are added up", () => {
  it("sums single partners when a year has no World rows, and says so", () => {
    const l = customLayout(["Year", "Partner", "Code", "Value"], 0, {
      year: 0,
      partner: 1,
      code: 2,
      value: 3,
    });
    const acc = new TradeAccumulator(l);
    acc.add([2020, "JPN", "847130", 5]);
    acc.add([2020, "USA", "847130", 7]);
    const r = acc.finish();
    expect(values(r, 2020, "").TIB).toBe(12);
    expect(r.report.notes).toContain(
      "No World rows: the single partners are added up (use by partner to separate them)."
    );
  });

  it("sums several reporters unless the table is by reporter", () => {
    const rows = [
      ["Year", "Reporter", "Code", "Value"],
      [2020, "CHN", "847130", 5],
      [2020, "JPN", "847130", 7],
    ];
    const l = customLayout(rows[0], 0, { year: 0, reporter: 1, code: 2, value: 3 });
    const all = readTradeTable(rows, { layout: l }) as TradeFileResult;
    expect(values(all, 2020, "").TIB).toBe(12);
    expect(all.report.notes[0]).toMatch(/^2 reporters are added up \(CHN, JPN\)/);
    const by = readTradeTable(rows, { layout: l, by: ["reporter"] }) as TradeFileResult;
    expect(values(by, 2020, "", { reporter: "JPN" }).TIB).toBe(7);
    expect(tableCells(by)[0]).toEqual(["Year", "Flow", "Reporter", "Group", "Value", "Share"]);
  });
});

describe("readTradeTable", () => {
  it("says when the layout is not recognised", () => {
    const r = readTradeTable([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(r.kind).toBe("not-recognised");
  });

  it("reads cells from a workbook: numbers that lost their zeros, text codes", () => {
    const r = readTradeTable([
      ["Trade Map - List of products exported by Chile"],
      ["Unit : US Dollar thousand"],
      ["Code", "Product label", "Exported value in 2020", "Exported value in 2021"],
      [10121, "Horses", 5, "..."],
      ["847130", "Laptops", 15, 20],
    ]) as TradeFileResult;
    expect(values(r, 2020, "Export")).toMatchObject({ RIB: 5000, TIB: 15000 });
    expect(values(r, 2021, "Export")).toMatchObject({ RIB: 0, TIB: 20000 });
    expect(r.products()[0].code).toBe("010121");
  });
});

describe("tradeSheetRows (the Trade Structure sheet's rows)", () => {
  it("gives the exports per year and code, national lines by their subheading", () => {
    expect(tradeSheetRows(read("comtrade.csv")).rows.slice(0, 5)).toEqual([
      { year: 2016, code: "010121", value: 400 },
      { year: 2016, code: "010129", value: 150 },
      { year: 2016, code: "610910", value: 2000 },
      { year: 2016, code: "8471", value: 3000 },
      { year: 2016, code: "999998", value: 100 },
    ]);
    const l = customLayout(["Year", "Code", "Value"], 0, { year: 0, code: 1, value: 2 });
    const r = readTradeTable(
      [
        ["Year", "Code", "Value"],
        [2020, "84713010", 6],
        [2020, "84713090", 4],
      ],
      { layout: l }
    ) as TradeFileResult;
    expect(tradeSheetRows(r)).toEqual({
      flow: "",
      rows: [{ year: 2020, code: "847130", value: 10 }],
    });
  });

  it("says so when the file has no exports", () => {
    expect(() => tradeSheetRows(read("trademap-partners.xls"))).toThrow(
      "The Trade Structure sheet takes exports, and the file has none (flows: Import)"
    );
  });
});
