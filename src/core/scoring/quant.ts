/** The paper's score of a quantitative indicator (docs/methods.md §3). */
import { describe } from "../cells";
import { InputError } from "../errors";
import { movingAverage } from "./smooth";
import { thresholdScore } from "./threshold";

export type Direction = "BENEFIT" | "COST";

const BENEFIT_NAMES = new Set([
  "BENEFIT",
  "B",
  "+",
  "1",
  "MAX",
  "HIGHER",
  "POSITIVE",
  "UP",
  "＋",
  "正向",
  "效益型",
  "效益",
  "正",
  "极大型",
]);
const COST_NAMES = new Set([
  "COST",
  "C",
  "-",
  "−",
  "-1",
  "MIN",
  "LOWER",
  "NEGATIVE",
  "DOWN",
  "－",
  "负向",
  "逆向",
  "成本型",
  "成本",
  "负",
  "逆",
  "极小型",
]);

/**
 * BENEFIT (default; also +, MAX, HIGHER, 正向, 效益型, 正, 极大型) or COST (also −, MIN, LOWER,
 * 负向, 逆向, 成本型, 负, 逆, 极小型); a Chinese name may end in 指标 (正向指标, 逆指标).
 * @example direction("逆向指标") // "COST"
 */
export function direction(name: string | null | undefined): Direction {
  if (name === null || name === undefined || name.trim() === "") return "BENEFIT";
  const t = name.trim().toUpperCase();
  const k = t.length > 2 && t.endsWith("指标") ? t.slice(0, -2).trim() : t;
  if (BENEFIT_NAMES.has(k)) return "BENEFIT";
  if (COST_NAMES.has(k)) return "COST";
  throw new InputError(
    `Unknown direction ${describe(name)}: use BENEFIT (higher is better) or COST (lower is better)`
  );
}

export interface QuantScore {
  score: number;
  latest: number;
  worst: number;
  best: number;
  smoothed: readonly (number | null)[];
}

/**
 * Smooth the series with `window`, take worst/best from the smoothed history (min/max for a
 * benefit indicator, max/min for a cost one) and score the latest smoothed value. Trailing
 * blanks (years not yet filled in) are ignored. `smooth` computes the moving averages (a caller
 * may pass a cached movingAverage).
 *
 * @example quantScore([1, 2, 3, 4, 5], 2).score // 4: the latest average is the best
 */
export function quantScore(
  series: readonly (number | null)[],
  window: number,
  dir: Direction = "BENEFIT",
  low = 1,
  high = 4,
  smooth: (
    series: readonly (number | null)[],
    window: number
  ) => readonly (number | null)[] = movingAverage
): QuantScore {
  let end = series.length;
  while (end > 0 && series[end - 1] === null) end--;
  if (end === 0) throw new InputError("The series is empty");
  const smoothed = smooth(series.slice(0, end), window);
  const latest = smoothed[end - 1];
  if (latest === null) {
    throw new InputError(
      `The latest moving average cannot be computed: a value among the last ${window} observations is blank`
    );
  }
  let min = Infinity;
  let max = -Infinity;
  let defined = 0;
  for (const x of smoothed) {
    if (x === null) continue;
    defined++;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min === max) {
    throw new InputError(
      `The smoothed history has ${defined === 1 ? "a single value" : "no spread"} (${min}); thresholds need two different smoothed values: lengthen the series or shorten the window`
    );
  }
  const [worst, best] = dir === "BENEFIT" ? [min, max] : [max, min];
  return { score: thresholdScore(latest, worst, best, low, high), latest, worst, best, smoothed };
}

/** The last number of a smoothed series (what LOOKUP(9.99E+307, …) finds in a sheet), or null. */
export function lastDefined(values: readonly (number | null)[]): number | null {
  for (let t = values.length - 1; t >= 0; t--) if (values[t] !== null) return values[t];
  return null;
}

/**
 * Worst and best thresholds taken over several smoothed series at once (every unit's, for a
 * comparison across units): min/max of all their values for a benefit indicator, max/min for a
 * cost one; null when no series has a value.
 *
 * @example pooledThresholds([[null, 2, 3], [null, 5, 4]], "BENEFIT") // { worst: 2, best: 5 }
 */
export function pooledThresholds(
  series: readonly (readonly (number | null)[])[],
  dir: Direction = "BENEFIT"
): { worst: number; best: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const s of series)
    for (const x of s) {
      if (x === null) continue;
      if (x < min) min = x;
      if (x > max) max = x;
    }
  if (min > max) return null;
  return dir === "BENEFIT" ? { worst: min, best: max } : { worst: max, best: min };
}

/**
 * The score of a smoothed series' latest value against given thresholds (pooled across units, or
 * a typed benchmark and target); null when the series has no value or the thresholds are equal.
 *
 * @example scoreAgainst([null, 2, 3], { worst: 2, best: 5 }) // 2: a third of the way
 */
export function scoreAgainst(
  smoothed: readonly (number | null)[],
  thresholds: { worst: number; best: number },
  low = 1,
  high = 4
): number | null {
  const latest = lastDefined(smoothed);
  if (latest === null || thresholds.worst === thresholds.best) return null;
  return thresholdScore(latest, thresholds.worst, thresholds.best, low, high);
}
