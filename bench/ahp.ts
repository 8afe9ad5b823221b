/**
 * AHP through the built dist/functions.js (what Excel calls), on the matrices users have:
 * - 1,000 distinct random 9×9 Saaty-scale matrices: the upper triangle drawn uniformly from
 *   1/9 … 1/2, 1, 2 … 9 (so most are far from consistent), the lower triangle its reciprocals,
 *   typed as numbers; AHP.WEIGHTS then AHP.CR on the same matrix, as a workbook block does (the
 *   second call is answered from the adapter's memo), cycling through the 1,000 so that the memo
 *   (512 entries) never holds the next one;
 * - the same with every cell typed as text, as users type judgments ("1/3", "5", "1");
 * - 1,000 matrices with the upper triangle typed, the rest blank, with numbers or with the
 *   judgments below 1 as text fractions; and the same with SQRT;
 * - a repeated matrix (a recalculation with nothing changed): the memo's lookup cost;
 * - the λmax-minimising completion of incomplete 25×25 and 60×60 matrices (a chain of judgments
 *   plus 40 % and 2 % of the other pairs), and the largest it takes (2,500 missing comparisons).
 * Targets (issue 10): ≤ 5 µs per pair on numbers and ≤ 10 µs on text in Chromium (bench/browser.ts
 * measures those); Node's figures are for reference.
 */
import { Figure, bundleFunction, medianMicros, report } from "./util";

const SAATY = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const TEXT = [
  "1/9",
  "1/8",
  "1/7",
  "1/6",
  "1/5",
  "1/4",
  "1/3",
  "1/2",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
];

/**
 * How the random matrices of the AHP benchmarks are typed: "full" numbers with reciprocals below
 * the diagonal, "text" the same as text cells, "upper" numbers above the diagonal and blanks
 * below, "upper-text" the same with the judgments below 1 as text fractions.
 */
export type SaatyKind = "full" | "text" | "upper" | "upper-text";

/** `count` random n×n Saaty matrices typed as `kind` says (a fixed seed: the same every run). */
export function saatyMatrices(kind: SaatyKind, count: number, n = 9, seed = 7): unknown[][][] {
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, () => {
    const m: unknown[][] = Array.from({ length: n }, () =>
      new Array<unknown>(n).fill(kind === "text" ? "1" : 1)
    );
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const r = Math.floor(rnd() * SAATY.length);
        const x = SAATY[r];
        if (kind === "full") [m[i][j], m[j][i]] = [x, 1 / x];
        else if (kind === "text") [m[i][j], m[j][i]] = [TEXT[r], TEXT[SAATY.length - 1 - r]];
        else [m[i][j], m[j][i]] = [kind === "upper-text" && x < 1 ? TEXT[r] : x, ""];
      }
    }
    return m;
  });
}

export function benchAhp(): Figure[] {
  const ahpWeights = bundleFunction("AHP.WEIGHTS");
  const ahpCR = bundleFunction("AHP.CR");
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const full = saatyMatrices("full", 1000);
  const text = saatyMatrices("text", 1000);
  const numbers = saatyMatrices("upper", 1000);
  const fractions = saatyMatrices("upper-text", 1000);
  const pair = (ms: unknown[][][], method: string | null) => {
    let k = 0;
    return () => {
      const m = ms[k++ % ms.length];
      ahpWeights(m, method);
      ahpCR(m, method, null);
    };
  };
  for (const m of [full[0], text[0], numbers[0], fractions[0]]) {
    const w = ahpWeights(m, null);
    if (!Array.isArray(w)) throw new Error(`benchmark matrix is invalid: ${(w as Error).message}`);
  }
  const eigenFull = medianMicros(pair(full, null), 2000, 15);
  const eigenText = medianMicros(pair(text, null), 2000, 15);
  const eigenNumbers = medianMicros(pair(numbers, null), 2000, 15);
  const eigenFractions = medianMicros(pair(fractions, null), 2000, 15);
  const sqrtText = medianMicros(pair(fractions, "SQRT"), 2000, 15);
  const repeated = medianMicros(pair([full[0]], null), 2000, 15);

  const incomplete = (n: number, fill: number) => {
    const m: unknown[][] = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? 1 : ""))
    );
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        if (j === i + 1 || rnd() < fill) m[i][j] = SAATY[Math.floor(rnd() * SAATY.length)];
    const t0 = process.hrtime.bigint();
    const w = ahpWeights(m, "EIGEN");
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (!Array.isArray(w))
      throw new Error(`incomplete benchmark matrix is invalid: ${(w as Error).message}`);
    return ms;
  };
  const i25 = incomplete(25, 0.4);
  const i60 = incomplete(60, 0.02);
  return [
    report(
      "Node: AHP.WEIGHTS + AHP.CR, random 9×9 Saaty matrices (1,000 distinct, full reciprocal, numbers), EIGEN",
      eigenFull,
      "µs/pair",
      "reference (≤ 5 µs in Chromium)",
      eigenFull <= 5
    ),
    report(
      'Node: same, every cell text ("1/3", "5", "1")',
      eigenText,
      "µs/pair",
      "reference (≤ 10 µs in Chromium)",
      eigenText <= 10
    ),
    report(
      "Node: same, upper triangle typed (numbers), the rest blank",
      eigenNumbers,
      "µs/pair",
      "≤ 20 µs",
      eigenNumbers <= 20
    ),
    report(
      'Node: same, upper triangle with the judgments below 1 as text fractions ("1/3")',
      eigenFractions,
      "µs/pair",
      "≤ 20 µs",
      eigenFractions <= 20
    ),
    report("Node: same with SQRT", sqrtText, "µs/pair", "≤ 20 µs", sqrtText <= 20),
    report(
      "Node: one matrix again and again (a recalculation: memo lookup)",
      repeated,
      "µs/pair",
      "≤ 5 µs",
      repeated <= 5
    ),
    report(
      "AHP.WEIGHTS, 25×25 incomplete (chain + 40 % of pairs), EIGEN",
      i25,
      "ms",
      "≤ 250 ms",
      i25 <= 250
    ),
    report(
      "AHP.WEIGHTS, 60×60 incomplete (chain + 2 % of pairs, ≈1,670 missing), EIGEN",
      i60,
      "ms",
      "≤ 1 s",
      i60 <= 1000
    ),
  ];
}
