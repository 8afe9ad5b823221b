/**
 * What the core computes for a model and the values of its input cells: every result the
 * workbook shows (weights, λmax, CI, CR, smoothed series, quantitative scores, r, B, W, grade,
 * trade and service shares), keyed like the workbook's result cells. The CLI prints W and the
 * grade from here; tests compare the recalculated workbook against it.
 */
import { aggregateJudgments } from "../core/ahp/group";
import { Judgments, parseJudgments } from "../core/ahp/judgments";
import { consistencyIndex, consistencyRatio, randomIndex } from "../core/ahp/consistency";
import { priorities } from "../core/ahp/weights";
import { comprehensiveValue, gradeOf, greyEvaluate, greyMatrix } from "../core/grey/evaluate";
import { CHANGE_INDICES, changeIndex } from "../core/trade/change";
import { efficiencyValues } from "./efficiency";
import { embodiedValues } from "./embodied";
import { modelsKey, modelsValues } from "./models";
import { objectiveKey, objectiveWeightValues, usedWeights } from "./objectiveWeights";
import { robustnessValues } from "./robustness";
import { movingAverage, pooledThresholds, quantScore, scoreAgainst } from "../core/scoring";
import { GROUPS } from "../core/trade/tables";
import { tradeClassifier } from "../core/trade/classify";
import { parseSystem } from "../core/trade/codes";
import { SERVICE_CLASSES } from "../core/service/ebops";
import { serviceClass } from "../core/service/classify";
import { parseNumber } from "../core/cells";
import {
  EvaluationModel,
  IndicatorNode,
  comparisonParents,
  depthFirst,
  indicators,
  severalUnits,
  thresholdsOf,
  topCriteria,
  unitNames,
} from "./model";
import {
  aggregated,
  comparisonBlocks,
  effectiveMethod,
  rowsHeld,
  scaleOf,
  scoreRange,
} from "./layout";
import type { CellValue } from "./spec";
import { blockMatrix } from "./judgmentMatrix";
import {
  blockId,
  dataKey,
  forUnit,
  resultKey,
  scoreKey,
  serviceKey,
  thresholdKey,
  tradeKey,
} from "./keys";

export type Computed = Map<string, number | string>;

/**
 * Everything the workbook computes, by result key; keys whose inputs are incomplete are absent.
 * `robustness: false` leaves out the Robustness block (its Monte-Carlo is the costly part), for
 * the builder, which computes that block itself from the rest.
 */
