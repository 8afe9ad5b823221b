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
import { movingAverage, quantScore } from "../core/scoring";
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
  topCriteria,
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
import { judgmentOf } from "./verbalScale";
import { blockId, dataKey, judgmentKey, resultKey, scoreKey, serviceKey, tradeKey } from "./keys";

export type Computed = Map<string, number | string>;

/**
 * The judgment matrix of one block from the input values (null = blank, NaN = not a judgment):
 * numbers, text fractions ("1/5") and the Questionnaire sheets' answers ("B strongly more
 * important (5)" → 1/5), read by judgmentOf.
 */
export function blockMatrix(
  parentId: string,
  block: string,
  childIds: string[],
  inputs: Map<string, CellValue>
): (number | null)[][] {
  const k = childIds.length;
  const m: (number | null)[][] = Array.from({ length: k }, () =>
    new Array<number | null>(k).fill(null)
  );
  for (let i = 0; i < k; i++) {
    m[i][i] = 1;
    for (let j = i + 1; j < k; j++) {
      const v = inputs.get(judgmentKey(parentId, block, childIds[i], childIds[j]));
      m[i][j] = judgmentOf(v);
    }
  }
  return m;
}

/** Everything the workbook computes, by result key; keys whose inputs are incomplete are absent. */
export function evaluateModel(model: EvaluationModel, inputs: Map<string, CellValue>): Computed {
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

  // Quantitative indicators.
  const { low, high } = scoreRange(s);
  const quantScores = new Map<string, number>();
  for (const node of indicators(model).filter((n) => n.type === "quantitative")) {
    const series = s.years.map((y) => parseNumber(inputs.get(dataKey(node.id, y))));
    if (series.some((x) => x !== null && Number.isNaN(x))) continue;
    if (s.window <= series.length) {
      movingAverage(series, s.window).forEach(
        (m, t) => m !== null && out.set(resultKey.smoothed(node.id, s.years[t]), m)
      );
    }
    try {
      const q = quantScore(
        series,
        s.window,
        node.direction === "cost" ? "COST" : "BENEFIT",
        low,
        high
      );
      quantScores.set(node.id, q.score);
      out.set(resultKey.quantScore(node.id), q.score);
    } catch {
      /* not enough data */
    }
  }

  // Grey evaluation.
  const scale = scaleOf(s);
  const leaves = indicators(model);
  const samples: (number | null)[][] = [];
  let complete = true;
  for (const node of leaves) {
    const row = s.experts.map((_, h) => {
      if (node.type === "quantitative") return quantScores.get(node.id) ?? null;
      const x = parseNumber(inputs.get(scoreKey(node.id, h + 1)));
      return x === null || Number.isNaN(x) ? null : x;
    });
    samples.push(row);
    try {
      greyMatrix([row], scale)[0].forEach((r, e) => out.set(resultKey.greyWeight(node.id, e), r));
    } catch {
      complete = false;
    }
    const g = global.get(node.id);
    if (g === undefined) complete = false;
    else out.set(resultKey.indicatorWeight(node.id), g);
  }
  if (complete && leaves.length > 0) {
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
    res.classes.forEach((b, e) => out.set(resultKey.membership("overall", e), b));
    out.set(resultKey.value("overall"), res.value);
    out.set(resultKey.grade("overall"), gradeOf(res.classes, scale));
    for (const c of res.criteria) {
      c.classes.forEach((b, e) => out.set(resultKey.membership(c.label, e), b));
      out.set(resultKey.value(c.label), comprehensiveValue(c.classes, scale));
      out.set(resultKey.grade(c.label), gradeOf(c.classes, scale));
    }
  }

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
    for (const y of s.years) {
      const m = byYear.get(y);
      if (!m || !m.get("total")) continue;
      GROUPS.forEach((g) =>
        out.set(resultKey.tradeShare(y, g), (m.get(g) ?? 0) / (m.get("total") as number))
      );
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
  // Indicators by global weight, largest first (ties in the order of the indicators).
  if (leaves.every((n) => global.has(n.id))) {
    leaves
      .map((n, i) => ({ name: n.name, w: global.get(n.id) as number, i }))
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .forEach((x, k) => {
        out.set(resultKey.rankedIndicator(k + 1), x.name);
        out.set(resultKey.rankedWeight(k + 1), x.w);
      });
  }
  return out;
}
