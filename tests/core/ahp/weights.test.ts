import { eigs } from "mathjs";
import { judgmentsFromNumbers, parseJudgments } from "../../../src/core/ahp/judgments";
import {
  completeMinLambdaCCD,
  completeMinLambdaFast,
  eigen,
  eigenOfNumbers,
  lambdaEstimate,
  logLeastSquaresWeights,
  notConverged,
  principalEigen,
  priorities,
  sqrtWeights,
  sumWeights,
} from "../../../src/core/ahp/weights";
import { InputError } from "../../../src/core/errors";
import { DRINKS, DRINKS_WEIGHTS, M4, close, consistent } from "./fixtures";

const sum = (w: number[]) => w.reduce((s, x) => s + x, 0);

describe("EIGEN weights (principal eigenvector, Σw = 1)", () => {
  it("reproduces Saaty's drinks weights at their printed precision (4 decimals)", () => {
    const w = priorities(parseJudgments(DRINKS), "EIGEN").w;
    w.forEach((x, i) => expect(x.toFixed(4)).toBe(DRINKS_WEIGHTS[i].toFixed(4)));
  });

  it("agrees with mathjs' independent eigen-solver to 1e-9 relative (weights and λmax)", () => {
    for (const m of [DRINKS, M4]) {
      const p = priorities(parseJudgments(m), "EIGEN");
      const { values, eigenvectors } = eigs(m) as any;
      let k = 0;
      values.forEach((v: any, i: number) => {
        if (
          (typeof v === "number" ? v : v.re) >
          (typeof values[k] === "number" ? values[k] : values[k].re)
        )
          k = i;
      });
      const lambda = typeof values[k] === "number" ? values[k] : values[k].re;
      const vec = (eigenvectors[k].vector as any[]).map((x: any) =>
        typeof x === "number" ? x : x.re
      );
      const s = sum(vec);
      expect(close(p.lambdaMax, lambda)).toBe(true);
      vec.forEach((x: number, i: number) => expect(close(p.w[i], x / s)).toBe(true));
    }
  });

  it("gives the generating vector and λmax = n for a consistent matrix (1e-12)", () => {
    const v = [0.4, 0.3, 0.2, 0.1];
    for (const method of ["EIGEN", "SQRT", "SUM"] as const) {
      const p = priorities(parseJudgments(consistent(v)), method);
      p.w.forEach((x, i) => expect(Math.abs(x - v[i])).toBeLessThan(1e-12));
      expect(Math.abs(p.lambdaMax - 4)).toBeLessThan(1e-12);
    }
  });

  it("equals SQRT for n = 3 (exact in theory; 1e-12 here)", () => {
    const a = [
      [1, 2, 6],
      [1 / 2, 1, 5],
      [1 / 6, 1 / 5, 1],
    ];
    const e = priorities(parseJudgments(a), "EIGEN").w;
    const s = priorities(parseJudgments(a), "SQRT").w;
    e.forEach((x, i) => expect(Math.abs(x - s[i])).toBeLessThan(1e-12));
  });

  it("converges from any start on a positive matrix", () => {
    const { w } = eigen(M4, [0.97, 0.01, 0.01, 0.01]);
    const ref = eigen(M4).w;
    w.forEach((x, i) => expect(close(x, ref[i], 1e-11)).toBe(true));
  });
});

/** Random n×n Saaty-scale matrices: upper triangle uniform over 1/9 … 9, reciprocals below. */
function randomSaaty(n: number, count: number, seed: number): number[][][] {
  const scale = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, () => {
    const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const x = scale[Math.floor(rnd() * scale.length)];
        a[i][j] = x;
        a[j][i] = 1 / x;
      }
    return a;
  });
}

