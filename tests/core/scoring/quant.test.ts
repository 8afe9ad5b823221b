/**
 * The paper's quantitative score (docs/methods.md §3): smooth with window n, take worst/best from
 * the smoothed history (benefit: worst = min, best = max; cost reversed) and score the latest
 * smoothed value with the threshold formula. Tolerance 1e-9 relative against hand values.
 */
import { InputError } from "../../../src/core/errors";
import { direction, pooledThresholds, quantScore, scoreAgainst } from "../../../src/core/scoring";

function close(a: number, e: number, rel = 1e-9): boolean {
  return Math.abs(a - e) <= rel * Math.abs(e);
}

describe("quantScore", () => {
  const series = [10, 12, 11, 15, 18, 20];

  it("hand-worked series, window 3: smoothed 11, 38/3, 44/3, 53/3; latest is the max", () => {
    const b = quantScore(series, 3, "BENEFIT");
    expect(b.smoothed.slice(0, 2)).toEqual([null, null]);
    [11, 38 / 3, 44 / 3, 53 / 3].forEach((e, k) =>
      expect(close(b.smoothed[k + 2] as number, e)).toBe(true)
    );
    expect(close(b.latest, 53 / 3)).toBe(true);
    expect(b.worst).toBe(11);
    expect(close(b.best, 53 / 3)).toBe(true);
    expect(b.score).toBe(4); // benefit: latest = max = best
    const c = quantScore(series, 3, "COST");
    expect(close(c.worst, 53 / 3)).toBe(true);
    expect(c.best).toBe(11);
    expect(c.score).toBe(1); // cost: latest = max = worst
  });

  it("latest in the middle of the history gives the exact interpolated score", () => {
    // (2, 6, 2, 0, 4), window 2: smoothed 4, 4, 1, 2; min 1, max 4, latest 2.
    // benefit: 1 + 3·(2 − 1)/(4 − 1) = 2; cost: 1 + 3·(2 − 4)/(1 − 4) = 3.
    const b = quantScore([2, 6, 2, 0, 4], 2);
    expect(b.latest).toBe(2);
    expect(close(b.score, 2)).toBe(true);
    expect(close(quantScore([2, 6, 2, 0, 4], 2, "COST").score, 3)).toBe(true);
    // low/high pass through: 10 scale 3 … 9 → 3 + 6/3 = 5.
    expect(close(quantScore([2, 6, 2, 0, 4], 2, "BENEFIT", 3, 9).score, 5)).toBe(true);
    // window 1: no smoothing; (0, 10, 0, 6): 1 + 3·0.6 = 2.8.
    expect(close(quantScore([0, 10, 0, 6], 1).score, 2.8)).toBe(true);
  });

  it("the JSDoc example: (1, 2, 3, 4, 5), window 2 scores 4", () => {
    expect(quantScore([1, 2, 3, 4, 5], 2).score).toBe(4);
  });

  it("trailing blanks (years not yet filled in) are ignored", () => {
    const withBlanks = quantScore([2, 6, 2, 0, 4, null, null], 2);
    expect(close(withBlanks.score, 2)).toBe(true);
    expect(withBlanks.latest).toBe(2);
    expect(quantScore([...series, null], 3).score).toBe(4);
  });

  it("a blank earlier in the series only removes the windows that hold it", () => {
    // (5, –, 2, 6, 2, 0, 4), window 2: smoothed –, –, –, 4, 4, 1, 2 → same as above: 2.
    expect(close(quantScore([5, null, 2, 6, 2, 0, 4], 2).score, 2)).toBe(true);
  });

  it("errors: flat history, a single smoothed value, blank inside the latest window, too short, empty", () => {
    expect(() => quantScore([3, 3, 3, 3], 2)).toThrow(InputError);
    expect(() => quantScore([3, 3, 3, 3], 2)).toThrow(/no spread/);
    expect(() => quantScore([1, 2, 3], 3)).toThrow(/single value/);
    expect(() => quantScore([1, 2, 3, null, 5], 2)).toThrow(
      /latest moving average cannot be computed: a value among the last 2 observations is blank/
    );
    expect(() => quantScore([1, 2], 3)).toThrow(/longer than the series/);
    expect(() => quantScore([1, 2, null, null], 3)).toThrow(/longer than the series \(2 values\)/);
    expect(() => quantScore([null, null], 1)).toThrow(/empty/);
    expect(() => quantScore([], 1)).toThrow(/empty/);
  });
});

describe("direction names", () => {
  it("BENEFIT (default) and COST with aliases, case-insensitive", () => {
    for (const b of [
      null,
      undefined,
      "",
      "benefit",
      "Benefit",
      " BENEFIT ",
      "b",
      "+",
      "max",
      "higher",
    ])
      expect(direction(b as any)).toBe("BENEFIT");
    for (const c of ["cost", "Cost", "COST", "c", "-", "−", "min", "lower"])
      expect(direction(c)).toBe("COST");
  });

  it("the Chinese names: 正向, 效益型, 正, 极大型 / 负向, 逆向, 成本型, 负, 逆, 极小型, also with 指标", () => {
    for (const b of [
      "正向",
      "效益型",
      "效益",
      "正",
      "极大型",
      "＋",
      "正向指标",
      "效益型指标",
      "正指标",
    ])
      expect(direction(b)).toBe("BENEFIT");
    for (const c of [
      "负向",
      "逆向",
      "成本型",
      "成本",
      "负",
      "逆",
      "极小型",
      "－",
      " 逆向 ",
      "逆向指标",
      "成本型指标",
      "负指标",
      "逆指标",
    ])
      expect(direction(c)).toBe("COST");
    expect(() => direction("指标")).toThrow(/Unknown direction "指标"/);
    expect(() => direction("适度指标")).toThrow(/Unknown direction "适度指标"/);
  });

  it("rejects an unknown direction by name", () => {
    expect(() => direction("sideways")).toThrow(/Unknown direction "sideways"/);
  });
});

describe("thresholds across units and typed", () => {
  it("pools the smoothed values of every series (min/max, max/min for cost)", () => {
    const two = [
      [null, 2, 3],
      [null, 5, 4],
    ];
    expect(pooledThresholds(two, "BENEFIT")).toEqual({ worst: 2, best: 5 });
    expect(pooledThresholds(two, "COST")).toEqual({ worst: 5, best: 2 });
    expect(pooledThresholds([[null, null]], "BENEFIT")).toBeNull();
  });

  it("scores the latest smoothed value against them: an improving series need not score the top mark", () => {
    const smoothed = [null, 2, 3];
    expect(quantScore([1, 3, 3], 2).score).toBe(4); // own history: the top mark
    expect(scoreAgainst(smoothed, { worst: 2, best: 5 })).toBeCloseTo(2, 12);
    expect(scoreAgainst(smoothed, { worst: 5, best: 2 }, 1, 4)).toBeCloseTo(3, 12); // cost
    expect(scoreAgainst(smoothed, { worst: 0, best: 1 })).toBe(4); // beyond the target: capped
    expect(scoreAgainst(smoothed, { worst: 3, best: 3 })).toBeNull();
    expect(scoreAgainst([null, null], { worst: 0, best: 1 })).toBeNull();
    expect(scoreAgainst([null, 2, 3, null], { worst: 2, best: 5 })).toBeCloseTo(2, 12); // the last value
  });
});
