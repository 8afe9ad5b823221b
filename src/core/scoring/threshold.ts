/** Threshold scoring onto the grade scale (methods.md §3). */
import { InputError } from "../errors";

/**
 * s = low + (high − low) · clamp((x − worst)/(best − worst), 0, 1). Benefit indicators have
 * worst < best, cost indicators worst > best.
 *
 * @example thresholdScore(50, 0, 100) // 2.5 (low 1, high 4)
 */
export function thresholdScore(x: number, worst: number, best: number, low = 1, high = 4): number {
  if (worst === best) throw new InputError(`worst and best thresholds are equal (${worst}); they must differ`);
  const t = (x - worst) / (best - worst);
  return low + (high - low) * Math.min(1, Math.max(0, t));
}
