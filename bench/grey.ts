/**
 * GREY.EVAL with 200 indicators × 50 experts in two levels (8 criteria), through the built
 * dist/functions.js, each call on a different score matrix (one score changed), so the adapter's
 * memo never answers. Target: ≤ 5 ms per call. GREY.SENSITIVITY on the same inputs (its own
 * evaluation, as a different matrix each call), target ≤ 10 ms per call, in Node and in headless
 * Chromium (bench/browser.ts inBundlePage).
 */
import { inBundlePage } from "./browser";
import { Figure, bundleFunction, medianMillis, report } from "./util";

/** GREY.SENSITIVITY on the same inputs in headless Chromium, median of 21 calls (ms), each a new matrix. */
function sensitivityInChromium(inputs: unknown[]): Promise<number> {
  return inBundlePage((args: unknown[]) => {
    const w = globalThis as unknown as Record<string, unknown>;
    const fn = w.__functions as Record<string, (...a: unknown[]) => unknown>;
    const [scores, ...rest] = args as [number[][], ...unknown[]];
    const times: number[] = [];
    for (let k = 0; k < 22; k++) {
      const variant = scores.map((row) => row.slice());
      variant[k % 200][k % 50] = 4.05 + k * 1e-6;
      const t0 = performance.now();
      fn["GREY.SENSITIVITY"](variant, ...rest, null, 0.1);
      if (k > 0) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  }, inputs);
}

export async function benchGrey(): Promise<Figure[]> {
  const greyEval = bundleFunction("GREY.EVAL");
  const greySensitivity = bundleFunction("GREY.SENSITIVITY");
  let seed = 1;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const scores = Array.from({ length: 200 }, () =>
    Array.from({ length: 50 }, () => Math.round(rnd() * 40) / 10)
  );
  const weights = Array.from({ length: 200 }, () => [rnd()]);
  const groups = Array.from({ length: 200 }, (_, i) => [`C${(i % 8) + 1}`]);
  const groupWeights = Array.from({ length: 8 }, (_, k) => [`C${k + 1}`, k + 1]);
  const w = greyEval(scores, weights, groups, groupWeights, null);
  if (typeof w !== "number") throw new Error("benchmark input is invalid: " + (w as Error).message);
  let k = 0;
  const ms = medianMillis(() => {
    const variant = scores.map((row) => row.slice());
    variant[k % 200][k % 50] = (k++ % 40) / 10;
    return greyEval(variant, weights, groups, groupWeights, null);
  }, 21);
  const table = greySensitivity(scores, weights, groups, groupWeights, null, null);
  if (!Array.isArray(table) || table.length !== 9)
    throw new Error("benchmark input is invalid for GREY.SENSITIVITY");
  // A score never used before in each call (4.05 + k·1e-6, above the top centre, is valid), and
  // a count of the evaluations computed, so no call is answered by the memo.
  const stats = (
    globalThis as { LowCarbonAddinStats?: { evaluationCounts(): Record<string, number> } }
  ).LowCarbonAddinStats;
  const before = stats?.evaluationCounts()["grey evaluation"] ?? 0;
  let calls = 0;
  const sens = medianMillis(() => {
    const variant = scores.map((row) => row.slice());
    variant[k % 200][k % 50] = 4.05 + k++ * 1e-6;
    calls++;
    return greySensitivity(variant, weights, groups, groupWeights, null, 0.1);
  }, 21);
  if (stats && stats.evaluationCounts()["grey evaluation"] - before !== calls)
    throw new Error("GREY.SENSITIVITY calls were answered by the memo");
  const chromiumMs = await sensitivityInChromium([scores, weights, groups, groupWeights, null]);
  return [
    report(
      "GREY.EVAL, 200 indicators × 50 experts, 2 levels, a different matrix each call",
      ms,
      "ms/call",
      "≤ 5 ms",
      ms <= 5
    ),
    report(
      "GREY.SENSITIVITY, 200 indicators × 50 experts in 8 criteria, step 0.1, a different matrix each call",
      sens,
      "ms/call",
      "≤ 10 ms",
      sens <= 10
    ),
    report(
      "GREY.SENSITIVITY in headless Chromium, the same inputs, a different matrix each call",
      chromiumMs,
      "ms/call",
      "≤ 10 ms",
      chromiumMs <= 10
    ),
  ];
}

if (require.main === module) benchGrey();
