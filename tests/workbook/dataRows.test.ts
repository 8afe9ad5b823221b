/**
 * Real-size trade and service data (issue 8 §8): the sheets take as many rows as the data hold.
 * 100,000 trade rows (5,000 HS6 codes × 20 years) through the description builder, both
 * writers and a rebuild: the structure is asserted (rows, formulas, meta lines, sync count), the
 * time is the benchmark's (`npm run bench -- workbook`).
 */
import JSZip from "jszip";
import { buildWorkbook } from "../../src/workbook/build";
import { metaLines } from "../../src/workbook/build/meta";
import { DEFAULT_DATA_ROWS, rowsHeld } from "../../src/workbook/layout";
import { paperTemplate } from "../../src/workbook/template";
import { SheetSpec } from "../../src/workbook/spec";
import { readMeta, writeToWorkbook } from "../../src/workbook/writeOffice";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { FakeContext } from "../support/fakeExcel";
import { tradeRows } from "../support/tradeRows";

jest.setTimeout(5 * 60 * 1000);

const YEARS = Array.from({ length: 20 }, (_, t) => 2004 + t);
const ROWS = 100_000;
const sheetOf = (sheets: SheetSpec[], name: string) =>
  sheets.find((s) => s.name === name) as SheetSpec;

describe("rowsHeld and the default block", () => {
  it("counts one more than the highest row index of a data key", () => {
    expect(rowsHeld(["t|0|1", "t|4999|2", "q|I1|2020", "v|7|0"], "t")).toBe(5000);
    expect(rowsHeld(["t|0|1", "v|7|0"], "v")).toBe(8);
    expect(rowsHeld(["j|C1|e1|a|b"], "t")).toBe(0);
  });

  it("lays out DEFAULT_DATA_ROWS rows without data, more when the inputs hold more, or the rows asked for", () => {
    const m = paperTemplate({ trade: true, service: true });
    const trade = (inputs?: Map<string, string | number>, rows?: { trade?: number }) =>
      [...buildWorkbook(m, { inputs, rows }).inputCells.keys()].filter((k) => k.startsWith("t|"))
        .length / 3;
    expect(trade()).toBe(DEFAULT_DATA_ROWS);
    expect(trade(new Map([["t|1499|2", 5]]))).toBe(1500);
    expect(trade(undefined, { trade: 50 })).toBe(50);
    expect(trade(new Map([["t|99|2", 5]]), { trade: 50 })).toBe(100);
  });
});

