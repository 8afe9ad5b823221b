/**
 * The native-formula workbook of the paper's template, filled with the sample judgments,
 * scores, data, trade and service rows, recalculated by LibreOffice (headless): every result
 * cell equals what the core computes, to 1e-9 relative (|a − b| ≤ 1e-9 · max(1, |b|)), in
 * English and in Simplified Chinese (grades, states and the Status warning in its language).
 */
import { buildWorkbook } from "../../src/workbook/build";
import { evaluateModel } from "../../src/workbook/evaluate";
import { statusValues } from "../../src/workbook/check";
import { sampleInputs } from "../../src/workbook/sample";
import { paperTemplate } from "../../src/workbook/template";
import { indicators } from "../../src/workbook/model";
import { asAnswer } from "../../src/workbook/verbalScale";
import { sheetNames } from "../../src/workbook/layout";
import type { Language } from "../../src/core/language";
import JSZip from "jszip";
import { cellsOf, writeXlsx } from "../../src/workbook/writeXlsx";
import { converted, recalculated } from "../support/libreoffice";
import { messyInputs } from "../support/messyInputs";
import { cellMismatches, mismatches } from "../support/recalc";
import { readCachedValues } from "../support/xlsxValues";

jest.setTimeout(20 * 60 * 1000);

describe.each([
  ["SQRT", "4", "en"],
  ["SUM", "10-5", "en"],
  ["SQRT", "4", "zh-CN"],
])(
  "LibreOffice recalculates the native workbook (%s weights, scale %s, %s)",
  (method, scale, lang) => {
    const language = lang as Language;
    const sheet = sheetNames(language);
    const model = paperTemplate({
      style: "native",
      method: method as "SQRT",
      scale: scale as "4",
      trade: true,
      service: true,
      ...(language === "en" ? {} : { language }),
    });
    const inputs = sampleInputs(model);
    const built = buildWorkbook(model, { inputs });
    // The Status sheet's counts, states and warning (check.ts statusValues) as well as the results.
    const expected = new Map([...evaluateModel(model, inputs), ...statusValues(model, inputs)]);
    let cached: Awaited<ReturnType<typeof readCachedValues>>;

    beforeAll(async () => {
      cached = await readCachedValues(await recalculated(await writeXlsx(built.spec)));
    });

    it("computes every result the core computes", () => {
      expect(expected.has("W")).toBe(true);
      const shown = (sheet: string, a: string) => cached.get(sheet)?.values.get(a);
      expect(cellMismatches(expected, built.resultCells, shown)).toEqual([]);
      expect(built.resultCells.size).toBeGreaterThan(400);
    });

    it("lists the indicators by global weight, largest first, where the weights chart reads them", () => {
      const results = cached.get(sheet.results)!.values;
      const [chart] = built.spec.sheets.find((x) => x.name === sheet.results)!.charts;
      const names = cellsOf(chart.categories).map((a) => results.get(a));
      const weights = cellsOf(chart.series[0].values).map((a) => results.get(a) as number);
      const leaves = indicators(model);
      const global = leaves.map((n) => expected.get(`w|global|${n.id}`) as number);
      const order = leaves.map((_, i) => i).sort((a, b) => global[b] - global[a] || a - b);
      expect(names).toEqual(order.map((i) => leaves[i].name));
      order.forEach((i, k) => expect(weights[k]).toBeCloseTo(global[i], 12));
      for (let k = 1; k < weights.length; k++)
        expect(weights[k]).toBeLessThanOrEqual(weights[k - 1]);
    });

    it("computes the service shares by year, each year's four summing to 1", () => {
      const service = cached.get(sheet.service)!.values;
      for (const y of model.settings.years) {
        const shares = ["ITO", "BPO", "KPO", "OTHER"].map(
          (c) => service.get(built.resultCells.get(`service|${y}|${c}`)!.address) as number
        );
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(shares[0]).toBeCloseTo(expected.get(`service|${y}|ITO`) as number, 12);
      }
    });

    it("shows W and the grade under their names", () => {
      const w = built.spec.names.find((n) => n.name === "EvalScore")?.ref as string;
      const cell = w.split("!")[1].replace(/\$/g, "");
      expect(cached.get(sheet.results)?.values.get(cell)).toBeCloseTo(
        expected.get("W") as number,
        9
      );
    });

    it("shows the grade and the Status states in the workbook's language", () => {
      const grade = built.spec.names.find((n) => n.name === "EvalGrade")?.ref as string;
      const shown = cached.get(sheet.results)?.values.get(grade.split("!")[1].replace(/\$/g, ""));
      expect(shown).toBe(expected.get("grade"));
      if (language === "zh-CN") {
        expect(["优", "良", "中", "差", "很差"]).toContain(shown);
        const states = [...built.resultCells]
          .filter(([k]) => k.startsWith("state|"))
          .map(([, at]) => cached.get(at.sheet)?.values.get(at.address));
        expect(states.length).toBeGreaterThan(0);
        expect(states.every((s) => /[\u4e00-\u9fff]/.test(String(s)))).toBe(true);
      }
    });
  }
);

