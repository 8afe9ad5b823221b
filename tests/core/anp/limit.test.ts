/**
 * ANP (docs/methods.md §4): column normalisation (a zero column stays zero), the limit matrix
 * (converged powers; the average over one cycle when the powers cycle; the hierarchy formula
 * when a power vanishes) and the priorities (row sums / n, normalised within rows first..last).
 *
 * Expected values are computed independently in this file (hand-solved stationary vectors,
 * a plain triple-loop matrix product, long explicit powers). Tolerances: 1e-12 absolute where
 * the answer is reached exactly (cycles, hierarchies, column normalisation); 1e-9 absolute for
 * converged limits, because the stopping rule (consecutive powers within 1e-10) leaves an
 * error of order 1e-10·λ₂/(1 − λ₂) in each entry.
 */
import { InputError } from "../../../src/core/errors";
import { anpPriorities, limitMatrix, weightSupermatrix } from "../../../src/core/anp";

function mul(a: number[][], b: number[][]): number[][] {
  const n = a.length;
  const m = b[0].length;
  const out = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  for (let i = 0; i < n; i++)
    for (let k = 0; k < b.length; k++) for (let j = 0; j < m; j++) out[i][j] += a[i][k] * b[k][j];
  return out;
}

function colNormalise(a: number[][]): number[][] {
  const n = a[0].length;
  const s = new Array<number>(n).fill(0);
  a.forEach((r) => r.forEach((x, j) => (s[j] += x)));
  return a.map((r) => r.map((x, j) => (s[j] === 0 ? 0 : x / s[j])));
}

function expectMatrix(actual: number[][], expected: number[][], tol: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, i) =>
    row.forEach((x, j) => {
      if (!(Math.abs(x - expected[i][j]) <= tol)) {
        throw new Error(`(${i + 1}, ${j + 1}): got ${x}, expected ${expected[i][j]} (±${tol})`);
      }
    })
  );
}

const constCols = (v: number[]) => v.map((x) => v.map(() => x));

describe("weightSupermatrix", () => {
  it("normalises columns to 1 and keeps an all-zero column (a sink) zero", () => {
    expectMatrix(
      weightSupermatrix([
        [1, 0],
        [3, 0],
      ]),
      [
        [0.25, 0],
        [0.75, 0],
      ],
      1e-15
    );
    expectMatrix(
      weightSupermatrix([
        [2, 0, 1],
        [2, 0, 1],
        [4, 0, 2],
      ]),
      [
        [0.25, 0, 0.25],
        [0.25, 0, 0.25],
        [0.5, 0, 0.5],
      ],
      1e-15
    );
  });

  it("errors: not square, negative entry (named by cell), NaN, all zeros", () => {
    expect(() =>
      weightSupermatrix([
        [1, 2, 3],
        [4, 5, 6],
      ])
    ).toThrow(/square: it has 2 rows and 3 columns/);
    expect(() => weightSupermatrix([])).toThrow(/square/);
    expect(() => weightSupermatrix([[1, 2], [3]])).toThrow(/square/);
    expect(() =>
      weightSupermatrix([
        [1, 2],
        [-3, 4],
      ])
    ).toThrow(/row 2, column 1 is -3; entries must be ≥ 0/);
    expect(() =>
      weightSupermatrix([
        [1, NaN],
        [3, 4],
      ])
    ).toThrow(/row 1, column 2/);
    expect(() =>
      weightSupermatrix([
        [0, 0],
        [0, 0],
      ])
    ).toThrow(/all zeros/);
    expect(() =>
      weightSupermatrix([
        [0, 0],
        [0, 0],
      ])
    ).toThrow(InputError);
  });
});