describe("EIGEN from the inverse-iteration start (principalEigen, eigenOfNumbers)", () => {
  it("gives the weights of the power iteration from the geometric means to 1e-12 relative, after one power step", () => {
    // The reference is the plain power iteration (eigen from the row geometric means), a
    // different algorithm; both stop when a power step changes every weight by < 1e-13.
    for (const n of [4, 5, 9, 15, 30]) {
      for (const a of randomSaaty(n, 40, 11 + n)) {
        const fast = principalEigen(a);
        const plain = eigen(a);
        expect([n, fast.converged, fast.iterations]).toEqual([n, true, 1]);
        fast.w.forEach((x, i) => expect(close(x, plain.w[i], 1e-12)).toBe(true));
        expect(close(fast.lambda, plain.lambda, 1e-12)).toBe(true);
      }
    }
  });

  it("agrees with mathjs' eigen-solver on a random 9×9 matrix to 1e-9 relative", () => {
    const a = randomSaaty(9, 1, 5)[0];
    const { values } = eigs(a) as any;
    const re = (v: any) => (typeof v === "number" ? v : v.re);
    const lambda = Math.max(...values.map(re));
    expect(close(priorities(parseJudgments(a), "EIGEN").lambdaMax, lambda)).toBe(true);
  });

  it("leaves small and consistent matrices to the geometric means, which are exact there", () => {
    const small = [
      [1, 2, 6],
      [1 / 2, 1, 3],
      [1 / 6, 1 / 3, 1],
    ];
    expect(eigenOfNumbers(small.flat(), 3)).toBeNull();
    expect(principalEigen(small).w).toEqual(eigen(small).w); // the power iteration's own start
    // Consistent: μ is λmax = n exactly and A − μI singular; the geometric means are the answer.
    const v = [0.4, 0.3, 0.2, 0.1];
    const e = principalEigen(consistent(v));
    expect(e.converged).toBe(true);
    e.w.forEach((x, i) => expect(Math.abs(x - v[i])).toBeLessThan(1e-12));
  });

  it("starts the plain power iteration on a matrix with a non-positive or non-finite entry", () => {
    const a = randomSaaty(5, 1, 3)[0];
    a[1][2] = 0;
    expect(principalEigen(a, 5)).toEqual(eigen(a, undefined, undefined, 5));
    a[1][2] = Infinity;
    expect(principalEigen(a, 5)).toEqual(eigen(a, undefined, undefined, 5));
  });
});

describe("eigenOfNumbers (the adapters' EIGEN on a complete grid of numbers)", () => {
  it("gives exactly the weights and λmax of priorities(judgmentsFromNumbers(…), EIGEN)", () => {
    // Bit for bit: the same arithmetic on the same matrix, without the Judgments' rows.
    for (const n of [4, 5, 9, 15, 30, 48]) {
      for (const a of randomSaaty(n, 20, 3 + n)) {
        // Reciprocals typed rounded (0.333 for 1/3), as users type them.
        const typed = a.map((row) => row.map((x) => (x < 1 ? Math.round(x * 1000) / 1000 : x)));
        const values = typed.flat();
        const fast = eigenOfNumbers(values, n);
        const long = priorities(judgmentsFromNumbers(values, n, n), "EIGEN");
        expect(fast).not.toBeNull();
        expect(fast!.w).toEqual(long.w);
        expect(fast!.lambdaMax).toBe(long.lambdaMax);
      }
    }
    const drinks = eigenOfNumbers(DRINKS.flat(), 7)!;
    drinks.w.forEach((x, i) => expect(x.toFixed(4)).toBe(DRINKS_WEIGHTS[i].toFixed(4)));
  });

  it("leaves to the long way what it does not take: small, large, blank or invalid matrices", () => {
    expect(eigenOfNumbers([1, 2, 6, 1 / 2, 1, 3, 1 / 6, 1 / 3, 1], 3)).toBeNull();
    const a = randomSaaty(5, 1, 9)[0].flat();
    expect(eigenOfNumbers(a, 5)).not.toBeNull();
    for (const [k, v] of [
      [1, NaN],
      [1, 0],
      [6, 2],
    ] as const) {
      const bad = a.slice();
      bad[k] = v;
      expect(eigenOfNumbers(bad, 5)).toBeNull();
    }
    expect(eigenOfNumbers(randomSaaty(49, 1, 2)[0].flat(), 49)).toBeNull();
  });
});

