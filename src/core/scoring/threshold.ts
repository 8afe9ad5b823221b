/** Threshold scoring onto the grade scale (docs/methods.md §3). */
import { InputError } from "../errors";

/**
 * s = low + (high − low) · clamp((x − worst)/(best − worst), 0, 1). Benefit indicators have
 * worst < best, cost indicators worst > best. Safe for any numbers Excel holds: differences that
 * would overflow are taken on values scaled by the largest, and the score stays within
 * [low, high].
 *
 * @example thresholdScore(50, 0, 100) // 2.5 (low 1, high 4)
 */
export function thresholdScore(x: number, worst: number, best: number, low = 1, high = 4): number {
  if (worst === best)
    throw new InputError(`worst and best thresholds are equal (${worst}); they must differ`);
  let t = (x - worst) / (best - worst);
  if (!Number.isFinite(t)) {
    const s = Math.max(Math.abs(x), Math.abs(worst), Math.abs(best));
    t = (x / s - worst / s) / (best / s - worst / s);
  }
  t = Math.min(1, Math.max(0, t));
  const span = high - low;
  const score = Number.isFinite(span) ? low + span * t : low * (1 - t) + high * t;
  return Math.min(Math.max(score, Math.min(low, high)), Math.max(low, high));
}
