/**
 * The Robustness block of the Results sheet (src/workbook/build/robustness.ts): how far the
 * result depends on the judgments and the criteria weights. This module computes what the block
 * shows from the inputs, for the block's build-time values and for tests:
 * - the Monte-Carlo grade stability: every judgment of every comparison block perturbed on the
 *   Saaty scale, the weights, global weights and each unit's W and grade recomputed;
 * - with several units, the smallest change of one first-level criterion's weight (the others
 *   rescaled proportionally) that lets the second unit overtake the first (rank reversal).
 */
import { Judgments, parseJudgments } from "../core/ahp/judgments";
import { randomIndex } from "../core/ahp/consistency";
import { JudgmentSampler, mulberry32, percentileInc } from "../core/ahp/uncertainty";
import { GreyResult, comprehensiveValue, gradeOf } from "../core/grey/evaluate";
import { SensitivityRow, greySensitivity } from "../core/grey/sensitivity";
import { blockMatrix } from "./judgmentMatrix";
import {
  combinedWeights,
  entropyWeightsOf,
  usedWeights,
  usesObjectiveWeights,
} from "./objectiveWeights";
import { aggregatePriorities } from "../core/ahp/group";
import { CONSENSUS_WORDS, consensusWord, groupConsensus } from "../core/ahp/consensus";
import { messagesOf } from "./i18n";
import type { Language } from "../core/language";

/** The word of a consensus S* in `language` (consensusWord's, translated). */
function consensusWordIn(s: number, language: Language | undefined): string {
  const english = consensusWord(s);
  const i = CONSENSUS_WORDS.findIndex((x) => x.word === english);
  return messagesOf(language).robustness.consensusWords[i] ?? english;
}
import { blockId, forUnit, resultKey } from "./keys";
import { aggregated, comparisonBlocks, effectiveMethod, scaleOf } from "./layout";
import {
  EvaluationModel,
  childrenOf,
  comparisonParents,
  criterionSums,
  depthFirst,
  indicators,
  severalUnits,
  unitNames,
} from "./model";
import type { CellValue } from "./spec";

/** The weight move of the sensitivity table (absolute, the other weights rescaled proportionally). */
export const SENSITIVITY_STEP = 0.1;

/** The Monte-Carlo settings of the block. */
export const MONTE_CARLO = {
  samples: 1000,
  /** Saaty-scale steps a judgment moves by, at most, either way. */
  spread: 1,
  seed: 1,
  /** Perturbed matrices with a larger CR are drawn again. */
  maxCr: 0.2,
  /** Draws of one block before its sample is discarded. */
  tries: 20,
  /** Work (multiply-adds) the build may spend; larger evaluations take fewer samples. */
  budget: 3e7,
  /** Fewest samples worth reporting. */
  fewest: 50,
};

export const robustnessKey = {
  /** Monte-Carlo: share of samples with the base grade, W statistics, share with the base rank. */
  mc: (field: "same" | "mean" | "sd" | "p5" | "p95" | "rank", unit: string | undefined) =>
    forUnit(`robust|mc|${field}`, unit),
  /** Rank reversal per first-level criterion: the weight at which the first two swap, and the change. */
  reversal: (criterion: string, field: "at" | "change") => `robust|swap|${criterion}|${field}`,
  /** The smallest change (absolute) over the criteria. */
  reversalSmallest: "robust|swap|smallest",
  /** Criteria weights ±SENSITIVITY_STEP (GREY.SENSITIVITY's columns) of a criterion and unit. */
  sensitivity: (criterion: string, field: SensitivityField, unit: string | undefined) =>
    forUnit(`robust|sens|${criterion}|${field}`, unit),
  /** Several experts: Goepel's S* of a parent's comparisons ("GOAL" or a node id) and its word. */
  consensus: (parent: string) => `robust|consensus|${parent}`,
  consensusWord: (parent: string) => `robust|consensus|word|${parent}`,
  /** Weight of child i of a parent: AIJ (the aggregate's), AIP (geometric), the experts' arithmetic mean. */
  weightBy: (how: "aij" | "aip" | "mean", parent: string, i: number) =>
    `robust|${how}|${parent}|${i}`,
};