describe("EIGEN: a power iteration that does not settle is an error, never weights", () => {
  it("eigen reports the iterations run and the last change when its cap is reached", () => {
    const e = eigen(M4, [0.97, 0.01, 0.01, 0.01], undefined, 5);
    expect(e.converged).toBe(false);
    expect(e.iterations).toBe(5);
    expect(e.change).toBeGreaterThan(1e-13);
    const message = notConverged(e, 4, 5).message;
    expect(message).toMatch(
      /^The principal eigenvector did not settle within 5 power iterations \(n = 4; the largest relative change of a weight was still \d\.\de-\d+, above 1e-13\); use SQRT, whose weights need no iteration$/
    );
  });

  it("priorities with a lowered cap throws #NUM! suggesting SQRT", () => {
    let thrown: unknown;
    try {
      priorities(parseJudgments(DRINKS), "EIGEN", 0);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).kind).toBe("num");
    expect((thrown as InputError).message).toBe(
      "The principal eigenvector did not settle within 0 power iterations (n = 7); use SQRT, whose weights need no iteration"
    );
    // The default cap is never reached on DRINKS: one power step from the start settles.
    expect(principalEigen(DRINKS).iterations).toBe(1);
  });

  it("says when the work a function may take ran out before the cap", () => {
    const e = eigen(M4, [0.97, 0.01, 0.01, 0.01], { left: 3 * (16 + 256) });
    expect([e.converged, e.iterations]).toEqual([false, 3]);
    expect(notConverged(e, 4).message).toContain(
      "did not settle within 3 power iterations, the work a function may take (n = 4; "
    );
  });
});

describe("SQRT and SUM weights (docs/methods.md §1.1)", () => {
  it("SQRT is the normalised row geometric mean, by hand for a 3×3 matrix", () => {
    const a = [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ];
    const g = [Math.cbrt(15), Math.cbrt(2 / 3), Math.cbrt(1 / 10)];
    const w = sqrtWeights(a);
    w.forEach((x, i) => expect(close(x, g[i] / sum(g), 1e-12)).toBe(true));
  });

  it("SUM is the mean of the normalised columns, by hand for a 3×3 matrix", () => {
    const a = [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ];
    const col = [1 + 1 / 3 + 1 / 5, 3 + 1 + 1 / 2, 5 + 2 + 1];
    const w = sumWeights(a);
    a.forEach((row, i) =>
      expect(close(w[i], (row[0] / col[0] + row[1] / col[1] + row[2] / col[2]) / 3, 1e-12)).toBe(
        true
      )
    );
  });

  it("λmax for SQRT and SUM is (1/n) Σ (Aw)_i / w_i", () => {
    for (const method of ["SQRT", "SUM"] as const) {
      const p = priorities(parseJudgments(M4), method);
      const aw = M4.map((row) => row.reduce((s, x, j) => s + x * p.w[j], 0));
      const expected = aw.reduce((s, x, i) => s + x / p.w[i], 0) / 4;
      expect(close(p.lambdaMax, expected, 1e-12)).toBe(true);
      expect(close(lambdaEstimate(M4, p.w), expected, 1e-12)).toBe(true);
    }
  });

  it("all methods agree for n = 2", () => {
    const a = [
      [1, 4],
      [1 / 4, 1],
    ];
    for (const method of ["EIGEN", "SQRT", "SUM"] as const) {
      const p = priorities(parseJudgments(a), method);
      expect(close(p.w[0], 0.8, 1e-12)).toBe(true);
      expect(close(p.lambdaMax, 2, 1e-12)).toBe(true);
    }
  });
});

