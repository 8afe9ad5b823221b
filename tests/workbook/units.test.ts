/**
 * Several evaluated units (issue 9 §2): one unit keeps the workbook exactly as before; several
 * get a block of scores and data each, per-unit results, the Units table with ranks and its
 * named ranges, and the three threshold methods; the add-in workbook recalculated with
 * dist/functions.js shows what the core computes for every unit; a rebuild keeps each unit's
 * inputs by name.
 */
import * as fs from "fs";
import { buildWorkbook } from "../../src/workbook/build";
import { evaluateModel } from "../../src/workbook/evaluate";
import { checkEvaluation, statusValues } from "../../src/workbook/check";
import {
  dataKey,
  forUnit,
  inputKey,
  parseInputKey,
  resultKey,
  scoreKey,
  thresholdKey,
} from "../../src/workbook/keys";
import { EvaluationModel, EvaluationSettings, unitsProblem } from "../../src/workbook/model";
import { sampleInputs } from "../../src/workbook/sample";
import { paperTemplate } from "../../src/workbook/template";
import { carryUnits } from "../../src/workbook/units";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { METADATA, loadBundle } from "../support/bundle";
import { CustomFunction, FormulaEngine, dimensionalityFrom } from "../support/formulaEngine";

const UNITS = ["Hubei", "Hunan|Changsha", "Jiangxi"];
const several = (settings: Partial<EvaluationSettings> = {}): EvaluationModel =>
  paperTemplate({ units: UNITS, ...settings });

/** The spec as comparable JSON: Maps as entry lists, and the stored model left out. */
const comparable = (spec: WorkbookSpec) =>
  JSON.parse(
    JSON.stringify(
      {
        ...spec,
        sheets: spec.sheets.map((s) =>
          s.name === "_EvalMeta" ? { ...s, cells: [...s.cells].filter(([a]) => a[0] !== "B") } : s
        ),
      },
      (_, v) => (v instanceof Map ? [...v] : v)
    )
  );

describe("one unit", () => {
  it.each(["addin", "native"] as const)(
    "builds the same workbook (%s) with units absent, empty or one name, and thresholds own",
    (style) => {
      const base = paperTemplate({ style, trade: true });
      const inputs = sampleInputs(base);
      const want = comparable(buildWorkbook(base, { inputs }).spec);
      for (const patch of [{ units: [] }, { units: ["Hubei"] }, { thresholds: "own" as const }]) {
        const m = paperTemplate({ style, trade: true, ...patch });
        expect(sampleInputs(m)).toEqual(inputs);
        expect(comparable(buildWorkbook(m, { inputs }).spec)).toEqual(want);
      }
      // The stored model differs only by the settings given.
      const one = buildWorkbook(paperTemplate({ style, units: ["Hubei"] }));
      const meta = one.spec.sheets.find((s) => s.name === "_EvalMeta")!;
      expect(String(meta.cells.get("B2")?.value)).toContain('"units":["Hubei"]');
    }
  );
});

describe("keys with a unit", () => {
  it("carry the unit's name encoded, so any name parses back", () => {
    expect(scoreKey("I112", 2, "Hunan|Changsha")).toBe("s|I112|e2|u:Hunan%7CChangsha");
    expect(dataKey("I111", 2020, "湖北")).toBe("q|I111|2020|u:%E6%B9%96%E5%8C%97");
    expect(scoreKey("I112", 2)).toBe("s|I112|e2");
    for (const unit of ["Hunan|Changsha", "a%b", "u:x", " spaced ", "湖北", "😀"]) {
      for (const k of [
        { kind: "score", indicator: "I1", expert: 3, unit },
        { kind: "data", indicator: "I1", year: 2019, unit },
      ] as const)
        expect(parseInputKey(inputKey(k))).toEqual(k);
    }
    expect(parseInputKey("s|I1|e1")).toEqual({ kind: "score", indicator: "I1", expert: 1 });
    expect(parseInputKey("s|I1|e1|x")).toBeNull();
    expect(parseInputKey("q|I1|2020|u:%E0%A4%A")).toBeNull(); // not valid encoding
    expect(parseInputKey(thresholdKey("I1", "best"))).toEqual({
      kind: "threshold",
      indicator: "I1",
      end: "best",
    });
  });

  it("units are checked like experts: no blank or repeated name", () => {
    expect(unitsProblem([])).toBeNull();
    expect(unitsProblem(["Hubei", " "])).toBe("A unit has no name");
    expect(unitsProblem(["Hubei", "hubei "])).toBe('The unit "hubei" is listed twice');
    expect(unitsProblem(Array.from({ length: 101 }, (_, i) => `U${i}`))).toMatch(/At most 100/);
  });
});

