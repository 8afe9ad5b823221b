/**
 * The Coupling sheet (src/workbook/build/coupling.ts): U₁ = W rescaled to [0, 1], a typed U₂
 * (by default the latest TIB share with one unit and the Trade Structure sheet), an optional
 * U₃, and C, T, D and the grade. The workbook recalculated by the test formula engine (native
 * and add-in style, the latter with dist/functions.js) and by LibreOffice shows the C, T and D
 * this test computes from the formulas (Wang et al. 2021, Journal of Natural Resources 36(3)),
 * with W from the core (evaluateModel), to 1e-9 relative; blank or unusable scores show "" and
 * a note; a rebuild keeps the typed scores and weights.
 */
import { CCD_GRADES } from "../../src/core/mcda/coupling";
import { buildWorkbook } from "../../src/workbook/build";
import { evaluateModel } from "../../src/workbook/evaluate";
import {
  couplingKey,
  couplingWeightKey,
  inputKey,
  parseInputKey,
  resultKey,
} from "../../src/workbook/keys";
import { scoreRange, sheetIds } from "../../src/workbook/layout";
import type { EvaluationModel } from "../../src/workbook/model";
import { sampleInputs } from "../../src/workbook/sample";
import type { CellValue, WorkbookSpec } from "../../src/workbook/spec";
import { paperTemplate } from "../../src/workbook/template";
import { carryUnits } from "../../src/workbook/units";
import { writeToWorkbook } from "../../src/workbook/writeOffice";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { FakeContext } from "../support/fakeExcel";
import { FormulaEngine } from "../support/formulaEngine";
import { recalculated } from "../support/libreoffice";
import { mismatches, recalculatedWithBundle } from "../support/recalc";
import { readCachedValues } from "../support/xlsxValues";

jest.setTimeout(10 * 60 * 1000);

const UNITS = ["Hubei", "Hunan|Changsha", "Jiangxi", "Anhui"];
/** Typed U₂ per unit (Anhui left blank), U₃ for Jiangxi, and the weights of U₁, U₂, U₃ in T. */
const U2: Record<string, number> = { Hubei: 0.35, "Hunan|Changsha": 0.62, Jiangxi: 0.8 };
const U3: Record<string, number> = { Jiangxi: 0.5 };
const WEIGHTS = [2, 1, 1];

const model = (style: "addin" | "native", units: string[] | undefined) =>
  paperTemplate({ style, method: "SQRT", units, coupling: true, trade: true });

/** The sample inputs with the typed U₂, U₃ and weights. */
function typed(m: EvaluationModel): Map<string, CellValue> {
  const inputs = sampleInputs(m);
  for (const [u, v] of Object.entries(U2)) inputs.set(couplingKey(2, u), v);
  for (const [u, v] of Object.entries(U3)) inputs.set(couplingKey(3, u), v);
  WEIGHTS.forEach((w, i) => inputs.set(couplingWeightKey((i + 1) as 1 | 2 | 3), w));
  return inputs;
}

/**
 * C, T and D of one row by the formulas: C = k·(ΠUᵢ)^(1/k)/ΣUᵢ, T = Σ wᵢUᵢ with the weights
 * rescaled to sum 1 over the row's systems, D = √(C·T).
 */
function ccd(u: number[], w: number[]): { c: number; t: number; d: number } {
  const k = u.length;
  const sum = u.reduce((a, b) => a + b, 0);
  const c =
    (k *
      Math.pow(
        u.reduce((a, b) => a * b, 1),
        1 / k
      )) /
    sum;
  const ws = w.slice(0, k);
  const wsum = ws.reduce((a, b) => a + b, 0);
  const t = u.reduce((a, x, i) => a + (ws[i] / wsum) * x, 0);
  return { c, t, d: Math.sqrt(c * t) };
}

/** The grade of D by the table, found here by comparing D with each lower bound. */
const gradeOf = (d: number) => [...CCD_GRADES].reverse().find((g) => d >= g.lower)!.en;

