/**
 * Shared inputs of the input-output tests: the two-sector example of Miller & Blair (2009),
 * exact rational arithmetic for hand checks, random productive matrices.
 */

/**
 * Miller, R. E. & Blair, P. D. (2009), Input-Output Analysis: Foundations and Extensions, 2nd ed.,
 * Cambridge University Press, §2.3 (the two-sector numerical example): flows Z, total outputs x,
 * final demand f = x − Z·1, and the printed coefficients A and Leontief inverse L (3 decimals).
 */
export const MB = {
  Z: [
    [150, 500],
    [200, 100],
  ],
  x: [1000, 2000],
  f: [350, 1700],
  A: [
    [0.15, 0.25],
    [0.2, 0.05],
  ],
  /** Printed to 3 decimals. */
  Lprinted: [
    [1.254, 0.33],
    [0.264, 1.122],
  ],
  /** Exact: det(I − A) = 0.85·0.95 − 0.25·0.2 = 0.7575, L = adj(I − A) / det. */
  L: [
    [0.95 / 0.7575, 0.25 / 0.7575],
    [0.2 / 0.7575, 0.85 / 0.7575],
  ],
};

const ZERO = BigInt(0);
const ONE = BigInt(1);
const TEN = BigInt(10);

/** A fraction of BigInts, always reduced, positive denominator. */
/** The fraction of an integer: new Q(BigInt(k)). */
export const int = (k: number) => new Q(BigInt(k));

export class Q {
  readonly p: bigint;
  readonly q: bigint;
  constructor(p: bigint, q = ONE) {
    if (q < ZERO) {
      p = -p;
      q = -q;
    }
    const g = gcd(p < ZERO ? -p : p, q);
    this.p = g === ZERO ? ZERO : p / g;
    this.q = g === ZERO ? ONE : q / g;
  }
  /** An exact decimal such as "0.15" or "-2". */
  static of(s: string | number): Q {
    const [i, f = ""] = String(s).split(".");
    return new Q(BigInt(i + f), TEN ** BigInt(f.length));
  }
  add(o: Q): Q {
    return new Q(this.p * o.q + o.p * this.q, this.q * o.q);
  }
  sub(o: Q): Q {
    return new Q(this.p * o.q - o.p * this.q, this.q * o.q);
  }
  mul(o: Q): Q {
    return new Q(this.p * o.p, this.q * o.q);
  }
  div(o: Q): Q {
    return new Q(this.p * o.q, this.q * o.p);
  }
  isZero(): boolean {
    return this.p === ZERO;
  }
  toNumber(): number {
    return Number(this.p) / Number(this.q);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== ZERO) [a, b] = [b, a % b];
  return a;
}

/** (I − A)⁻¹ in exact rational arithmetic (Gauss–Jordan), A given as decimal strings or numbers. */
export function exactLeontief(a: readonly (readonly (string | number)[])[]): Q[][] {
  const n = a.length;
  const m = a.map((row, i) =>
    [...row.map((v, j) => (i === j ? new Q(ONE) : new Q(ZERO)).sub(Q.of(v)))].concat(
      Array.from({ length: n }, (_, j) => new Q(i === j ? ONE : ZERO))
    )
  );
  for (let c = 0; c < n; c++) {
    const p = m.findIndex((row, r) => r >= c && !row[c].isZero());
    [m[c], m[p]] = [m[p], m[c]];
    const d = m[c][c];
    m[c] = m[c].map((v) => v.div(d));
    for (let r = 0; r < n; r++) {
      if (r === c || m[r][c].isZero()) continue;
      const f = m[r][c];
      m[r] = m[r].map((v, k) => v.sub(f.mul(m[c][k])));
    }
  }
  return m.map((row) => row.slice(n));
}

/** A seeded uniform [0, 1) generator (Park–Miller). */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/**
 * A random productive n×n coefficient matrix: uniform entries (a fraction `zeros` of them 0),
 * each column rescaled to sum to a random value in [0.3, 0.9).
 */
export function productive(n: number, rnd: () => number, zeros = 0.3): number[][] {
  const a = Array.from({ length: n }, () =>
    Array.from({ length: n }, () => (rnd() < zeros ? 0 : rnd()))
  );
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[i][j];
    const target = 0.3 + 0.6 * rnd();
    for (let i = 0; i < n; i++) a[i][j] = s > 0 ? (a[i][j] * target) / s : 0;
  }
  return a;
}
