/**
 * Properties of the weighting and ranking methods on random data (fast-check): entropy and
 * combined weights sum to 1 and are ≥ 0; TOPSIS closeness and grey relational grades lie in
 * [0, 1] and do not change when a column is scaled by a positive factor; entropy MINMAX weights
 * do not change under an affine change a·x + b (a ≥ 1e-3, |b| ≤ 1000) of a column. Tolerance 1e-9 absolute, 1e-7 for the affine change
 * (the shift cancels digits of the scaled column, and p ln p magnifies them for small p).
 */
import fc from "fast-check";
import {
  DecisionMatrix,
  combineWeights,
  decisionMatrix,
  entropyWeights,
  greyRelationalGrades,
  topsis,
  weightsFor,
} from "../../../src/core/mcda";
import { Direction } from "../../../src/core/scoring";

interface Case {
  x: number[][];
  dirs: Direction[];
  w: number[];
  col: number;
  factor: number;
  shift: number;
}

/** n units × m indicators of distinct-enough values in [1, 1000], so no column is constant. */
const cases: fc.Arbitrary<Case> = fc
  .record({ n: fc.integer({ min: 2, max: 12 }), m: fc.integer({ min: 1, max: 6 }) })
  .chain(({ n, m }) =>
    fc.record({
      x: fc
        .array(
          fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: m, maxLength: m }),
          { minLength: n, maxLength: n }
        )
        .map((x0) => {
          // Make every column non-constant: unit 0 gets 0.5 below the column's minimum (on a
          // copy: fast-check reuses the generated arrays while shrinking).
          const x = x0.map((r) => r.slice());
          for (let j = 0; j < m; j++) x[0][j] = Math.min(...x.slice(1).map((r) => r[j])) - 0.5;
          return x;
        }),
      dirs: fc.array(fc.constantFrom<Direction>("BENEFIT", "COST"), { minLength: m, maxLength: m }),
      w: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: m, maxLength: m }),
      col: fc.integer({ min: 0, max: m - 1 }),
      factor: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
      // Within what rounding allows: a shift far beyond the scaled values cancels their digits.
      shift: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
    })
  );

const transformed = (c: Case, f: (v: number) => number): DecisionMatrix =>
  decisionMatrix(c.x.map((r) => r.map((v, j) => (j === c.col ? f(v) : v))));

const sum = (w: ArrayLike<number>) => Array.from(w).reduce((a, b) => a + b, 0);

describe("properties", () => {
  it("entropy weights are ≥ 0, sum to 1, and are invariant to an affine change of a column", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const w = entropyWeights(decisionMatrix(c.x), c.dirs);
        expect(sum(w)).toBeCloseTo(1, 12);
        for (const v of w) expect(v).toBeGreaterThanOrEqual(0);
        const w2 = entropyWeights(
          transformed(c, (v) => c.factor * v + c.shift),
          c.dirs
        );
        w.forEach((v, j) => expect(w2[j]).toBeCloseTo(v, 7));
      })
    );
  });

  it("combined weights are ≥ 0 and sum to 1", () => {
    fc.assert(
      fc.property(cases, fc.option(fc.double({ min: 0, max: 1, noNaN: true })), (c, alpha) => {
        const e = entropyWeights(decisionMatrix(c.x), c.dirs);
        if (alpha === null && !e.some((v, j) => v * c.w[j] > 0)) return;
        const w = combineWeights(c.w, Array.from(e), alpha);
        expect(sum(w)).toBeCloseTo(1, 12);
        for (const v of w) expect(v).toBeGreaterThanOrEqual(0);
      })
    );
  });

  it("TOPSIS closeness is in [0, 1] and invariant to scaling a column by a positive factor", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const w = weightsFor(c.w, c.w.length);
        const a = topsis(decisionMatrix(c.x), w, c.dirs).closeness;
        const b = topsis(
          transformed(c, (v) => c.factor * v),
          w,
          c.dirs
        ).closeness;
        a.forEach((v, i) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
          expect(b[i]).toBeCloseTo(v, 9);
        });
      })
    );
  });

  it("grey relational grades are in (0, 1] and invariant to scaling a column by a positive factor", () => {
    fc.assert(
      fc.property(cases, fc.double({ min: 0.01, max: 1, noNaN: true }), (c, rho) => {
        const w = weightsFor(c.w, c.w.length);
        const a = greyRelationalGrades(decisionMatrix(c.x), c.dirs, rho, w);
        const b = greyRelationalGrades(
          transformed(c, (v) => c.factor * v),
          c.dirs,
          rho,
          w
        );
        a.forEach((v, i) => {
          expect(v).toBeGreaterThan(0);
          expect(v).toBeLessThanOrEqual(1 + 1e-12);
          expect(b[i]).toBeCloseTo(v, 9);
        });
      })
    );
  });

  it("read each cell of the matrix a fixed number of times: 1,000 units as 100", () => {
    // Counted, not timed (the times are in `npm run bench -- mcda`): a method that went over a
    // column again for each unit (quadratic work) would read each cell 10 times more at 1,000
    // units than at 100. Small sizes, so that such a regression fails fast.
    const matrix = (n: number, reads: { count: number }): DecisionMatrix => {
      const d = decisionMatrix(
        Array.from({ length: n }, (_, i) =>
          Array.from({ length: 10 }, (_, j) => ((i * 7919 + j * 104729) % 1000) + 1)
        )
      );
      const x = new Proxy(d.x, {
        get(target, key) {
          if (typeof key === "string" && Number.isInteger(Number(key))) reads.count++;
          const v: unknown = Reflect.get(target, key);
          return typeof v === "function" ? v.bind(target) : v;
        },
      });
      return { ...d, x };
    };
    const dirs: Direction[] = ["BENEFIT", "COST", ...new Array<Direction>(8).fill("BENEFIT")];
    const w = weightsFor(new Array(10).fill(1), 10);
    const methods: [string, (d: DecisionMatrix) => ArrayLike<number>][] = [
      ["entropy", (d) => entropyWeights(d, dirs)],
      ["entropy NONE", (d) => entropyWeights(d, dirs, "NONE")],
      ["TOPSIS", (d) => topsis(d, w, dirs).closeness],
      ["GRA", (d) => greyRelationalGrades(d, dirs, 0.5, w)],
    ];
    for (const [name, f] of methods) {
      const perCell = [100, 1_000].map((n) => {
        const reads = { count: 0 };
        const r = f(matrix(n, reads));
        expect(Array.from(r).every(Number.isFinite)).toBe(true);
        return reads.count / (n * 10);
      });
      expect([name, perCell[1]]).toEqual([name, perCell[0]]);
      expect([name, perCell[1] <= 4]).toEqual([name, true]);
    }
  });
});
