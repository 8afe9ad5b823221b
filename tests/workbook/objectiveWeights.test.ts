/**
 * The Objective weights table of the Results sheet (src/workbook/build/objectiveWeights.ts):
 * entropy weights of the quantitative indicators across the units from each unit's last-year
 * value, combined with the AHP global weights. Expected values are computed in this test by a
 * direct re-implementation of the formulas (min-max normalisation, reversed for cost;
 * p = x′/Σx′, e = −Σ p ln p / ln n with p ln p = 0 at p = 0, w = (1 − e)/Σ(1 − e); the
 * combinations a·b/Σa·b and α·a + (1 − α)·b of the weights rescaled to sum 1, then scaled to
 * the quantitative indicators' AHP total), not by src/core/mcda. The grey evaluation with the
 * combined weights is src/workbook/evaluate.ts (src/core/grey) given those weights. Workbooks:
 * add-in style recalculated by the test formula engine with dist/functions.js (npm run build
 * first), native style by LibreOffice. Numbers to 1e-9 relative.
 */
import { buildWorkbook } from "../../src/workbook/build";
import { evaluateModel } from "../../src/workbook/evaluate";
import { statusValues } from "../../src/workbook/check";
import { dataKey, forUnit, resultKey } from "../../src/workbook/keys";
import { EvaluationModel, ObjectiveWeightsSettings, indicators } from "../../src/workbook/model";
import {
  objectiveKey,
  objectiveWeightsProblem,
  quantitativeIndicators,
} from "../../src/workbook/objectiveWeights";
import { sampleInputs } from "../../src/workbook/sample";
import type { CellValue } from "../../src/workbook/spec";
import { paperTemplate } from "../../src/workbook/template";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { cellMismatches, mismatches, recalculatedWithBundle } from "../support/recalc";
import { converted } from "../support/libreoffice";
import { readCachedValues } from "../support/xlsxValues";

jest.setTimeout(10 * 60 * 1000);

const UNITS = ["Hubei", "Hunan", "Jiangxi", "Anhui", "Henan"];
const YEARS = [2019, 2020, 2021, 2022];

function model(style: "addin" | "native", objective?: ObjectiveWeightsSettings): EvaluationModel {
  return paperTemplate({ style, units: UNITS, years: YEARS, objectiveWeights: objective });
}

/** The entropy weights by the textbook formula, straight from the inputs (not src/core/mcda). */
function entropyByHand(m: EvaluationModel, inputs: Map<string, CellValue>): number[] {
  const quant = quantitativeIndicators(m);
  const n = UNITS.length;
  const d = quant.map((node) => {
    const x = UNITS.map((u) => inputs.get(dataKey(node.id, YEARS[YEARS.length - 1], u)) as number);
    const lo = Math.min(...x);
    const hi = Math.max(...x);
    const z = x.map((v) => (node.direction === "cost" ? hi - v : v - lo) / (hi - lo));
    const s = z.reduce((a, b) => a + b, 0);
    const e = -z.reduce((h, v) => (v > 0 ? h + (v / s) * Math.log(v / s) : h), 0) / Math.log(n);
    return 1 - e;
  });
  const total = d.reduce((a, b) => a + b, 0);
  return d.map((v) => v / total);
}

/** The combined weights by hand: AHP a and entropy b each rescaled to 1, combined, scaled to Σa. */
function combinedByHand(a: number[], b: number[], o: ObjectiveWeightsSettings): number[] {
  const sa = a.reduce((x, y) => x + y, 0);
  const an = a.map((v) => v / sa);
  if (o.combine === "linear") return an.map((v, j) => (o.alpha * v + (1 - o.alpha) * b[j]) * sa);
  const prod = an.map((v, j) => v * b[j]);
  const sp = prod.reduce((x, y) => x + y, 0);
  return prod.map((v) => (v / sp) * sa);
}

