/**
 * ANP.LIMIT on the slowest 100 × 100 supermatrices we know (the size limit), through the built
 * dist/functions.js: a cycle through all 100 elements (period 100, averaged), a pure hierarchy
 * (lower-triangular, 99 products), two halves joined by 1e-6 with period 2 (slow mixing and
 * periodic), and a dense random matrix. Each call gets a fresh matrix (one entry changed) so the
 * memo never answers. Target: ≤ 250 ms per call, well inside the 1 s every function must meet.
 */
import { Figure, bundleFunction, medianMillis, report } from "./util";

const N = 100;

function cases(): [string, number[][]][] {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const matrix = (f: (i: number, j: number) => number) =>
    Array.from({ length: N }, (_, i) => Array.from({ length: N }, (__, j) => f(i, j)));
  return [
    ["a 100-cycle", matrix((i, j) => (i === (j + 1) % N ? 1 : 0))],
    ["a pure hierarchy", matrix((i, j) => (i > j ? rnd() : 0))],
    [
      "period 2, halves joined by 1e-6",
      matrix((i, j) =>
        (i + j) % 2 === 1 ? (Math.floor(i / 50) === Math.floor(j / 50) ? 1 : 1e-6) : 0
      ),
    ],
    ["dense random", matrix(() => rnd())],
  ];
}

export function benchAnp(): Figure[] {
  const limit = bundleFunction("ANP.LIMIT");
  return cases().map(([name, m]) => {
    const first = limit(m);
    if (!Array.isArray(first))
      throw new Error(`benchmark input ${name} is invalid: ${String((first as Error).message)}`);
    const i = m.findIndex((row) => row[0] > 0);
    let k = 0;
    const ms = medianMillis(() => {
      const variant = m.map((row) => row.slice());
      variant[i][0] *= 1 + ++k * 1e-9; // a different matrix, the same graph
      return limit(variant);
    }, 7);
    return report(`ANP.LIMIT 100 × 100, ${name}`, ms, "ms/call", "≤ 250 ms", ms <= 250);
  });
}

if (require.main === module) benchAnp();