/** GREY.SENSITIVITY's columns after the criterion's label, in order. */
export const SENSITIVITY_FIELDS = [
  "weight",
  "minusW",
  "minusGrade",
  "plusW",
  "plusGrade",
  "decrease",
  "increase",
] as const;
export type SensitivityField = (typeof SENSITIVITY_FIELDS)[number];

/** The largest value of the judgment scale, for the consensus's correction. */
export const CONSENSUS_SCALE_MAX = 9;

/** What the Monte-Carlo perturbs: each parent's expert matrices; the units; the work of one sample. */
interface Prepared {
  parents: { children: string[]; experts: Judgments[] }[];
  units: (string | undefined)[];
  work: number;
}

/** The complete judgments, or what is missing for the Monte-Carlo to run. */
function prepare(model: EvaluationModel, inputs: Map<string, CellValue>): Prepared | string {
  const s = model.settings;
  const parents: Prepared["parents"] = [];
  let work = 0;
  for (const p of comparisonParents(model)) {
    const ids = p.children.map((c) => c.id);
    const experts: Judgments[] = [];
    for (const b of comparisonBlocks(s)) {
      let j: Judgments;
      try {
        j = parseJudgments(blockMatrix(p.id, b.key, ids, inputs));
      } catch {
        return "every judgment";
      }
      if (j.missing.length > 0) return "every judgment";
      experts.push(j);
      work += 30 * ids.length * ids.length;
    }
    parents.push({ children: ids, experts });
  }
  const units = severalUnits(s) ? unitNames(s) : [undefined];
  work += units.length * indicators(model).length * scaleOf(s).centres.length;
  return { parents, units, work };
}

export interface MonteCarloResult {
  /** Samples kept. */
  samples: number;
  /** By unit (undefined: the only one): share of samples with the base grade and rank, W's mean, SD, P5 and P95. */
  units: {
    unit: string | undefined;
    same: number;
    rank: number;
    mean: number;
    sd: number;
    p5: number;
    p95: number;
  }[];
}

/**
 * The Monte-Carlo grade stability of every unit, or why it cannot be computed yet (the
 * judgments or samples incomplete). `computed` is evaluateModel's result: the base grades and
 * each unit's r per indicator. Deterministic: the seed is fixed.
 */
