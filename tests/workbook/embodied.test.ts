/**
 * The Embodied Carbon sheet (src/workbook/build/embodied.ts): built with the sample table and
 * with edge cases, recalculated by LibreOffice, against what src/workbook/embodied.ts computes
 * with the core (src/core/io): numbers to 1e-9 relative (LibreOffice keeps 15 digits). Published
 * check: the two-sector example of Miller & Blair (2009), Input-Output Analysis, 2nd ed., §2.3:
 * Z = [[150, 500], [200, 100]], x = (1000, 2000) give A = [[0.15, 0.25], [0.2, 0.05]] and
 * L = [[1.254, 0.330], [0.264, 1.122]] at the book's three decimals.
 */
import { buildWorkbook } from "../../src/workbook/build";
import { embodiedValues, sectorClass } from "../../src/workbook/embodied";
import { evaluateModel } from "../../src/workbook/evaluate";
import { flowKey, resultKey, sectorKey } from "../../src/workbook/keys";
import { sheetIds } from "../../src/workbook/layout";
import { SAMPLE_IO, sampleInputs } from "../../src/workbook/sample";
import type { CellValue } from "../../src/workbook/spec";
import { paperTemplate } from "../../src/workbook/template";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { recalculated } from "../support/libreoffice";
import { mismatches } from "../support/recalc";
import { readCachedValues } from "../support/xlsxValues";

const SHEET = "Embodied Carbon";

async function inLibreOffice(m: ReturnType<typeof paperTemplate>, inputs: Map<string, CellValue>) {
  const built = buildWorkbook(m, { inputs });
  const cached = await readCachedValues(await recalculated(await writeXlsx(built.spec)));
  const shown = (sh: string, a: string) => cached.get(sh)?.values.get(a) ?? "";
  const at = (key: string) => {
    const c = built.resultCells.get(key);
    return c ? shown(c.sheet, c.address) : "no cell";
  };
  return { built, shown, at };
}

