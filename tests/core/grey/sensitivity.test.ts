/**
 * Weight sensitivity of the grey evaluation (docs/methods.md §2.1): B(t) = t·B_c + (1 − t)·B_rest
 * when criterion c's weight is t and the others are rescaled proportionally; the smallest moves
 * that change the grade are solved exactly.
 *
 * The hand example's values are exact fractions worked out in the comments (compared to 1e-12
 * absolute). The properties check the analytic answers against a different path: the full
 * evaluation (greyEvaluate) with the rescaled criteria weights, at the reported change ± 1e-7
 * and on a scan of 25 points before it.
 */
import fc from "fast-check";
import {
  NAMED_SCALES,
  classesAt,
  gradeOf,
  greyEvaluate,
  greySensitivity,
  weightLine,
} from "../../../src/core/grey";

const S4 = NAMED_SCALES["4"];

// Scale 4 (centres 4, 3, 2, 1). Score 4: f = (1, 2/3, 0, 0) → r = (0.6, 0.4, 0, 0), W = 3.6.
// Score 1: f = (1/4, 1/3, 1/2, 1), Σ = 25/12 → r = (0.12, 0.16, 0.24, 0.48), W = 1.92.
const hand = greyEvaluate([[4], [1]], [1, 1], S4, { labels: ["A", "B"], weights: [1, 1] });

describe("hand example: criterion A (score 4) and B (score 1), weights 0.5 and 0.5", () => {
  // With A at weight t: b = (0.12 + 0.48t, 0.16 + 0.24t, 0.24 − 0.24t, 0.48 − 0.48t).
  // t = 0.5: b = (0.36, 0.28, 0.12, 0.24) → Excellent, W = 2.76.
  // b₄ overtakes b₁ at 0.12 + 0.48t = 0.48 − 0.48t → t = 0.375 (b₂, b₃ only at t = 1/6);
  // b₁ has the largest slope, so no increase changes the grade.
  const rows = greySensitivity(hand, S4, 0.1);

  test("the evaluation itself", () => {
    expect(hand.value).toBeCloseTo(2.76, 12);
    expect(gradeOf(hand.classes, S4)).toBe("Excellent");
  });

  test("W and grade at ±0.1: W(t) = 3.6t + 1.92(1 − t)", () => {
    const [a, b] = rows;
    expect(a.label).toBe("A");
    expect(a.weight).toBeCloseTo(0.5, 15);
    expect(a.down.value).toBeCloseTo(2.592, 12); // t = 0.4
    expect(a.up.value).toBeCloseTo(2.928, 12); // t = 0.6
    expect(a.down.grade).toBe("Excellent");
    expect(a.up.grade).toBe("Excellent");
    // B at 0.4 is A at 0.6, and the other way round.
    expect(b.down.value).toBeCloseTo(2.928, 12);
    expect(b.up.value).toBeCloseTo(2.592, 12);
  });

  test("the smallest changes: A down 0.125 (to Poor), B up 0.125; none the other way", () => {
    const [a, b] = rows;
    expect(a.decrease).toBeCloseTo(0.125, 12);
    expect(a.increase).toBeNull();
    expect(b.increase).toBeCloseTo(0.125, 12);
    expect(b.decrease).toBeNull();
    const line = weightLine(hand, 0);
    expect(gradeOf(classesAt(line, 0.375 - 1e-9), S4)).toBe("Poor");
    expect(gradeOf(classesAt(line, 0.375 + 1e-9), S4)).toBe("Excellent");
  });

  test("step 1 clamps to weights 0 and 1: W of B alone and of A alone", () => {
    const [a] = greySensitivity(hand, S4, 1);
    expect(a.down.weight).toBe(0);
    expect(a.down.value).toBeCloseTo(1.92, 12);
    expect(a.down.grade).toBe("Poor");
    expect(a.up.weight).toBe(1);
    expect(a.up.value).toBeCloseTo(3.6, 12);
  });
});

describe("edge cases", () => {
  test("a criterion with weight 1 shares the freed weight equally among the others", () => {
    const r = greyEvaluate([[4], [1], [1]], [1, 1, 1], S4, {
      labels: ["A", "B", "C"],
      weights: [1, 0, 0],
    });
    const line = weightLine(r, 0);
    // B_rest = (B_B + B_C)/2 = r(1); at t = 0 B is the score-1 row.
    expect(classesAt(line, 0)).toEqual([0.12, 0.16, 0.24, 0.48].map((x) => expect.closeTo(x, 12)));
    const [a, b] = greySensitivity(r, S4, 0.1);
    expect(a.weight).toBe(1);
    expect(a.up.value).toBeCloseTo(3.6, 12);
    expect(a.decrease).toBeCloseTo(0.625, 12); // grade Poor below t = 0.375
    // B has weight 0: it cannot decrease; raising it to 0.625 (A then 0.375) changes the grade.
    expect(b.decrease).toBeNull();
    expect(b.increase).toBeCloseTo(0.625, 12);
  });

  test("one criterion: W never moves and no change is possible", () => {
    const r = greyEvaluate([[4], [1]], [1, 1], S4, { labels: ["A", "A"], weights: [1] });
    const [a] = greySensitivity(r, S4, 0.3);
    expect(a.down.value).toBeCloseTo(r.value, 12);
    expect(a.up.value).toBeCloseTo(r.value, 12);
    expect(a.decrease).toBeNull();
    expect(a.increase).toBeNull();
  });

  test("no groups and a step outside [0, 1] are errors", () => {
    const one = greyEvaluate([[4]], [1], S4);
    expect(() => greySensitivity(one, S4)).toThrow(/groups/);
    expect(() => greySensitivity(hand, S4, 1.5)).toThrow(/step/);
    expect(() => greySensitivity(hand, S4, NaN)).toThrow(/step/);
  });
});

