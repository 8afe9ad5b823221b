/**
 * Goepel's AHP group consensus indicator S* (docs/methods.md §1.4): the agreement of several
 * experts' priority vectors, from the partition of Shannon diversity into α (within an expert)
 * and β (between experts) components, corrected for the number of elements n and the largest
 * value M of the judgment scale.
 *
 * Goepel (2013), ISAHP 2013, Kuala Lumpur; Goepel (2018), IJAHP 10(3), eq. 11–21; the formula
 * as AHP-OS computes it (bpmsg/ahp-os, classes/AhpGroup.php: getConsensus, ahpShannonCor, hamin).
 */
import { InputError } from "../errors";

/** −Σ p ln p, with 0 ln 0 = 0. */
function shannon(p: readonly number[]): number {
  let h = 0;
  for (const x of p) if (x > 0) h -= x * Math.log(x);
  return h;
}

/**
 * Hα,min: the Shannon entropy of the most concentrated priority vector a scale with largest value
 * M allows, one element M times as important as each of the n − 1 others:
 * −[M/(n+M−1) ln(M/(n+M−1)) + (n−1)/(n+M−1) ln(1/(n+M−1))].
 *
 * @example minAlphaEntropy(2, 9) // entropy of (0.9, 0.1) = 0.325083
 */
export function minAlphaEntropy(n: number, scaleMax = 9): number {
  const d = n + scaleMax - 1;
  return shannon([scaleMax / d, ...new Array<number>(n - 1).fill(1 / d)]);
}

/** Goepel's consensus S* and the diversities it comes from. */
export interface Consensus {
  /** S* ∈ [0, 1]: 1 when all experts have the same priorities. */
  s: number;
  /** Hα = mean over experts of −Σ w ln w. */
  alpha: number;
  /** Hγ = −Σ w̄ ln w̄ of the arithmetic mean vector w̄. */
  gamma: number;
  /** Hβ = Hγ − Hα (≥ 0). */
  beta: number;
}

/**
 * Goepel's AHP consensus indicator of K ≥ 2 experts' priority vectors (each over the same
 * n ≥ 2 elements, Σ = 1): with Dβ = exp(Hγ − Hα), Dα,min = exp(Hα,min(n, M)) and Dγ,max = n,
 * S* = (1/Dβ − Dα,min/n) / (1 − Dα,min/n). S* is 1 for identical vectors and 0 when each of
 * n experts puts a different element M times above all others (Goepel 2018, §9). Vectors
 * more concentrated than the scale allows would give S* < 0: then an error (AHP-OS shows n/a).
 *
 * @example groupConsensus([[0.75, 0.25], [0.75, 0.25]]).s // 1
 */
export function groupConsensus(vectors: number[][], scaleMax = 9): Consensus {
  const k = vectors.length;
  if (k < 2) {
    throw new InputError(
      `The consensus of a group needs at least 2 experts (there ${k === 1 ? "is 1" : `are ${k}`}); AHP-OS shows none for a single participant`,
      "na"
    );
  }
  const n = vectors[0].length;
  if (n < 2) throw new InputError("The consensus needs at least 2 elements compared (n is 1)");
  if (!(scaleMax > 1) || !Number.isFinite(scaleMax))
    throw new InputError(`scale_max must be a number above 1, not ${scaleMax}`);
  let alpha = 0;
  const mean = new Array<number>(n).fill(0);
  for (const w of vectors) {
    alpha += shannon(w);
    for (let i = 0; i < n; i++) mean[i] += w[i] / k;
  }
  alpha /= k;
  const gamma = shannon(mean);
  // Hγ ≥ Hα exactly (concavity of the entropy); below is rounding.
  const beta = Math.max(0, gamma - alpha);
  const c = Math.exp(minAlphaEntropy(n, scaleMax)) / n; // Dα,min / Dγ,max
  const s = Math.min(1, (Math.exp(-beta) - c) / (1 - c));
  if (s < -1e-12) {
    throw new InputError(
      `The experts' priorities are more concentrated than a scale up to ${scaleMax} allows (S* = ${s.toPrecision(4)} < 0); give the largest judgment used as scale_max`,
      "na"
    );
  }
  return { s: Math.max(0, s), alpha, gamma, beta };
}

/** The words of Goepel's consensus scale, as AHP-OS shows them, with the upper bound of each. */
export const CONSENSUS_WORDS: readonly { upTo: number; word: string }[] = [
  { upTo: 0.5, word: "very low" },
  { upTo: 0.625, word: "low" },
  { upTo: 0.75, word: "moderate" },
  { upTo: 0.875, word: "high" },
  { upTo: Infinity, word: "very high" },
];

/**
 * The word for a consensus S*: very low below 0.5, low up to 0.625, moderate up to 0.75, high up
 * to 0.875, very high above (AHP-OS, bpmsg/ahp-os).
 *
 * @example consensusWord(0.8) // "high"
 */
export function consensusWord(s: number): string {
  if (s < CONSENSUS_WORDS[0].upTo) return CONSENSUS_WORDS[0].word;
  return (CONSENSUS_WORDS.slice(1).find((x) => s <= x.upTo) as { word: string }).word;
}