/** What the sheet should show for the typed inputs: C, T, D, grade and note by result key. */
function expectedValues(m: EvaluationModel, inputs: Map<string, CellValue>): Map<string, unknown> {
  const core = evaluateModel(m, inputs);
  const { low, high } = scoreRange(m.settings);
  const out = new Map<string, unknown>();
  for (const u of UNITS) {
    const w = core.get(resultKey.unitValue(u)) as number;
    expect(typeof w).toBe("number");
    const u1 = Math.min(1, Math.max(0, (w - low) / (high - low)));
    out.set(resultKey.coupling("u1", u), u1);
    if (U2[u] === undefined) {
      for (const what of ["c", "t", "d", "grade"] as const)
        out.set(resultKey.coupling(what, u), "");
      out.set(
        resultKey.coupling("note", u),
        `U₂ of ${u} is blank: type its trade-structure score in [0, 1]`
      );
      continue;
    }
    const us = U3[u] === undefined ? [u1, U2[u]] : [u1, U2[u], U3[u]];
    const { c, t, d } = ccd(us, WEIGHTS);
    out.set(resultKey.coupling("c", u), c);
    out.set(resultKey.coupling("t", u), t);
    out.set(resultKey.coupling("d", u), d);
    out.set(resultKey.coupling("grade", u), gradeOf(d));
    out.set(resultKey.coupling("note", u), "");
  }
  return out;
}

const sheetOf = (spec: WorkbookSpec, name: string) => spec.sheets.find((s) => s.name === name);

describe("the coupling setting", () => {
  it("adds the Coupling sheet only when on, after the optional sheets; absent is off", () => {
    const off = paperTemplate({ trade: true });
    expect(off.settings.coupling).toBeUndefined();
    expect(sheetIds(off.settings)).not.toContain("coupling");
    expect(sheetOf(buildWorkbook(off).spec, "Coupling")).toBeUndefined();
    const on = paperTemplate({ trade: true, service: true, coupling: true });
    const names = buildWorkbook(on).spec.sheets.map((s) => s.name);
    expect(names.slice(-3)).toEqual(["Service Outsourcing", "Coupling", "_EvalMeta"]);
  });

  it("has input keys that read back as what they are", () => {
    for (const key of ["cp|u2", "cp|u3|u:Hunan%7CChangsha", "cp|w|1", "cp|w|3"])
      expect(inputKey(parseInputKey(key)!)).toBe(key);
    expect(couplingKey(2, "Hunan|Changsha")).toBe("cp|u2|u:Hunan%7CChangsha");
    for (const bad of ["cp|u1", "cp|w|4", "cp|u2|x", "cp"]) expect(parseInputKey(bad)).toBeNull();
  });

  it("carries a typed U₂ and U₃ from one unit to the first of several, and back", () => {
    const one = new Map<string, CellValue>([
      ["cp|u2", 0.4],
      ["cp|u3", 0.2],
      ["cp|w|1", 2],
    ]);
    const to = carryUnits(one, model("native", UNITS).settings);
    expect([...to.moved]).toEqual([
      ["cp|u2", "cp|u2|u:Hubei"],
      ["cp|u3", "cp|u3|u:Hubei"],
    ]);
    const back = carryUnits(
      new Map([["cp|u2|u:Hubei", 0.4]]),
      paperTemplate({ units: ["Hubei"] }).settings
    );
    expect(back.inputs.get("cp|u2")).toBe(0.4);
  });

  it("grades D in ten levels, lower bounds 0, 0.1, …, 0.9", () => {
    expect(CCD_GRADES.map((g) => g.lower)).toEqual([
      0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
    ]);
    expect(CCD_GRADES[5].en).toBe("Barely coordinated");
  });

  it("lays out the sheet: frozen panes, print setup, a chart of U₁, U₂ and D by unit", () => {
    const sheet = sheetOf(buildWorkbook(model("native", UNITS)).spec, "Coupling")!;
    expect(sheet.freeze).toEqual({ rows: 6, columns: 1 });
    expect(sheet.print?.landscape).toBe(true);
    expect(sheet.protect).toBe(true);
    const [chart] = sheet.charts;
    expect(chart.kind).toBe("column");
    expect(chart.categories).toBe("$A$7:$A$10");
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([
      ["U₁ Innovation", "$B$7:$B$10"],
      ["U₂ Trade structure", "$C$7:$C$10"],
      ["D coupling coordination", "$G$7:$G$10"],
    ]);
    expect(String(sheet.cells.get("A2")?.value)).toMatch(/Wang et al\. \(2021\)/);
  });
});

describe.each(["native", "addin"] as const)(
  "the %s Coupling sheet recalculated by the test formula engine",
  (style) => {
    const m = model(style, UNITS);
    const inputs = typed(m);
    const built = buildWorkbook(m, { inputs });
    const engine =
      style === "addin" ? recalculatedWithBundle(built.spec) : new FormulaEngine(built.spec);
    if (style === "native") engine.recalculate();

    it("shows C, T, D and the grade computed by the formulas, and a note for blank U₂", () => {
      const want = expectedValues(m, inputs);
      const shown = (sh: string, a: string) => engine.value(sh, a) ?? "";
      expect(mismatches(want, built.resultCells, shown)).toEqual([]);
      expect(want.size).toBe(UNITS.length * 6);
    });
  }
);

