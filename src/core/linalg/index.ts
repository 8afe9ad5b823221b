/**
 * The few linear-algebra routines the core takes from mathjs, through its tree-shakable factory
 * functions so that only what is used ends up in dist/functions.js.
 */
import { create, multiplyDependencies, lusolveDependencies } from "mathjs";

const math = create({ multiplyDependencies, lusolveDependencies });

/** Matrix product A·B of plain 2-D arrays. */
export function matMul(a: number[][], b: number[][]): number[][] {
  return math.multiply(a, b) as unknown as number[][];
}

/** Solves A·x = b for a square, non-singular A (LU with partial pivoting). */
export function solve(a: number[][], b: number[]): number[] {
  const x = math.lusolve(a, b) as unknown as number[][];
  return x.map((row) => row[0]);
}
