/**
 * The Models table of the Results sheet (several units): each unit's score and rank by the
 * evaluation models the workbook holds (the grey evaluation W, the threshold scores of the
 * quantitative indicators alone, the DEA efficiency) and Spearman's rank correlation between
 * the models, so that an analyst can compare them as the paper does.
 */
import { averageRanks, correlation } from "../core/stats";
import { efficiencyKey, efficiencyMeasures } from "./efficiency";
import { forUnit, resultKey } from "./keys";
import { EvaluationModel, indicators, severalUnits, unitNames } from "./model";
import type { CellValue } from "./spec";

export type ModelId = "grey" | "quant" | "dea";

export const MODEL_LABELS: Record<ModelId, string> = {
  grey: "Grey evaluation W",
  quant: "Quantitative indicators alone (threshold scores, global weights)",
  dea: "DEA efficiency (CRS)",
};

/** The most quantitative indicators the threshold model lists in one formula. */
export const MAX_QUANT_TERMS = 100;

/** The models of the table: W always; the threshold model with 1 … MAX_QUANT_TERMS quantitative indicators; DEA with the Efficiency sheet. */
export function modelsOf(model: EvaluationModel): ModelId[] {
  if (!severalUnits(model.settings)) return [];
  const ids: ModelId[] = ["grey"];
  const quant = indicators(model).filter((n) => n.type === "quantitative").length;
  if (quant > 0 && quant <= MAX_QUANT_TERMS) ids.push("quant");
  if (model.settings.efficiency && efficiencyMeasures(model).problem === null) ids.push("dea");
  return ids;
}

export const modelsKey = {
  value: (m: ModelId, unit: string) => forUnit(`models|${m}`, unit),
  rank: (m: ModelId, unit: string) => forUnit(`models|${m}|rank`, unit),
  rho: (a: ModelId, b: ModelId) => `models|rho|${a}|${b}`,
};

/**
 * The table's values from what the workbook computes (`computed`, by result key): per model and
 * unit the score ("" when missing) and its average rank (1 = best; ties share the mean rank),
 * and ρ for every pair of models over the units both score ("" when undefined).
 */
export function modelsValues(
  model: EvaluationModel,
  computed: Map<string, CellValue>
): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const ids = modelsOf(model);
  if (ids.length === 0) return out;
  const units = unitNames(model.settings);
  const num = (v: CellValue | undefined) => (typeof v === "number" ? v : null);
  const quant = indicators(model).filter((n) => n.type === "quantitative");
  const scoreOf = (m: ModelId, u: string): number | null => {
    if (m === "grey") return num(computed.get(resultKey.unitValue(u)));
    if (m === "dea") return num(computed.get(efficiencyKey.score("crs", u)));
    let sw = 0;
    let swq = 0;
    for (const n of quant) {
      const w = num(computed.get(resultKey.globalWeight(n.id)));
      const q = num(computed.get(forUnit(resultKey.quantScore(n.id), u)));
      if (w === null || q === null) return null;
      sw += w;
      swq += w * q;
    }
    return sw > 0 ? swq / sw : null;
  };
  const ranks = new Map<ModelId, (number | null)[]>();
  for (const m of ids) {
    const scores = units.map((u) => scoreOf(m, u));
    const r = averageRanks(scores);
    ranks.set(m, r);
    units.forEach((u, j) => {
      out.set(modelsKey.value(m, u), scores[j] ?? "");
      out.set(modelsKey.rank(m, u), r[j] ?? "");
    });
  }
  ids.forEach((a, i) =>
    ids.slice(i + 1).forEach((b) => {
      const ra = ranks.get(a) as (number | null)[];
      const rb = ranks.get(b) as (number | null)[];
      const both = units.map((_, j) => j).filter((j) => ra[j] !== null && rb[j] !== null);
      const rho = correlation(
        both.map((j) => ra[j] as number),
        both.map((j) => rb[j] as number)
      );
      out.set(modelsKey.rho(a, b), rho ?? "");
    })
  );
  return out;
}
