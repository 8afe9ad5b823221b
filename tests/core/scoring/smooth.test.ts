/**
 * Smooth moving (docs/methods.md §3): M_t = (x_t + … + x_(t−n+1)) / n from the n-th observation on;
 * a blank inside a window makes that window undefined (null), not zero.
 * Tolerance: 1e-9 relative (|a − e| ≤ 1e-9·|e|) against averages computed by hand.
 */
import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import { movingAverage } from "../../../src/core/scoring";

function expectSeries(actual: (number | null)[], expected: (number | null)[], rel = 1e-9): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((x, t) => {
    const e = expected[t];
    if (e === null) {
      expect(x).toBeNull();
      return;
    }
    if (x === null || !(Math.abs(x - e) <= rel * Math.abs(e))) {
      throw new Error(`t = ${t + 1}: got ${x}, expected ${e}; ${JSON.stringify(actual)}`);
    }
  });
}

describe("movingAverage", () => {
  it("the JSDoc example and a hand-worked window of 3", () => {
    expectSeries(movingAverage([1, 2, 3, 4], 2), [null, 1.5, 2.5, 3.5]);
    // (10+12+11)/3 = 11, (12+11+15)/3 = 38/3, (11+15+18)/3 = 44/3, (15+18+20)/3 = 53/3
    expectSeries(movingAverage([10, 12, 11, 15, 18, 20], 3), [
      null,
      null,
      11,
      38 / 3,
      44 / 3,
      53 / 3,
    ]);
  });

  it("window 1 is the identity; window = length gives one average at the end", () => {
    const xs = [3.5, -2, 0, 1e6, 7.25];
    expect(movingAverage(xs, 1)).toEqual(xs);
    expectSeries(movingAverage(xs, 5), [null, null, null, null, (3.5 - 2 + 0 + 1e6 + 7.25) / 5]);
  });

  it("a blank inside a window makes that window (and only that window) undefined", () => {
    // window 2 over (1, 2, –, 4, 5, 6): windows (1,2) (2,–) (–,4) (4,5) (5,6)
    expectSeries(movingAverage([1, 2, null, 4, 5, 6], 2), [null, 1.5, null, null, 4.5, 5.5]);
    // window 3: every window touching position 3 is undefined
    expectSeries(movingAverage([1, 2, null, 4, 5, 6, 7], 3), [null, null, null, null, null, 5, 6]);
    // A blank is not a zero.
    expectSeries(movingAverage([0, 2, 4], 2), [null, 1, 3]);
  });

  it("property: each M_t equals the mean of its window (1e-9 relative, absolute floor 1e-9 for means near 0)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 30 }),
        (xs, n) => {
          if (n > xs.length) return true;
          const m = movingAverage(xs, n);
          return m.every((v, t) => {
            if (t < n - 1) return v === null;
            let s = 0;
            for (let k = t - n + 1; k <= t; k++) s += xs[k];
            const e = s / n;
            return v !== null && Math.abs(v - e) <= 1e-9 * Math.max(Math.abs(e), 1);
          });
        }
      ),
      { numRuns: 200 }
    );
  });

  it("errors: window longer than the series, window not a whole number ≥ 1", () => {
    expect(() => movingAverage([1, 2, 3], 4)).toThrow(InputError);
    expect(() => movingAverage([1, 2, 3], 4)).toThrow(
      /window \(4\) is longer than the series \(3 values\)/
    );
    expect(() => movingAverage([1, 2, 3], 2.5)).toThrow(/whole number/);
    expect(() => movingAverage([1, 2, 3], 0)).toThrow(/whole number ≥ 1, not 0/);
    expect(() => movingAverage([1, 2, 3], -1)).toThrow(/whole number/);
    expect(() => movingAverage([1, 2, 3], NaN)).toThrow(/whole number/);
    expect(() => movingAverage([], 1)).toThrow(/longer than the series/);
  });
});
