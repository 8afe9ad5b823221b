/** Several experts: aggregation of individual judgments and priorities (docs/methods.md §1.4). */
import { describe } from "../cells";
import { InputError } from "../errors";
import { normaliseWeights } from "../numeric";
import type { Judgments } from "./judgments";
import { nameKey } from "./methods";

/** Expert weights normalised to Σλ = 1 (equal when omitted). */
export function expertWeights(k: number, given?: number[] | null): number[] {
  if (!given || given.length === 0) return new Array(k).fill(1 / k);
  if (given.length !== k)
    throw new InputError(`There are ${k} experts but ${given.length} expert weights`);
  return normaliseWeights(given, "Expert weight");
}

/**
 * AIJ: the element-wise weighted geometric mean a_ij = Π_k (a_ij^(k))^λ_k of the experts'
 * matrices. A comparison some experts left missing is the weighted geometric mean over those
 * who gave it (their λ renormalised); missing for all, it stays missing (NaN).
 *
 * @example aggregateJudgments([A1, A2]) // √(A1 ∘ A2) element-wise
 */
export function aggregateJudgments(experts: Judgments[], weights?: number[] | null): number[][] {
  const k = experts.length;
  if (k === 0) throw new InputError("No expert matrices");
  const n = experts[0].n;
  const lambda = expertWeights(k, weights);
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    out.push(new Array<number>(n).fill(NaN));
    out[i][i] = 1;
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let logSum = 0;
      let weight = 0;
      for (let h = 0; h < k; h++) {
        const x = experts[h].a[i][j];
        if (Number.isNaN(x) || lambda[h] === 0) continue;
        logSum += lambda[h] * Math.log(x);
        weight += lambda[h];
      }
      if (weight === 0) continue;
      const g = Math.exp(logSum / weight);
      out[i][j] = g;
      out[j][i] = 1 / g;
    }
  }
  return out;
}

export type PriorityMean = "GEOMETRIC" | "ARITHMETIC";

const MEAN_ALIASES = new Map<string, PriorityMean>(
  Object.entries({
    GEOMETRIC: "GEOMETRIC",
    GEOMETRICMEAN: "GEOMETRIC",
    GEO: "GEOMETRIC",
    GM: "GEOMETRIC",
    WGM: "GEOMETRIC",
    几何平均: "GEOMETRIC",
    ARITHMETIC: "ARITHMETIC",
    ARITHMETICMEAN: "ARITHMETIC",
    ARITH: "ARITHMETIC",
    AM: "ARITHMETIC",
    WAM: "ARITHMETIC",
    算术平均: "ARITHMETIC",
  } as Record<string, PriorityMean>)
);

/** The mean of AIP a user's name stands for (default GEOMETRIC). */
export function priorityMean(name: string | null | undefined): PriorityMean {
  if (name === null || name === undefined || name.trim() === "") return "GEOMETRIC";
  const m = MEAN_ALIASES.get(nameKey(name));
  if (!m)
    throw new InputError(
      `Unknown mean ${describe(name)}: use GEOMETRIC (default, renormalised) or ARITHMETIC`
    );
  return m;
}

/**
 * AIP: the experts' weight vectors combined by the weighted geometric mean
 * Π_k w_ik^λ_k renormalised to Σ = 1 (default), or the weighted arithmetic mean Σ_k λ_k w_ik.
 * An expert with λ = 0 is left out.
 *
 * @example aggregatePriorities([[0.6, 0.4], [0.4, 0.6]]) // [0.5, 0.5]
 */
export function aggregatePriorities(
  vectors: number[][],
  weights?: number[] | null,
  mean: PriorityMean = "GEOMETRIC"
): number[] {
  const lambda = expertWeights(vectors.length, weights);
  const n = vectors[0].length;
  const g = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = 0;
    vectors.forEach((w, h) => {
      if (lambda[h] > 0) s += lambda[h] * (mean === "GEOMETRIC" ? Math.log(w[i]) : w[i]);
    });
    g[i] = s;
  }
  if (mean === "GEOMETRIC") {
    // exp of the log-means shifted by their largest: no underflow of tiny weights.
    const top = Math.max(...g);
    for (let i = 0; i < n; i++) g[i] = Math.exp(g[i] - top);
  }
  const total = g.reduce((s, x) => s + x, 0);
  return g.map((x) => x / total);
}