describe("several units", () => {
  const model = several();
  const inputs = sampleInputs(model);
  const built = buildWorkbook(model, { inputs });

  it("lays out a block of scores and data per unit, judgments shared", () => {
    const keys = [...built.inputCells.keys()];
    const qual = model.nodes.filter((n) => n.type === "qualitative" && n.id.startsWith("I"));
    for (const u of UNITS) {
      expect(built.inputCells.get(scoreKey("I112", 1, u))?.sheet).toBe("Expert Scores");
      expect(built.inputCells.get(dataKey("I111", 2016, u))?.sheet).toBe("Quantitative Data");
    }
    expect(keys.filter((k) => k.startsWith("s|"))).toHaveLength(qual.length * 5 * 3);
    expect(keys.some((k) => k === "s|I112|e1")).toBe(false);
    const judgments = (keys: Iterable<string>) => [...keys].filter((k) => k.startsWith("j|"));
    expect(judgments(keys)).toEqual(judgments(buildWorkbook(paperTemplate()).inputCells.keys()));
    const scores = built.spec.sheets.find((s) => s.name === "Expert Scores")!;
    const headings = [...scores.cells.values()].filter((c) => c.style === "subtitle");
    expect(headings.map((c) => c.value)).toEqual(UNITS);
    // Each unit's data differ.
    const w = UNITS.map((u) => inputs.get(dataKey("I111", 2023, u)));
    expect(new Set(w).size).toBe(3);
  });

  it("has a Units table with W, grade, rank and B, its names and a chart of W by unit", () => {
    const names = new Map(built.spec.names.map((n) => [n.name, n.ref]));
    const w = built.resultCells.get(resultKey.unitValue(UNITS[0]))!;
    const rank = built.resultCells.get(resultKey.unitRank(UNITS[2]))!;
    const row = Number(w.address.slice(1));
    expect(names.get("UnitScores")).toBe(`'Results'!$B$${row}:$B$${row + 2}`);
    expect(names.get("UnitGrades")).toBe(`'Results'!$C$${row}:$C$${row + 2}`);
    expect(names.get("UnitRanks")).toBe(`'Results'!$D$${row}:$D$${row + 2}`);
    expect(rank.address[0]).toBe("D");
    const results = built.spec.sheets.find((s) => s.name === "Results")!;
    expect(results.charts.map((c) => c.title)).toContain("W by unit");
    expect(results.charts.find((c) => c.title === "Grade memberships (B)")!.series).toHaveLength(3);
    for (const u of UNITS)
      expect(built.resultCells.has(forUnit(resultKey.value("overall"), u))).toBe(true);
  });

  it("the core computes per unit W, grade, B and ranks (ties share a rank)", () => {
    const c = evaluateModel(model, inputs);
    const ws = UNITS.map((u) => c.get(resultKey.unitValue(u)) as number);
    const ranks = UNITS.map((u) => c.get(resultKey.unitRank(u)));
    expect(ws.every((x) => typeof x === "number")).toBe(true);
    expect(ranks.sort()).toEqual([1, 2, 3]);
    const same = new Map(inputs);
    for (const [k, v] of inputs)
      if (k.endsWith(`|u:${encodeURIComponent(UNITS[0])}`))
        same.set(k.replace(encodeURIComponent(UNITS[0]), encodeURIComponent(UNITS[2])), v);
    const tied = evaluateModel(model, same);
    expect(tied.get(resultKey.unitRank(UNITS[0]))).toBe(tied.get(resultKey.unitRank(UNITS[2])));
  });

  it("thresholds: own scores an improving series the top mark; units and typed need not", () => {
    const top = (m: EvaluationModel) => {
      const i = sampleInputs(m);
      const c = evaluateModel(m, i);
      return UNITS.map((u) => c.get(forUnit(resultKey.quantScore("I111"), u)) as number);
    };
    const own = top(several());
    const units = top(several({ thresholds: "units" }));
    const typed = top(several({ thresholds: "typed" }));
    for (const x of [...own, ...units, ...typed]) expect(x).toBeGreaterThanOrEqual(1);
    expect(units.some((x) => x < 4)).toBe(true);
    expect(typed.every((x) => x < 4)).toBe(true);
    expect(units).not.toEqual(own);
    // Typed: the worst and best are input cells above the units' blocks.
    const m = several({ thresholds: "typed" });
    const b = buildWorkbook(m);
    expect(b.inputCells.get(thresholdKey("I111", "worst"))?.sheet).toBe("Quantitative Data");
    const check = checkEvaluation(m, new Map(), b.inputCells);
    expect(check.missing.some((x) => x.kind === "threshold")).toBe(true);
    expect(
      check.missing.some((x) => x.title === `Score missing: ${UNITS[1]} — ${m.nodes[3].name}`)
    ).toBe(true);
  });
});