describe("the Embodied Carbon sheet", () => {
  it("is built only when asked, after the other sheets, with as many sectors as set or typed", () => {
    expect(sheetIds(paperTemplate().settings).includes("embodied")).toBe(false);
    const m = paperTemplate({ embodied: true, sectors: 3 });
    expect(sheetIds(m.settings).slice(-2)).toEqual(["embodied", "meta"]);
    const inputs = new Map<string, CellValue>([[flowKey(6, 2), 5]]); // a flow of sector 7
    const built = buildWorkbook(m, { inputs });
    expect(built.resultCells.has(resultKey.sector("total", 6))).toBe(true);
    expect(built.resultCells.has(resultKey.sector("total", 7))).toBe(false);
    const flow = built.inputCells.get(flowKey(6, 2));
    expect(flow?.sheet).toBe(SHEET);
    // a rebuild with fewer sectors set keeps the typed flow where it was
    const again = buildWorkbook({ ...m, settings: { ...m.settings, sectors: 1 } }, { inputs });
    expect(again.inputCells.get(flowKey(6, 2))).toEqual(flow);
  });

  it("equals the core on the sample table, and classes from every form of ISIC code (LibreOffice)", async () => {
    const m = paperTemplate({ style: "native", embodied: true, sectors: 20 });
    const inputs = sampleInputs(m);
    const codes: (string | number)[] = [
      "A01",
      "B",
      "C10-C12",
      "D10T12",
      "c26",
      " 29 ",
      20,
      "C31_C32",
      "33",
      "F",
      "G46",
      "C",
      "04",
      "X1Y",
    ];
    codes.forEach((code, k) => inputs.set(sectorKey(5 + k, 1), code));
    inputs.set(sectorKey(19, 2), "tib"); // a typed class wins over the code
    inputs.set(sectorKey(19, 1), "A01");
    const want = embodiedValues(m, inputs);
    // what the sheet should show: the classes as the core reads the codes
    codes.forEach((code, k) =>
      expect(want.get(resultKey.sector("class", 5 + k))).toBe(sectorClass(null, code))
    );
    expect(want.get(resultKey.sector("class", 19))).toBe("TIB");
    // the core's numbers, checked by an identity: m·f = c·x = ΣE for the final demand f = x − Z·1
    const f = SAMPLE_IO.sectors.map((r, i) => r[2] - SAMPLE_IO.flows[i].reduce((a, z) => a + z, 0));
    const mf = f.reduce(
      (a, fi, i) => a + (want.get(resultKey.sector("total", i)) as number) * fi,
      0
    );
    const emissions = SAMPLE_IO.sectors.reduce((a, r) => a + r[3], 0);
    expect(Math.abs(mf - emissions) / emissions).toBeLessThan(1e-12);
    const { built, shown } = await inLibreOffice(m, inputs);
    expect(mismatches(want, built.resultCells, shown)).toEqual([]);
    expect(want.size).toBeGreaterThan(60);
    // evaluateModel carries the same values
    const all = evaluateModel(m, inputs);
    expect(all.get(resultKey.embodied("exports", "Total"))).toBe(
      want.get(resultKey.embodied("exports", "Total"))
    );
  }, 120_000);

  it("reproduces Miller & Blair's two-sector L at the book's precision (LibreOffice)", async () => {
    const m = paperTemplate({ style: "native", embodied: true, sectors: 2 });
    const inputs = new Map<string, CellValue>();
    [
      ["Sector 1", 1000, 100, 400],
      ["Sector 2", 2000, 300, 0],
    ].forEach(([name, x, e, ex], i) => {
      inputs.set(sectorKey(i, 0), name);
      inputs.set(sectorKey(i, 2), "OTHER");
      inputs.set(sectorKey(i, 3), x);
      inputs.set(sectorKey(i, 4), e);
      inputs.set(sectorKey(i, 5), ex);
    });
    [
      [150, 500],
      [200, 100],
    ].forEach((row, i) => row.forEach((z, j) => inputs.set(flowKey(i, j), z)));
    const { built, shown, at } = await inLibreOffice(m, inputs);
    // L on the sheet's hidden block: the L header's row below the flows
    const sheet = built.spec.sheets.find((x) => x.name === SHEET)!;
    const lHead = [...sheet.cells].find(([, c]) => c.value === "L = (I − A)⁻¹")![0];
    const col = lHead.replace(/\d+$/, "");
    const row = Number(lHead.replace(/^[A-Z]+/, ""));
    const next = (c: string) => String.fromCharCode(c.charCodeAt(c.length - 1) + 1);
    const l = [
      [shown(SHEET, `${col}${row + 1}`), shown(SHEET, `${next(col)}${row + 1}`)],
      [shown(SHEET, `${col}${row + 2}`), shown(SHEET, `${next(col)}${row + 2}`)],
    ].map((r) => r.map((v) => Math.round((v as number) * 1000) / 1000));
    expect(l).toEqual([
      [1.254, 0.33],
      [0.264, 1.122],
    ]);
    // multipliers: column sums of L, (0.95 + 0.2)/0.7575 and (0.25 + 0.85)/0.7575
    expect(at(resultKey.sector("multiplier", 0))).toBeCloseTo(1.15 / 0.7575, 12);
    expect(at(resultKey.sector("multiplier", 1))).toBeCloseTo(1.1 / 0.7575, 12);
    // m = c·L with c = (0.1, 0.15): (0.1·0.95 + 0.15·0.2, 0.1·0.25 + 0.15·0.85)/0.7575
    expect(at(resultKey.sector("total", 0))).toBeCloseTo(0.125 / 0.7575, 12);
    expect(at(resultKey.sector("total", 1))).toBeCloseTo(0.1525 / 0.7575, 12);
    expect(at(resultKey.sector("exports", 0))).toBeCloseTo((400 * 0.125) / 0.7575, 9);
    expect(mismatches(embodiedValues(m, inputs), built.resultCells, shown)).toEqual([]);
  }, 120_000);

  it("says what is wrong with a sector, and shows no intensities for an unusable table (LibreOffice)", async () => {
    const m = paperTemplate({ style: "native", embodied: true, sectors: 6 });
    const inputs = sampleInputs(m);
    inputs.set(flowKey(0, 1), -5); // a negative flow (pasted past the validation)
    inputs.set(sectorKey(5, 1), "XYZ"); // a sector with an unknown code and output
    inputs.set(sectorKey(5, 3), 50);
    inputs.set(flowKey(2, 5), 10); // and inputs without an output elsewhere:
    inputs.delete(sectorKey(4, 3)); // services' output blank while it has flows
    const { built, shown, at } = await inLibreOffice(m, inputs);
    const note = (i: number) => String(at(resultKey.sector("note", i)));
    expect(note(0)).toMatch(/^A flow of this sector is negative/);
    expect(note(1)).toMatch(/^A flow of this sector is negative/);
    expect(note(4)).toMatch(/^Total output x is blank, 0 or not a number/);
    expect(note(5)).toMatch(/^No class: type RIB, LIB, TIB or OTHER/);
    expect(note(3)).toBe("");
    for (let i = 0; i < 6; i++) expect(at(resultKey.sector("total", i))).toBe("");
    expect(embodiedValues(m, inputs).has(resultKey.sector("total", 0))).toBe(false);
    expect(mismatches(embodiedValues(m, inputs), built.resultCells, shown)).toEqual([]);
  }, 120_000);

  it("flags a table that is not productive: inputs worth at least the output (LibreOffice)", async () => {
    const m = paperTemplate({ style: "native", embodied: true, sectors: 5 });
    const inputs = sampleInputs(m);
    inputs.set(flowKey(1, 2), 400); // textiles buy more than they make: 630 of 500
    const { at } = await inLibreOffice(m, inputs);
    expect(String(at(resultKey.sector("note", 2)))).toMatch(/column sum of A ≥ 1/);
    expect(at(resultKey.sector("total", 0))).toBe("");
    expect(at(resultKey.sector("multiplier", 0))).toBe("");
    expect(embodiedValues(m, inputs).has(resultKey.sector("total", 0))).toBe(false);
  }, 120_000);
});
