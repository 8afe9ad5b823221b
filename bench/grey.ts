/**
 * GREY.EVAL with 200 indicators × 50 experts in two levels (8 criteria), through the built
 * dist/functions.js, each call on a different score matrix (one score changed), so the adapter's
 * memo never answers. Target: ≤ 5 ms per call.
 */
import { Figure, bundleFunction, medianMillis, report } from "./util";

export function benchGrey(): Figure[] {
  const greyEval = bundleFunction("GREY.EVAL");
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
  return [
    report(
      "GREY.EVAL, 200 indicators × 50 experts, 2 levels, a different matrix each call",
      ms,
      "ms/call",
      "≤ 5 ms",
      ms <= 5
    ),
  ];
}

if (require.main === module) benchGrey();
