/** ANP supermatrices: weighting, limit matrix, priorities (docs/methods.md §4). */
import { InputError, cellName } from "../errors";

const TOLERANCE = 1e-10;
/**
 * Plain powers W^k are tried first, enough to see a cycle of up to maxCycle(n) powers (an
 * irreducible n×n matrix has a period of at most n); then repeated squaring.
 */
const MAX_SQUARINGS = 64;
const maxCycle = (n: number) => Math.max(64, n);
const plainPowers = (n: number) => 2 * maxCycle(n) + 32;

/**
 * The largest supermatrix the limit is computed for. The worst case (a matrix whose powers
 * neither settle nor cycle quickly) takes plainPowers(n) + 64 products of n³ operations: about
 * 0.3 s at n = 100 in a browser engine. Real ANP models have tens of elements.
 */
export const MAX_SUPERMATRIX = 100;

/** Throws unless a rows×cols supermatrix is within MAX_SUPERMATRIX (checked before its cells are read). */
export function checkSupermatrixSize(rows: number, cols: number): void {
  if (rows > MAX_SUPERMATRIX || cols > MAX_SUPERMATRIX) {
    throw new InputError(
      `The supermatrix is ${rows}×${cols}; the limit matrix is computed for supermatrices of up to ${MAX_SUPERMATRIX}×${MAX_SUPERMATRIX}`
    );
  }
}

/** A square matrix stored row by row in one array. */
interface Flat {
  n: number;
  a: Float64Array;
}

function toFlat(m: number[][]): Flat {
  const n = m.length;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] = m[i][j];
  return { n, a };
}

function toRows({ n, a }: Flat): number[][] {
  const out: number[][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = Array.from(a.subarray(i * n, (i + 1) * n));
  return out;
}

/** Columns scaled to sum 1; zero columns stay zero. A column whose sum overflows is scaled by its largest entry first. */
function normaliseColumnsFlat({ n, a }: Flat): Flat {
  const out = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[i * n + j];
    if (s === 0) continue;
    let scale = 1;
    if (!Number.isFinite(s)) {
      scale = 0;
      for (let i = 0; i < n; i++) scale = Math.max(scale, a[i * n + j]);
      s = 0;
      for (let i = 0; i < n; i++) s += a[i * n + j] / scale;
    }
    for (let i = 0; i < n; i++) out[i * n + j] = a[i * n + j] / scale / s;
  }
  return { n, a: out };
}

function product(x: Flat, y: Flat): Flat {
  const n = x.n;
  const out = new Float64Array(n * n);
  const a = x.a;
  const b = y.a;
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let k = 0; k < n; k++) {
      const v = a[row + k];
      if (v === 0) continue;
      const bk = k * n;
      for (let j = 0; j < n; j++) out[row + j] += v * b[bk + j];
    }
  }
  return { n, a: out };
}

/**
 * Columns normalised to sum 1; an all-zero column (a sink) stays zero. Entries must be ≥ 0.
 *
 * @example weightSupermatrix([[1, 0], [3, 0]]) // [[0.25, 0], [0.75, 0]]
 */
export function weightSupermatrix(m: number[][]): number[][] {
  return toRows(weightedFlat(m));
}

function weightedFlat(m: number[][]): Flat {
  const n = m.length;
  if (n === 0 || m.some((r) => r.length !== n)) {
    throw new InputError(
      `The supermatrix must be square: it has ${n} rows and ${m[0]?.length ?? 0} columns`
    );
  }
  let any = false;
  m.forEach((row, i) =>
    row.forEach((x, j) => {
      if (!(x >= 0))
        throw new InputError(`Supermatrix ${cellName(i, j)} is ${x}; entries must be ≥ 0`);
      if (x > 0) any = true;
    })
  );
  if (!any) throw new InputError("The supermatrix is all zeros");
  return normaliseColumnsFlat(toFlat(m));
}

function maxDiff(x: Flat, y: Flat): number {
  let d = 0;
  for (let i = 0; i < x.a.length; i++) d = Math.max(d, Math.abs(x.a[i] - y.a[i]));
  return d;
}

function isZero(m: Flat): boolean {
  for (let i = 0; i < m.a.length; i++) if (m.a[i] !== 0) return false;
  return true;
}