describe("LibreOffice recalculates the Status sheet of the native workbook with messy inputs", () => {
  it("shows the counts, states, worst judgments and warning the core computes (statusValues)", async () => {
    const model = paperTemplate({ style: "native", method: "SQRT" });
    const inputs = messyInputs(model);
    const built = buildWorkbook(model, { inputs });
    const cached = await readCachedValues(await recalculated(await writeXlsx(built.spec)));
    const expected = statusValues(model, inputs);
    const shown = (sheet: string, a: string) => cached.get(sheet)?.values.get(a) ?? "";
    expect(mismatches(expected, built.resultCells, shown, 0)).toEqual([]);
    expect(expected.get("warning")).toMatch(/^2 comparison blocks are not consistent/);
    expect(cached.get("Results")?.values.get("A3")).toBe(expected.get("warning"));
  });
});

describe("LibreOffice prints the native workbook with trade and service sheets", () => {
  it("on at most 20 pages (66 before the page setup)", async () => {
    const model = paperTemplate({ style: "native", trade: true, service: true });
    const bytes = await writeXlsx(buildWorkbook(model, { inputs: sampleInputs(model) }).spec);
    const pdf = (await converted(bytes, "pdf")).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(7); // one at least per visible sheet
    expect(pages.length).toBeLessThanOrEqual(20);
  });
});

