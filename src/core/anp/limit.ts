/** ANP supermatrices: weighting, limit matrix, priorities (methods.md §4). */
import { InputError, cellName } from "../errors";
import { matMul } from "../linalg";

const TOLERANCE = 1e-10;
/**
 * Plain powers W^k are tried first, enough to see a cycle of up to maxCycle(n) powers (an
 * irreducible n×n matrix has a period of at most n); then repeated squaring.
 */
const MAX_SQUARINGS = 64;
const maxCycle = (n: number) => Math.max(64, n);
const plainPowers = (n: number) => 2 * maxCycle(n) + 32;

/**
 * Columns normalised to sum 1; an all-zero column (a sink) stays zero. Entries must be ≥ 0.
 *
 * @example weightSupermatrix([[1, 0], [3, 0]]) // [[0.25, 0], [0.75, 0]]
 */
export function weightSupermatrix(m: number[][]): number[][] {
  const n = m.length;
  if (n === 0 || m.some((r) => r.length !== n)) {
    throw new InputError(`The supermatrix must be square: it has ${n} rows and ${m[0]?.length ?? 0} columns`);
  }
  const sums = new Array<number>(n).fill(0);
  m.forEach((row, i) =>
    row.forEach((x, j) => {
      if (!(x >= 0)) throw new InputError(`Supermatrix ${cellName(i, j)} is ${x}; entries must be ≥ 0`);
      sums[j] += x;
    }),
  );
  if (sums.every((s) => s === 0)) throw new InputError("The supermatrix is all zeros");
  return m.map((row) => row.map((x, j) => (sums[j] > 0 ? x / sums[j] : 0)));
}

function normaliseColumns(m: number[][]): number[][] {
  return weightSupermatrix(m);
}

function maxDiff(a: number[][], b: number[][]): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < a.length; j++) d = Math.max(d, Math.abs(a[i][j] - b[i][j]));
  return d;
}

function isZero(m: number[][]): boolean {
  return m.every((r) => r.every((x) => x === 0));
}

/** Rescales by a scalar so that repeated powers of a decaying matrix never underflow. */
function rescale(m: number[][]): number[][] {
  let big = 0;
  for (const r of m) for (const x of r) big = Math.max(big, x);
  return big > 0 && (big < 1e-100 || big > 1e100) ? m.map((r) => r.map((x) => x / big)) : m;
}

/**
 * The limit matrix of a supermatrix (weighted first): powers W^k until the column-normalised
 * powers change by less than 1e-10; if they cycle, the average over one cycle; if a power is
 * the zero matrix (a hierarchy), the column-normalised sum W + W² + … + W^(n−1).
 *
 * @example limitMatrix([[0, 1], [1, 0]]) // [[0.5, 0.5], [0.5, 0.5]] (a cycle of 2)
 */
export function limitMatrix(supermatrix: number[][]): number[][] {
  const w = weightSupermatrix(supermatrix);
  const n = w.length;
  const history: number[][][] = [normaliseColumns(w)];
  // A cheap fingerprint of each power screens the cycle search: equal matrices (within the
  // tolerance) have fingerprints within 2n²·tolerance.
  const fingerprint = (m: number[][]) => m.reduce((s, r, i) => r.reduce((t, x, j) => t + x * (1 + ((i * 31 + j * 17) % 7) / 7), s), 0);
  const prints: number[] = [fingerprint(history[0])];
  let power = w;
  const MAX_CYCLE = maxCycle(n);
  for (let k = 2; k <= plainPowers(n); k++) {
    power = rescale(matMul(power, w));
    if (isZero(power)) return hierarchyLimit(w);
    const current = normaliseColumns(power);
    const previous = history[history.length - 1];
    if (maxDiff(current, previous) < TOLERANCE) return current;
    const print = fingerprint(current);
    for (let c = 2; c <= Math.min(MAX_CYCLE, history.length); c++) {
      if (Math.abs(print - prints[prints.length - c]) > 2 * n * n * TOLERANCE) continue;
      if (maxDiff(current, history[history.length - c]) < TOLERANCE) {
        const cycle = history.slice(history.length - c + 1).concat([current]);
        return cycle.reduce((s, m) => s.map((r, i) => r.map((x, j) => x + m[i][j] / c)), zeros(n));
      }
    }
    history.push(current);
    prints.push(print);
    if (history.length > MAX_CYCLE + 1) {
      history.shift();
      prints.shift();
    }
  }
  // No short cycle: a slowly mixing matrix. Square the power until it settles.
  let previous = normaliseColumns(power);
  for (let m = 0; m < MAX_SQUARINGS; m++) {
    power = rescale(matMul(power, power));
    if (isZero(power)) break;
    const current = normaliseColumns(power);
    if (maxDiff(current, previous) < TOLERANCE) return current;
    previous = current;
  }
  throw new InputError(`The powers of the supermatrix neither converge nor cycle with a period of at most ${MAX_CYCLE}`);
}

function zeros(n: number): number[][] {
  return Array.from({ length: n }, () => new Array<number>(n).fill(0));
}

function hierarchyLimit(w: number[][]): number[][] {
  const n = w.length;
  let sum = zeros(n);
  let p = w;
  for (let k = 1; k <= n - 1; k++) {
    sum = sum.map((r, i) => r.map((x, j) => x + p[i][j]));
    p = matMul(p, w);
  }
  const sums = new Array<number>(n).fill(0);
  sum.forEach((row) => row.forEach((x, j) => (sums[j] += x)));
  return sum.map((row) => row.map((x, j) => (sums[j] > 0 ? x / sums[j] : 0)));
}

/**
 * Priorities: row sums of the limit matrix divided by n; when `first`/`last` (1-based,
 * inclusive) are given, those rows normalised to sum 1.
 *
 * @example anpPriorities(limitMatrix(S), 1, 3)
 */
export function anpPriorities(limit: number[][], first?: number | null, last?: number | null): number[] {
  const n = limit.length;
  const p = limit.map((row) => row.reduce((s, x) => s + x, 0) / n);
  if ((first === null || first === undefined) && (last === null || last === undefined)) return p;
  const a = first ?? 1;
  const b = last ?? n;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b > n || a > b) {
    throw new InputError(`first and last must be whole numbers with 1 ≤ first ≤ last ≤ ${n} (got ${a} and ${b})`);
  }
  const part = p.slice(a - 1, b);
  const total = part.reduce((s, x) => s + x, 0);
  if (!(total > 0)) throw new InputError(`Rows ${a}–${b} have zero priority in the limit matrix`);
  return part.map((x) => x / total);
}