/** Rescales by a scalar so that repeated powers of a decaying matrix never underflow. */
function rescale(m: Flat): Flat {
  let big = 0;
  for (let i = 0; i < m.a.length; i++) big = Math.max(big, m.a[i]);
  if (!(big > 0) || (big >= 1e-100 && big <= 1e100)) return m;
  const a = m.a.map((x) => x / big);
  return { n: m.n, a };
}

/** A cheap fingerprint of a matrix: equal matrices (within the tolerance) have fingerprints within 2n²·tolerance. */
function fingerprint({ n, a }: Flat): number {
  let s = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) s += a[i * n + j] * (1 + ((i * 31 + j * 17) % 7) / 7);
  return s;
}

/**
 * The limit matrix of a supermatrix (weighted first): powers W^k until the column-normalised
 * powers change by less than 1e-10; if they cycle, the average over one cycle; if a power is
 * the zero matrix (a hierarchy), the column-normalised sum W + W² + … + W^(n−1). Supermatrices
 * are limited to MAX_SUPERMATRIX rows, so the worst case stays well within a second.
 *
 * @example limitMatrix([[0, 1], [1, 0]]) // [[0.5, 0.5], [0.5, 0.5]] (a cycle of 2)
 */
export function limitMatrix(supermatrix: number[][]): number[][] {
  const n = supermatrix.length;
  checkSupermatrixSize(n, n);
  const w = weightedFlat(supermatrix);
  const history: Flat[] = [w];
  const prints: number[] = [fingerprint(w)];
  let power = w;
  const MAX_CYCLE = maxCycle(n);
  for (let k = 2; k <= plainPowers(n); k++) {
    power = rescale(product(power, w));
    if (isZero(power)) return hierarchyLimit(w);
    const current = normaliseColumnsFlat(power);
    const previous = history[history.length - 1];
    if (maxDiff(current, previous) < TOLERANCE) return toRows(current);
    const print = fingerprint(current);
    for (let c = 2; c <= Math.min(MAX_CYCLE, history.length); c++) {
      if (Math.abs(print - prints[prints.length - c]) > 2 * n * n * TOLERANCE) continue;
      if (maxDiff(current, history[history.length - c]) < TOLERANCE) {
        const cycle = history.slice(history.length - c + 1).concat([current]);
        const mean = new Float64Array(n * n);
        for (const m of cycle) for (let i = 0; i < mean.length; i++) mean[i] += m.a[i] / c;
        return toRows({ n, a: mean });
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
  let previous = normaliseColumnsFlat(power);
  for (let m = 0; m < MAX_SQUARINGS; m++) {
    power = rescale(product(power, power));
    if (isZero(power)) break;
    const current = normaliseColumnsFlat(power);
    if (maxDiff(current, previous) < TOLERANCE) return toRows(current);
    previous = current;
  }
  throw new InputError(
    `The powers of the supermatrix neither converge nor cycle with a period of at most ${MAX_CYCLE}`
  );
}

function hierarchyLimit(w: Flat): number[][] {
  const n = w.n;
  const sum = new Float64Array(n * n);
  let p = w;
  for (let k = 1; k <= n - 1; k++) {
    for (let i = 0; i < sum.length; i++) sum[i] += p.a[i];
    p = product(p, w);
  }
  return toRows(normaliseColumnsFlat({ n, a: sum }));
}

/**
 * Priorities: row sums of the limit matrix divided by n; when `first`/`last` (1-based,
 * inclusive) are given, those rows normalised to sum 1.
 *
 * @example anpPriorities(limitMatrix(S), 1, 3)
 */
export function anpPriorities(
  limit: number[][],
  first?: number | null,
  last?: number | null
): number[] {
  const n = limit.length;
  const p = limit.map((row) => row.reduce((s, x) => s + x, 0) / n);
  if ((first === null || first === undefined) && (last === null || last === undefined)) return p;
  const a = first ?? 1;
  const b = last ?? n;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b > n || a > b) {
    throw new InputError(
      `first and last must be whole numbers with 1 ≤ first ≤ last ≤ ${n} (got ${a} and ${b})`
    );
  }
  const part = p.slice(a - 1, b);
  const total = part.reduce((s, x) => s + x, 0);
  if (!(total > 0)) throw new InputError(`Rows ${a}–${b} have zero priority in the limit matrix`);
  return part.map((x) => x / total);
}
