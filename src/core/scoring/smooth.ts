/** Smooth moving (moving average) of a series (methods.md §3). */
import { InputError } from "../errors";

/**
 * M_t = (x_t + … + x_(t−n+1)) / n, defined from the n-th observation on; null before that and
 * for any window holding a blank (null) observation.
 *
 * @example movingAverage([1, 2, 3, 4], 2) // [null, 1.5, 2.5, 3.5]
 */
export function movingAverage(series: (number | null)[], window: number): (number | null)[] {
  if (!Number.isInteger(window) || window < 1) throw new InputError(`window must be a whole number ≥ 1, not ${window}`);
  if (window > series.length) {
    throw new InputError(`window (${window}) is longer than the series (${series.length} values)`);
  }
  const out: (number | null)[] = new Array(series.length).fill(null);
  for (let t = window - 1; t < series.length; t++) {
    let s = 0;
    let ok = true;
    for (let k = t - window + 1; k <= t; k++) {
      const x = series[k];
      if (x === null) {
        ok = false;
        break;
      }
      s += x;
    }
    if (ok) out[t] = s / window;
  }
  return out;
}