/** What the table shows, by key, and the weights the evaluation uses, computed by hand. */
function expectedTable(m: EvaluationModel, inputs: Map<string, CellValue>) {
  const core = evaluateModel(m, inputs); // for the AHP global weights only
  const quant = quantitativeIndicators(m);
  const a = quant.map((n) => core.get(resultKey.globalWeight(n.id)) as number);
  const b = entropyByHand(m, inputs);
  const c = combinedByHand(a, b, m.settings.objectiveWeights!);
  const table = new Map<string, number>();
  quant.forEach((n, j) => {
    table.set(objectiveKey.entropy(n.id), b[j]);
    table.set(objectiveKey.combined(n.id), c[j]);
  });
  const used = new Map<string, number>();
  for (const n of indicators(m)) used.set(n.id, core.get(resultKey.globalWeight(n.id)) as number);
  quant.forEach((n, j) => used.set(n.id, c[j]));
  return { table, used, a, b, c };
}

/** Every text the recalculated Results sheet shows. */
function resultsText(
  built: ReturnType<typeof buildWorkbook>,
  engine: ReturnType<typeof recalculatedWithBundle>
): string[] {
  const results = built.spec.sheets.find((s) => s.name === "Results")!;
  return [...results.cells.keys()]
    .map((a) => engine.value("Results", a))
    .filter((v): v is string => typeof v === "string");
}

describe("when objective weights are possible", () => {
  it("needs several units and two quantitative indicators, and says why not", () => {
    expect(objectiveWeightsProblem(paperTemplate({}))).toMatch(/at least two units/);
    expect(objectiveWeightsProblem(model("addin"))).toBeNull();
    const one = model("addin");
    const quant = quantitativeIndicators(one);
    for (const n of quant.slice(1)) n.type = "qualitative";
    expect(objectiveWeightsProblem(one)).toMatch(/two quantitative indicators \(.*one\)/);
  });

  it("adds no table without the setting, or with one unit", () => {
    for (const m of [
      model("addin"),
      paperTemplate({ objectiveWeights: { use: true, combine: "linear", alpha: 0.5 } }),
    ]) {
      const built = buildWorkbook(m, { inputs: sampleInputs(m) });
      expect([...built.resultCells.keys()].some((k) => k.startsWith("ow|"))).toBe(false);
    }
  });
});

describe.each([
  { use: false, combine: "linear", alpha: 0.4 },
  { use: true, combine: "multiplicative", alpha: 0.5 },
  { use: true, combine: "linear", alpha: 0.4 },
] as ObjectiveWeightsSettings[])("the add-in workbook with objective weights %j", (o) => {
  const m = model("addin", o);
  const inputs = sampleInputs(m);
  const built = buildWorkbook(m, { inputs });
  const engine = recalculatedWithBundle(built.spec);
  const shown = (sh: string, a: string) => engine.value(sh, a);
  const { table, used, a, c } = expectedTable(m, inputs);

  it("shows the entropy and combined weights computed by hand (WEIGHT.ENTROPY, WEIGHT.COMBINE)", () => {
    expect(mismatches(table, built.resultCells, shown)).toEqual([]);
    const sa = a.reduce((x, y) => x + y, 0);
    expect(c.reduce((x, y) => x + y, 0)).toBeCloseTo(sa, 12); // the quantitative AHP mass kept
    const results = built.spec.sheets.find((s) => s.name === "Results")!;
    expect([...results.cells.values()].some((x) => /WEIGHT\.ENTROPY/.test(x.formula ?? ""))).toBe(
      true
    );
  });

  it("evaluates every unit with the weights it should use", () => {
    const core = new Map([...evaluateModel(m, inputs), ...statusValues(m, inputs)]);
    for (const n of indicators(m)) {
      const want = o.use ? used.get(n.id) : core.get(resultKey.globalWeight(n.id));
      expect(
        shown("Results", built.resultCells.get(resultKey.indicatorWeight(n.id))!.address)
      ).toBeCloseTo(want as number, 12);
    }
    // Every result the core computes (evaluate.ts takes the combined weights when `use` is on).
    expect(cellMismatches(core, built.resultCells, shown, "")).toEqual([]);
    for (const u of UNITS) expect(typeof core.get(forUnit("W", u))).toBe("number");
    // The combined weights change the evaluation (else this test would prove nothing).
    const ahp = evaluateModel(model("addin"), inputs);
    const moved = UNITS.map((u) =>
      Math.abs((core.get(forUnit("W", u)) as number) - (ahp.get(forUnit("W", u)) as number))
    );
    if (o.use) expect(Math.max(...moved)).toBeGreaterThan(1e-3);
    else expect(Math.max(...moved)).toBe(0);
  });
});

