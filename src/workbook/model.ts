/**
 * The evaluation the wizard edits: the indicator hierarchy and the settings. Plain data, saved
 * in the workbook (hidden sheet) and in the task pane's state.
 */

import type { Language } from "../core/language";

export type NodeType = "qualitative" | "quantitative";
export type Direction = "benefit" | "cost";

/** One node of the hierarchy below the goal. Nodes with children are criteria; leaves are indicators. */
export interface IndicatorNode {
  /** Stable id (never reused): judgments and scores are matched by it when rebuilding. */
  id: string;
  /** Parent id; null for a first-level criterion (child of the goal). */
  parent: string | null;
  name: string;
  /** For leaves: scored by experts (qualitative) or from yearly data (quantitative). */
  type: NodeType;
  direction: Direction;
  unit: string;
  /** True for the template's example indicators, marked as editable examples in the workbook. */
  example?: boolean;
}

export type FormulaStyle = "addin" | "native";

export interface EvaluationSettings {
  method: "EIGEN" | "SQRT" | "SUM";
  riTable: "SAATY" | "SAATY2005" | "CN" | "ALONSO" | "DD";
  crThreshold: number;
  scale: "4" | "10" | "10-5" | "5-3";
  experts: string[];
  /** "aij": one comparison block per expert, aggregated by AIJ; "agreed": one agreed block. */
  comparisons: "aij" | "agreed";
  window: number;
  years: number[];
  style: FormulaStyle;
  trade: boolean;
  service: boolean;
  /**
   * Questionnaire sheets: each expert answers one question per pair from a drop-down of the
   * verbal Saaty scale, and the Comparisons sheet reads the answers by formula. Absent in
   * models stored before it existed: false.
   */
  questionnaire: boolean;
  /**
   * The evaluated units (regions, industries, firms or years), one name each. Absent, empty or
   * one name: one unit, laid out as before units existed. Judgments (weights) are shared; scores
   * and yearly data are entered per unit.
   */
  units?: string[];
  /**
   * Worst and best thresholds of the quantitative scores: from the unit's own smoothed history
   * ("own", the paper's method; the default when absent), from every unit's smoothed values
   * ("units"), or typed per indicator ("typed", a benchmark or target).
   */
  thresholds?: Thresholds;
  /**
   * The Efficiency sheet: DEA of the units' quantitative inputs and outputs (the paper's
   * input-output method). Absent: false.
   */
  efficiency?: boolean;
  /** The DEA role of quantitative indicators by id; absent ones take it from their criterion. */
  efficiencyRoles?: Record<string, EfficiencyRole>;
  /**
   * The Coupling sheet: the coupling coordination degree of innovation (W) and the trade
   * structure (a typed score, by default the TIB share) per unit. Absent: false.
   */
  coupling?: boolean;
  /**
   * The Embodied Carbon sheet: emissions embodied in exports and imports from a pasted
   * input-output table (environmentally extended input-output), split by trade class. Absent:
   * false. `sectors`: how many sectors it lays out (default DEFAULT_SECTORS in layout.ts; a
   * rebuild keeps at least as many as the inputs hold).
   */
  embodied?: boolean;
  sectors?: number;
  /**
   * Objective weights (several units, ≥ 2 quantitative indicators): the Results sheet's table of
   * entropy weights of the quantitative indicators combined with their AHP weights; with `use`
   * the evaluation takes the combined weights. Absent: no table (src/workbook/objectiveWeights.ts).
   */
  objectiveWeights?: ObjectiveWeightsSettings;
  /**
   * The language the workbook is written in (sheet names, headings, labels, grades, notes):
   * English when absent, so every model stored before it existed builds as before. Formulas,
   * named ranges and ids are the same in every language.
   */
  language?: Language;
}

/** How the AHP weights are combined with the entropy weights, and whether the evaluation uses them. */
export interface ObjectiveWeightsSettings {
  use: boolean;
  /** a·b / Σ a·b, or α·a + (1 − α)·b. */
  combine: "multiplicative" | "linear";
  /** The share α of the AHP weights in the linear combination, in [0, 1]. */
  alpha: number;
}

export type Thresholds = "own" | "units" | "typed";

/** What a quantitative indicator is in the DEA of the Efficiency sheet. */
export type EfficiencyRole = "input" | "output" | "undesirable" | "none";

export interface EvaluationModel {
  goal: string;
  nodes: IndicatorNode[];
  settings: EvaluationSettings;
}

export const DEFAULT_SETTINGS: EvaluationSettings = {
  method: "EIGEN",
  riTable: "SAATY",
  crThreshold: 0.1,
  scale: "4",
  experts: ["Expert 1", "Expert 2", "Expert 3", "Expert 4", "Expert 5"],
  comparisons: "aij",
  window: 3,
  years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023],
  style: "addin",
  trade: false,
  service: false,
  questionnaire: false,
};

