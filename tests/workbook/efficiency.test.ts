/**
 * The Efficiency sheet (src/workbook/build/efficiency.ts): DEA of the units' last-year inputs
 * and outputs and the Malmquist index over the years. The add-in workbook recalculated by the
 * test formula engine with dist/functions.js shows what src/workbook/efficiency.ts computes
 * with src/core/dea (to 1e-9 relative); the native workbook holds those values.
 */
import { buildWorkbook } from "../../src/workbook/build";
import {
  efficiencyKey,
  efficiencyMeasures,
  efficiencyRole,
  efficiencyValues,
} from "../../src/workbook/efficiency";
import { evaluateModel } from "../../src/workbook/evaluate";
import { modelsKey, modelsOf, modelsValues } from "../../src/workbook/models";
import { sampleInputs } from "../../src/workbook/sample";
import { paperTemplate } from "../../src/workbook/template";
import { mismatches, recalculatedWithBundle } from "../support/recalc";

const UNITS = ["Hubei", "Hunan", "Jiangxi", "Anhui", "Henan"];
const model = (style: "addin" | "native") =>
  paperTemplate({ style, units: UNITS, efficiency: true, years: [2019, 2020, 2021, 2022] });

describe("the DEA measures of the paper's template", () => {
  it("takes inputs from Innovation input and outputs from Innovation output, cost outputs as undesirable", () => {
    const m = paperTemplate({ units: UNITS });
    const quant = m.nodes.filter((n) => n.type === "quantitative");
    const roles = quant.map((n) => [n.id, efficiencyRole(m, n.id)]);
    expect(roles.filter(([, r]) => r === "input").length).toBeGreaterThan(0);
    expect(roles.filter(([, r]) => r === "output").length).toBeGreaterThan(0);
    const co2 = quant.find((n) => /CO2/.test(n.name))!;
    expect(efficiencyRole(m, co2.id)).toBe("undesirable");
    expect(efficiencyMeasures(m).problem).toBeNull();
  });

  it("needs two units at least, and says so on the sheet", () => {
    const one = paperTemplate({ efficiency: true });
    expect(efficiencyMeasures(one).problem).toMatch(/at least two units/);
    const sheet = buildWorkbook(one).spec.sheets.find((s) => s.name === "Efficiency")!;
    expect([...sheet.cells.values()].some((c) => /at least two units/.test(String(c.value)))).toBe(
      true
    );
  });

  it("takes the roles set in the settings over the criteria", () => {
    const m = paperTemplate({ units: UNITS });
    const id = m.nodes.find(
      (n) => n.type === "quantitative" && efficiencyRole(m, n.id) === "input"
    )!.id;
    m.settings.efficiencyRoles = { [id]: "none" };
    expect(efficiencyRole(m, id)).toBe("none");
  });
});

describe("the add-in Efficiency sheet recalculated with dist/functions.js", () => {
  const m = model("addin");
  const inputs = sampleInputs(m);
  const built = buildWorkbook(m, { inputs });
  const engine = recalculatedWithBundle(built.spec);
  const expected = efficiencyValues(m, inputs);

  it("shows every score, returns to scale and Malmquist value the core computes", () => {
    expect(mismatches(expected, built.resultCells, (sh, a) => engine.value(sh, a))).toEqual([]);
    // 5 units × (CRS, VRS, scale, returns, SBM, 3 slacks and 3 targets) + 5 × 3 pairs × (MI, EC, TC)
    expect(expected.size).toBe(5 * (5 + 3 + 3) + 5 * 3 * 3);
    const crs = UNITS.map((u) => expected.get(efficiencyKey.score("crs", u)) as number);
    expect(Math.max(...crs)).toBe(1); // one unit at least is efficient
    for (const u of UNITS) {
      const mi = expected.get(efficiencyKey.malmquist("mi", 2019, u)) as number;
      const ec = expected.get(efficiencyKey.malmquist("ec", 2019, u)) as number;
      const tc = expected.get(efficiencyKey.malmquist("tc", 2019, u)) as number;
      expect(mi).toBeCloseTo(ec * tc, 12);
    }
  });
});

describe("the native Efficiency sheet", () => {
  it("holds the values computed at build time, and says so", () => {
    const m = model("native");
    const inputs = sampleInputs(m);
    const built = buildWorkbook(m, { inputs });
    const sheet = built.spec.sheets.find((s) => s.name === "Efficiency")!;
    for (const [key, want] of efficiencyValues(m, inputs)) {
      const at = built.resultCells.get(key)!;
      expect([key, sheet.cells.get(at.address)?.value]).toEqual([key, want]);
    }
    expect(
      [...sheet.cells.values()].some((c) =>
        /computed when the workbook was built/.test(String(c.value))
      )
    ).toBe(true);
  });
});

describe("the Models table of the Results sheet", () => {
  const m = model("addin");
  const inputs = sampleInputs(m);
  const built = buildWorkbook(m, { inputs });
  const engine = recalculatedWithBundle(built.spec);
  const computed = evaluateModel(m, inputs);

  it("lists W, the quantitative score, DEA, TOPSIS and GRA per unit with average ranks, and ρ between them", () => {
    expect(modelsOf(m)).toEqual(["grey", "quant", "dea", "topsis", "gra"]);
    const expected = modelsValues(m, computed);
    expect(mismatches(expected, built.resultCells, (sh, a) => engine.value(sh, a))).toEqual([]);
    // 5 models × 5 units × (score, rank) + 10 pairs
    expect(expected.size).toBe(5 * 5 * 2 + 10);
    for (const u of UNITS)
      for (const id of ["topsis", "gra"] as const)
        expect(typeof expected.get(modelsKey.value(id, u))).toBe("number");
    const ranks = UNITS.map((u) => expected.get(modelsKey.rank("grey", u)));
    expect([...ranks].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(expected.get(modelsKey.value("grey", UNITS[0]))).toBe(
      computed.get(`units|W|u:${UNITS[0]}`)
    );
  });

  it("puts the Efficiency sheet after Results", () => {
    const names = built.spec.sheets.map((s) => s.name);
    expect(names.indexOf("Efficiency")).toBe(names.indexOf("Results") + 1);
  });
});
