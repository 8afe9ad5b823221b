/** The paper's score of a quantitative indicator (methods.md §3). */
import { InputError } from "../errors";
import { movingAverage } from "./smooth";
import { thresholdScore } from "./threshold";

export type Direction = "BENEFIT" | "COST";

/** BENEFIT (default; also +, MAX, HIGHER) or COST (also −, MIN, LOWER). */
export function direction(name: string | null | undefined): Direction {
  if (name === null || name === undefined || name.trim() === "") return "BENEFIT";
  const k = name.trim().toUpperCase();
  if (["BENEFIT", "B", "+", "1", "MAX", "HIGHER", "POSITIVE", "UP"].includes(k)) return "BENEFIT";
  if (["COST", "C", "-", "−", "-1", "MIN", "LOWER", "NEGATIVE", "DOWN"].includes(k)) return "COST";
  throw new InputError(`Unknown direction "${name}": use BENEFIT (higher is better) or COST (lower is better)`);
}

export interface QuantScore {
  score: number;
  latest: number;
  worst: number;
  best: number;
  smoothed: (number | null)[];
}

/**
 * Smooth the series with `window`, take worst/best from the smoothed history (min/max for a
 * benefit indicator, max/min for a cost one) and score the latest smoothed value. Trailing
 * blanks (years not yet filled in) are ignored.
 *
 * @example quantScore([1, 2, 3, 4, 5], 2).score // 4: the latest average is the best
 */
export function quantScore(series: (number | null)[], window: number, dir: Direction = "BENEFIT", low = 1, high = 4): QuantScore {
  let end = series.length;
  while (end > 0 && series[end - 1] === null) end--;
  if (end === 0) throw new InputError("The series is empty");
  const smoothed = movingAverage(series.slice(0, end), window);
  const latest = smoothed[end - 1];
  if (latest === null) {
    throw new InputError(`The latest smoothed value is undefined: a value in the last ${window} observations is blank`);
  }
  const defined = smoothed.filter((x): x is number => x !== null);
  const min = Math.min(...defined);
  const max = Math.max(...defined);
  if (min === max) {
    throw new InputError(
      `The smoothed history has ${defined.length === 1 ? "a single value" : "no spread"} (${min}); thresholds need two different smoothed values: lengthen the series or shorten the window`,
    );
  }
  const [worst, best] = dir === "BENEFIT" ? [min, max] : [max, min];
  return { score: thresholdScore(latest, worst, best, low, high), latest, worst, best, smoothed };
}