/** The names of the evaluated units: [""] for one unnamed unit (units absent or empty). */
export function unitNames(settings: EvaluationSettings): string[] {
  return settings.units && settings.units.length > 0 ? settings.units : [""];
}

/** True when the model evaluates several units (each with its own scores and data). */
export function severalUnits(settings: EvaluationSettings): boolean {
  return (settings.units?.length ?? 0) >= 2;
}

/** The threshold method, "own" when not set. */
export function thresholdsOf(settings: EvaluationSettings): Thresholds {
  return settings.thresholds ?? "own";
}

/** The most units an evaluation holds (formulas list one range per unit). */
export const MAX_UNITS = 100;

/** Children of `parent` (null = the goal) in model order. */
export function childrenOf(model: EvaluationModel, parent: string | null): IndicatorNode[] {
  return model.nodes.filter((n) => n.parent === parent);
}

/** The children of every node (null = the goal) in model order, found in one pass. */
function childIndex(model: EvaluationModel): (parent: string | null) => IndicatorNode[] {
  const kids = new Map<string | null, IndicatorNode[]>();
  for (const n of model.nodes) {
    const list = kids.get(n.parent);
    if (list) list.push(n);
    else kids.set(n.parent, [n]);
  }
  return (parent) => kids.get(parent) ?? [];
}

/** Leaves (indicators) in depth-first order. */
export function indicators(model: EvaluationModel): IndicatorNode[] {
  const kids = childIndex(model);
  const out: IndicatorNode[] = [];
  const walk = (parent: string | null) => {
    for (const n of kids(parent)) {
      if (kids(n.id).length === 0) out.push(n);
      else walk(n.id);
    }
  };
  walk(null);
  return out;
}

/** Nodes in depth-first order (criteria before their children). */
export function depthFirst(model: EvaluationModel): { node: IndicatorNode; depth: number }[] {
  const kids = childIndex(model);
  const out: { node: IndicatorNode; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const n of kids(parent)) {
      out.push({ node: n, depth });
      walk(n.id, depth + 1);
    }
  };
  walk(null, 1);
  return out;
}

/** Parents that need a comparison block: the goal (id "GOAL") and every node with ≥ 2 children. */
export function comparisonParents(
  model: EvaluationModel
): { id: string; name: string; children: IndicatorNode[] }[] {
  const kids = childIndex(model);
  const out: { id: string; name: string; children: IndicatorNode[] }[] = [];
  const top = kids(null);
  if (top.length >= 2) out.push({ id: "GOAL", name: model.goal, children: top });
  for (const { node } of depthFirst(model)) {
    const children = kids(node.id);
    if (children.length >= 2) out.push({ id: node.id, name: node.name, children });
  }
  return out;
}

/** The first-level criterion each node belongs to. */
export function topCriterion(model: EvaluationModel, id: string): IndicatorNode {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  let n = byId.get(id) as IndicatorNode;
  while (n.parent !== null) n = byId.get(n.parent) as IndicatorNode;
  return n;
}

/** The first-level criterion of every node, by id (topCriterion for all nodes at once). */
export function topCriteria(model: EvaluationModel): Map<string, IndicatorNode> {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const out = new Map<string, IndicatorNode>();
  const find = (n: IndicatorNode, guard: number): IndicatorNode => {
    const known = out.get(n.id);
    if (known) return known;
    const parent = n.parent === null ? undefined : byId.get(n.parent);
    const top = parent && guard > 0 ? find(parent, guard - 1) : n;
    out.set(n.id, top);
    return top;
  };
  for (const n of model.nodes) find(n, model.nodes.length);
  return out;
}

/**
 * The sum of each first-level criterion's indicator weights, by criterion id, for the criteria
 * whose every indicator has a weight (`weightOf` gives undefined for one without).
 */
export function criterionSums(
  model: EvaluationModel,
  weightOf: (indicator: IndicatorNode) => number | undefined
): Map<string, number> {
  const tops = topCriteria(model);
  const sums = new Map<string, number | null>();
  for (const n of indicators(model)) {
    const top = (tops.get(n.id) as IndicatorNode).id;
    const w = weightOf(n);
    const s = sums.has(top) ? sums.get(top) : 0;
    sums.set(top, w === undefined || s === null || s === undefined ? null : s + w);
  }
  const out = new Map<string, number>();
  for (const [id, s] of sums) if (typeof s === "number") out.set(id, s);
  return out;
}

