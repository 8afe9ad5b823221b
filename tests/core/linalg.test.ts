/**
 * The core's matrix product and linear solve against mathjs (a development dependency only),
 * on random matrices; tolerance 1e-12 relative.
 */
import { lusolve, multiply } from "mathjs";
import { matMul, solveLinear } from "../../src/core/linalg";

let seed = 11;
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const random = (r: number, c: number) =>
  Array.from({ length: r }, () => Array.from({ length: c }, () => rnd() * 2 - 1));

describe("matMul", () => {
  it("equals mathjs.multiply on random rectangular matrices", () => {
    for (const [m, k, n] of [
      [1, 1, 1],
      [3, 4, 2],
      [17, 9, 23],
      [60, 60, 60],
    ]) {
      const a = random(m, k);
      const b = random(k, n);
      const ours = matMul(a, b);
      const theirs = multiply(a, b) as number[][];
      ours.forEach((row, i) =>
        row.forEach((x, j) =>
          expect(Math.abs(x - theirs[i][j])).toBeLessThanOrEqual(
            1e-12 * (1 + Math.abs(theirs[i][j]))
          )
        )
      );
    }
  });
});

describe("solveLinear", () => {
  it("equals mathjs.lusolve on random systems up to 200 unknowns", () => {
    for (const n of [1, 2, 5, 40, 200]) {
      const a = random(n, n).map((row, i) => row.map((x, j) => (i === j ? x + n : x)));
      const b = Array.from({ length: n }, () => rnd());
      const x = solveLinear(a, b) as number[];
      const y = (lusolve(a, b) as number[][]).map((r) => r[0]);
      x.forEach((v, i) =>
        expect(Math.abs(v - y[i])).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(y[i])))
      );
    }
  });

  it("pivots (a zero in the first pivot position) and reports singular systems as null", () => {
    expect(
      solveLinear(
        [
          [0, 1],
          [1, 0],
        ],
        [2, 3]
      )
    ).toEqual([3, 2]);
    expect(
      solveLinear(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2]
      )
    ).toBeNull();
  });
});