describe("unusable scores and weights", () => {
  const m = model("native", ["Hubei", "Hunan"]);
  const cases: [string, Record<string, CellValue>, RegExp][] = [
    ["a U₂ out of range", { "cp|u2|u:Hubei": 1.5 }, /^U₂ of Hubei is outside \[0, 1\]$/],
    ["a U₂ typed as text", { "cp|u2|u:Hubei": "high" }, /^U₂ of Hubei is not a number/],
    ["a U₃ out of range", { "cp|u3|u:Hubei": -0.1 }, /^U₃ of Hubei is outside \[0, 1\]$/],
    ["a blank weight", { "cp|w|2": "" }, /^A weight in T \(row 6\) is blank/],
    ["a negative weight", { "cp|w|1": -1 }, /^A weight in T \(row 6\) is negative$/],
    ["weights summing to 0", { "cp|w|1": 0, "cp|w|2": 0 }, /^The weights in T \(row 6\) sum to 0$/],
  ];
  it.each(cases)("%s: C, T, D and the grade blank, and the note says why", (_, patch, note) => {
    const inputs = sampleInputs(m);
    inputs.set("cp|u2|u:Hubei", 0.4);
    inputs.set("cp|u2|u:Hunan", 0.4);
    for (const [k, v] of Object.entries(patch)) inputs.set(k, v);
    const built = buildWorkbook(m, { inputs });
    const engine = new FormulaEngine(built.spec);
    engine.recalculate();
    const at = (what: "c" | "t" | "d" | "grade" | "note") =>
      built.resultCells.get(resultKey.coupling(what, "Hubei"))!;
    for (const what of ["c", "t", "d", "grade"] as const)
      expect([what, engine.value("Coupling", at(what).address)]).toEqual([what, ""]);
    expect(String(engine.value("Coupling", at("note").address))).toMatch(note);
  });
});

describe("grades at their boundaries", () => {
  // U₁ = U₂ = b²: C = 2·√(b⁴)/(2b²) = 1 and T = b² exactly, so D = √(b²) = b exactly.
  const bounds = CCD_GRADES.slice(1).map((g) => g.lower);
  const rows = [...bounds, ...bounds.map((b) => b - 1e-9)];
  const units = rows.map((_, i) => `Unit ${i + 1}`);
  const m = paperTemplate({ style: "native", method: "SQRT", units, coupling: true });
  const inputs = sampleInputs(m);
  rows.forEach((b, i) => inputs.set(couplingKey(2, units[i]), b * b));
  const built = buildWorkbook(m, { inputs });
  const sheet = sheetOf(built.spec, "Coupling")!;
  rows.forEach((b, i) =>
    sheet.cells.set(built.resultCells.get(resultKey.coupling("u1", units[i]))!.address, {
      value: b * b,
    })
  );
  const want = new Map<string, unknown>();
  rows.forEach((b, i) => {
    want.set(resultKey.coupling("d", units[i]), b);
    // D = b exactly takes the grade starting at b; just below b, the grade before it.
    const k = i < bounds.length ? i + 1 : i - bounds.length;
    want.set(resultKey.coupling("grade", units[i]), CCD_GRADES[k].en);
  });

  it("0.5 exactly is Barely coordinated, just below it On the verge of disorder (formula engine)", () => {
    const engine = new FormulaEngine(built.spec);
    engine.recalculate();
    expect(mismatches(want, built.resultCells, (sh, a) => engine.value(sh, a), 1e-12)).toEqual([]);
    const half = built.resultCells.get(resultKey.coupling("grade", units[bounds.indexOf(0.5)]))!;
    expect(engine.value("Coupling", half.address)).toBe("Barely coordinated");
  });

  it("the same in LibreOffice", async () => {
    const cached = await readCachedValues(await recalculated(await writeXlsx(built.spec)));
    const shown = (sh: string, a: string) => cached.get(sh)?.values.get(a) ?? "";
    // LibreOffice stores 15 significant digits: D just below a bound is b − 1e-9 to 1e-12.
    expect(mismatches(want, built.resultCells, shown, 1e-12)).toEqual([]);
  });
});