export function monteCarlo(
  model: EvaluationModel,
  inputs: Map<string, CellValue>,
  computed: Map<string, CellValue>,
  options: Partial<typeof MONTE_CARLO> = {}
): MonteCarloResult | string {
  const o = { ...MONTE_CARLO, ...options };
  const s = model.settings;
  const scale = scaleOf(s);
  const g = scale.centres.length;
  const method = effectiveMethod(s);
  const prepared = prepare(model, inputs);
  if (typeof prepared === "string") return prepared;
  const leaves = indicators(model);
  const units = prepared.units;
  // Each unit's r per indicator and its base grade, from the evaluation.
  const r: number[][][] = [];
  const baseGrade: string[] = [];
  for (const unit of units) {
    const rows: number[][] = [];
    for (const node of leaves) {
      const row: number[] = [];
      for (let e = 0; e < g; e++) {
        const x = computed.get(forUnit(resultKey.greyWeight(node.id, e), unit));
        if (typeof x !== "number") return "every score";
        row.push(x);
      }
      rows.push(row);
    }
    r.push(rows);
    const grade = computed.get(forUnit(resultKey.grade("overall"), unit));
    if (typeof grade !== "string" || grade === "") return "every score";
    baseGrade.push(grade);
  }
  const baseW = units.map((u) => computed.get(forUnit(resultKey.value("overall"), u)) as number);
  const baseRank = baseW.map((w) => 1 + baseW.filter((x) => x > w).length);
  const target = Math.min(o.samples, Math.max(o.fewest, Math.floor(o.budget / prepared.work)));
  const random = mulberry32(o.seed);
  const several = aggregated(s);
  const sampler = (j: Judgments) =>
    new JudgmentSampler(j, o.spread, method, randomIndex(j.n, s.riTable), random, o.maxCr);
  const blocks = prepared.parents.map((p) => ({
    children: p.children,
    experts: p.experts.map(sampler),
    // The AIJ aggregate of the experts' draws, weighed by a sampler of its own (no CR limit).
    aggregate: several
      ? new JudgmentSampler(
          p.experts[0],
          0,
          method,
          randomIndex(p.children.length, s.riTable),
          random,
          Infinity
        )
      : null,
  }));
  const order = depthFirst(model).map((x) => x.node);
  // With objective weights in use: their entropy part, fixed by the data.
  const usesObjective = usesObjectiveWeights(model);
  const entropy = usesObjective ? entropyWeightsOf(model, inputs) : null;
  const ws: number[][] = units.map(() => []);
  const same = units.map(() => 0);
  const rankSame = units.map(() => 0);
  const local = new Map<string, number>();
  const global = new Map<string, number>();
  const b = new Float64Array(g);
  let kept = 0;
  for (let attempt = 0; attempt < o.samples * o.tries && kept < target; attempt++) {
    let ok = true;
    for (const block of blocks) {
      for (const e of block.experts) {
        let found = false;
        for (let t = 0; t < o.tries && !found; t++) found = e.draw();
        if (!found) ok = false;
        if (!ok) break;
      }
      if (!ok) break;
      let w = block.experts[0].w;
      if (block.aggregate) {
        const agg = block.aggregate;
        const k = block.experts.length;
        for (let x = 0; x < agg.a.length; x++) {
          let logSum = 0;
          for (const e of block.experts) logSum += Math.log(e.a[x]);
          agg.a[x] = Math.exp(logSum / k);
        }
        agg.weigh();
        w = agg.w;
      }
      block.children.forEach((id, i) => local.set(id, w[i]));
    }
    if (!ok) continue;
    for (const n of order) {
      const l = local.get(n.id) ?? 1; // an only child
      global.set(n.id, l * (n.parent === null ? 1 : (global.get(n.parent) as number)));
    }
    // With objective weights in use, the combination follows the perturbed AHP weights.
    const used = usesObjective
      ? usedWeights(model, global, entropy && combinedWeights(model, entropy, global))
      : global;
    if (leaves.some((n) => !used.has(n.id))) return "weights the evaluation can use";
    const gw = leaves.map((n) => used.get(n.id) as number);
    const total = gw.reduce((x, y) => x + y, 0);
    const wNow: number[] = [];
    units.forEach((_, k) => {
      b.fill(0);
      gw.forEach((w, i) => {
        const ri = r[k][i];
        for (let e = 0; e < g; e++) b[e] += (w / total) * ri[e];
      });
      const bs = Array.from(b);
      const w = comprehensiveValue(bs, scale);
      wNow.push(w);
      ws[k].push(w);
      if (gradeOf(bs, scale) === baseGrade[k]) same[k]++;
    });
    wNow.forEach((w, k) => {
      if (1 + wNow.filter((x) => x > w).length === baseRank[k]) rankSame[k]++;
    });
    kept++;
  }
  if (kept === 0) return "judgments whose perturbations stay below CR 0.2";
  return {
    samples: kept,
    units: units.map((unit, k) => {
      const sorted = ws[k].slice().sort((a, b) => a - b);
      // Shifted by the first sample, so that equal samples give their value and SD 0 exactly.
      const x0 = ws[k][0];
      const shift = sorted.reduce((a, x) => a + (x - x0), 0) / kept;
      const mean = x0 + shift;
      const sd = Math.sqrt(
        Math.max(0, sorted.reduce((a, x) => a + (x - x0) ** 2, 0) / kept - shift * shift)
      );
      return {
        unit,
        same: same[k] / kept,
        rank: rankSame[k] / kept,
        mean,
        sd,
        p5: percentileInc(sorted, 0.05),
        p95: percentileInc(sorted, 0.95),
      };
    }),
  };
}

