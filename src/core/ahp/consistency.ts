/**
 * Consistency of judgment matrices: CI, CR against a named random-index table, and the
 * geometric consistency index (docs/methods.md §1.2).
 */
import { describe } from "../cells";
import { InputError } from "../errors";
import { nameKey } from "./methods";
import { sqrtWeights } from "./weights";

export type RiTable = "SAATY" | "SAATY2005" | "CN" | "ALONSO" | "DD";

/** RI for n = 3 … 15 (index 0 is n = 3). */
export const RI_TABLES: Record<RiTable, readonly number[]> = {
  SAATY: [0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59],
  SAATY2005: [0.52, 0.89, 1.11, 1.25, 1.35, 1.4, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59],
  CN: [0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59],
  ALONSO: [
    0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713,
    1.5838,
  ],
  DD: [
    0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822,
    1.4969,
  ],
};

const TABLE_ALIASES = new Map<string, RiTable>(
  Object.entries({
    SAATY: "SAATY",
    SAATY1980: "SAATY",
    DEFAULT: "SAATY",
    SAATY2005: "SAATY2005",
    CN: "CN",
    CHINA: "CN",
    CHINESE: "CN",
    TEXTBOOK: "CN",
    ALONSO: "ALONSO",
    ALONSOLAMATA: "ALONSO",
    AL: "ALONSO",
    AL2006: "ALONSO",
    DD: "DD",
    DONEGAN: "DD",
    DONEGANDODD: "DD",
  } as Record<string, RiTable>)
);

/** The RI table a user's name stands for (default SAATY). */
export function riTable(name: string | null | undefined): RiTable {
  if (name === null || name === undefined || name.trim() === "") return "SAATY";
  const t = TABLE_ALIASES.get(nameKey(name));
  if (!t)
    throw new InputError(
      `Unknown RI table ${describe(name)}: use SAATY (default), SAATY2005, CN, ALONSO or DD`
    );
  return t;
}

/**
 * Random index RI(n) from `table`; 0 for n ≤ 2. Beyond n = 15 only ALONSO continues, by its
 * linear fit RI(n) = (1.7699 n − 4.3513) / (n − 1).
 *
 * @example randomIndex(9, "SAATY") // 1.45
 */
export function randomIndex(n: number, table: RiTable = "SAATY"): number {
  if (!Number.isInteger(n) || n < 1)
    throw new InputError(`n must be a whole number ≥ 1, not ${describe(n)}`);
  if (n <= 2) return 0;
  if (n <= 15) return RI_TABLES[table][n - 3];
  if (table === "ALONSO") return (1.7699 * n - 4.3513) / (n - 1);
  throw new InputError(
    `The ${table} RI table stops at n = 15 (n is ${n}); use the ALONSO table, which continues beyond 15`
  );
}

/** CI = (λmax − n)/(n − 1); 0 for n ≤ 2. */
export function consistencyIndex(lambdaMax: number, n: number): number {
  return n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
}

/** CR = CI / RI(n); 0 for n ≤ 2. */
export function consistencyRatio(lambdaMax: number, n: number, table: RiTable = "SAATY"): number {
  if (n <= 2) return 0;
  return consistencyIndex(lambdaMax, n) / randomIndex(n, table);
}

/**
 * Geometric consistency index (Aguarón & Moreno-Jiménez 2003) with row-geometric-mean weights:
 * GCI = 2/((n−1)(n−2)) Σ_{i<j} ln²(a_ij w_j / w_i); 0 for n ≤ 2.
 */
export function geometricConsistencyIndex(a: number[][]): number {
  const n = a.length;
  if (n <= 2) return 0;
  const w = sqrtWeights(a);
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const e = Math.log((a[i][j] * w[j]) / w[i]);
      s += e * e;
    }
  }
  return (2 / ((n - 1) * (n - 2))) * s;
}

/** GCI thresholds of Aguarón & Moreno-Jiménez: 0.31 (n = 3), 0.35 (n = 4), 0.37 (n > 4). */
export function gciThreshold(n: number): number {
  return n <= 3 ? 0.31 : n === 4 ? 0.35 : 0.37;
}
