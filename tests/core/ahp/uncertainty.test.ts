import { consistencyRatio } from "../../../src/core/ahp/consistency";
import { parseJudgments } from "../../../src/core/ahp/judgments";
import { SAATY_SCALE } from "../../../src/core/ahp/suggest";
import {
  mulberry32,
  percentileInc,
  ranks,
  weightUncertainty,
} from "../../../src/core/ahp/uncertainty";
import { priorities } from "../../../src/core/ahp/weights";
import { DRINKS, M4, close } from "./fixtures";

const opts = { samples: 500, spread: 1, method: "EIGEN" as const, seed: 1 };

describe("Monte-Carlo weight uncertainty (docs/methods.md §1.4a)", () => {
  it("PERCENTILE.INC convention: h = (N − 1)p, linear interpolation", () => {
    // Excel: PERCENTILE.INC({1,2,3,4}, 0.05) = 1.15, (…, 0.95) = 3.85, (…, 0.5) = 2.5.
    expect(percentileInc([1, 2, 3, 4], 0.05)).toBeCloseTo(1.15, 14);
    expect(percentileInc([1, 2, 3, 4], 0.95)).toBeCloseTo(3.85, 14);
    expect(percentileInc([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 14);
    expect(percentileInc([7], 0.05)).toBe(7);
  });

  it("ranks: 1 is the largest, equal weights share the better rank", () => {
    expect(Array.from(ranks([0.5, 0.2, 0.3]))).toEqual([1, 3, 2]);
    expect(Array.from(ranks([0.4, 0.4, 0.2]))).toEqual([1, 1, 3]);
  });

  it("mulberry32 is deterministic and uniform-looking", () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    let s = 0;
    for (let i = 0; i < 10000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
      s += x;
    }
    expect(Math.abs(s / 10000 - 0.5)).toBeLessThan(0.01);
  });

  it("spread 0: every sample is the matrix itself, and its weights are those of priorities() for each method (1e-12)", () => {
    // The fast inner loop against the reference weights.ts: Mean = Weight, SD 0, stability 1.
    for (const method of ["EIGEN", "SQRT", "SUM"] as const) {
      for (const m of [M4, DRINKS]) {
        const j = parseJudgments(m);
        const u = weightUncertainty(j, { ...opts, spread: 0, method });
        const ref = priorities(j, method).w;
        u.mean.forEach((x, i) => {
          expect(close(x, ref[i], 1e-12)).toBe(true);
          expect(close(u.weight[i], ref[i], 1e-15)).toBe(true);
          expect(u.sd[i]).toBe(0);
          expect(close(u.p5[i], ref[i], 1e-12) && close(u.p95[i], ref[i], 1e-12)).toBe(true);
          expect(u.stability[i]).toBe(1);
        });
        expect(u.kept).toBe(500);
        expect(u.drawn).toBe(500);
      }
    }
  });

  it("discards exactly the matrices with CR above 0.2, as consistencyRatio computes it", () => {
    // a = [[1, x, 1/x], …]: CR grows with x. Spread 0 keeps all draws or none.
    const m = (x: number) => [
      [1, x, 1 / x],
      [1 / x, 1, x],
      [x, 1 / x, 1],
    ];
    for (const x of [1.5, 2, 2.5]) {
      const j = parseJudgments(m(x));
      const cr = consistencyRatio(priorities(j, "EIGEN").lambdaMax, 3);
      if (cr <= 0.2) expect(weightUncertainty(j, { ...opts, spread: 0 }).kept).toBe(500);
      else
        expect(() => weightUncertainty(j, { ...opts, spread: 0 })).toThrow(
          /No perturbed matrix had CR ≤ 0.2 in 10000 draws/
        );
    }
  });

  it("matches the exact distribution of a 3×3 matrix, enumerated over all 27 perturbations (Monte-Carlo error, 100,000 samples)", () => {
    // a12 = 2, a13 = 4, a23 = 2 (consistent); spread 1 moves each to its scale neighbours. The
    // 27 matrices are equally likely; those with CR > 0.2 are dropped; the expected weights and
    // the share with unchanged ranks come from priorities() on each.
    const base = [2, 4, 2];
    const idx = base.map((x) => SAATY_SCALE.indexOf(x));
    const sum = [0, 0, 0];
    const same = [0, 0, 0];
    let count = 0;
    const ref = priorities(
      parseJudgments([
        [1, 2, 4],
        [0.5, 1, 2],
        [0.25, 0.5, 1],
      ]),
      "EIGEN"
    ).w;
    const refRank = Array.from(ranks(ref));
    for (let d1 = -1; d1 <= 1; d1++)
      for (let d2 = -1; d2 <= 1; d2++)
        for (let d3 = -1; d3 <= 1; d3++) {
          const [x, y, z] = [d1, d2, d3].map((d, q) => SAATY_SCALE[idx[q] + d]);
          const j = parseJudgments([
            [1, x, y],
            [1 / x, 1, z],
            [1 / y, 1 / z, 1],
          ]);
          const p = priorities(j, "EIGEN");
          if (consistencyRatio(p.lambdaMax, 3) > 0.2) continue;
          count++;
          const r = ranks(p.w);
          p.w.forEach((w, i) => {
            sum[i] += w;
            if (r[i] === refRank[i]) same[i]++;
          });
        }
    const u = weightUncertainty(
      parseJudgments([
        [1, 2, 4],
        [0.5, 1, 2],
        [0.25, 0.5, 1],
      ]),
      {
        ...opts,
        samples: 100000,
      }
    );
    for (let i = 0; i < 3; i++) {
      // SD of a weight is below 0.1, so the mean's standard error is below 3.2e-4: tolerance 2e-3.
      expect(Math.abs(u.mean[i] - sum[i] / count)).toBeLessThan(2e-3);
      expect(Math.abs(u.stability[i] - same[i] / count)).toBeLessThan(0.01);
      expect(u.p5[i]).toBeLessThanOrEqual(u.mean[i]);
      expect(u.p95[i]).toBeGreaterThanOrEqual(u.mean[i]);
    }
    expect(u.kept).toBe(100000);
    expect(count).toBeGreaterThan(0);
  });

  it("is deterministic for a seed; different seeds give different means", () => {
    const j = parseJudgments(M4);
    const a = weightUncertainty(j, opts);
    expect(weightUncertainty(j, opts)).toEqual(a);
    const b = weightUncertainty(j, { ...opts, seed: 2 });
    expect(b.mean).not.toEqual(a.mean);
  });

  it("keeps every perturbed judgment within 1/9 … 9 (weights bounded by the extreme matrix)", () => {
    // Element 1 judged 9 over all: spread 8 can move it to anything on the scale, never beyond
    // 9, so its weight never exceeds 9/(9 + n − 1) = 9/12 for n = 4.
    const a = [
      [1, 9, 9, 9],
      [1 / 9, 1, 1, 1],
      [1 / 9, 1, 1, 1],
      [1 / 9, 1, 1, 1],
    ];
    const u = weightUncertainty(parseJudgments(a), { ...opts, spread: 8, samples: 200 });
    expect(u.p95[0]).toBeLessThanOrEqual(0.75 + 1e-12);
  });

  it("refuses an incomplete matrix", () => {
    const j = parseJudgments([
      [1, 2, null],
      [null, 1, 3],
      [null, null, 1],
    ]);
    expect(() => weightUncertainty(j, opts)).toThrow(/1 missing comparison;/);
  });
});