describe("limitMatrix", () => {
  it("a primitive stochastic matrix: every column is the stationary vector (9, 12, 7)/28, solved by hand", () => {
    // W = [[.5 .2 .3] [.3 .6 .3] [.2 .2 .4]]; Wπ = π, Σπ = 1:
    //   −.5π₁ + .2π₂ + .3π₃ = 0 and .3π₁ − .4π₂ + .3π₃ = 0 give π₃ = 7π₁/9, π₂ = 4π₁/3,
    //   so π = (9, 12, 7)/28. Check row 3: (.2·9 + .2·12 + .4·7)/28 = 7/28.
    const W = [
      [0.5, 0.2, 0.3],
      [0.3, 0.6, 0.3],
      [0.2, 0.2, 0.4],
    ];
    const pi = [9 / 28, 12 / 28, 7 / 28];
    expectMatrix(limitMatrix(W), constCols(pi), 1e-9);
    // Unweighted input: scaling each column by a positive constant gives the same limit.
    const unweighted = W.map((r) => r.map((x, j) => x * [10, 5, 2][j]));
    expectMatrix(limitMatrix(unweighted), constCols(pi), 1e-9);
    // Priorities: row sums / n = π; within rows 1..2: (9, 12)/21.
    anpPriorities(limitMatrix(W)).forEach((p, i) => expect(Math.abs(p - pi[i])).toBeLessThan(1e-9));
    const part = anpPriorities(limitMatrix(W), 1, 2);
    expect(Math.abs(part[0] - 3 / 7)).toBeLessThan(1e-9);
    expect(Math.abs(part[1] - 4 / 7)).toBeLessThan(1e-9);
  });

  it("a 4×4 positive matrix: columns equal W^200 computed by an independent product", () => {
    const S = [
      [1, 3, 2, 5],
      [2, 1, 4, 1],
      [3, 2, 1, 2],
      [4, 4, 3, 2],
    ];
    let p = colNormalise(S);
    const w = p;
    for (let k = 1; k < 200; k++) p = mul(p, w);
    expectMatrix(limitMatrix(S), p, 1e-9);
    // All columns equal (rank one limit).
    const L = limitMatrix(S);
    L.forEach((row) => row.forEach((x) => expect(Math.abs(x - row[0])).toBeLessThan(1e-9)));
  });

  it("a nearly decomposable primitive matrix (λ₂ = 0.98) converges to its stationary vector (1/2, 1/2)", () => {
    // Symmetric and doubly stochastic, so every column of the limit is (1/2, 1/2). The stopping
    // rule leaves ≈ 1e-10/(1 − λ₂) = 5e-9 here: tolerance 1e-8.
    expectMatrix(
      limitMatrix([
        [0.99, 0.01],
        [0.01, 0.99],
      ]),
      [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
      1e-8
    );
  });

  it("slowly mixing primitive matrices (λ₂ = 0.998 and 0.9998) still have a limit, (1/2, 1/2)", () => {
    // Plain powers alone would need tens of thousands of steps here (0.998^k < 1e-10 from
    // k ≈ 11,500); after the plain powers the limit squares the power until it settles
    // (docs/methods.md §4). Tolerances allow for the stopping rule (≈ 1e-10/(1 − λ₂)): 1e-7 and 1e-6.
    expectMatrix(
      limitMatrix([
        [0.999, 0.001],
        [0.001, 0.999],
      ]),
      [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
      1e-7
    );
    expectMatrix(
      limitMatrix([
        [0.9999, 0.0001],
        [0.0001, 0.9999],
      ]),
      [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
      1e-6
    );
    // A 3×3 with an unequal stationary vector: W = I·(1 − ε) + ε·Q with Q the stochastic matrix
    // of the first test; W has the same stationary vector (9, 12, 7)/28.
    const eps = 0.002;
    const Q = [
      [0.5, 0.2, 0.3],
      [0.3, 0.6, 0.3],
      [0.2, 0.2, 0.4],
    ];
    const W = Q.map((r, i) => r.map((q, j) => (i === j ? 1 - eps : 0) + eps * q));
    expectMatrix(limitMatrix(W), constCols([9 / 28, 12 / 28, 7 / 28]), 1e-6);
  });

  it("a cycle of 2 (2×2 permutation): the average over the cycle, all 0.5", () => {
    expectMatrix(
      limitMatrix([
        [0, 1],
        [1, 0],
      ]),
      [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
      1e-12
    );
  });

  it("a cycle of 3 (3×3 permutation): all 1/3", () => {
    const P = [
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ];
    expectMatrix(limitMatrix(P), constCols([1 / 3, 1 / 3, 1 / 3]), 1e-12);
  });

  it("a bipartite (period-2) network that is not a permutation: the average of the two limits", () => {
    // Clusters {1,2} and {3,4} feed only each other: even and odd powers converge to two
    // different matrices; the limit is their average. Independent check: (W^400 + W^401)/2.
    const S = [
      [0, 0, 0.5, 0.3],
      [0, 0, 0.5, 0.7],
      [0.4, 0.9, 0, 0],
      [0.6, 0.1, 0, 0],
    ];
    let p = S;
    for (let k = 1; k < 400; k++) p = mul(p, S);
    const avg = p.map((r, i) => r.map((x, j) => (x + mul(p, S)[i][j]) / 2));
    expectMatrix(limitMatrix(S), avg, 1e-9);
  });

  it("a slowly mixing period-2 network (100 nodes, halves joined by 1e-6): uniform, as W is doubly stochastic", () => {
    // Column j links to the other parity; weight 1 inside its half, 1e-6 across. W is symmetric,
    // so after weighting every row and column sums to 1 and the Cesàro limit is 1/100 everywhere.
    const n = 100;
    const W = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) =>
        (i + j) % 2 === 1 ? (Math.floor(i / 50) === Math.floor(j / 50) ? 1 : 1e-6) : 0
      )
    );
    expectMatrix(limitMatrix(W), constCols(new Array(n).fill(1 / n)), 1e-9);
  });

  it("two separate cycles of 7 and 9 (common period 63): each averages within its own cycle", () => {
    const W = Array.from({ length: 16 }, (_, i) =>
      Array.from({ length: 16 }, (_, j) =>
        (j < 7 && i === (j + 1) % 7) || (j >= 7 && i === 7 + ((j - 6) % 9)) ? 1 : 0
      )
    );
    const expected = W.map((_, i) =>
      W.map((__, j) => (i < 7 === j < 7 ? (j < 7 ? 1 / 7 : 1 / 9) : 0))
    );
    expectMatrix(limitMatrix(W), expected, 1e-12);
  });

  it("a common period above max(64, n) is an error (cycles of 11 and 13: period 143)", () => {
    const W = Array.from({ length: 24 }, (_, i) =>
      Array.from({ length: 24 }, (_, j) =>
        (j < 11 && i === (j + 1) % 11) || (j >= 11 && i === 11 + ((j - 10) % 13)) ? 1 : 0
      )
    );
    expect(() => limitMatrix(W)).toThrow(/period above 64/);
  });

  it("a pure hierarchy (goal → 2 criteria → 3 alternatives): the column-normalised W + W² + … + W^(n−1)", () => {
    // Nodes: 1 goal; 2, 3 criteria; 4, 5, 6 alternatives (zero columns).
    const W = [
      [0, 0, 0, 0, 0, 0],
      [0.6, 0, 0, 0, 0, 0],
      [0.4, 0, 0, 0, 0, 0],
      [0, 0.5, 0.2, 0, 0, 0],
      [0, 0.3, 0.3, 0, 0, 0],
      [0, 0.2, 0.5, 0, 0, 0],
    ];
    let sum = W.map((r) => r.slice());
    let p = W;
    for (let k = 2; k <= 5; k++) {
      p = mul(p, W);
      sum = sum.map((r, i) => r.map((x, j) => x + p[i][j]));
    }
    const expected = colNormalise(sum);
    // By hand: goal column (0, .6, .4, .38, .30, .32)/2; criteria columns as in W; alternatives 0.
    expectMatrix(
      expected.map((r) => [r[0]]),
      [[0], [0.3], [0.2], [0.19], [0.15], [0.16]],
      1e-15
    );
    const L = limitMatrix(W);
    expectMatrix(L, expected, 1e-12);
    // Priorities of the alternatives (rows 4..6): row sums (.89, .75, .86) normalised by 2.5.
    const alt = anpPriorities(L, 4, 6);
    [0.356, 0.3, 0.344].forEach((e, i) => expect(Math.abs(alt[i] - e)).toBeLessThan(1e-12));
  });

  it("a two-node chain with a sink: W itself (n − 1 = 1 term)", () => {
    expectMatrix(
      limitMatrix([
        [0, 0],
        [5, 0],
      ]),
      [
        [0, 0],
        [1, 0],
      ],
      1e-15
    );
  });

  it("a sink absorbing the flow (not nilpotent): mass ends in the absorbing node", () => {
    // Column 2 is an absorbing node (self-loop); node 1 sends half to itself, half to node 2.
    expectMatrix(
      limitMatrix([
        [0.5, 0],
        [0.5, 1],
      ]),
      [
        [0, 0],
        [1, 1],
      ],
      1e-9
    );
  });

  it("the identity is its own limit; a 1×1 supermatrix is [[1]]", () => {
    expectMatrix(
      limitMatrix([
        [3, 0, 0],
        [0, 2, 0],
        [0, 0, 1],
      ]),
      [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      1e-15
    );
    expectMatrix(limitMatrix([[7]]), [[1]], 1e-15);
  });

  it("errors from the weighting propagate", () => {
    expect(() => limitMatrix([[1, 2, 3]])).toThrow(/square/);
    expect(() =>
      limitMatrix([
        [1, -2],
        [1, 1],
      ])
    ).toThrow(/row 1, column 2 is -2/);
    expect(() => limitMatrix([[0]])).toThrow(/all zeros/);
  });
});

describe("anpPriorities", () => {
  const L = [
    [0.2, 0.2, 0.2, 0.2],
    [0.3, 0.3, 0.3, 0.3],
    [0.1, 0.1, 0.1, 0.1],
    [0.4, 0.4, 0.4, 0.4],
  ];

  it("row sums divided by n; first/last normalise within the cluster (1-based, inclusive)", () => {
    const p = anpPriorities(L);
    [0.2, 0.3, 0.1, 0.4].forEach((e, i) => expect(Math.abs(p[i] - e)).toBeLessThan(1e-15));
    const c = anpPriorities(L, 2, 3);
    expect(Math.abs(c[0] - 0.75)).toBeLessThan(1e-15);
    expect(Math.abs(c[1] - 0.25)).toBeLessThan(1e-15);
    expect(anpPriorities(L, null, null)).toEqual(p);
    // Only first: up to the last row. Only last: from row 1.
    const tail = anpPriorities(L, 3, null);
    expect(Math.abs(tail[0] - 0.2)).toBeLessThan(1e-15);
    expect(Math.abs(tail[1] - 0.8)).toBeLessThan(1e-15);
    const head = anpPriorities(L, undefined, 2);
    expect(Math.abs(head[0] - 0.4)).toBeLessThan(1e-15);
    expect(anpPriorities(L, 3, 3)).toEqual([1]);
  });

  it("row sums are divided by n even when columns are zero (sinks)", () => {
    const p = anpPriorities([
      [0.5, 0],
      [0.5, 0],
    ]);
    expect(p).toEqual([0.25, 0.25]);
  });

  it("errors: first/last out of range, reversed, non-integer; a cluster with zero priority", () => {
    expect(() => anpPriorities(L, 0, 2)).toThrow(/1 ≤ first ≤ last ≤ 4 \(got 0 and 2\)/);
    expect(() => anpPriorities(L, 2, 5)).toThrow(/first ≤ last ≤ 4/);
    expect(() => anpPriorities(L, 3, 2)).toThrow(/got 3 and 2/);
    expect(() => anpPriorities(L, 1.5, 2)).toThrow(/whole numbers/);
    expect(() =>
      anpPriorities(
        [
          [1, 1],
          [0, 0],
        ],
        2,
        2
      )
    ).toThrow(/Rows 2–2 have zero priority/);
  });
});