describe.each(["native", "addin"] as const)("100,000 trade rows, %s style", (style) => {
  const model = paperTemplate({ style, trade: true, years: YEARS });
  const inputs = tradeRows(ROWS / YEARS.length, YEARS);
  const built = buildWorkbook(model, { inputs });
  const sheet = sheetOf(built.spec.sheets, "Trade Structure");

  it("lays out one row per pasted row, with the value that was pasted", () => {
    expect([...built.inputCells.keys()].filter((k) => k.startsWith("t|"))).toHaveLength(ROWS * 3);
    expect(built.inputCells.get(`t|${ROWS - 1}|1`)).toEqual({
      sheet: "Trade Structure",
      address: `B${ROWS + 4}`,
    });
    expect(sheet.cells.get(`C${ROWS + 4}`)?.value).toBe(inputs.get(`t|${ROWS - 1}|2`));
    expect(sheet.cells.has(`A${ROWS + 5}`)).toBe(false);
  });

  it("classifies each row once and computes each share once per year and group (no aggregate per row)", () => {
    const full = `$A$5:$A$${ROWS + 4}`;
    const perRow = [...sheet.cells].filter(([a, c]) => /^D\d+$/.test(a) && c.formula);
    if (style === "native") {
      expect(perRow).toHaveLength(ROWS);
      // Each row's formula reads its own code and the lookup table only.
      const last = sheet.cells.get(`D${ROWS + 4}`)?.formula as string;
      expect(last).toContain(`VLOOKUP(`);
      expect(last.match(/\b[A-Z]{1,3}\d+\b/g)?.every((r) => r === `B${ROWS + 4}`)).toBe(true);
    } else {
      expect(perRow).toHaveLength(1);
      expect(perRow[0][1].formula).toBe(`=TRADE.CLASS($B$5:$B$${ROWS + 4})`);
      expect(perRow[0][1].array).toEqual({ rows: ROWS, columns: 1 });
    }
    const aggregates = [...sheet.cells.values()].filter((c) => c.formula?.includes(full));
    expect(aggregates).toHaveLength(YEARS.length * 5); // total + 4 groups per year
    expect(aggregates.every((c) => /^=(IF\(|SUMIFS\()/.test(c.formula as string))).toBe(true);
  });

  it("stores the 300,000 input addresses as 3 meta lines that read back to every one", () => {
    const lines = metaLines(built.inputCells).filter(([k]) => k.startsWith("t|"));
    expect(lines).toEqual([
      ["t|*|0", "Trade Structure", `A5:A${ROWS + 4}`],
      ["t|*|1", "Trade Structure", `B5:B${ROWS + 4}`],
      ["t|*|2", "Trade Structure", `C5:C${ROWS + 4}`],
    ]);
    const meta = sheetOf(built.spec.sheets, "_EvalMeta");
    const grid: unknown[][] = [];
    for (const [a, c] of meta.cells) {
      const r = Number(/\d+$/.exec(a)?.[0]) - 1;
      const col = a.charCodeAt(0) - 65;
      (grid[r] ??= [])[col] = c.value;
    }
    const read = readMeta(grid).inputs;
    expect(read.size).toBe(built.inputCells.size);
    const wrong = [...built.inputCells].filter(
      ([key, at]) => read.get(key)?.address !== at.address || read.get(key)?.sheet !== at.sheet
    );
    expect(wrong).toEqual([]);
  });

  it("writes an .xlsx with every row", async () => {
    const zip = await JSZip.loadAsync(await writeXlsx(built.spec));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const rid = /<sheet [^>]*name="Trade Structure"[^>]*r:id="(rId\d+)"/.exec(workbook)![1];
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
    // the data, the shares and their changes, the change indices (column W)
    expect(xml).toContain(`<dimension ref="A1:W${ROWS + 4}"/>`);
    const lastRow = new RegExp(`<row r="${ROWS + 4}"[^>]*>([\\s\\S]*?)</row>`).exec(xml)![1];
    expect(lastRow).toContain(`<c r="C${ROWS + 4}"`);
    expect(lastRow).toContain(`<v>${inputs.get(`t|${ROWS - 1}|2`)}</v>`);
    // Native style: the row's VLOOKUP, stored once for the column as a shared formula.
    if (style === "native")
      expect(new RegExp(`<c r="D${ROWS + 4}"[^>]*><f t="shared" si="\\d+"/>`).test(lastRow)).toBe(
        true
      );
  });

  it("the Office.js writer builds and rebuilds it in 3 and 5 syncs, keeping every row", async () => {
    const c = new FakeContext();
    const ctx = c as unknown as Excel.RequestContext;
    await writeToWorkbook(ctx, model, null, undefined, inputs);
    expect(c.syncs).toBe(3);
    const ws = c.workbook.sheet("Trade Structure");
    ws.cells.set(`C${ROWS + 4}`, 4242); // the user corrects the last value
    const report = await writeToWorkbook(ctx, model, "update");
    expect(report.syncs).toBe(5);
    expect(report.dropped).toEqual([]);
    expect(ws.cells.get(`C${ROWS + 4}`)).toBe(4242);
    expect(ws.cells.get(`A${ROWS + 4}`)).toBe(YEARS[YEARS.length - 1]);
    expect(ws.cells.get(`B5`)).toBe(inputs.get("t|0|1"));
  });
});
