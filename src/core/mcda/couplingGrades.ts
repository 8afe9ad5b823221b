/**
 * The 10-level grade of a coupling coordination degree D ∈ [0, 1] (docs/methods.md, “The
 * Coupling sheet”): one table for every place that grades D, so the labels never differ.
 */

/**
 * The grades of D, lower bounds ascending: D in [lower_k, lower_{k+1}) has grade k, the top
 * grade [0.9, 1]. English labels with the Chinese terms they translate.
 */
export const COUPLING_GRADES: readonly { lower: number; en: string; zh: string }[] = [
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
 * The English label of D's grade: the last grade whose lower bound is ≤ D (D below 0 takes the
 * lowest grade).
 *
 * @example couplingGradeLabel(0.5) // "Barely coordinated"
 * @example couplingGradeLabel(0.4999) // "On the verge of disorder"
 */
export function couplingGradeLabel(d: number): string {
  let k = 0;
  while (k + 1 < COUPLING_GRADES.length && d >= COUPLING_GRADES[k + 1].lower) k++;
  return COUPLING_GRADES[k].en;
}
