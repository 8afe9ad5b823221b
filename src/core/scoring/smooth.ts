/** Smooth moving (moving average) of a series (docs/methods.md §3). */
import { InputError } from "../errors";

/** Windows up to this length are summed afresh at every step; longer ones slide. */
const SUMMED_AFRESH = 64;

/** (x_(t−n+1) + … + x_t) / n for the window ending at t, or null when it holds a blank. */
function windowMean(series: readonly (number | null)[], t: number, window: number): number | null {
  let s = 0;
  for (let k = t - window + 1; k <= t; k++) {
    const x = series[k];
    if (x === null) return null;
    s += x;
  }
  if (Number.isFinite(s)) return s / window;
  // The sum overflowed: average the scaled values instead.
  s = 0;
  for (let k = t - window + 1; k <= t; k++) s += (series[k] as number) / window;
  return s;
}

/**
 * M_t = (x_t + … + x_(t−n+1)) / n, defined from the n-th observation on; null before that and
 * for any window holding a blank (null) observation. Long windows slide a running sum that is
 * summed afresh once per window length, so the work stays linear in the series length.
 *
 * @example movingAverage([1, 2, 3, 4], 2) // [null, 1.5, 2.5, 3.5]
 */
export function movingAverage(
  series: readonly (number | null)[],
  window: number
): (number | null)[] {
  if (!Number.isInteger(window) || window < 1)
    throw new InputError(`window must be a whole number ≥ 1, not ${window}`);
  if (window > series.length) {
    throw new InputError(`window (${window}) is longer than the series (${series.length} values)`);
  }
  const out: (number | null)[] = new Array(series.length).fill(null);
  if (window <= SUMMED_AFRESH) {
    for (let t = window - 1; t < series.length; t++) out[t] = windowMean(series, t, window);
    return out;
  }
  let blanks = 0;
  let sum = 0;
  let sinceFresh = window;
  for (let t = 0; t < series.length; t++) {
    const x = series[t];
    if (x === null) blanks++;
    else sum += x;
    const leaving = t - window;
    if (leaving >= 0) {
      const y = series[leaving];
      if (y === null) blanks--;
      else sum -= y;
    }
    if (t < window - 1) continue;
    if (blanks > 0) {
      sinceFresh = window; // the running sum is stale while blanks are in the window
      continue;
    }
    if (sinceFresh >= window || !Number.isFinite(sum)) {
      sum = 0;
      for (let k = t - window + 1; k <= t; k++) sum += series[k] as number;
      out[t] = windowMean(series, t, window);
      sinceFresh = 0;
    } else {
      out[t] = sum / window;
      sinceFresh++;
    }
  }
  return out;
}