describe("the grey evaluation with the combined weights", () => {
  it("gives each unit W = Σ_e c_e Σ_i w_i r_ie / Σ_i w_i with the combined weights w", () => {
    // Recomputed here from the grey weights r the workbook shows and the weights computed by
    // hand (not evaluate.ts); scale 4, class centres 4, 3, 2, 1.
    const o: ObjectiveWeightsSettings = { use: true, combine: "linear", alpha: 0.4 };
    const m = model("addin", o);
    const inputs = sampleInputs(m);
    const built = buildWorkbook(m, { inputs });
    const engine = recalculatedWithBundle(built.spec);
    const value = (key: string) =>
      engine.value("Results", built.resultCells.get(key)!.address) as number;
    const { used } = expectedTable(m, inputs);
    const leaves = indicators(m);
    const centres = [4, 3, 2, 1]; // scale "4"
    const sw = leaves.reduce((s, n) => s + used.get(n.id)!, 0);
    expect(sw).toBeCloseTo(1, 12);
    for (const u of UNITS) {
      const b = centres.map(
        (_, e) =>
          leaves.reduce(
            (s, n) => s + used.get(n.id)! * value(forUnit(resultKey.greyWeight(n.id, e), u)),
            0
          ) / sw
      );
      const w = b.reduce((s, be, e) => s + be * centres[e], 0);
      expect(Math.abs(value(forUnit("W", u)) - w)).toBeLessThan(1e-9);
    }
  });
});

describe.each(["addin", "native"] as const)("a constant indicator (%s style)", (style) => {
  it("leaves the entropy and combined weights blank, names the indicator, and blanks the evaluation using them", () => {
    const m = model(style, { use: true, combine: "linear", alpha: 0.4 });
    const inputs = sampleInputs(m);
    const q = quantitativeIndicators(m)[1];
    for (const u of UNITS) inputs.set(dataKey(q.id, YEARS[YEARS.length - 1], u), 7);
    const built = buildWorkbook(m, { inputs });
    const engine = recalculatedWithBundle(built.spec);
    const shown = (key: string) => {
      const at = built.resultCells.get(key)!;
      return engine.value(at.sheet, at.address);
    };
    expect(shown(objectiveKey.entropy(q.id))).toBe("");
    expect(shown(objectiveKey.combined(quantitativeIndicators(m)[0].id))).toBe("");
    expect(shown(forUnit("W", UNITS[0]))).toBe("");
    const messages = resultsText(built, engine).filter((v) => v.includes("divides by 0"));
    expect(messages).toEqual([
      `The entropy weights cannot be computed: min-max normalisation divides by 0 for an indicator equal in every unit: ${q.name}.`,
    ]);
    const core = evaluateModel(m, inputs);
    expect(core.has(objectiveKey.entropy(q.id))).toBe(false);
    // The ranked table lists the indicators with a weight first, which the core leaves out.
    expect(mismatches(core, built.resultCells, (s, a) => engine.value(s, a))).toEqual([]);
  });
});

