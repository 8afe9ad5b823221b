/**
 * AHP.UNCERTAINTY (and AHP.CONSENSUS, AHP.AIP) through the built dist/functions.js. The matrix
 * is a random 9×9 of Saaty-scale judgments that is nearly consistent (ratios of random weights
 * in 1 … 9 snapped to the scale; CR 0.012 with this seed), so that the draws are kept: a fully
 * random 9×9 Saaty matrix has CR ≈ 1 and every draw would be discarded (that worst case, the
 * 20 × samples draws, is the second figure).
 */
import { bundleFunction, Figure, medianMillis, report } from "./util";

const SCALE = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export function benchAhpRobust(): Figure[] {
  const uncertainty = bundleFunction("AHP.UNCERTAINTY");
  const consensus = bundleFunction("AHP.CONSENSUS");
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const snap = (x: number) =>
    SCALE.reduce((b, s) => (Math.abs(Math.log(s / x)) < Math.abs(Math.log(b / x)) ? s : b), 1);
  const nearlyConsistent = (n: number) => {
    const w = Array.from({ length: n }, () => 1 + 8 * rnd());
    return w.map((x, i) => w.map((y, j) => (j < i ? "" : snap(x / y))));
  };
  const random = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) =>
        j < i ? "" : j === i ? 1 : SCALE[Math.floor(rnd() * SCALE.length)]
      )
    );
  const m9 = nearlyConsistent(9);
  const r9 = random(9);
  const m20 = nearlyConsistent(20);
  let s = 0;
  const kept = medianMillis(() => uncertainty(m9, 1000, 1, null, ++s));
  const sqrt = medianMillis(() => uncertainty(m9, 1000, 1, "SQRT", ++s));
  const discarded = medianMillis(() => uncertainty(r9, 1000, 1, null, ++s), 5);
  const big = medianMillis(() => uncertainty(m20, 5000, 1, null, ++s), 5);
  const experts = Array.from({ length: 50 }, () => nearlyConsistent(9)).flat();
  const group = medianMillis(() => consensus(experts, null, null));
  return [
    report(
      "AHP.UNCERTAINTY, 1,000 samples, spread 1, EIGEN, nearly consistent random 9×9",
      kept,
      "ms",
      "≤ 20 ms",
      kept <= 20
    ),
    report("same with SQRT", sqrt, "ms", "≤ 20 ms", sqrt <= 20),
    report(
      "AHP.UNCERTAINTY, 1,000 samples, fully random 9×9 (CR ≈ 1: all 20,000 draws discarded, #VALUE!)",
      discarded,
      "ms",
      "< 1 s",
      discarded < 1000
    ),
    report(
      "AHP.UNCERTAINTY, 5,000 samples (the cap for n = 20), nearly consistent 20×20",
      big,
      "ms",
      "< 1 s",
      big < 1000
    ),
    report("AHP.CONSENSUS, 50 experts × 9×9 (450 rows), EIGEN", group, "ms", "< 1 s", group < 1000),
  ];
}
