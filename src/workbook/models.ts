/**
 * The Models table of the Results sheet (several units): each unit's score and rank by the
 * evaluation models the workbook holds (the grey evaluation W, the threshold scores of the
 * quantitative indicators alone, the DEA efficiency, TOPSIS and grey relational analysis of the
 * indicator scores) and Spearman's rank correlation between the models, so that an analyst can
 * compare them as the paper does.
 */
import {
  MAX_MATRIX_CELLS,
  decisionMatrix,
  directionsFor,
  greyRelationalGrades,
  topsis,
  weightsFor,
} from "../core/mcda";
import { averageRanks, correlation } from "../core/stats";
import { efficiencyKey, efficiencyMeasures } from "./efficiency";
import { forUnit, resultKey } from "./keys";
import { EvaluationModel, indicators, severalUnits, unitNames } from "./model";
import type { CellValue } from "./spec";

export type ModelId = "grey" | "quant" | "dea" | "topsis" | "gra";

export const MODEL_LABELS: Record<ModelId, string> = {
  grey: "Grey evaluation W",
  quant: "Quantitative indicators alone (threshold scores, global weights)",
  dea: "DEA efficiency (CRS)",
  topsis: "TOPSIS closeness",
  gra: "Grey relational grade (ρ = 0.5)",
};

/** The distinguishing coefficient of the Models table's grey relational analysis. */
export const MODELS_RHO = 0.5;

/** The most quantitative indicators the threshold model lists in one formula. */
export const MAX_QUANT_TERMS = 100;

/**
 * The models of the table: W always; the threshold model with 1 … MAX_QUANT_TERMS quantitative
 * indicators; DEA with the Efficiency sheet; TOPSIS and GRA of the units' mean indicator scores
 * while units × indicators fit the functions' MAX_MATRIX_CELLS.
 */
export function modelsOf(model: EvaluationModel): ModelId[] {
  if (!severalUnits(model.settings)) return [];
  const ids: ModelId[] = ["grey"];
  const leaves = indicators(model);
  const quant = leaves.filter((n) => n.type === "quantitative").length;
  if (quant > 0 && quant <= MAX_QUANT_TERMS) ids.push("quant");
  if (model.settings.efficiency && efficiencyMeasures(model).problem === null) ids.push("dea");
  if (unitNames(model.settings).length * leaves.length <= MAX_MATRIX_CELLS)
    ids.push("topsis", "gra");
  return ids;
}

export const modelsKey = {
  value: (m: ModelId, unit: string) => forUnit(`models|${m}`, unit),
  rank: (m: ModelId, unit: string) => forUnit(`models|${m}|rank`, unit),
  rho: (a: ModelId, b: ModelId) => `models|rho|${a}|${b}`,
  /** The mean of a unit's sample for an indicator (expert scores, or its quantitative score): TOPSIS and GRA read these. */
  meanScore: (indicator: string, unit: string) => forUnit(`models|x|${indicator}`, unit),
};

/**
 * TOPSIS closeness and GRA grades of the units from their mean indicator scores (all benefit:
 * scores grow with quality) and the indicators' weights; null while a score or weight is missing,
 * or where the method is undefined (a column of zeros for TOPSIS, a constant column for GRA).
 */
function scoreModels(
  model: EvaluationModel,
  computed: Map<string, CellValue>
): { topsis: number[] | null; gra: number[] | null } {
  const none = { topsis: null, gra: null };
  const units = unitNames(model.settings);
  const leaves = indicators(model);
  const rows: number[][] = [];
  for (const u of units) {
    const row: number[] = [];
    for (const n of leaves) {
      const x = computed.get(modelsKey.meanScore(n.id, u));
      if (typeof x !== "number") return none;
      row.push(x);
    }
    rows.push(row);
  }
  const given: number[] = [];
  for (const n of leaves) {
    const w = computed.get(resultKey.indicatorWeight(n.id));
    if (typeof w !== "number") return none;
    given.push(w);
  }
  const d = decisionMatrix(rows);
  const dirs = directionsFor([], d.m);
  const attempt = (f: (w: Float64Array) => ArrayLike<number>): number[] | null => {
    try {
      return Array.from(f(weightsFor(given, d.m)));
    } catch {
      return null;
    }
  };
  // GRA leaves out the indicators equal in every unit: min-max normalisation is undefined for them.
  const spread = leaves.map((_, j) => rows.some((row) => row[j] !== rows[0][j]));
  const keep = (row: number[]) => row.filter((_, j) => spread[j]);
  let gra: number[] | null = null;
  if (spread.some((x) => x)) {
    const g = decisionMatrix(rows.map(keep));
    try {
      gra = Array.from(
        greyRelationalGrades(g, directionsFor([], g.m), MODELS_RHO, weightsFor(keep(given), g.m))
      );
    } catch {
      gra = null;
    }
  }
  return { topsis: attempt((w) => topsis(d, w, dirs).closeness), gra };
}

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
  const byScores = ids.includes("topsis") ? scoreModels(model, computed) : null;
  const scoreOf = (m: ModelId, u: string): number | null => {
    if (m === "grey") return num(computed.get(resultKey.unitValue(u)));
    if (m === "topsis" || m === "gra") return byScores?.[m]?.[units.indexOf(u)] ?? null;
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
