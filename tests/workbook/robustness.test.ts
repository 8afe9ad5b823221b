/**
 * The Robustness block of the Results sheet (src/workbook/robustness.ts and
 * build/robustness.ts): the rank reversal is checked end to end, by typing goal judgments that
 * give the criterion the computed swap weight and evaluating again (the two units' W then agree
 * to 1e-9 relative); the Monte-Carlo by its properties (spread 0 keeps every grade, the seed
 * fixes the figures, shares lie in [0, 1]); the sheets recalculated by the formula engine with
 * dist/functions.js show what the core computes.
 */
import { buildWorkbook } from "../../src/workbook/build";
import { evaluateModel } from "../../src/workbook/evaluate";
import { forUnit, judgmentKey, resultKey } from "../../src/workbook/keys";
import { comparisonBlocks } from "../../src/workbook/layout";
import { childrenOf, comparisonParents } from "../../src/workbook/model";
import { consensusWord } from "../../src/core/ahp/consensus";
import {
  consensusValues,
  firstTwo,
  monteCarlo,
  robustnessKey,
  robustnessValues,
} from "../../src/workbook/robustness";
import { sampleInputs } from "../../src/workbook/sample";
import { paperTemplate } from "../../src/workbook/template";
import { mismatches, recalculatedWithBundle } from "../support/recalc";

const UNITS = ["Hubei", "Hunan", "Jiangxi", "Anhui", "Henan"];

describe("rank reversal", () => {
  const m = paperTemplate({ units: UNITS });
  const inputs = sampleInputs(m);
  const computed = evaluateModel(m, inputs);
  const ws = UNITS.map((u) => computed.get(resultKey.unitValue(u)) as number);
  const [a, b] = firstTwo(ws) as [number, number];

  it("names the units with the highest and second-highest W", () => {
    const sorted = [...ws].sort((x, y) => y - x);
    expect([ws[a], ws[b]]).toEqual(sorted.slice(0, 2));
  });

  it("finds the weight at which the two swap: typed as the goal judgment, their W agree", () => {
    const top = childrenOf(m, null);
    expect(top.length).toBe(2); // the template has two first-level criteria
    const at = computed.get(robustnessKey.reversal(top[0].id, "at"));
    expect(typeof at).toBe("number");
    const x = at as number;
    const moved = new Map(inputs);
    // Every expert judges criterion 1 against 2 as x/(1 − x): weights exactly (x, 1 − x).
    for (const block of comparisonBlocks(m.settings))
      moved.set(judgmentKey("GOAL", block.key, top[0].id, top[1].id), x / (1 - x));
    const again = evaluateModel(m, moved);
    expect(again.get(resultKey.globalWeight(top[0].id))).toBeCloseTo(x, 12);
    const wa = again.get(resultKey.unitValue(UNITS[a])) as number;
    const wb = again.get(resultKey.unitValue(UNITS[b])) as number;
    expect(Math.abs(wa - wb)).toBeLessThanOrEqual(1e-9 * wa);
    const w0 = computed.get(resultKey.globalWeight(top[0].id)) as number;
    expect(computed.get(robustnessKey.reversal(top[0].id, "change"))).toBeCloseTo(x - w0, 12);
  });

  it("reports the smallest change over the criteria", () => {
    const changes = childrenOf(m, null)
      .map((c) => computed.get(robustnessKey.reversal(c.id, "change")))
      .filter((v): v is number => typeof v === "number");
    expect(computed.get(robustnessKey.reversalSmallest)).toBe(
      Math.min(...changes.map((c) => Math.abs(c)))
    );
  });
});

