/**
 * The core's matrix product, linear solves (A·x = b and Aᵀ·x = b) and inverse against mathjs
 * (a development dependency only: multiply, lusolve, inv), on random matrices; tolerance 1e-12
 * relative (1e-10 to 1e-11 where partial pivoting swaps rows of a badly scaled matrix).
 */
import { inv, lusolve, multiply, transpose } from "mathjs";
import {
  inverse,
  luFactor,
  luFactorInPlace,
  luInverse,
  luSolve,
  luSolveInPlace,
  matMul,
  solveLinear,
} from "../../src/core/linalg";

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

/** Diagonally dominant (so well conditioned) random n×n. */
const dominant = (n: number) =>
  random(n, n).map((row, i) => row.map((x, j) => (i === j ? x + n : x)));

/** A random n×n whose partial pivoting swaps rows at most steps: a small diagonal. */
const pivoting = (n: number) =>
  random(n, n).map((row, i) => row.map((x, j) => (i === j ? 1e-3 * x : x)));

const close = (x: number, y: number, tol: number) =>
  expect(Math.abs(x - y)).toBeLessThanOrEqual(tol * (1 + Math.abs(y)));

describe("luSolve", () => {
  it("solves Aᵀ·x = b (transposed) as mathjs.lusolve on the transpose, with row swaps", () => {
    for (const n of [1, 2, 3, 7, 40, 120]) {
      for (const a of [dominant(n), pivoting(n)]) {
        const b = Array.from({ length: n }, () => rnd() - 0.5);
        const f = luFactor(a);
        expect(f).not.toBeNull();
        const x = luSolve(f!, b, true);
        const y = (lusolve(transpose(a), b) as number[][]).map((r) => r[0]);
        x.forEach((v, i) => close(v, y[i], 1e-10));
        // and the plain solve still agrees
        const z = luSolve(f!, b);
        const w = (lusolve(a, b) as number[][]).map((r) => r[0]);
        z.forEach((v, i) => close(v, w[i], 1e-10));
      }
    }
  });

  it("solves in place as mathjs.lusolve, dividing by U's diagonal or multiplying by its reciprocals", () => {
    for (const n of [1, 4, 9, 48]) {
      const a = pivoting(n);
      const lu = Float64Array.from(a.flat());
      const pivot = new Int32Array(n);
      expect(luFactorInPlace(lu, n, pivot)).toBe(true);
      const inverseDiagonal = Float64Array.from({ length: n }, (_, i) => 1 / lu[i * n + i]);
      const b = Array.from({ length: n }, () => rnd() - 0.5);
      const w = (lusolve(a, b) as number[][]).map((r) => r[0]);
      const divided = Float64Array.from(b);
      luSolveInPlace(lu, n, pivot, divided);
      const multiplied = Float64Array.from(b);
      luSolveInPlace(lu, n, pivot, multiplied, inverseDiagonal);
      w.forEach((v, i) => {
        close(divided[i], v, 1e-10);
        close(multiplied[i], v, 1e-10);
      });
    }
  });

  it("records the interchanges LAPACK-style (pivot[k] = the row swapped with row k)", () => {
    const lu = Float64Array.from([0, 1, 2, 3]);
    const pivot = new Int32Array(2);
    expect(luFactorInPlace(lu, 2, pivot)).toBe(true);
    expect(Array.from(pivot)).toEqual([1, 1]);
    expect(Array.from(lu)).toEqual([2, 3, 0, 1]);
    expect(luFactorInPlace(Float64Array.from([1, 2, 2, 4]), 2, new Int32Array(2))).toBe(false);
  });
});

describe("inverse", () => {
  it("equals mathjs.inv on random matrices up to 120×120, with and without row swaps", () => {
    for (const n of [1, 2, 3, 5, 17, 60, 120]) {
      for (const a of [dominant(n), pivoting(n)]) {
        const ours = inverse(a) as number[][];
        const theirs = inv(a) as number[][];
        ours.forEach((row, i) => row.forEach((x, j) => close(x, theirs[i][j], 1e-11)));
      }
    }
  });

  it("gives A·A⁻¹ = I to 1e-12 and null for a singular matrix", () => {
    const a = pivoting(50);
    const x = luInverse(luFactor(a)!);
    matMul(a, x).forEach((row, i) =>
      row.forEach((v, j) => expect(Math.abs(v - (i === j ? 1 : 0))).toBeLessThanOrEqual(1e-12))
    );
    expect(
      inverse([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ])
    ).toBeNull();
    expect(
      inverse([
        [0, 1],
        [1, 0],
      ])
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
