/** Published and hand-made judgment matrices shared by the AHP tests. */

/** Saaty's relative drink consumption matrix (Saaty 1980): coffee, wine, tea, beer, sodas, milk, water. */
export const DRINKS: number[][] = [
  [1, 9, 5, 2, 1, 1, 1 / 2],
  [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
  [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
  [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [1, 9, 4, 2, 1, 2, 1 / 2],
  [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [2, 9, 9, 3, 2, 3, 1],
];
/** Saaty's published eigenvector weights for DRINKS, at their printed precision (4 decimals). */
export const DRINKS_WEIGHTS = [0.1775, 0.0191, 0.0418, 0.1164, 0.1896, 0.1288, 0.3268];

/** A consistent matrix a_ij = v_i / v_j. */
export function consistent(v: number[]): number[][] {
  return v.map((x) => v.map((y) => x / y));
}

/** A 4×4 inconsistent matrix used across tests. */
export const M4: number[][] = [
  [1, 3, 5, 9],
  [1 / 3, 1, 2, 4],
  [1 / 5, 1 / 2, 1, 3],
  [1 / 9, 1 / 4, 1 / 3, 1],
];

/** Relative closeness: |a − b| ≤ tol · max(1, |b|). */
export function close(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}