describe("one unit", () => {
  it("is labelled with the goal, and U₂ is the latest TIB share of the Trade Structure sheet", () => {
    const m = model("native", undefined);
    const inputs = sampleInputs(m);
    const built = buildWorkbook(m, { inputs });
    const engine = new FormulaEngine(built.spec);
    engine.recalculate();
    expect(engine.value("Coupling", "A7")).toBe(m.goal);
    const core = evaluateModel(m, inputs);
    const last = m.settings.years[m.settings.years.length - 1];
    const tib = core.get(resultKey.tradeShare(last, "TIB")) as number;
    expect(tib).toBeGreaterThan(0);
    expect(built.inputCells.get("cp|u2")).toEqual({ sheet: "Coupling", address: "C7" });
    expect(engine.value("Coupling", "C7")).toBeCloseTo(tib, 12);
    const { low, high } = scoreRange(m.settings);
    const u1 = ((core.get("W") as number) - low) / (high - low);
    const { c, t, d } = ccd([u1, tib], [1, 1]);
    const want = new Map<string, unknown>([
      [resultKey.coupling("c", undefined), c],
      [resultKey.coupling("t", undefined), t],
      [resultKey.coupling("d", undefined), d],
      [resultKey.coupling("grade", undefined), gradeOf(d)],
    ]);
    expect(mismatches(want, built.resultCells, (sh, a) => engine.value(sh, a))).toEqual([]);
  });

  it("without the Trade Structure sheet, U₂ is blank until typed: the row says so", () => {
    const m = paperTemplate({ style: "native", coupling: true });
    const built = buildWorkbook(m, { inputs: sampleInputs(m) });
    const engine = new FormulaEngine(built.spec);
    engine.recalculate();
    expect(engine.value("Coupling", "A7")).toBe(m.goal);
    expect(engine.value("Coupling", "E7")).toBe("");
    expect(engine.value("Coupling", "I7")).toBe(
      `U₂ of ${m.goal} is blank: type its trade-structure score in [0, 1]`
    );
  });
});

describe("LibreOffice recalculates the native Coupling sheet of four units", () => {
  const m = model("native", UNITS);
  const inputs = typed(m);
  const built = buildWorkbook(m, { inputs });

  it("to the C, T, D and grades of the formulas, and the note of the blank U₂", async () => {
    const bytes = await recalculated(await writeXlsx(built.spec));
    const cached = await readCachedValues(bytes);
    const shown = (sh: string, a: string) => cached.get(sh)?.values.get(a) ?? "";
    expect(mismatches(expectedValues(m, inputs), built.resultCells, shown)).toEqual([]);
  });
});

describe("rebuilding", () => {
  const write = (c: FakeContext, m: EvaluationModel, sample?: Map<string, CellValue>) =>
    writeToWorkbook(c as unknown as Excel.RequestContext, m, "update", undefined, sample);

  it("adds the sheet to a workbook built without it, and keeps the typed U₂, U₃ and weights", async () => {
    const c = new FakeContext();
    const m = model("native", UNITS);
    const without = paperTemplate({ ...m.settings, coupling: false });
    await write(c, without, sampleInputs(without));
    const first = await write(c, m);
    expect(first.created).toEqual(["Coupling"]);
    const sheet = () => c.workbook.sheet("Coupling");
    const cells = buildWorkbook(m).inputCells;
    const typedHere = new Map<string, CellValue>([
      [couplingKey(2, "Hubei"), 0.35],
      [couplingKey(2, "Hunan|Changsha"), 0.62],
      [couplingKey(3, "Jiangxi"), 0.5],
      [couplingWeightKey(1), 2],
      [couplingWeightKey(3), 0.5],
    ]);
    for (const [k, v] of typedHere) sheet().cells.set(cells.get(k)!.address, v);
    const again = await write(c, m);
    expect(again.created).toEqual([]);
    expect(again.dropped).toEqual([]);
    for (const [k, v] of typedHere)
      expect([k, sheet().cells.get(cells.get(k)!.address)]).toEqual([k, v]);
    expect(sheet().cells.get(cells.get(couplingWeightKey(2))!.address)).toBe(1); // untouched: equal
  });

  it("with one unit, keeps the default TIB formula as the default, and a typed U₂ as typed", async () => {
    const c = new FakeContext();
    const m = model("native", undefined);
    await write(c, m, sampleInputs(m));
    const u2 = () => c.workbook.sheet("Coupling").cells.get("C7");
    const formula = String(u2());
    expect(formula).toMatch(/^=IF\(ISNUMBER\('Trade Structure'!\$J\$\d+\),/);
    await write(c, m);
    expect(u2()).toBe(formula);
    // Without the Trade Structure sheet the default is blank, not the old formula.
    await write(c, paperTemplate({ ...m.settings, trade: false }));
    expect(u2() ?? "").toBe("");
    c.workbook.sheet("Coupling").cells.set("C7", 0.45);
    await write(c, m);
    expect(u2()).toBe(0.45);
  });
});