export function evaluateModel(
  model: EvaluationModel,
  inputs: Map<string, CellValue>,
  { robustness = true }: { robustness?: boolean } = {}
): Computed {
  const out: Computed = new Map();
  const s = model.settings;
  const method = effectiveMethod(s);
  const native = s.style === "native";
  const local = new Map<string, number>();

  const blockStats = (key: string, j: Judgments) => {
    const p = priorities(j, method);
    p.w.forEach((w, i) => out.set(resultKey.blockWeight(key, i), w));
    out.set(resultKey.lambda(key), p.lambdaMax);
    out.set(resultKey.ci(key), consistencyIndex(p.lambdaMax, j.n));
    out.set(resultKey.ri(key), randomIndex(j.n, s.riTable));
    out.set(resultKey.cr(key), consistencyRatio(p.lambdaMax, j.n, s.riTable));
    return p.w;
  };

  for (const parent of comparisonParents(model)) {
    const ids = parent.children.map((c) => c.id);
    const parsed: Judgments[] = [];
    for (const b of comparisonBlocks(s)) {
      try {
        const j = parseJudgments(blockMatrix(parent.id, b.key, ids, inputs));
        if (native && j.missing.length > 0) continue;
        parsed.push(j);
        const w = blockStats(blockId(parent.id, b.key), j);
        if (!aggregated(s)) ids.forEach((id, i) => local.set(id, w[i]));
      } catch {
        /* incomplete or invalid: no results for this block */
      }
    }
    if (aggregated(s) && parsed.length === comparisonBlocks(s).length) {
      const a = aggregateJudgments(parsed);
      ids.forEach((ci, i) =>
        ids.forEach(
          (cj, jx) => i !== jx && out.set(resultKey.aggregate(parent.id, ci, cj), a[i][jx])
        )
      );
      try {
        const w = blockStats(
          blockId(parent.id, "aggregate"),
          parseJudgments(a.map((r) => r.map((x) => (Number.isNaN(x) ? null : x))))
        );
        ids.forEach((id, i) => local.set(id, w[i]));
      } catch {
        /* aggregate incomplete */
      }
    }
  }

  // Local and global weights; an only child has local weight 1.
  const global = new Map<string, number>();
  for (const { node } of depthFirst(model)) {
    const siblings = model.nodes.filter((n) => n.parent === node.parent).length;
    const l = siblings === 1 ? 1 : local.get(node.id);
    if (l === undefined) continue;
    out.set(resultKey.localWeight(node.id), l);
    const pg = node.parent === null ? 1 : global.get(node.parent);
    if (pg === undefined) continue;
    global.set(node.id, l * pg);
    out.set(resultKey.globalWeight(node.id), l * pg);
  }
  // The Objective weights table, and the weights the grey evaluation uses (global unless set).
  const objective = objectiveWeightValues(model, inputs, global);
  if (objective) {
    for (const [id, w] of objective.entropy) out.set(objectiveKey.entropy(id), w);
    for (const [id, w] of objective.combined) out.set(objectiveKey.combined(id), w);
  }
  const used = usedWeights(model, global, objective?.combined ?? null);

  // Quantitative indicators and the grey evaluation, per unit (one, as a rule).
  const units = severalUnits(s) ? unitNames(s) : [undefined];
  const mode = thresholdsOf(s);
  const { low, high } = scoreRange(s);
  const quant = indicators(model).filter((n) => n.type === "quantitative");
  // Every unit's smoothed series of each indicator (for thresholds across units).
  const smoothedOf = new Map<string, (number | null)[] | null>();
  for (const unit of units)
    for (const node of quant) {
      const series = s.years.map((y) => parseNumber(inputs.get(dataKey(node.id, y, unit))));
      const ok = !series.some((x) => x !== null && Number.isNaN(x)) && s.window <= series.length;
      smoothedOf.set(forUnit(node.id, unit), ok ? movingAverage(series, s.window) : null);
    }
  const typedBound = (id: string, end: "worst" | "best") => {
    const v = inputs.get(thresholdKey(id, end));
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
  const thresholdsFor = (node: IndicatorNode): { worst: number; best: number } | null => {
    if (mode === "typed") {
      const worst = typedBound(node.id, "worst");
      const best = typedBound(node.id, "best");
      return worst === null || best === null ? null : { worst, best };
    }
    const all = units.map((u) => smoothedOf.get(forUnit(node.id, u))).filter((x) => !!x);
    return pooledThresholds(
      all as (number | null)[][],
      node.direction === "cost" ? "COST" : "BENEFIT"
    );
  };
  const overallW: { unit: string; w: number }[] = [];
  for (const unit of units) {
    const key = (k: string) => forUnit(k, unit);
    const quantScores = new Map<string, number>();
    for (const node of quant) {
      const series = s.years.map((y) => parseNumber(inputs.get(dataKey(node.id, y, unit))));
      if (series.some((x) => x !== null && Number.isNaN(x))) continue;
      const smoothed = smoothedOf.get(forUnit(node.id, unit));
      smoothed?.forEach(
        (m, t) => m !== null && out.set(key(resultKey.smoothed(node.id, s.years[t])), m)
      );
      if (mode === "own") {
        try {
          const q = quantScore(
            series,
            s.window,
            node.direction === "cost" ? "COST" : "BENEFIT",
            low,
            high
          );
          quantScores.set(node.id, q.score);
          out.set(key(resultKey.quantScore(node.id)), q.score);
        } catch {
          /* not enough data */
        }
      } else {
        const t = thresholdsFor(node);
        const q = smoothed && t ? scoreAgainst(smoothed, t, low, high) : null;
        if (q !== null) {
          quantScores.set(node.id, q);
          out.set(key(resultKey.quantScore(node.id)), q);
        }
      }
    }
    const w = greyResults(model, inputs, used, quantScores, unit, out, unit === units[0]);
    if (w !== null && unit !== undefined) overallW.push({ unit, w });
  }
  // The Units table: each unit's W, grade, memberships and rank (ties share the rank).
  if (severalUnits(s)) {
    const g = scaleOf(s).centres.length;
    for (const unit of unitNames(s)) {
      const w = out.get(forUnit(resultKey.value("overall"), unit));
      if (typeof w !== "number") continue;
      out.set(resultKey.unitValue(unit), w);
      out.set(resultKey.unitGrade(unit), out.get(forUnit(resultKey.grade("overall"), unit)) ?? "");
      for (let e = 0; e < g; e++)
        out.set(
          resultKey.unitMembership(unit, e),
          out.get(forUnit(resultKey.membership("overall", e), unit)) as number
        );
      out.set(resultKey.unitRank(unit), 1 + overallW.filter((o) => o.w > w).length);
    }
  }
  const leaves = indicators(model);

  // Trade structure and service outsourcing.
  if (s.trade) {
    const classify = tradeClassifier(parseSystem("HS"));
    const byYear = new Map<number, Map<string, number>>();
    for (let i = 0, n = rowsHeld(inputs.keys(), "t"); i < n; i++) {
      const year = parseNumber(inputs.get(tradeKey(i, 0)));
      const code = inputs.get(tradeKey(i, 1));
      const value = parseNumber(inputs.get(tradeKey(i, 2)));
      if (year === null || value === null || code === null || code === undefined || code === "")
        continue;
      const g = classify(code);
      const m = byYear.get(year) ?? new Map<string, number>();
      m.set("total", (m.get("total") ?? 0) + value);
      if (typeof g === "string") m.set(g, (m.get(g) ?? 0) + value);
      byYear.set(year, m);
    }
    const sharesOf = (y: number): number[] | null => {
      const m = byYear.get(y);
      if (!m || !m.get("total")) return null;
      return GROUPS.map((g) => (m.get(g) ?? 0) / (m.get("total") as number));
    };
    let before: number[] | null = null; // the year before's shares
    for (const y of s.years) {
      const shares = sharesOf(y);
      const last = before;
      before = shares;
      if (!shares) continue;
      GROUPS.forEach((g, k) => out.set(resultKey.tradeShare(y, g), shares[k]));
      // The change from the year before: each share, and the structural change indices.
      if (!last) continue;
      GROUPS.forEach((g, k) => out.set(resultKey.tradeShareChange(y, g), shares[k] - last[k]));
      if (last.some((x) => x > 0) && shares.some((x) => x > 0))
        for (const index of CHANGE_INDICES)
          out.set(resultKey.tradeChange(y, index), changeIndex(last, shares, index));
    }
  }
  if (s.service) {
    // Sums per class by year and over all rows (with or without a year).
    const sums = new Map<string, Map<string, number>>();
    const add = (at: string, c: string, v: number) => {
      const m = sums.get(at) ?? new Map<string, number>();
      m.set(c, (m.get(c) ?? 0) + v);
      sums.set(at, m);
    };
    for (let i = 0, n = rowsHeld(inputs.keys(), "v"); i < n; i++) {
      const code = inputs.get(serviceKey(i, 0));
      const value = parseNumber(inputs.get(serviceKey(i, 1)));
      const year = parseNumber(inputs.get(serviceKey(i, 2)));
      if (value === null || code === null || code === undefined || code === "") continue;
      const c = serviceClass(code);
      if (typeof c !== "string") continue;
      add("all", c, value);
      if (year !== null) add(String(year), c, value);
    }
    const shares = (at: string, key: (c: string) => string) => {
      const m = sums.get(at);
      const total = SERVICE_CLASSES.reduce((t, c) => t + (m?.get(c) ?? 0), 0);
      if (m && total > 0) SERVICE_CLASSES.forEach((c) => out.set(key(c), (m.get(c) ?? 0) / total));
    };
    shares("all", (c) => resultKey.serviceShare(c));
    for (const y of s.years) shares(String(y), (c) => resultKey.serviceShareByYear(y, c));
  }
  // Indicators by the weight the evaluation uses, largest first (ties in the order of the indicators).
  if (leaves.every((n) => used.has(n.id))) {
    leaves
      .map((n, i) => ({ name: n.name, w: used.get(n.id) as number, i }))
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .forEach((x, k) => {
        out.set(resultKey.rankedIndicator(k + 1), x.name);
        out.set(resultKey.rankedWeight(k + 1), x.w);
      });
  }
  // The Efficiency sheet's DEA scores.
  if (s.efficiency)
    for (const [k, v] of efficiencyValues(model, inputs))
      if (v !== null && typeof v !== "boolean") out.set(k, v);
  // The Embodied Carbon sheet.
  if (s.embodied) for (const [k, v] of embodiedValues(model, inputs)) out.set(k, v);
  // The Models table (several units).
  for (const [k, v] of modelsValues(model, out))
    if (v !== null && typeof v !== "boolean") out.set(k, v);
  // The Robustness block of the Results sheet.
  if (robustness)
    for (const [k, v] of robustnessValues(model, inputs, out))
      if (v !== null && typeof v !== "boolean") out.set(k, v);
  return out;
}

/**
 * The grey evaluation of one unit (undefined: the only one) into `out`: r of each indicator, B,
 * W and the grade per first-level criterion and overall; the indicators' global weights with the
 * first unit. Returns the overall W, or null while a sample or weight is missing.
 */
function greyResults(
  model: EvaluationModel,
  inputs: Map<string, CellValue>,
  global: Map<string, number>,
  quantScores: Map<string, number>,
  unit: string | undefined,
  out: Computed,
  first: boolean
): number | null {
  const s = model.settings;
  const key = (k: string) => forUnit(k, unit);
  const scale = scaleOf(s);
  const leaves = indicators(model);
  const samples: (number | null)[][] = [];
  let complete = true;
  for (const node of leaves) {
    const row = s.experts.map((_, h) => {
      if (node.type === "quantitative") return quantScores.get(node.id) ?? null;
      const x = parseNumber(inputs.get(scoreKey(node.id, h + 1, unit)));
      return x === null || Number.isNaN(x) ? null : x;
    });
    samples.push(row);
    if (unit !== undefined && row.every((x) => x !== null))
      out.set(
        modelsKey.meanScore(node.id, unit),
        (row as number[]).reduce((a, b) => a + b, 0) / row.length
      );
    try {
      greyMatrix([row], scale)[0].forEach((r, e) =>
        out.set(key(resultKey.greyWeight(node.id, e)), r)
      );
    } catch {
      complete = false;
    }
    const g = global.get(node.id);
    if (g === undefined) complete = false;
    else if (first) out.set(resultKey.indicatorWeight(node.id), g);
  }
  if (!complete || leaves.length === 0) return null;
  const byNode = topCriteria(model);
  const tops = leaves.map((n) => byNode.get(n.id) as IndicatorNode);
  const res = greyEvaluate(
    samples,
    leaves.map((n) => global.get(n.id) as number),
    scale,
    {
      labels: tops.map((t) => t.id),
      weights: new Map(
        [...new Set(tops.map((t) => t.id))].map((id) => [
          id.toLowerCase(),
          global.get(id) as number,
        ])
      ),
    }
  );
  res.classes.forEach((b, e) => out.set(key(resultKey.membership("overall", e)), b));
  out.set(key(resultKey.value("overall")), res.value);
  out.set(key(resultKey.grade("overall")), gradeOf(res.classes, scale));
  for (const c of res.criteria) {
    c.classes.forEach((b, e) => out.set(key(resultKey.membership(c.label, e)), b));
    out.set(key(resultKey.value(c.label)), comprehensiveValue(c.classes, scale));
    out.set(key(resultKey.grade(c.label)), gradeOf(c.classes, scale));
  }
  return res.value;
}