describe("a missing latest value", () => {
  it("leaves the weights blank and says which values are needed", () => {
    const m = model("native", { use: false, combine: "multiplicative", alpha: 0.5 });
    const inputs = sampleInputs(m);
    const q = quantitativeIndicators(m)[0];
    inputs.delete(dataKey(q.id, YEARS[YEARS.length - 1], UNITS[2]));
    const built = buildWorkbook(m, { inputs });
    const engine = recalculatedWithBundle(built.spec);
    const at = built.resultCells.get(objectiveKey.entropy(q.id))!;
    expect(engine.value(at.sheet, at.address)).toBe("");
    const messages = resultsText(built, engine).filter((v) =>
      v.startsWith("The entropy weights need")
    );
    expect(messages).toEqual([
      "The entropy weights need every unit's 2022 value of every quantitative indicator (Quantitative Data sheet).",
    ]);
    // Not used: the evaluation goes on with the AHP weights.
    expect(
      typeof engine.value("Results", built.resultCells.get(forUnit("W", UNITS[0]))!.address)
    ).toBe("number");
  });
});

describe("an α outside [0, 1] in a stored model", () => {
  it.each(["addin", "native"] as const)("combines nothing and says why (%s style)", (style) => {
    const m = model(style, { use: false, combine: "linear", alpha: 1.5 });
    const inputs = sampleInputs(m);
    const built = buildWorkbook(m, { inputs });
    const engine = recalculatedWithBundle(built.spec);
    const value = (key: string) => {
      const at = built.resultCells.get(key)!;
      return engine.value(at.sheet, at.address);
    };
    const q = quantitativeIndicators(m);
    expect(typeof value(objectiveKey.entropy(q[0].id))).toBe("number");
    expect(q.map((n) => value(objectiveKey.combined(n.id)))).toEqual(q.map(() => ""));
    const messages = resultsText(built, engine).filter((v) =>
      v.startsWith("The weights cannot be combined")
    );
    expect(messages).toEqual([
      "The weights cannot be combined: α is the share of the AHP weights, between 0 and 1, not 1.5.",
    ]);
    const core = evaluateModel(m, inputs);
    expect(core.has(objectiveKey.combined(q[0].id))).toBe(false);
    expect(mismatches(core, built.resultCells, (s, a) => engine.value(s, a))).toEqual([]);
  });
});

describe("rebuilding", () => {
  it("keeps the typed inputs when objective weights are switched on", () => {
    const m = model("addin");
    const before = buildWorkbook(m, { inputs: sampleInputs(m) });
    const typed = (b: ReturnType<typeof buildWorkbook>) =>
      new Map(
        [...b.inputCells].map(([key, at]) => [
          key,
          b.spec.sheets.find((s) => s.name === at.sheet)!.cells.get(at.address)?.value,
        ])
      );
    const on = model("addin", { use: true, combine: "linear", alpha: 0.4 });
    const after = buildWorkbook(on, { inputs: typed(before) as Map<string, CellValue> });
    expect(typed(after)).toEqual(typed(before));
    expect(typed(before).size).toBeGreaterThan(100);
  });
});

describe.each([
  { use: true, combine: "multiplicative", alpha: 0.5 },
  { use: true, combine: "linear", alpha: 0.4 },
] as ObjectiveWeightsSettings[])("LibreOffice recalculates the native workbook with %j", (o) => {
  const m = paperTemplate({
    style: "native",
    method: "SQRT",
    units: UNITS,
    years: YEARS,
    objectiveWeights: o,
  });
  const inputs = sampleInputs(m);
  const built = buildWorkbook(m, { inputs });
  let cached: Awaited<ReturnType<typeof readCachedValues>>;
  beforeAll(async () => {
    cached = await readCachedValues(await converted(await writeXlsx(built.spec), "xlsx"));
  });

  it("shows the entropy and combined weights computed by hand and the core's evaluation", () => {
    const shown = (sheet: string, a: string) => cached.get(sheet)?.values.get(a) ?? "";
    const { table } = expectedTable(m, inputs);
    expect(mismatches(table, built.resultCells, shown)).toEqual([]);
    const core = evaluateModel(m, inputs);
    const results = new Map([...core].filter(([k]) => !k.startsWith("status")));
    expect(mismatches(results, built.resultCells, shown)).toEqual([]);
    for (const u of UNITS) expect(typeof core.get(forUnit("W", u))).toBe("number");
  });
});
