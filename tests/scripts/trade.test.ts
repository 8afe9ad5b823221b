/**
 * `npm run trade` and `npm run workbook -- --trade FILE` on the fixtures in the real layouts
 * (tests/fixtures/trade/) and on a Trade Map workbook written here: the report, the long table
 * (--out .csv and .xlsx, the same cells as the core's tableCells), --by, --columns, and the
 * errors a user meets. Expected values as in tests/core/trade/files/accumulate.test.ts.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readTradeTable, tableCells } from "../../src/core/trade/files";
import type { TradeFileResult } from "../../src/core/trade/files";
import { parseDelimited } from "../../src/workbook/delimited";
import { newSheet, put } from "../../src/workbook/spec";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { fixtureRows, FIXTURES } from "../core/trade/files/fixtures";

jest.setTimeout(3 * 60 * 1000);

const ROOT = path.resolve(__dirname, "../..");
const run = (script: string, args: string[]) =>
  spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/ts-node/dist/bin.js"),
      "--transpile-only",
      path.join(ROOT, "scripts", script),
      ...args,
    ],
    { cwd: ROOT, encoding: "utf8" }
  );
const trade = (...args: string[]) => run("trade.ts", args);
const fixture = (name: string) => path.join(FIXTURES, name);

describe("npm run trade", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trade-cli-"));

  it("prints the report and the shares, and writes the long table as CSV", () => {
    const out = path.join(dir, "comtrade.csv");
    const r = trade(fixture("comtrade.csv"), "--out", out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Layout: UN Comtrade (current API or bulk file), header on row 1");
    expect(r.stdout).toContain("Kept: 12 rows (11 classified, 1 unclassified)");
    expect(r.stdout).toContain("  999998 (HS2012): 1 row, US$ 100: is not in HS2012");
    expect(r.stdout).toMatch(/Export: shares by year/);
    expect(r.stdout).toMatch(/\n {2}2016 {5}9\.9% {4}36\.0% {4}54\.1% {5}0\.0% {5}1\.8%\n/);
    expect(r.stdout).toContain(`Wrote ${out}: 20 rows`);
    const want = tableCells(readTradeTable(fixtureRows("comtrade.csv")) as TradeFileResult);
    const got = parseDelimited(fs.readFileSync(out, "utf8")).rows;
    expect(got).toEqual(want.map((row) => row.map((v) => (v === null ? "" : String(v)))));
    expect(got[0]).toEqual(["Year", "Flow", "Group", "Value", "Share"]);
  });

  it("adds a column per --by key and writes .xlsx with Structure, Change and Report", async () => {
    const out = path.join(dir, "partners.xlsx");
    const r = trade(fixture("trademap-partners.xls"), "--by", "year,flow,partner", "--out", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Import · China: shares by year");
    const sheets = await readXlsx(fs.readFileSync(out));
    expect(sheets.map((s) => s.name)).toEqual(["Structure", "Change", "Report"]);
    const structure = sheets[0].values;
    expect(structure[0]).toEqual(["Year", "Flow", "Partner", "Group", "Value", "Share"]);
    expect(structure[1]).toEqual([2020, "Import", "World", "RIB", 0, 0]);
    expect(structure[3]).toEqual([2020, "Import", "World", "TIB", 180000000000, 1]);
    expect(sheets[1].values[0]).toEqual([
      "From",
      "To",
      "Flow",
      "Partner",
      "MOORE",
      "ANGLE",
      "LILIEN",
      "NAV",
    ]);
    expect(sheets[2].values.flat()).toContain("Layout: ITC Trade Map, header on row 3");
  });

  it("reads a Trade Map workbook (.xlsx)", async () => {
    const sheet = newSheet("Trade_Map");
    const rows: (string | number)[][] = [
      ["Trade Map - List of products exported by Chile"],
      ["Unit : US Dollar thousand"],
      ["Code", "Product label", "Exported value in 2020", "Exported value in 2021"],
      ["TOTAL", "All products", 100, 120],
      [10121, "Horses", 5, "..."],
      ["'847130", "Laptops", 15, 20],
    ];
    rows.forEach((row, i) => row.forEach((v, j) => put(sheet, i, j, { value: v })));
    const file = path.join(dir, "trademap.xlsx");
    fs.writeFileSync(file, await writeXlsx({ sheets: [sheet], names: [] }));
    const out = path.join(dir, "trademap-out.csv");
    const r = trade(file, "--out", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Read: 3 rows × 2 value columns = 6 values");
    expect(r.stdout).toContain("Reporters: Chile");
    const table = parseDelimited(fs.readFileSync(out, "utf8")).rows;
    expect(table.slice(1, 4)).toEqual([
      ["2020", "Export", "RIB", "5000", "0.25"],
      ["2020", "Export", "LIB", "0", "0"],
      ["2020", "Export", "TIB", "15000", "0.75"],
    ]);
  });

  it("names the columns it would read when the layout is not recognised, and reads with --columns", () => {
    const file = fixture("custom-gb18030.csv");
    const r = trade(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is not UN Comtrade, ITC Trade Map or WITS");
    expect(r.stderr).toContain('--columns "code=HS编码,year=年份,value=出口额(万美元)"');
    const ok = trade(
      file,
      "--columns",
      "code=HS编码,year=年份,value=出口额(万美元)",
      "--unit",
      "10000",
      "--flow",
      "Export"
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("Unit: US$ × 10,000: values × 10,000 = US$");
    expect(ok.stdout).toContain("  1: the value is not a number");
    const bad = trade(file, "--columns", "code=HS,value=出口额(万美元),year=年份");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^There is no column "HS" in the header/);
  });

  it("replaces the groups with --mapping (a CSV of prefix, group; a header row is left out)", () => {
    const mapping = path.join(dir, "mapping.csv");
    fs.writeFileSync(mapping, "Prefix,Group\n01,Animals\n84,Machines\n");
    const out = path.join(dir, "mapped.csv");
    const r = trade(fixture("comtrade.csv"), "--mapping", mapping, "--out", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Year {2}Animals Machines Unclass\./);
    expect(parseDelimited(fs.readFileSync(out, "utf8")).rows.slice(1, 4)).toEqual([
      ["2016", "Export", "Animals", "550", String(550 / 3550)],
      ["2016", "Export", "Machines", "3000", String(3000 / 3550)],
      ["2016", "Export", "Unclassified", "2100", String(2100 / 5650)],
    ]);
    fs.writeFileSync(mapping, "01,Animals\n01,Plants\n");
    const bad = trade(fixture("comtrade.csv"), "--mapping", mapping);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/mapping: prefix 01 \(row 2, column 1\) is given two groups/);
  });

  it("rejects bad options, missing files and binary .xls with a message", () => {
    expect(trade().stderr).toMatch(/FILE is required[\s\S]*usage: npm run trade/);
    expect(trade(fixture("wits.csv"), "--by", "product").stderr).toMatch(
      /--by takes year, flow, partner and reporter, not product/
    );
    expect(trade(fixture("wits.csv"), "--out", "x.txt").stderr).toMatch(
      /--out must name a .csv or .xlsx file/
    );
    expect(trade(path.join(dir, "none.csv")).stderr).toMatch(/There is no file/);
    const xls = path.join(dir, "old.xls");
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const r = trade(xls);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /binary Excel 97–2003 workbook \(\.xls\): open it in Excel and save it as \.xlsx/
    );
  });
});

describe("npm run workbook -- --trade FILE", () => {
  it("puts the file's exports into the Trade Structure sheet's rows, codes as text", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trade-wb-"));
    const out = path.join(dir, "wb.xlsx");
    const r = run("workbook.ts", ["--out", out, "--trade", fixture("comtrade.csv"), "--sample"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Trade Structure sheet: 8 rows of exports in US$ (2016–2017)");
    const sheet = (await readXlsx(fs.readFileSync(out))).find((s) => s.name === "Trade Structure")!;
    expect(sheet.values.slice(4, 12).map((row) => row.slice(0, 3))).toEqual([
      [2016, "010121", 400],
      [2016, "010129", 150],
      [2016, "610910", 2000],
      [2016, "8471", 3000],
      [2016, "999998", 100],
      [2017, "010121", 500],
      [2017, "610910", 2500],
      [2017, "847130", 4000],
    ]);
    // The sample's trade rows are replaced, not mixed in.
    expect(sheet.values.slice(12).every((row) => row.slice(0, 3).every((v) => v === null))).toBe(
      true
    );
    const wits = run("workbook.ts", ["--out", out, "--trade", fixture("wits.csv")]);
    expect(wits.stdout).toContain(
      "Note: the workbook evaluates 2016–2023; the rows of 2012–2013 are on the sheet but not in its shares table."
    );
  });
});