describe("recalculating the add-in workbook of 3 units with dist/functions.js", () => {
  const bundle = loadBundle();
  const functions: Record<string, CustomFunction> = {};
  for (const [id, fn] of bundle.bound) functions[id] = fn;
  const dimensionality = dimensionalityFrom(JSON.parse(fs.readFileSync(METADATA, "utf8")));

  it.each(["own", "units", "typed"] as const)(
    "shows every result and Status count the core computes (thresholds %s)",
    (thresholds) => {
      const model = several({ thresholds, experts: ["A", "B", "C"] });
      const inputs = sampleInputs(model);
      // A gap, so the Status sheet's per-unit counts are not all complete.
      inputs.delete(scoreKey("I112", 2, UNITS[1]));
      inputs.delete(dataKey("I121", 2018, UNITS[2]));
      const built = buildWorkbook(model, { inputs });
      const engine = new FormulaEngine(built.spec, { functions, dimensionality });
      engine.recalculate();
      const full = sampleInputs(model);
      const expected = new Map([...evaluateModel(model, full), ...statusValues(model, inputs)]);
      // Results from the complete inputs, status from the gapped ones: recalculate both.
      const complete = new FormulaEngine(buildWorkbook(model, { inputs: full }).spec, {
        functions,
        dimensionality,
      });
      complete.recalculate();
      const wrong: string[] = [];
      const status = statusValues(model, inputs);
      for (const [key, want] of expected) {
        const at = built.resultCells.get(key);
        const got = at
          ? (status.has(key) ? engine : complete).value(at.sheet, at.address)
          : "no cell";
        const same =
          typeof want === "number"
            ? typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
            : (got ?? "") === want;
        if (!same) wrong.push(`${key}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
      expect(wrong).toEqual([]);
      expect(status.get(resultKey.unitProgress(UNITS[1], "scores"))).toBe(5 * 3 - 1);
      expect(status.get(resultKey.unitProgress(UNITS[2], "series"))).toBe(4);
      for (const u of UNITS) expect(expected.has(resultKey.unitRank(u))).toBe(true);
    }
  );
});

describe("carrying inputs between one unit and several", () => {
  it("gives the inputs typed for one unit to the first of several, and back", () => {
    const one = paperTemplate();
    const typed = new Map<string, string | number>([
      ["s|I112|e1", 3],
      ["q|I111|2016", 10],
      ["j|GOAL|e1|C1|C2", 3],
    ]);
    const to = carryUnits(typed, several().settings);
    expect(to.moved).toEqual(
      new Map([
        ["s|I112|e1", "s|I112|e1|u:Hubei"],
        ["q|I111|2016", "q|I111|2016|u:Hubei"],
      ])
    );
    expect(to.note).toMatch(/first unit, Hubei \(2 entries\)/);
    const back = carryUnits(new Map([["s|I112|e1|u:Hubei", 3]]), {
      ...one.settings,
      units: ["Hubei"],
    });
    expect(back.inputs.get("s|I112|e1")).toBe(3);
    expect(carryUnits(typed, one.settings).moved.size).toBe(0);
  });
});
