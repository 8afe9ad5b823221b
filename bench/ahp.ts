/**
 * AHP.WEIGHTS + AHP.CR on a 9×9 matrix through the function adapter (what Excel calls), per call.
 * Target: median ≤ 20 µs.
 */
import { installCustomFunctionsGlobal } from "../tests/support/customFunctions";
import { Figure, medianMicros, report } from "./util";

export function benchAhp(): Figure[] {
  if (!(globalThis as any).CustomFunctions) installCustomFunctionsGlobal();
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { ahpWeights, ahpCR } = require("../src/functions/ahp");
  // A 9×9 matrix as Excel passes it: upper triangle typed, text fractions, lower triangle blank.
  const v = [9, 7, 6, 5, 4, 3, 2.5, 2, 1];
  const m: unknown[][] = v.map((x, i) =>
    v.map((y, j) => {
      if (j < i) return "";
      const r = Math.max(1, Math.min(9, Math.round(x / y + ((i * 7 + j * 3) % 3) - 1)));
      return j === i ? 1 : r;
    }),
  );
  const check = ahpWeights(m, null);
  if (!Array.isArray(check)) throw new Error("benchmark matrix is invalid: " + (check as Error).message);
  const perCall = medianMicros(() => {
    ahpWeights(m, null);
    ahpCR(m, null, null);
  }, 2000, 15);
  const sqrt = medianMicros(() => {
    ahpWeights(m, "SQRT");
    ahpCR(m, "SQRT", null);
  }, 2000, 15);
  return [
    report("AHP.WEIGHTS + AHP.CR, 9×9, EIGEN (adapter)", perCall, "µs/call", "≤ 20 µs", perCall <= 20),
    report("AHP.WEIGHTS + AHP.CR, 9×9, SQRT (adapter)", sqrt, "µs/call", "≤ 20 µs", sqrt <= 20),
  ];
}

if (require.main === module) benchAhp();