describe("incomplete matrices (docs/methods.md §1.5)", () => {
  // 4 elements, comparisons (1,2), (1,3), (2,3), (3,4) known; (1,4) and (2,4) missing.
  const given = [
    [1, 2, 5, null],
    [null, 1, 3, null],
    [null, null, 1, 2],
    [null, null, null, 1],
  ];

  it("SQRT uses the logarithmic least squares solution over the known comparisons", () => {
    const j = parseJudgments(given);
    const w = logLeastSquaresWeights(j);
    // Normal equations: for each i, Σ_{j known} (ln a_ij − ln w_i + ln w_j) = 0.
    for (let i = 0; i < 4; i++) {
      let r = 0;
      for (let k = 0; k < 4; k++)
        if (k !== i && !Number.isNaN(j.a[i][k]))
          r += Math.log(j.a[i][k]) - Math.log(w[i]) + Math.log(w[k]);
      expect(Math.abs(r)).toBeLessThan(1e-12);
    }
    const p = priorities(j, "SQRT");
    p.w.forEach((x, i) => expect(close(x, w[i], 1e-12)).toBe(true));
    // The completion a_ij = w_i/w_j keeps the row geometric mean equal to the LLSM weights.
    expect(close(p.a[0][3], w[0] / w[3], 1e-12)).toBe(true);
  });

  it("EIGEN completes the missing entries with the smallest λmax (stationary and minimal, 1e-9)", () => {
    const j = parseJudgments(given);
    const p = priorities(j, "EIGEN");
    const lambdaOf = (a: number[][]) => eigen(a).lambda;
    const base = lambdaOf(p.a);
    expect(close(base, p.lambdaMax, 1e-12)).toBe(true);
    for (const [r, c] of j.missing) {
      for (const step of [1e-3, -1e-3, 0.1, -0.1]) {
        const a = p.a.map((row) => row.slice());
        a[r][c] *= Math.exp(step);
        a[c][r] = 1 / a[r][c];
        expect(lambdaOf(a)).toBeGreaterThan(base - 1e-12);
      }
    }
    // A coarse grid over the two missing log-values never beats the completion.
    for (let x = -3; x <= 4; x += 0.25) {
      for (let y = -3; y <= 4; y += 0.25) {
        const a = p.a.map((row) => row.slice());
        a[0][3] = Math.exp(x);
        a[3][0] = Math.exp(-x);
        a[1][3] = Math.exp(y);
        a[3][1] = Math.exp(-y);
        expect(lambdaOf(a)).toBeGreaterThan(base - 1e-12);
      }
    }
  });

  it("a completable consistent pattern is completed consistently (λmax = n)", () => {
    const j = parseJudgments([
      [1, 2, null],
      [null, 1, 3],
      [null, null, 1],
    ]);
    for (const method of ["EIGEN", "SQRT", "SUM"] as const) {
      const p = priorities(j, method);
      expect(close(p.a[0][2], 6, 1e-9)).toBe(true);
      expect(Math.abs(p.lambdaMax - 3)).toBeLessThan(1e-9);
      expect(close(p.w[0], 6 / 10, 1e-9)).toBe(true);
    }
  });

  it("the fast (L-BFGS) completion equals the paper's cyclic coordinate descent: weights to 1e-9 relative, λmax to 1e-12", () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 12; trial++) {
      const n = 4 + (trial % 6);
      const m: (number | null)[][] = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (i === j ? 1 : null))
      );
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
          if (j === i + 1 || rnd() < 0.45)
            m[i][j] = [1 / 5, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 7, 9][Math.floor(rnd() * 10)];
      const j = parseJudgments(m);
      if (j.missing.length === 0) continue;
      const fast = eigen(completeMinLambdaFast(j));
      const ccd = eigen(completeMinLambdaCCD(j));
      expect(Math.abs(fast.lambda - ccd.lambda)).toBeLessThan(1e-12 * n);
      fast.w.forEach((x, i) => expect(close(x, ccd.w[i], 1e-9)).toBe(true));
    }
  });
});
