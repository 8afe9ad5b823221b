/**
 * AHP.WEIGHTS + AHP.CR on a 9×9 matrix through the function adapter (what Excel calls), per call.
 * Target: median ≤ 20 µs.
 */
import { installCustomFunctionsGlobal } from "../tests/support/customFunctions";
import { Figure, medianMicros, report } from "./util";

export function benchAhp(): Figure[] {
  if (!(globalThis as any).CustomFunctions) installCustomFunctionsGlobal();

  const { ahpWeights, ahpCR } = require("../src/functions/ahp");
  // A 9×9 matrix as Excel passes it: upper triangle typed, text fractions, lower triangle blank.
  const v = [9, 7, 6, 5, 4, 3, 2.5, 2, 1];
  const m: unknown[][] = v.map((x, i) =>
    v.map((y, j) => {
      if (j < i) return "";
      const r = Math.max(1, Math.min(9, Math.round(x / y + ((i * 7 + j * 3) % 3) - 1)));
      return j === i ? 1 : r;
    })
  );
  const check = ahpWeights(m, null);
  if (!Array.isArray(check))
    throw new Error("benchmark matrix is invalid: " + (check as Error).message);
  const perCall = medianMicros(
    () => {
      ahpWeights(m, null);
      ahpCR(m, null, null);
    },
    2000,
    15
  );
  const sqrt = medianMicros(
    () => {
      ahpWeights(m, "SQRT");
      ahpCR(m, "SQRT", null);
    },
    2000,
    15
  );
  // An incomplete 25×25 matrix (a chain of judgments plus 40% of the other pairs): EIGEN
  // completes it by minimising λmax over about 170 missing entries.
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const big: unknown[][] = Array.from({ length: 25 }, (_, i) =>
    Array.from({ length: 25 }, (_, j) => (i === j ? 1 : ""))
  );
  for (let i = 0; i < 25; i++)
    for (let j = i + 1; j < 25; j++)
      if (j === i + 1 || rnd() < 0.4) big[i][j] = Math.max(1, Math.round(rnd() * 9));
  const t0 = process.hrtime.bigint();
  const w = ahpWeights(big, "EIGEN");
  const incomplete = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!Array.isArray(w))
    throw new Error("incomplete benchmark matrix is invalid: " + (w as Error).message);
  return [
    report(
      "AHP.WEIGHTS + AHP.CR, 9×9, EIGEN (adapter)",
      perCall,
      "µs/call",
      "≤ 20 µs",
      perCall <= 20
    ),
    report(
      "AHP.WEIGHTS, 25×25 incomplete (≈60% missing), EIGEN",
      incomplete,
      "ms",
      "≤ 250 ms (ours)",
      incomplete <= 250
    ),
    report("AHP.WEIGHTS + AHP.CR, 9×9, SQRT (adapter)", sqrt, "µs/call", "≤ 20 µs", sqrt <= 20),
  ];
}

if (require.main === module) benchAhp();