/** The names from the first-level criterion down to `id`'s parent, joined by " › " (empty for a child of the goal). */
export function pathOf(model: EvaluationModel, id: string): string {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const names: string[] = [];
  let p = byId.get(id)?.parent ?? null;
  for (let guard = 0; p !== null && guard < model.nodes.length; guard++) {
    const n = byId.get(p);
    if (!n) break;
    names.unshift(n.name.trim() || "(no name)");
    p = n.parent;
  }
  return names.join(" › ");
}

/**
 * A node as the user sees it, for messages: its name and the path to it, or, without a name,
 * its kind and place.
 *
 * @example describeNode(m, n) // "Patents" under Innovation output › Pollution control
 * @example describeNode(m, blank) // Indicator 2 under Innovation input › Basic support
 */
export function describeNode(model: EvaluationModel, node: IndicatorNode): string {
  const path = pathOf(model, node.id);
  const where = path === "" ? "the goal" : path;
  const name = node.name.trim();
  if (name !== "") return path === "" ? `"${name}"` : `"${name}" under ${where}`;
  const siblings = childrenOf(model, node.parent);
  const kind = childrenOf(model, node.id).length > 0 ? "Criterion" : "Indicator";
  return `${kind} ${siblings.indexOf(node) + 1} under ${where}`;
}

/** Problems that stop a build: empty names, unknown parents, cycles, duplicate ids, no indicators. */
export function validateModel(model: EvaluationModel): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const n of model.nodes) {
    if (ids.has(n.id)) {
      const first = model.nodes.find((x) => x.id === n.id) as IndicatorNode;
      problems.push(
        `${describeNode(model, first)} and ${describeNode(model, n)} have the same id ${n.id}`
      );
    }
    ids.add(n.id);
    if (n.name.trim() === "") problems.push(`${describeNode(model, n)} has no name`);
  }
  for (const n of model.nodes) {
    if (n.parent !== null && !ids.has(n.parent))
      problems.push(`Node "${n.name}" has an unknown parent ${n.parent}`);
  }
  const seen = new Set<string>();
  const kids = childIndex(model);
  const walk = (parent: string | null) =>
    kids(parent).forEach((c) => {
      if (!seen.has(c.id)) {
        seen.add(c.id);
        walk(c.id);
      }
    });
  walk(null);
  if (seen.size !== model.nodes.length)
    problems.push("Some nodes are not connected to the goal (a cycle?)");
  if (indicators(model).length === 0) problems.push("The hierarchy has no indicators");
  if (
    model.settings.riTable !== "ALONSO" &&
    comparisonParents(model).some((p) => p.children.length > 15)
  ) {
    problems.push(`A node has more than 15 children: only the ALONSO RI table goes beyond n = 15`);
  }
  const experts = expertsProblem(model.settings.experts);
  if (experts) problems.push(experts);
  const units = unitsProblem(model.settings.units ?? []);
  if (units) problems.push(units);
  const window = windowProblem(model.settings.window, model.settings.years.length);
  if (window) problems.push(window);
  return problems;
}

/** Why a list of expert names cannot be used (none, a blank or a repeated name), or null. */
export function expertsProblem(experts: readonly string[]): string | null {
  if (experts.length === 0) return "At least one expert is needed";
  const seen = new Set<string>();
  for (const e of experts) {
    const name = e.trim();
    if (name === "") return "An expert has no name";
    if (seen.has(name.toLowerCase())) return `"${name}" is listed twice`;
    seen.add(name.toLowerCase());
  }
  return null;
}

/** Why a list of unit names cannot be used (a blank or repeated name, too many), or null; none is one unit. */
export function unitsProblem(units: readonly string[]): string | null {
  if (units.length > MAX_UNITS) return `At most ${MAX_UNITS} units (${units.length} are listed)`;
  const seen = new Set<string>();
  for (const u of units) {
    const name = u.trim();
    if (name === "") return "A unit has no name";
    if (seen.has(name.toLowerCase())) return `The unit "${name}" is listed twice`;
    seen.add(name.toLowerCase());
  }
  return null;
}

/**
 * Why a smoothing window cannot be used with `years` years of data, or null. A window needs at
 * least one more year than its length: the quantitative score compares the latest smoothed
 * value with the earlier ones, and a window as long as the data leaves only one.
 */
export function windowProblem(window: number, years: number): string | null {
  if (!Number.isInteger(window) || window < 1) return "The window must be a whole number ≥ 1";
  if (window >= years)
    return `A window of ${window} needs at least ${window + 1} years of data (${years === 1 ? "1 year is" : `${years} years are`} set): the score compares the latest smoothed value with earlier ones`;
  return null;
}

/** The most years an evaluation spans. */
export const MAX_YEARS = 60;

/** A new id not used in the model: N1, N2, … */
export function newId(model: EvaluationModel): string {
  let k = model.nodes.length + 1;
  const used = new Set(model.nodes.map((n) => n.id));
  while (used.has(`N${k}`)) k++;
  return `N${k}`;
}