describe("LibreOffice sorts tied global weights in the order of the indicators", () => {
  it("every rank used once, ties in the indicators' order", async () => {
    const model = paperTemplate({ style: "native", method: "SQRT" });
    const inputs = sampleInputs(model);
    // Every judgment under C11 is 1: its three indicators get the same global weight.
    for (const k of [...inputs.keys()]) if (k.startsWith("j|C11|")) inputs.set(k, 1);
    const built = buildWorkbook(model, { inputs });
    const results = (await readCachedValues(await recalculated(await writeXlsx(built.spec)))).get(
      "Results"
    )!.values;
    const n = indicators(model).length;
    const names = Array.from({ length: n }, (_, k) =>
      results.get(built.resultCells.get(`rank|${k + 1}|name`)!.address)
    );
    const tied = ["I111", "I112", "I113"].map((id) => model.nodes.find((x) => x.id === id)!.name);
    const at = tied.map((name) => names.indexOf(name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([at[0], at[0] + 1, at[0] + 2]); // adjacent, in their order
    expect(new Set(names).size).toBe(n);
    // The Status sheet's counts, states and warning (check.ts statusValues) as well as the results.
    const expected = new Map([...evaluateModel(model, inputs), ...statusValues(model, inputs)]);
    names.forEach((name, k) => expect(name).toBe(expected.get(`rank|${k + 1}|name`)));
  });
});

describe("LibreOffice recalculates the native workbook of 3 units (thresholds across units)", () => {
  it("to every unit's results, ranks and Status counts the core computes", async () => {
    const units = ["Hubei", "Hunan|Changsha", "Jiangxi"];
    const model = paperTemplate({ style: "native", method: "SQRT", units, thresholds: "units" });
    const inputs = sampleInputs(model);
    inputs.delete(`s|I112|e2|u:${encodeURIComponent(units[1])}`); // a score missing in one unit
    const built = buildWorkbook(model, { inputs });
    const cached = await readCachedValues(await recalculated(await writeXlsx(built.spec)));
    const expected = new Map([...evaluateModel(model, inputs), ...statusValues(model, inputs)]);
    // A result the core leaves out (incomplete inputs) shows blank.
    const shown = (sheet: string, a: string) => cached.get(sheet)?.values.get(a) ?? "";
    expect(cellMismatches(expected, built.resultCells, shown, "")).toEqual([]);
    expect(built.resultCells.size).toBeGreaterThan(700);
    // Ranks 1 to 3 (the missing score leaves the unit's other experts' sample), and the warning.
    const ranks = units.map((u) => expected.get(`units|rank|u:${encodeURIComponent(u)}`));
    expect([...ranks].sort()).toEqual([1, 2, 3]);
    expect(expected.get("warning")).toMatch(/Missing: 1 score\./);
  });
});

describe("LibreOffice recalculates the native workbook of 5 complete units", () => {
  const units = ["Hubei", "Hunan", "Jiangxi", "Anhui", "Henan"];
  const model = paperTemplate({ style: "native", units, efficiency: true });
  const inputs = sampleInputs(model);
  const built = buildWorkbook(model, { inputs });
  let shown: (sheet: string, a: string) => unknown = () => "";
  beforeAll(async () => {
    const cached = await readCachedValues(await recalculated(await writeXlsx(built.spec)));
    shown = (sheet, a) => cached.get(sheet)?.values.get(a) ?? "";
  });

  it("to every result the core computes, the Models table's TOPSIS and GRA columns included", () => {
    const expected = new Map([...evaluateModel(model, inputs), ...statusValues(model, inputs)]);
    expect(cellMismatches(expected, built.resultCells, shown, "")).toEqual([]);
    for (const u of units)
      for (const m of ["topsis", "gra"])
        expect(typeof expected.get(`models|${m}|u:${u}`)).toBe("number");
  });
});

describe("LibreOffice recalculates the native workbook with Questionnaire sheets", () => {
  const model = paperTemplate({ style: "native", method: "SQRT", questionnaire: true });
  const numbers = sampleInputs(model);
  // The paper template's sample judgments entered as the questionnaire's answers.
  const labels = new Map(numbers);
  for (const [k, v] of numbers) if (k.startsWith("j|")) labels.set(k, asAnswer(v));
  const built = buildWorkbook(model, { inputs: labels });
  // The results and the Status sheet's counts and states, from the numbers.
  const expected = new Map([...evaluateModel(model, numbers), ...statusValues(model, numbers)]);
  let bytes: Buffer;
  let cached: Awaited<ReturnType<typeof readCachedValues>>;

  beforeAll(async () => {
    bytes = await recalculated(await writeXlsx(built.spec));
    cached = await readCachedValues(bytes);
  });

  it("to the weights, CR, W and Status the core computes from the matrix route's numbers", () => {
    expect([...labels.values()].some((v) => String(v).includes("more important"))).toBe(true);
    expect(new Map([...evaluateModel(model, labels), ...statusValues(model, labels)])).toEqual(
      expected
    );
    const shown = (sheet: string, a: string) => cached.get(sheet)?.values.get(a);
    expect(cellMismatches(expected, built.resultCells, shown)).toEqual([]);
    expect(built.resultCells.size).toBeGreaterThan(300);
  });

  it("shows each answer's number on the Comparisons sheet, and keeps the drop-down", async () => {
    const matrices = buildWorkbook({
      ...model,
      settings: { ...model.settings, questionnaire: false },
    });
    for (const [key, at] of matrices.inputCells) {
      if (!key.startsWith("j|")) continue;
      const got = cached.get("Comparisons")?.values.get(at.address) as number;
      const v = numbers.get(key);
      expect(got).toBeCloseTo(typeof v === "number" ? v : 1 / Number(String(v).slice(2)), 12);
    }
    const zip = await JSZip.loadAsync(bytes);
    const xml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string"))
    );
    const lists = xml.join("").match(/<dataValidation [^>]*type="list"[\s\S]*?<\/dataValidation>/g);
    expect(lists?.length).toBeGreaterThan(0);
    expect(lists!.every((v) => v.includes("_SaatyScale"))).toBe(true);
  });
});

describe("LibreOffice recalculates the Chinese native workbook of 5 units with efficiency", () => {
  const units = ["湖北", "湖南", "江西", "安徽", "河南"];
  const model = paperTemplate({ style: "native", units, efficiency: true, language: "zh-CN" });
  const inputs = sampleInputs(model);
  const built = buildWorkbook(model, { inputs });

  it("to every result the core computes, grades and ranks included", async () => {
    const cached = await readCachedValues(await recalculated(await writeXlsx(built.spec)));
    const shown = (sheet: string, a: string) => cached.get(sheet)?.values.get(a) ?? "";
    const expected = new Map([...evaluateModel(model, inputs), ...statusValues(model, inputs)]);
    expect(cellMismatches(expected, built.resultCells, shown, "")).toEqual([]);
    expect(built.spec.sheets.map((s) => s.name)).toContain("效率");
    for (const u of units)
      expect(["优", "良", "中", "差"]).toContain(
        expected.get(`units|grade|u:${encodeURIComponent(u)}`)
      );
  });
});

describe("LibreOffice recalculates the Chinese native workbook with Questionnaire sheets", () => {
  const model = paperTemplate({
    style: "native",
    method: "SQRT",
    questionnaire: true,
    language: "zh-CN",
  });
  const numbers = sampleInputs(model);
  // The sample judgments as the Chinese questionnaire's answers ("A 比 B 稍微重要 (3)").
  const labels = new Map(numbers);
  for (const [k, v] of numbers) if (k.startsWith("j|")) labels.set(k, asAnswer(v, "zh-CN"));
  const built = buildWorkbook(model, { inputs: labels });
  const expected = new Map([...evaluateModel(model, numbers), ...statusValues(model, numbers)]);

  it("to the weights, CR, W and Status the core computes from the numbers", async () => {
    expect([...labels.values()].some((v) => String(v).includes("重要"))).toBe(true);
    const cached = await readCachedValues(await recalculated(await writeXlsx(built.spec)));
    const shown = (sheet: string, a: string) => cached.get(sheet)?.values.get(a);
    expect(cellMismatches(expected, built.resultCells, shown)).toEqual([]);
    expect(built.resultCells.size).toBeGreaterThan(300);
  });
});