/**
 * Rank reversal (several units): for each first-level criterion, the weight x at which the
 * second unit's W equals the first's, the others rescaled proportionally. W_u(x) = x·W_uc +
 * (1 − x)·(W_u − w_c·W_uc)/(1 − w_c) is linear in x, so the crossing is exact; blank when it lies
 * outside [0, 1] or the lines are parallel. Keys robustnessKey.reversal and reversalSmallest.
 */
export function reversalValues(
  model: EvaluationModel,
  computed: Map<string, CellValue>
): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  if (!severalUnits(model.settings)) return out;
  const units = unitNames(model.settings);
  const tops = childrenOf(model, null);
  const num = (k: string) => {
    const v = computed.get(k);
    return typeof v === "number" ? v : null;
  };
  const ws = units.map((u) => num(resultKey.unitValue(u)));
  const pair = firstTwo(ws);
  let smallest: number | null = null;
  const weights = criterionWeights(model, computed);
  for (const c of tops) {
    const wc = weights.get(c.id) ?? null;
    let at: number | null = null;
    if (pair && wc !== null && wc < 1) {
      const [a, b] = pair;
      const wa = num(forUnit(resultKey.value(c.id), units[a]));
      const wb = num(forUnit(resultKey.value(c.id), units[b]));
      if (wa !== null && wb !== null) {
        const dc = wa - wb;
        const dr = ((ws[a] as number) - wc * wa - ((ws[b] as number) - wc * wb)) / (1 - wc);
        if (dr !== dc) {
          const x = dr / (dr - dc);
          if (x >= 0 && x <= 1) at = x;
        }
      }
    }
    out.set(robustnessKey.reversal(c.id, "at"), at ?? "");
    out.set(robustnessKey.reversal(c.id, "change"), at === null ? "" : at - (wc as number));
    if (at !== null && wc !== null) {
      const change = Math.abs(at - wc);
      if (smallest === null || change < smallest) smallest = change;
    }
  }
  out.set(robustnessKey.reversalSmallest, smallest ?? "");
  return out;
}

/** The positions of the highest and second-highest W (the first of equals first), or null. */
export function firstTwo(ws: (number | null)[]): [number, number] | null {
  if (ws.some((w) => w === null) || ws.length < 2) return null;
  const w = ws as number[];
  const a = w.indexOf(Math.max(...w));
  let b = -1;
  w.forEach((x, i) => {
    if (i !== a && (b < 0 || x > w[b])) b = i;
  });
  return [a, b];
}

/** What Monte-Carlo figures a unit has, in the block's column order. */
export const MC_FIELDS = ["same", "mean", "sd", "p5", "p95", "rank"] as const;

/**
 * Everything the Robustness block shows, by result key: the Monte-Carlo figures ("" while the
 * judgments or scores are incomplete) and the rank reversal. `computed` is evaluateModel's.
 */
export function robustnessValues(
  model: EvaluationModel,
  inputs: Map<string, CellValue>,
  computed: Map<string, CellValue>
): Map<string, CellValue> {
  const out = new Map([
    ...sensitivityValues(model, computed),
    ...reversalValues(model, computed),
    ...consensusValues(model, computed),
  ]);
  const mc = monteCarlo(model, inputs, computed);
  const several = severalUnits(model.settings);
  const units = several ? unitNames(model.settings) : [undefined];
  units.forEach((unit, k) => {
    for (const f of MC_FIELDS) {
      if (f === "rank" && !several) continue;
      out.set(robustnessKey.mc(f, unit), typeof mc === "string" ? "" : mc.units[k][f]);
    }
  });
  return out;
}

/**
 * Several experts (AIJ): per comparison block the consensus S* of the experts' weights
 * (Goepel 2013, as AHP.CONSENSUS) with its word, and each element's AIJ weight, AIP weight
 * (geometric mean of the experts' weights, renormalised, as AHP.AIP) and arithmetic mean; ""
 * while an expert's weights are missing.
 */
