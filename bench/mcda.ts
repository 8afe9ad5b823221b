/**
 * WEIGHT.ENTROPY, TOPSIS.SCORE and GRA.GRADE through the built dist/functions.js (as Excel calls
 * them) on the largest data they take: 10,000 units × 10 indicators (100,000 cells, the size
 * limit), integers 1–1,000 spread over every column, equal weights, every column BENEFIT.
 * Target ≤ 500 ms per call (well within the 1 s every call must answer in). The functions keep
 * no memo, so each call computes afresh.
 */
import { Figure, bundleFunction, medianMillis, report } from "./util";

export function benchMcda(): Figure[] {
  const data = Array.from({ length: 10_000 }, (_, i) =>
    Array.from({ length: 10 }, (_, j) => ((i * 7919 + j * 104729) % 1000) + 1)
  );
  const weights = [new Array(10).fill(0.1)];
  const calls: [string, unknown[]][] = [
    ["WEIGHT.ENTROPY", [data, null, null]],
    ["TOPSIS.SCORE", [data, weights, null]],
    ["GRA.GRADE", [data, null, null, weights]],
  ];
  return calls.map(([id, args]) => {
    const fn = bundleFunction(id);
    const check = fn(...args);
    if (!Array.isArray(check) || check.flat().some((x) => typeof x !== "number"))
      throw new Error(`${id} failed on the benchmark data`);
    const ms = medianMillis(() => fn(...args), 11);
    return report(
      `${id}, 10,000 units × 10 indicators (100,000 cells, the limit; median of 11)`,
      ms,
      "ms",
      "≤ 500 ms",
      ms <= 500
    );
  });
}
