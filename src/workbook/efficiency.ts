/**
 * The input-output efficiency of the units (the paper's input-output method, DEA): which
 * quantitative indicators are inputs, outputs or undesirable outputs, each unit's data, and the
 * scores the Efficiency sheet shows (src/workbook/build/efficiency.ts), computed with
 * src/core/dea as the DEA.* functions compute them.
 */
import {
  deaData,
  malmquist,
  radialPass,
  slackPass,
  slackTable,
  targetTable,
  sbmEfficiency,
  scaleEfficiency,
  type DeaBlock,
  type MalmquistValue,
} from "../core/dea";
import { dataKey, forUnit } from "./keys";
import {
  EfficiencyRole,
  EvaluationModel,
  IndicatorNode,
  indicators,
  severalUnits,
  topCriterion,
  unitNames,
} from "./model";
import type { CellValue } from "./spec";

export type { EfficiencyRole } from "./model";

/** The measures of the DEA, and why there is none (fewer than 2 units, no input or output). */
export interface EfficiencyMeasures {
  inputs: IndicatorNode[];
  outputs: IndicatorNode[];
  undesirable: IndicatorNode[];
  problem: string | null;
}

/**
 * The role of each quantitative indicator: as set in settings.efficiencyRoles, else from its
 * first-level criterion: a criterion named like "input" (投入) gives inputs, "output" (产出)
 * outputs, cost indicators among them being undesirable outputs (CO2 emissions).
 *
 * @example efficiencyRole(paperTemplate(), "I121") // "input"
 */
export function efficiencyRole(model: EvaluationModel, id: string): EfficiencyRole {
  const set = model.settings.efficiencyRoles?.[id];
  if (set) return set;
  const node = model.nodes.find((n) => n.id === id);
  if (!node || node.type !== "quantitative") return "none";
  const top = topCriterion(model, id).name;
  if (/input|投入/i.test(top)) return "input";
  if (/output|产出/i.test(top)) return node.direction === "cost" ? "undesirable" : "output";
  return "none";
}

export function efficiencyMeasures(model: EvaluationModel): EfficiencyMeasures {
  const quant = indicators(model).filter((n) => n.type === "quantitative");
  const of = (role: EfficiencyRole) => quant.filter((n) => efficiencyRole(model, n.id) === role);
  const m: EfficiencyMeasures = {
    inputs: of("input"),
    outputs: of("output"),
    undesirable: of("undesirable"),
    problem: null,
  };
  if (!severalUnits(model.settings))
    m.problem =
      "DEA compares units: list at least two units (regions, industries, firms or years) in Settings.";
  else if (m.inputs.length === 0 || m.outputs.length === 0)
    m.problem =
      "DEA needs at least one quantitative indicator as an input and one as an output (criteria named Input and Output, or the roles set in Settings).";
  return m;
}

/** Result keys of the Efficiency sheet. */
export const efficiencyKey = {
  /** "crs", "vrs", "scale", "returns" or "sbm" of a unit. */
  score: (what: string, unit: string) => forUnit(`dea|${what}`, unit),
  /** Slack (`slack`) or target (`target`) of measure `c` (inputs, then outputs) of a unit. */
  measure: (what: "slack" | "target", c: number, unit: string) => forUnit(`dea|${what}|${c}`, unit),
  /** "mi", "ec" or "tc" of a unit between the years `from` and `from`'s next. */
  malmquist: (what: string, from: number, unit: string) => forUnit(`dea|${what}|${from}`, unit),
};

/** The value of indicator `id` of unit `unit` in `year`, or null when it is not a number. */
function valueOf(inputs: Map<string, CellValue>, id: string, year: number, unit: string) {
  const v = inputs.get(dataKey(id, year, unit));
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

const shown = (v: MalmquistValue | number): CellValue => (typeof v === "number" ? v : "");

/**
 * What the Efficiency sheet shows, by result key: per unit CRS, VRS and scale efficiency, the
 * returns to scale, the SBM score (Tone, with the undesirable outputs), the slacks and the
 * targets (CRS) on the last year's data, input-oriented; with two years or more the Malmquist index, efficiency change and
 * technical change per unit and pair of consecutive years. Blank ("") where data are missing or
 * DEA cannot score them.
 */
export function efficiencyValues(
  model: EvaluationModel,
  inputs: Map<string, CellValue>
): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const m = efficiencyMeasures(model);
  if (m.problem) return out;
  const units = unitNames(model.settings);
  const years = model.settings.years;
  const grid = (nodes: IndicatorNode[], year: number) =>
    units.map((u) => nodes.map((n) => valueOf(inputs, n.id, year, u)));
  const last = years[years.length - 1];
  const attempt = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  const block = (what: string, g: (number | null)[][]): DeaBlock => ({ what, grid: g });
  const scale = attempt(() =>
    scaleEfficiency(
      deaData(block("inputs", grid(m.inputs, last)), [block("outputs", grid(m.outputs, last))]),
      "IN"
    )
  );
  const bad = m.undesirable.length;
  const sbm = attempt(() =>
    sbmEfficiency(
      deaData(block("inputs", grid(m.inputs, last)), [
        block("outputs", grid(m.outputs, last)),
        ...(bad > 0 ? [block("undesirable", grid(m.undesirable, last))] : []),
      ]),
      "CRS",
      bad
    )
  );
  const opts = { rts: "CRS" as const, orientation: "IN" as const };
  const slacks = attempt(() => {
    const d = deaData(block("inputs", grid(m.inputs, last)), [
      block("outputs", grid(m.outputs, last)),
    ]);
    const p = slackPass(d, opts, radialPass(d, opts));
    return { slack: slackTable(d, p), target: targetTable(d, p, "IN") };
  });
  const measures = m.inputs.length + m.outputs.length;
  units.forEach((u, j) => {
    for (let c = 0; c < measures; c++) {
      out.set(efficiencyKey.measure("slack", c, u), slacks ? slacks.slack[j][c] : "");
      out.set(efficiencyKey.measure("target", c, u), slacks ? slacks.target[j][c] : "");
    }
  });
  units.forEach((u, j) => {
    const row = scale?.[j];
    out.set(efficiencyKey.score("crs", u), row ? row.crs : "");
    out.set(efficiencyKey.score("vrs", u), row ? row.vrs : "");
    out.set(efficiencyKey.score("scale", u), row ? row.scale : "");
    out.set(efficiencyKey.score("returns", u), row ? row.returns : "");
    out.set(efficiencyKey.score("sbm", u), sbm ? sbm[j] : "");
  });
  if (years.length >= 2) {
    const stacked = (nodes: IndicatorNode[]) => years.flatMap((y) => grid(nodes, y));
    const periods = years.map((_, t) => units.map((__, j) => t * units.length + j));
    const rows = attempt(() =>
      malmquist(
        deaData(block("inputs", stacked(m.inputs)), [block("outputs", stacked(m.outputs))]),
        periods
      )
    );
    for (let t = 0; t + 1 < years.length; t++)
      units.forEach((u, j) => {
        const r = rows?.find((x) => x.period === t && x.unit === j);
        out.set(efficiencyKey.malmquist("mi", years[t], u), r ? shown(r.malmquist) : "");
        out.set(efficiencyKey.malmquist("ec", years[t], u), r ? shown(r.efficiencyChange) : "");
        out.set(efficiencyKey.malmquist("tc", years[t], u), r ? shown(r.technicalChange) : "");
      });
  }
  return out;
}