export function consensusValues(
  model: EvaluationModel,
  computed: Map<string, CellValue>
): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const s = model.settings;
  if (!aggregated(s)) return out;
  const experts = comparisonBlocks(s);
  for (const p of comparisonParents(model)) {
    const n = p.children.length;
    const vectors: number[][] = [];
    for (const e of experts) {
      const w = p.children.map((_, i) =>
        computed.get(resultKey.blockWeight(blockId(p.id, e.key), i))
      );
      if (w.every((x) => typeof x === "number")) vectors.push(w as number[]);
    }
    const complete = vectors.length === experts.length;
    let consensus: number | "" = "";
    if (complete) {
      try {
        consensus = groupConsensus(vectors, CONSENSUS_SCALE_MAX).s;
      } catch {
        consensus = "";
      }
    }
    out.set(robustnessKey.consensus(p.id), consensus);
    out.set(
      robustnessKey.consensusWord(p.id),
      consensus === "" ? "" : consensusWordIn(consensus, s.language)
    );
    const aip = complete ? aggregatePriorities(vectors) : null;
    for (let i = 0; i < n; i++) {
      const aij = computed.get(resultKey.blockWeight(blockId(p.id, "aggregate"), i));
      out.set(robustnessKey.weightBy("aij", p.id, i), typeof aij === "number" ? aij : "");
      out.set(robustnessKey.weightBy("aip", p.id, i), aip ? aip[i] : "");
      out.set(
        robustnessKey.weightBy("mean", p.id, i),
        complete ? vectors.reduce((a, w) => a + w[i], 0) / vectors.length : ""
      );
    }
  }
  return out;
}

/**
 * The criteria weights moved by ±SENSITIVITY_STEP, per unit and first-level criterion, as
 * GREY.SENSITIVITY computes them from the evaluation's B per criterion and the criteria weights;
 * "" while the unit's evaluation is incomplete.
 */
export function sensitivityValues(
  model: EvaluationModel,
  computed: Map<string, CellValue>
): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const s = model.settings;
  const scale = scaleOf(s);
  const g = scale.centres.length;
  const tops = childrenOf(model, null);
  const weights = criterionWeights(model, computed);
  for (const unit of severalUnits(s) ? unitNames(s) : [undefined]) {
    const criteria: GreyResult["criteria"] = [];
    for (const c of tops) {
      const b = Array.from({ length: g }, (_, e) =>
        computed.get(forUnit(resultKey.membership(c.id, e), unit))
      );
      const w = weights.get(c.id);
      if (w === undefined || !b.every((x) => typeof x === "number")) break;
      criteria.push({
        label: c.name,
        classes: b as number[],
        value: comprehensiveValue(b as number[], scale),
        weight: w,
      });
    }
    let rows: SensitivityRow[] | null = null;
    if (criteria.length === tops.length)
      try {
        rows = greySensitivity({ classes: [], value: 0, criteria }, scale, SENSITIVITY_STEP);
      } catch {
        rows = null;
      }
    tops.forEach((c, k) => {
      const row = rows?.[k];
      const values: Record<SensitivityField, CellValue> = {
        weight: row ? row.weight : "",
        minusW: row ? row.down.value : "",
        minusGrade: row ? row.down.grade : "",
        plusW: row ? row.up.value : "",
        plusGrade: row ? row.up.grade : "",
        decrease: row?.decrease ?? "",
        increase: row?.increase ?? "",
      };
      for (const f of SENSITIVITY_FIELDS)
        out.set(robustnessKey.sensitivity(c.id, f, unit), values[f]);
    });
  }
  return out;
}

/**
 * The weight the evaluation gives each first-level criterion: the sum of its indicators' weights
 * as the grey evaluation uses them (the AHP global weights, or the combined objective weights);
 * absent while one is missing.
 */
function criterionWeights(
  model: EvaluationModel,
  computed: Map<string, CellValue>
): Map<string, number> {
  return criterionSums(model, (n) => {
    const w = computed.get(resultKey.indicatorWeight(n.id));
    return typeof w === "number" ? w : undefined;
  });
}
