/**
 * Objective weights (setting `objectiveWeights`): the entropy weights of the quantitative
 * indicators across the units, from each unit's latest-year values (MINMAX, reversed for cost
 * indicators), combined with the indicators' AHP global weights, multiplicatively or linearly.
 * The combined weights are rescaled to the quantitative indicators' total AHP weight, so the
 * qualitative indicators keep their AHP weights and all weights still sum to 1. What the
 * Results sheet's Objective weights table shows (src/workbook/build/objectiveWeights.ts),
 * computed with src/core/mcda as WEIGHT.ENTROPY and WEIGHT.COMBINE compute it.
 */
import { combineWeights, decisionMatrix, entropyWeights } from "../core/mcda";
import { dataKey } from "./keys";
import {
  EvaluationModel,
  IndicatorNode,
  ObjectiveWeightsSettings,
  indicators,
  severalUnits,
  criterionSums,
  unitNames,
} from "./model";
import type { CellValue } from "./spec";

/** The settings of a new Objective weights section: linear, half and half, not used. */
export const DEFAULT_OBJECTIVE: ObjectiveWeightsSettings = {
  use: false,
  combine: "linear",
  alpha: 0.5,
};

/** The quantitative indicators, in the order of the hierarchy. */
export function quantitativeIndicators(model: EvaluationModel): IndicatorNode[] {
  return indicators(model).filter((n) => n.type === "quantitative");
}

/**
 * Why the model cannot have objective weights (fewer than 2 units or quantitative indicators),
 * or null.
 *
 * @example objectiveWeightsProblem(oneUnitModel) // "Entropy weights compare units: …"
 */
export function objectiveWeightsProblem(model: EvaluationModel): string | null {
  if (!severalUnits(model.settings))
    return "Entropy weights compare units: list at least two units in Settings.";
  const k = quantitativeIndicators(model).length;
  if (k < 2)
    return `Entropy weights need at least two quantitative indicators (the hierarchy has ${k === 0 ? "none" : "one"}).`;
  return null;
}

/** Why an α cannot be used, or null: it is the share of the AHP weights, in [0, 1]. */
export function alphaProblem(alpha: number): string | null {
  return Number.isFinite(alpha) && alpha >= 0 && alpha <= 1
    ? null
    : `α is the share of the AHP weights, between 0 and 1, not ${alpha}`;
}

/** The objective weights settings when the workbook has the table (set and possible), else null. */
export function objectiveSettings(model: EvaluationModel): ObjectiveWeightsSettings | null {
  const o = model.settings.objectiveWeights;
  return o && objectiveWeightsProblem(model) === null ? o : null;
}

/** True when the evaluation uses the combined weights. */
export function usesObjectiveWeights(model: EvaluationModel): boolean {
  return objectiveSettings(model)?.use === true;
}

/** Result keys of the Objective weights table (by indicator id). */
export const objectiveKey = {
  entropy: (id: string) => `ow|entropy|${id}`,
  combined: (id: string) => `ow|combined|${id}`,
};

/** Each unit's value (rows) of each quantitative indicator (columns) in the last year; null when not a number. */
export function latestValues(
  model: EvaluationModel,
  inputs: Map<string, CellValue>
): (number | null)[][] {
  const years = model.settings.years;
  const last = years[years.length - 1];
  const quant = quantitativeIndicators(model);
  return unitNames(model.settings).map((u) =>
    quant.map((n) => {
      const v = inputs.get(dataKey(n.id, last, u));
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    })
  );
}

/**
 * The entropy and combined weights of the quantitative indicators by id, from the inputs and the
 * AHP global weights; null while they cannot be computed (a latest value or an AHP weight
 * missing, an indicator constant across the units, α outside [0, 1]).
 */
export function objectiveWeightValues(
  model: EvaluationModel,
  inputs: Map<string, CellValue>,
  global: Map<string, number>
): { entropy: Map<string, number>; combined: Map<string, number> } | null {
  const entropy = entropyWeightsOf(model, inputs);
  return entropy && { entropy, combined: combinedWeights(model, entropy, global) };
}

/**
 * The entropy weights of the quantitative indicators by id, from each unit's latest values (they
 * do not depend on the AHP weights); null without the table, or while they cannot be computed.
 */
export function entropyWeightsOf(
  model: EvaluationModel,
  inputs: Map<string, CellValue>
): Map<string, number> | null {
  if (!objectiveSettings(model)) return null;
  const quant = quantitativeIndicators(model);
  let b: Float64Array;
  try {
    b = entropyWeights(
      decisionMatrix(latestValues(model, inputs)),
      quant.map((n) => (n.direction === "cost" ? "COST" : "BENEFIT")),
      "MINMAX"
    );
  } catch {
    return null;
  }
  return new Map(quant.map((n, j) => [n.id, b[j]]));
}

/**
 * The entropy weights combined with the AHP global weights of the quantitative indicators and
 * rescaled to their AHP mass, by id; empty while an AHP weight is missing or α is outside [0, 1].
 */
export function combinedWeights(
  model: EvaluationModel,
  entropy: Map<string, number>,
  global: Map<string, number>
): Map<string, number> {
  const o = objectiveSettings(model) as ObjectiveWeightsSettings;
  const quant = quantitativeIndicators(model);
  const combined = new Map<string, number>();
  const a = quant.map((n) => global.get(n.id));
  if (a.every((x) => x !== undefined)) {
    const ahp = a as number[];
    const mass = ahp.reduce((s, x) => s + x, 0);
    try {
      const c = combineWeights(
        ahp,
        quant.map((n) => entropy.get(n.id) as number),
        o.combine === "linear" ? o.alpha : null
      );
      quant.forEach((n, j) => combined.set(n.id, c[j] * mass));
    } catch {
      /* α outside [0, 1], or no indicator with both weights positive */
    }
  }
  return combined;
}

/**
 * The weights the grey evaluation uses, by id: with `use` on, the combined weights for the
 * quantitative indicators, the AHP global weights for the qualitative ones, and for each
 * first-level criterion the sum of its indicators' weights; otherwise `global` itself. An
 * indicator whose combined weight is missing is left out (the evaluation waits for it).
 */
export function usedWeights(
  model: EvaluationModel,
  global: Map<string, number>,
  combined: Map<string, number> | null
): Map<string, number> {
  if (!usesObjectiveWeights(model)) return global;
  const weightOf = (n: IndicatorNode) =>
    n.type === "quantitative" ? combined?.get(n.id) : global.get(n.id);
  const used = new Map<string, number>();
  for (const n of indicators(model)) {
    const w = weightOf(n);
    if (w !== undefined) used.set(n.id, w);
  }
  for (const [id, s] of criterionSums(model, weightOf)) used.set(id, s);
  return used;
}
