/** Several experts: aggregation of individual judgments and priorities (docs/methods.md §1.4). */
import { InputError } from "../errors";
import { normaliseWeights } from "../numeric";
import type { Judgments } from "./judgments";

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

/**
 * AIP: the weighted geometric mean of the experts' weight vectors, renormalised to Σ = 1.
 *
 * @example aggregatePriorities([[0.6, 0.4], [0.4, 0.6]]) // [0.5, 0.5]
 */
export function aggregatePriorities(vectors: number[][], weights?: number[] | null): number[] {
  const lambda = expertWeights(vectors.length, weights);
  const n = vectors[0].length;
  const g = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = 0;
    vectors.forEach((w, h) => (s += lambda[h] * Math.log(w[i])));
    g[i] = Math.exp(s);
  }
  const total = g.reduce((s, x) => s + x, 0);
  return g.map((x) => x / total);
}
