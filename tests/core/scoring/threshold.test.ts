/**
 * Threshold scoring (docs/methods.md §3): s = low + (high − low)·clamp((x − worst)/(best − worst), 0, 1);
 * benefit indicators have worst < best, cost indicators worst > best; default low 1, high 4.
 * Tolerance: 1e-9 relative against values computed by hand.
 */
import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import { thresholdScore } from "../../../src/core/scoring";

function close(a: number, e: number, rel = 1e-9): boolean {
  return Math.abs(a - e) <= rel * Math.abs(e);
}

describe("thresholdScore", () => {
  it("benefit indicator (worst < best), defaults low 1 and high 4", () => {
    expect(close(thresholdScore(50, 0, 100), 2.5)).toBe(true); // 1 + 3·0.5
    expect(close(thresholdScore(0, 0, 100), 1)).toBe(true);
    expect(close(thresholdScore(100, 0, 100), 4)).toBe(true);
    expect(close(thresholdScore(25, 10, 40), 2.5)).toBe(true); // 1 + 3·15/30
    expect(close(thresholdScore(13, 10, 40), 1.3)).toBe(true); // 1 + 3·3/30
  });

  it("cost indicator (worst > best): lower is better", () => {
    expect(close(thresholdScore(25, 40, 10), 2.5)).toBe(true); // 1 + 3·(25−40)/(10−40) = 1 + 3·0.5
    expect(close(thresholdScore(16, 40, 10), 3.4)).toBe(true); // 1 + 3·24/30
    expect(close(thresholdScore(40, 40, 10), 1)).toBe(true);
    expect(close(thresholdScore(10, 40, 10), 4)).toBe(true);
  });

  it("clamps outside [worst, best] for both directions", () => {
    expect(thresholdScore(-5, 0, 100)).toBe(1);
    expect(thresholdScore(500, 0, 100)).toBe(4);
    expect(thresholdScore(50, 40, 10)).toBe(1); // worse than worst
    expect(thresholdScore(0, 40, 10)).toBe(4); // better than best
  });

  it("custom low and high (e.g. the 10 scale: 3 to 9; or 0 to 100)", () => {
    expect(close(thresholdScore(25, 10, 40, 3, 9), 6)).toBe(true); // 3 + 6·0.5
    expect(close(thresholdScore(16, 40, 10, 0, 100), 80)).toBe(true); // 0 + 100·0.8
    expect(thresholdScore(-1, 0, 1, 0, 100)).toBe(0);
    expect(close(thresholdScore(0.25, 0, 1, 5, 1), 4)).toBe(true); // low above high: 5 − 4·0.25
  });

  it("property: the score lies between low and high and is monotone in the direction of best", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (x, y, worst, best) => {
          if (Math.abs(worst - best) < 1e-6) return true;
          const sx = thresholdScore(x, worst, best);
          const sy = thresholdScore(y, worst, best);
          const inRange = sx >= 1 && sx <= 4;
          const xBetter = best > worst ? x >= y : x <= y;
          return inRange && (xBetter ? sx >= sy - 1e-12 : sx <= sy + 1e-12);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("worst = best is an error", () => {
    expect(() => thresholdScore(5, 3, 3)).toThrow(InputError);
    expect(() => thresholdScore(5, 3, 3)).toThrow(/worst and best thresholds are equal \(3\)/);
  });
});
