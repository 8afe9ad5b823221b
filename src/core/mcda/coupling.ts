/**
 * Coupling coordination degree of k systems (docs/methods.md §11): coupling C, comprehensive
 * coordination index T, coupling coordination degree D = √(C·T) and its 10-level grade.
 */
import { InputError } from "../errors";

/**
 * The 10 grades of D, lower bounds ascending: D in [lower_k, lower_{k+1}) has grade k, the top
 * grade [0.9, 1]. English labels with the Chinese terms they translate (Tian et al. 2021, Table 1;
 * docs/methods.md §11 gives the sources).
 */
export const CCD_GRADES: readonly { lower: number; en: string; zh: string }[] = [
  { lower: 0, en: "Extreme disorder", zh: "极度失调" },
  { lower: 0.1, en: "Serious disorder", zh: "严重失调" },
  { lower: 0.2, en: "Moderate disorder", zh: "中度失调" },
  { lower: 0.3, en: "Mild disorder", zh: "轻度失调" },
  { lower: 0.4, en: "On the verge of disorder", zh: "濒临失调" },
  { lower: 0.5, en: "Barely coordinated", zh: "勉强协调" },
  { lower: 0.6, en: "Primary coordination", zh: "初级协调" },
  { lower: 0.7, en: "Intermediate coordination", zh: "中级协调" },
  { lower: 0.8, en: "Good coordination", zh: "良好协调" },
  { lower: 0.9, en: "Quality coordination", zh: "优质协调" },
];

/**
 * The grade of a coupling coordination degree D ∈ [0, 1]: the last grade whose lower bound is
 * ≤ D.
 *
 * @example ccdGrade(0.55).en // "Barely coordinated"
 */
export function ccdGrade(d: number): (typeof CCD_GRADES)[number] {
  let k = 0;
  while (k + 1 < CCD_GRADES.length && d >= CCD_GRADES[k + 1].lower) k++;
  return CCD_GRADES[k];
}

export interface CouplingResult {
  /** C = k·(Π Uᵢ)^(1/k)/Σ Uᵢ ∈ [0, 1]; null when every Uᵢ is 0 (0/0). */
  c: number | null;
  /** T = Σ wᵢUᵢ. */
  t: number;
  /** D = √(C·T); 0 when T = 0. */
  d: number;
  grade: (typeof CCD_GRADES)[number];
}

/**
 * Coupling coordination of one unit: u the k ≥ 2 system levels Uᵢ ∈ [0, 1], w their weights
 * (summing to 1). C = k·(ΠUᵢ)^(1/k)/ΣUᵢ (the geometric over the arithmetic mean, 1 when all Uᵢ
 * are equal, 0 when one is 0), computed through logarithms so k up to hundreds neither under-
 * nor overflows. When every Uᵢ is 0, C is undefined (null) but T = 0 and so D = 0 whatever C is.
 *
 * @example couplingCoordination([0.4, 0.9], [0.5, 0.5]) // C = 2·0.6/1.3, T = 0.65, D = √(C·T)
 */
export function couplingCoordination(u: ArrayLike<number>, w: ArrayLike<number>): CouplingResult {
  const k = u.length;
  if (k < 2) throw new InputError("Coupling needs at least 2 systems (one column per system)");
  let sum = 0;
  let logs = 0;
  let zero = false;
  let t = 0;
  for (let i = 0; i < k; i++) {
    const x = u[i];
    if (!(x >= 0 && x <= 1)) throw new InputError(`System level ${i + 1} is ${x}; use [0, 1]`);
    sum += x;
    t += w[i] * x;
    if (x === 0) zero = true;
    else logs += Math.log(x);
  }
  let c: number | null;
  if (sum === 0) c = null;
  else if (zero) c = 0;
  else {
    // Geometric mean ≤ arithmetic mean: C ≤ 1 up to rounding, clamped.
    c = Math.min(1, Math.exp(logs / k) / (sum / k));
  }
  const d = t === 0 ? 0 : Math.sqrt((c ?? 0) * t);
  return { c, t, d, grade: ccdGrade(d) };
}
