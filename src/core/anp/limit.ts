/** ANP supermatrices: weighting, limit matrix, priorities (docs/methods.md §4). */
import { InputError, cellName } from "../errors";

const TOLERANCE = 1e-10;
/** Squarings of W^d tried before giving up: W^(d·2^64) is far past any mixing time. */
const MAX_SQUARINGS = 64;
/** The longest cycle averaged: the common period of the strongly connected parts must not exceed it. */
const maxCycle = (n: number) => Math.max(64, n);

/**
 * The largest supermatrix the limit is computed for. The worst case, a cycle through all n
 * elements, takes about n + 2·log₂ n products of n³ operations: under 0.2 s at n = 100.
 * Real ANP models have tens of elements.
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

/**
 * The limit matrix of a supermatrix (weighted first). With d the common period of the graph of
 * W (the least common multiple of the periods of its strongly connected parts), W^d is squared
 * until its column-normalised squares change by less than 1e-10; the limit is the average of
 * the d normalised powers that follow (Cesàro average; d = 1 when the powers converge). If a
 * power is the zero matrix (a hierarchy), the limit is the column-normalised sum
 * W + W² + … + W^(n−1).
 *
 * @example limitMatrix([[0, 1], [1, 0]]) // [[0.5, 0.5], [0.5, 0.5]] (a cycle of 2)
 */
export function limitMatrix(supermatrix: number[][]): number[][] {
  const n = supermatrix.length;
  checkSupermatrixSize(n, n);
  const w = weightedFlat(supermatrix);
  const d = commonPeriod(w, maxCycle(n));
  if (d === null) {
    throw new InputError(
      `The powers of the supermatrix cycle with a period above ${maxCycle(n)}, the longest averaged`
    );
  }
  const settled = settledPower(matrixPower(w, d));
  if (settled === null) return hierarchyLimit(w);
  if (d === 1) return toRows(normaliseColumnsFlat(settled));
  const mean = new Float64Array(n * n);
  let power = settled;
  for (let r = 0; r < d; r++) {
    const normalised = normaliseColumnsFlat(power);
    for (let i = 0; i < mean.length; i++) mean[i] += normalised.a[i] / d;
    power = rescale(product(power, w));
  }
  return toRows({ n, a: mean });
}

/** w^k by repeated squaring, rescaled so that it cannot underflow. */
function matrixPower(w: Flat, k: number): Flat {
  let result: Flat | null = null;
  let base = w;
  for (let e = k; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = result === null ? base : rescale(product(result, base));
    if (e > 1) base = rescale(product(base, base));
  }
  return result as Flat;
}

/**
 * Squares `power` until its column-normalised squares change by less than the tolerance (it
 * converges when `power` is aperiodic); null when a square is the zero matrix.
 */
function settledPower(power: Flat): Flat | null {
  if (isZero(power)) return null;
  let previous = normaliseColumnsFlat(power);
  for (let m = 0; m < MAX_SQUARINGS; m++) {
    power = rescale(product(power, power));
    if (isZero(power)) return null;
    const current = normaliseColumnsFlat(power);
    if (maxDiff(current, previous) < TOLERANCE) return power;
    previous = current;
  }
  throw new InputError("The powers of the supermatrix do not converge");
}

/**
 * The least common multiple of the periods of the strongly connected parts of the graph of w
 * (an edge j → i where w[i][j] > 0), or null above `limit`. A part's period is the gcd of the
 * lengths of its cycles: of level[u] + 1 − level[v] over its edges u → v, with levels from a
 * breadth-first search inside the part. Tarjan's algorithm (iterative) finds the parts.
 */
function commonPeriod({ n, a }: Flat, limit: number): number | null {
  const out: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (a[i * n + j] > 0) out[j].push(i);
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const part = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const parts: number[][] = [];
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0) continue;
    const path: Array<[number, number]> = [[root, 0]];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    while (path.length > 0) {
      const top = path[path.length - 1];
      const v = top[0];
      if (top[1] < out[v].length) {
        const u = out[v][top[1]++];
        if (index[u] < 0) {
          index[u] = low[u] = next++;
          stack.push(u);
          onStack[u] = 1;
          path.push([u, 0]);
        } else if (onStack[u]) low[v] = Math.min(low[v], index[u]);
        continue;
      }
      path.pop();
      if (path.length > 0) {
        const parent = path[path.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        const members: number[] = [];
        let u: number;
        do {
          u = stack.pop() as number;
          onStack[u] = 0;
          part[u] = parts.length;
          members.push(u);
        } while (u !== v);
        parts.push(members);
      }
    }
  }
  const level = new Int32Array(n).fill(-1);
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  let common = 1;
  for (let p = 0; p < parts.length; p++) {
    const members = parts[p];
    level[members[0]] = 0;
    const queue = [members[0]];
    let period = 0;
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q];
      for (const u of out[v]) {
        if (part[u] !== p) continue;
        if (level[u] < 0) {
          level[u] = level[v] + 1;
          queue.push(u);
        } else period = gcd(period, Math.abs(level[v] + 1 - level[u]));
      }
    }
    if (period > 1) common = (common / gcd(common, period)) * period;
    if (common > limit) return null;
  }
  return common;
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