describe("properties (random two-level evaluations)", () => {
  const cases = fc
    .record({
      groups: fc.integer({ min: 2, max: 5 }),
      perGroup: fc.integer({ min: 1, max: 4 }),
      experts: fc.integer({ min: 1, max: 5 }),
      seed: fc.integer({ min: 1, max: 2 ** 30 }),
    })
    .map(({ groups, perGroup, experts, seed }) => {
      let s = seed;
      const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
      const m = groups * perGroup;
      const scores = Array.from({ length: m }, () =>
        Array.from({ length: experts }, () => Math.round(rnd() * 40) / 10)
      );
      const weights = Array.from({ length: m }, () => 0.1 + rnd());
      const labels = Array.from({ length: m }, (_, i) => `C${i % groups}`);
      const gw = Array.from({ length: groups }, () => 0.05 + rnd());
      return { scores, weights, labels, gw };
    });

  /** The full evaluation with criterion c at weight t and the others rescaled proportionally. */
  const evaluateAt = (
    x: { scores: number[][]; weights: number[]; labels: string[]; gw: number[] },
    a: number[],
    c: number,
    t: number
  ) =>
    greyEvaluate(x.scores, x.weights, S4, {
      labels: x.labels,
      weights: a.map((w, j) => (j === c ? t : (w * (1 - t)) / (1 - a[c]))),
    });

  test("step 0 gives GREY.EVAL's W and grade for every criterion", () => {
    fc.assert(
      fc.property(cases, (x) => {
        const r = greyEvaluate(x.scores, x.weights, S4, { labels: x.labels, weights: x.gw });
        for (const row of greySensitivity(r, S4, 0)) {
          expect(row.down.value).toBeCloseTo(r.value, 12);
          expect(row.up.value).toBeCloseTo(r.value, 12);
          expect(row.up.grade).toBe(gradeOf(r.classes, S4));
        }
      }),
      { numRuns: 100 }
    );
  });

  test("W at ±step equals the full evaluation with the rescaled weights", () => {
    fc.assert(
      fc.property(cases, fc.double({ min: 0.01, max: 1, noNaN: true }), (x, step) => {
        const r = greyEvaluate(x.scores, x.weights, S4, { labels: x.labels, weights: x.gw });
        const a = r.criteria.map((c) => c.weight);
        greySensitivity(r, S4, step).forEach((row, c) => {
          for (const p of [row.down, row.up]) {
            const full = evaluateAt(x, a, c, p.weight);
            expect(p.value).toBeCloseTo(full.value, 10);
            expect(p.grade).toBe(gradeOf(full.classes, S4));
          }
        });
      }),
      { numRuns: 100 }
    );
  });

  test("the reported changes flip the grade just beyond, and nothing flips it before", () => {
    let flips = 0;
    fc.assert(
      fc.property(cases, (x) => {
        const r = greyEvaluate(x.scores, x.weights, S4, { labels: x.labels, weights: x.gw });
        const a = r.criteria.map((c) => c.weight);
        const g0 = gradeOf(r.classes, S4);
        greySensitivity(r, S4, 0.1).forEach((row, c) => {
          for (const [dir, change] of [
            [-1, row.decrease],
            [1, row.increase],
          ] as const) {
            const limit = dir > 0 ? 1 - a[c] : a[c];
            const reach = change ?? limit;
            // A scan before the change (or over the whole range when there is none).
            for (let k = 1; k < 25; k++) {
              const t = a[c] + (dir * reach * k) / 25;
              const inner = Math.abs(t - (a[c] + dir * reach)) > 1e-7;
              if (inner) expect(gradeOf(evaluateAt(x, a, c, t).classes, S4)).toBe(g0);
            }
            if (change === null) {
              expect(gradeOf(evaluateAt(x, a, c, dir > 0 ? 1 : 0).classes, S4)).toBe(g0);
              continue;
            }
            flips++;
            const at = a[c] + dir * change;
            if (change > 1e-6)
              expect(gradeOf(evaluateAt(x, a, c, at - dir * 1e-7).classes, S4)).toBe(g0);
            const beyond = Math.min(1, Math.max(0, at + dir * 1e-7));
            expect(gradeOf(evaluateAt(x, a, c, beyond).classes, S4)).not.toBe(g0);
          }
        });
      }),
      { numRuns: 80 }
    );
    expect(flips).toBeGreaterThan(30);
  });
});
