/**
 * AHP.UNCERTAINTY (and AHP.CONSENSUS, AHP.AIP) through the built dist/functions.js. The matrices
 * are random 9×9s of Saaty-scale judgments a user would analyse: nearly consistent (ratios of
 * random weights in 1 … 9 snapped to the scale; CR 0.012 with this seed), and one just inside
 * Saaty's limit (the same with judgments moved by a step at random until CR is in 0.07 … 0.1),
 * where many draws exceed CR 0.2 and are drawn again. A fully random 9×9 Saaty matrix has CR ≈ 1
 * and every draw is discarded (that worst case, 20 × samples draws, is a figure of its own).
 * The 9×9 figures are measured in Node and in headless Chromium.
 */
import { inBundlePage } from "./browser";
import { bundleFunction, Figure, medianMillis, report } from "./util";

/** AHP.UNCERTAINTY(matrix, 1000) in headless Chromium, median of 11 calls with new seeds (ms). */
function uncertaintyInChromium(matrix: unknown[][]): Promise<number> {
  return inBundlePage((m: unknown[][]) => {
    const w = globalThis as unknown as Record<string, unknown>;
    const fn = w.__functions as Record<string, (...a: unknown[]) => unknown>;
    const times: number[] = [];
    for (let k = 0; k < 12; k++) {
      const t0 = performance.now();
      fn["AHP.UNCERTAINTY"](m, 1000, 1, null, k + 1);
      if (k > 0) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  }, matrix);
}

const SCALE = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export async function benchAhpRobust(): Promise<Figure[]> {
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
  const cr = bundleFunction("AHP.CR");
  let edge = m9.map((row) => row.slice());
  for (let tries = 0; tries < 10000; tries++) {
    const c = cr(edge) as number;
    if (c >= 0.07 && c <= 0.1) break;
    if (c > 0.1) edge = m9.map((row) => row.slice());
    const i = Math.floor(rnd() * 8);
    const j = i + 1 + Math.floor(rnd() * (8 - i));
    const p = SCALE.indexOf(edge[i][j] as number);
    edge[i][j] = SCALE[Math.max(0, Math.min(16, p + (rnd() < 0.5 ? -1 : 1)))];
  }
  const edgeCr = cr(edge) as number;
  const r9 = random(9);
  const m20 = nearlyConsistent(20);
  let s = 0;
  const kept = medianMillis(() => uncertainty(m9, 1000, 1, null, ++s));
  const atEdge = medianMillis(() => uncertainty(edge, 1000, 1, null, ++s));
  const keptChromium = await uncertaintyInChromium(m9);
  const edgeChromium = await uncertaintyInChromium(edge);
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
      `AHP.UNCERTAINTY, 1,000 samples, spread 1, EIGEN, random 9×9 just inside the limit (CR ${edgeCr.toFixed(3)})`,
      atEdge,
      "ms",
      "≤ 20 ms",
      atEdge <= 20
    ),
    report(
      "Chromium: AHP.UNCERTAINTY, 1,000 samples, spread 1, EIGEN, nearly consistent 9×9",
      keptChromium,
      "ms",
      "≤ 20 ms",
      keptChromium <= 20
    ),
    report(
      `Chromium: same, the 9×9 just inside the limit (CR ${edgeCr.toFixed(3)})`,
      edgeChromium,
      "ms",
      "≤ 20 ms",
      edgeChromium <= 20
    ),
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