describe("the Monte-Carlo grade stability", () => {
  const m = paperTemplate({ units: UNITS });
  const inputs = sampleInputs(m);
  const computed = evaluateModel(m, inputs);

  it("keeps every grade and rank with spread 0, W's SD 0 and its mean the evaluation's W", () => {
    const r = monteCarlo(m, inputs, computed, { spread: 0, samples: 20 });
    if (typeof r === "string") throw new Error(r);
    expect(r.samples).toBe(20);
    r.units.forEach((u) => {
      expect([u.same, u.rank, u.sd]).toEqual([1, 1, 0]);
      const w = computed.get(forUnit(resultKey.value("overall"), u.unit)) as number;
      expect(Math.abs(u.mean - w)).toBeLessThanOrEqual(1e-12 * w);
    });
  });

  it("gives the same figures for the same seed, and shares in [0, 1]", () => {
    const one = monteCarlo(m, inputs, computed, { samples: 200 });
    const two = monteCarlo(m, inputs, computed, { samples: 200 });
    expect(one).toEqual(two);
    if (typeof one === "string") throw new Error(one);
    for (const u of one.units) {
      for (const s of [u.same, u.rank]) expect(s >= 0 && s <= 1).toBe(true);
      expect(u.p5 <= u.mean && u.mean <= u.p95).toBe(true);
    }
    // The sample judgments are not all on the edge: some unit changes grade in some sample.
    expect(one.units.some((u) => u.same < 1)).toBe(true);
  });

  it("follows the combined objective weights when the evaluation uses them", () => {
    const o = paperTemplate({
      units: UNITS,
      years: [2019, 2020, 2021, 2022],
      objectiveWeights: { use: true, combine: "linear", alpha: 0.4 },
    });
    const oi = sampleInputs(o);
    const oc = evaluateModel(o, oi);
    const r = monteCarlo(o, oi, oc, { spread: 0, samples: 10 });
    if (typeof r === "string") throw new Error(r);
    r.units.forEach((u) => {
      const w = oc.get(forUnit(resultKey.value("overall"), u.unit)) as number;
      expect(Math.abs(u.mean - w)).toBeLessThanOrEqual(1e-12 * w);
      expect([u.same, u.sd]).toEqual([1, 0]);
    });
  });

  it("says what is missing while a judgment is blank", () => {
    const partial = new Map(inputs);
    const key = [...partial.keys()].find((k) => k.startsWith("j|"));
    partial.delete(key as string);
    expect(monteCarlo(m, partial, evaluateModel(m, partial))).toBe("every judgment");
  });
});

describe("the consensus of the experts", () => {
  const m = paperTemplate({});
  const inputs = sampleInputs(m);

  it("gives S* in [0, 1] per comparison, with its word", () => {
    const v = consensusValues(m, evaluateModel(m, inputs));
    const s = comparisonParents(m).map((p) => v.get(robustnessKey.consensus(p.id)) as number);
    s.forEach((x) => expect(x >= 0 && x <= 1).toBe(true));
    comparisonParents(m).forEach((p, k) =>
      expect(v.get(robustnessKey.consensusWord(p.id))).toBe(consensusWord(s[k]))
    );
  });

  it("is 1 when every expert types the first expert's judgments, and AIP then equals AIJ", () => {
    const same = new Map(inputs);
    for (const key of inputs.keys()) {
      const first = key.replace(/\|e\d+\|/, "|e1|");
      if (key.startsWith("j|") && first !== key) same.set(key, inputs.get(first) as number);
    }
    const v = consensusValues(m, evaluateModel(m, same));
    for (const p of comparisonParents(m)) {
      expect(v.get(robustnessKey.consensus(p.id))).toBeCloseTo(1, 12);
      p.children.forEach((_, i) =>
        expect(v.get(robustnessKey.weightBy("aip", p.id, i))).toBeCloseTo(
          v.get(robustnessKey.weightBy("aij", p.id, i)) as number,
          12
        )
      );
    }
  });

  it("names its words at Goepel's bounds", () => {
    expect([0.49, 0.5, 0.625, 0.7, 0.75, 0.8, 0.875, 0.9].map(consensusWord)).toEqual([
      "very low",
      "low",
      "low",
      "moderate",
      "moderate",
      "high",
      "high",
      "very high",
    ]);
  });
});

describe("the Robustness block recalculated with dist/functions.js", () => {
  it.each([
    ["one unit", undefined, undefined],
    ["5 units", UNITS, undefined],
    ["5 units, combined weights", UNITS, { use: true, combine: "multiplicative", alpha: 0.5 }],
  ] as const)("shows what the core computes (%s)", (_, units, objectiveWeights) => {
    const m = paperTemplate({
      units: units ? [...units] : undefined,
      years: [2019, 2020, 2021, 2022],
      objectiveWeights: objectiveWeights ? { ...objectiveWeights } : undefined,
    });
    const inputs = sampleInputs(m);
    const built = buildWorkbook(m, { inputs });
    const engine = recalculatedWithBundle(built.spec);
    const expected = robustnessValues(m, inputs, evaluateModel(m, inputs));
    expect(mismatches(expected, built.resultCells, (sh, a) => engine.value(sh, a))).toEqual([]);
    expect(expected.size).toBeGreaterThan(units ? 30 : 5);
    // Every criterion of every unit has W at ±0.1: the evaluation is complete.
    for (const c of childrenOf(m, null))
      for (const u of units ?? [undefined])
        for (const f of ["minusW", "plusW"] as const)
          expect(typeof expected.get(robustnessKey.sensitivity(c.id, f, u))).toBe("number");
  });
});
