/**
 * Grey multi-level evaluation (docs/methods.md §2, steps 4–6): the weight matrix R, B_i = A_i·R_i,
 * B = A·[B_i], W = B·Cᵀ and the grade.
 *
 * Expected values are exact fractions worked out by hand from the whitening functions (the
 * working is in the comments) and compared to 1e-12 absolute (all values are ≤ 4), except
 * where a published value is checked at its printed precision (6 decimals).
 */
import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import {
  NAMED_SCALES,
  comprehensiveValue,
  customScale,
  gradeOf,
  greyEvaluate,
  greyMatrix,
} from "../../../src/core/grey";

const S4 = NAMED_SCALES["4"];
const TOL = 1e-12;

function expectVec(actual: number[], expected: number[], tol = TOL): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((x, e) => {
    if (!(Math.abs(x - expected[e]) <= tol)) {
      throw new Error(
        `entry ${e + 1}: got ${x}, expected ${expected[e]} (±${tol}); ${JSON.stringify(actual)}`
      );
    }
  });
}

const add = (a: readonly number[], b: readonly number[]): number[] => a.map((x, i) => x + b[i]);
const scale = (k: number, a: readonly number[]): number[] => a.map((x) => k * x);

// Scale 4 whitening rows, by hand: f(d) = (d/4, tri(3), tri(2), lower(1)).
const F: Record<string, number[]> = {
  1: [1 / 4, 1 / 3, 1 / 2, 1],
  2: [1 / 2, 2 / 3, 1, 0],
  2.5: [5 / 8, 5 / 6, 3 / 4, 0],
  3: [3 / 4, 1, 1 / 2, 0],
  3.5: [7 / 8, 5 / 6, 1 / 4, 0],
  4: [1, 2 / 3, 0, 0],
};

describe("greyMatrix: grey evaluation weights r_e = x_e / Σx (docs/methods.md §2 step 4)", () => {
  it("docs/methods.md hand check: scores (3.5, 3, 4, 2.5) → x = (3.25, 10/3, 1.5, 0), r = (39, 40, 18, 0)/97", () => {
    // x₁ = 7/8 + 3/4 + 1 + 5/8 = 3.25; x₂ = 5/6 + 1 + 2/3 + 5/6 = 10/3; x₃ = 1/4 + 1/2 + 0 + 3/4 = 1.5;
    // x₄ = 0; Σx = 97/12 = 8.083333…, so r = x / (97/12) = (39/97, 40/97, 18/97, 0).
    const x = [F[3.5], F[3], F[4], F[2.5]].reduce(add);
    expectVec(x, [3.25, 10 / 3, 1.5, 0]);
    const r = greyMatrix([[3.5, 3, 4, 2.5]], S4)[0];
    expectVec(r, [39 / 97, 40 / 97, 18 / 97, 0]);
    expectVec(r, [3.25 / (97 / 12), 10 / 3 / (97 / 12), 1.5 / (97 / 12), 0]);
    // docs/methods.md prints r = (0.402062, 0.412371, 0.185567, 0): equal at 6 decimals.
    expect(r.map((v) => v.toFixed(6))).toEqual(["0.402062", "0.412371", "0.185567", "0.000000"]);
  });

  it("each row sums to 1 and the matrix is indicators × classes", () => {
    const r = greyMatrix(
      [
        [3, 4, 3],
        [2, 3, 2],
        [0, 9, 1],
      ],
      S4
    );
    expect(r).toHaveLength(3);
    r.forEach((row) => {
      expect(row).toHaveLength(4);
      expect(Math.abs(row.reduce((s, v) => s + v, 0) - 1)).toBeLessThan(1e-14);
    });
    // (3, 4, 3): x = (5/2, 8/3, 1, 0), Σ = 37/6.
    expectVec(r[0], [15 / 37, 16 / 37, 6 / 37, 0]);
    // (0, 9, 1): x = (0 + 1 + 1/4, 0 + 0 + 1/3, 0 + 0 + 1/2, 1 + 0 + 1) = (5/4, 1/3, 1/2, 2), Σ = 49/12.
    expectVec(r[2], [15 / 49, 4 / 49, 6 / 49, 24 / 49]);
  });

  it("expert weights λ: x_e = Σ_h λ_h f_e(d_h) (the normalisation of λ does not matter)", () => {
    // λ = (0.4, 0.3, 0.2, 0.1): x = 0.4 f(3.5) + 0.3 f(3) + 0.2 f(4) + 0.1 f(2.5)
    //   = (67/80, 68/80, 26/80, 0), Σ = 161/80 → r = (67, 68, 26, 0)/161.
    const x = add(
      add(scale(0.4, F[3.5]), scale(0.3, F[3])),
      add(scale(0.2, F[4]), scale(0.1, F[2.5]))
    );
    expectVec(x, [67 / 80, 68 / 80, 26 / 80, 0]);
    const r = greyMatrix([[3.5, 3, 4, 2.5]], S4, [0.4, 0.3, 0.2, 0.1])[0];
    expectVec(r, [67 / 161, 68 / 161, 26 / 161, 0]);
    expectVec(greyMatrix([[3.5, 3, 4, 2.5]], S4, [4, 3, 2, 1])[0], r);
    // Equal λ is the same as no λ.
    expectVec(greyMatrix([[3.5, 3, 4, 2.5]], S4, [1, 1, 1, 1])[0], [39 / 97, 40 / 97, 18 / 97, 0]);
    expectVec(greyMatrix([[3.5, 3, 4, 2.5]], S4, [])[0], [39 / 97, 40 / 97, 18 / 97, 0]);
    expectVec(greyMatrix([[3.5, 3, 4, 2.5]], S4, null)[0], [39 / 97, 40 / 97, 18 / 97, 0]);
  });

  it("blank scores are skipped, not read as 0 (with and without expert weights)", () => {
    // (3.5, –, 4, –): x = f(3.5) + f(4) = (15/8, 3/2, 1/4, 0), Σ = 29/8.
    expectVec(greyMatrix([[3.5, null, 4, null]], S4)[0], [15 / 29, 12 / 29, 2 / 29, 0]);
    // With λ = (0.4, 0.3, 0.2, 0.1): x = 0.4 f(3.5) + 0.2 f(4) = (0.55, 7/15, 0.1, 0), Σ = 67/60.
    expectVec(greyMatrix([[3.5, null, 4, null]], S4, [0.4, 0.3, 0.2, 0.1])[0], [
      33 / 67,
      28 / 67,
      6 / 67,
      0,
    ]);
    // A 0 is a score (bottom class), unlike a blank.
    expectVec(greyMatrix([[0, null]], S4)[0], [0, 0, 0, 1]);
  });

  it("a row with no scores is an error naming the row; so is a row whose only scorers weigh 0", () => {
    expect(() =>
      greyMatrix(
        [
          [3, 4],
          [null, null],
        ],
        S4
      )
    ).toThrow(InputError);
    expect(() =>
      greyMatrix(
        [
          [3, 4],
          [null, null],
        ],
        S4
      )
    ).toThrow(/Indicator in row 2 has no usable score/);
    expect(() => greyMatrix([[3, null]], S4, [0, 1])).toThrow(/row 1 has no usable score/);
  });

  it("errors: negative score names its cell, expert weight count mismatch, negative or zero expert weights, empty", () => {
    expect(() =>
      greyMatrix(
        [
          [3, 4],
          [2, -1],
        ],
        S4
      )
    ).toThrow(/row 2, column 2 is -1/);
    expect(() => greyMatrix([[3, 4, 2]], S4, [0.5, 0.5])).toThrow(/3 experts but 2 expert weights/);
    expect(() => greyMatrix([[3, 4]], S4, [1, -1])).toThrow(/Expert weight 2 is -1/);
    expect(() => greyMatrix([[3, 4]], S4, [0, 0])).toThrow(/sum to 0/);
    expect(() => greyMatrix([], S4)).toThrow(/empty/);
    expect(() => greyMatrix([[]], S4)).toThrow(/empty/);
  });

  it("a score above the top centre is fully top class", () => {
    expectVec(greyMatrix([[7, 12]], S4)[0], [1, 0, 0, 0]);
  });
});

describe("greyEvaluate: two levels B_i = A_i·R_i, B = A·[B_i] (docs/methods.md §2 step 5)", () => {
  // Four indicators scored by three experts on scale 4; rows 1–2 belong to U1, rows 3–4 to U2.
  const D = [
    [3, 4, 3],
    [2, 3, 2],
    [4, 4, 3],
    [1, 2, 2],
  ];
  // R by hand:
  //  (3,4,3): x = (5/2, 8/3, 1, 0),        Σ = 37/6  → (15, 16, 6, 0)/37
  //  (2,3,2): x = (7/4, 7/3, 5/2, 0),      Σ = 79/12 → (21, 28, 30, 0)/79
  //  (4,4,3): x = (11/4, 7/3, 1/2, 0),     Σ = 67/12 → (33, 28, 6, 0)/67
  //  (1,2,2): x = (5/4, 5/3, 5/2, 1),      Σ = 77/12 → (15, 20, 30, 12)/77
  const R = [
    [15 / 37, 16 / 37, 6 / 37, 0],
    [21 / 79, 28 / 79, 30 / 79, 0],
    [33 / 67, 28 / 67, 6 / 67, 0],
    [15 / 77, 20 / 77, 30 / 77, 12 / 77],
  ];
  const local = [0.6, 0.4, 0.3, 0.7];
  const A = [0.55, 0.45];
  const B1 = add(scale(0.6, R[0]), scale(0.4, R[1]));
  const B2 = add(scale(0.3, R[2]), scale(0.7, R[3]));
  const B = add(scale(0.55, B1), scale(0.45, B2));
  const W = (b: number[]) => 4 * b[0] + 3 * b[1] + 2 * b[2] + 1 * b[3];
  const labels = ["U1", "U1", "U2", "U2"];

  it("R matches the hand-worked matrix", () => {
    greyMatrix(D, S4).forEach((row, i) => expectVec(row, R[i]));
  });

  it("B, W and the per-criterion B_i, W_i match the hand computation", () => {
    const res = greyEvaluate(D, local, S4, { labels, weights: A });
    expectVec(res.classes, B);
    expect(Math.abs(res.value - W(B))).toBeLessThan(TOL);
    expect(res.criteria.map((c) => c.label)).toEqual(["U1", "U2"]);
    expectVec(res.criteria[0].classes, B1);
    expectVec(res.criteria[1].classes, B2);
    expect(Math.abs(res.criteria[0].value - W(B1))).toBeLessThan(TOL);
    expect(Math.abs(res.criteria[1].value - W(B2))).toBeLessThan(TOL);
    expect(Math.abs(res.classes.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-14);
  });

  it("equals a one-level evaluation with global weights a_i·a_ij (free test)", () => {
    const global = [0.55 * 0.6, 0.55 * 0.4, 0.45 * 0.3, 0.45 * 0.7];
    const one = greyEvaluate(D, global, S4);
    expectVec(one.classes, B);
    expect(one.criteria).toEqual([]);
    expect(Math.abs(one.value - W(B))).toBeLessThan(TOL);
  });

  it("group weights by label (any order) equal weights in order of first appearance", () => {
    const byOrder = greyEvaluate(D, local, S4, { labels, weights: A });
    const byLabel = greyEvaluate(D, local, S4, {
      labels,
      weights: new Map([
        ["u2", 0.45],
        ["u1", 0.55],
      ]),
    });
    expectVec(byLabel.classes, byOrder.classes);
  });

  it("labels are case-insensitive and trimmed; groups need not be contiguous", () => {
    const mixed = greyEvaluate(D, local, S4, { labels: ["U1", " u1 ", "u2", "U2"], weights: A });
    expectVec(mixed.classes, B);
    expect(mixed.criteria.map((c) => c.label)).toEqual(["U1", "u2"]);
    // Interleaved rows: U1, U2, U1, U2 with the same memberships.
    const D2 = [D[0], D[2], D[1], D[3]];
    const inter = greyEvaluate(D2, [0.6, 0.3, 0.4, 0.7], S4, {
      labels: ["U1", "U2", "U1", "U2"],
      weights: A,
    });
    expectVec(inter.classes, B);
  });

  it("local weights are normalised within each group: scaling a group's weights changes nothing", () => {
    const scaled = [6, 4, 30, 70];
    expectVec(greyEvaluate(D, scaled, S4, { labels, weights: A }).classes, B);
    expectVec(greyEvaluate(D, local, S4, { labels, weights: [55, 45] }).classes, B);
  });

  it("one-level weights are normalised overall", () => {
    const one = greyEvaluate(D, [1, 1, 1, 1], S4);
    expectVec(
      one.classes,
      R.reduce(add).map((x) => x / 4)
    );
  });

  it("property: two levels = one level with global weights; B sums to 1; c_g ≤ W ≤ c_1", () => {
    const score = fc.oneof(fc.constant(null), fc.double({ min: 0, max: 6, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 6, noNaN: true }), score, score), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 }),
        (rows, w, a) => {
          const m = rows.length;
          const d = rows.map((r) => [...r]);
          const lab = d.map((_, i) => (i % 2 === 0 ? "P" : "Q"));
          const ws = w.slice(0, m);
          const two = greyEvaluate(d, ws, S4, { labels: lab, weights: a });
          const aN = a.map((x) => x / (a[0] + a[1]));
          const sumP = ws.filter((_, i) => lab[i] === "P").reduce((s, x) => s + x, 0);
          const sumQ = ws.filter((_, i) => lab[i] === "Q").reduce((s, x) => s + x, 0);
          const global = ws.map((x, i) =>
            lab[i] === "P" ? (aN[0] * x) / sumP : (aN[1] * x) / sumQ
          );
          const one = greyEvaluate(d, global, S4);
          const sum = two.classes.reduce((s, x) => s + x, 0);
          return (
            two.classes.every((x, e) => Math.abs(x - one.classes[e]) < 1e-12) &&
            Math.abs(sum - 1) < 1e-12 &&
            two.value >= 1 - 1e-12 &&
            two.value <= 4 + 1e-12
          );
        }
      ),
      { numRuns: 200 }
    );
  });

  it("errors: weight count, label count, blank label, group weight count, missing and unknown labels", () => {
    expect(() => greyEvaluate(D, [1, 1, 1], S4)).toThrow(/4 indicator rows but 3 weights/);
    expect(() => greyEvaluate(D, local, S4, { labels: ["U1", "U1", "U2"], weights: A })).toThrow(
      /4 indicator rows but 3 group labels/
    );
    expect(() =>
      greyEvaluate(D, local, S4, { labels: ["U1", "", "U2", "U2"], weights: A })
    ).toThrow(/row 2 has no group label/);
    expect(() => greyEvaluate(D, local, S4, { labels, weights: [1, 2, 3] })).toThrow(
      /2 groups \(U1, U2\) but 3 group weights/
    );
    let err: unknown;
    try {
      greyEvaluate(D, local, S4, { labels, weights: new Map([["u1", 0.5]]) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/no weight for group "U2"/);
    expect(() =>
      greyEvaluate(D, local, S4, {
        labels,
        weights: new Map([
          ["u1", 0.5],
          ["u2", 0.3],
          ["u3", 0.2],
        ]),
      })
    ).toThrow(/names "u3", which no indicator row belongs to/);
    expect(() => greyEvaluate(D, [1, -1, 1, 1], S4)).toThrow(/Weight 2 is -1/);
    expect(() => greyEvaluate(D, [0, 0, 0, 0], S4)).toThrow(/sum to 0/);
    expect(() => greyEvaluate(D, local, S4, { labels, weights: [0, 0] })).toThrow(
      /Group weights sum to 0/
    );
    expect(() => greyEvaluate(D, [0, 0, 1, 1], S4, { labels, weights: A })).toThrow(/group "U1"/);
  });
});

describe("comprehensive value W = B·Cᵀ and the grade (docs/methods.md §2 step 6)", () => {
  it("W uses the class centres of the scale", () => {
    const b = [0.1, 0.2, 0.3, 0.4];
    expect(Math.abs(comprehensiveValue(b, S4) - (0.4 + 0.6 + 0.6 + 0.4))).toBeLessThan(TOL);
    expect(
      Math.abs(comprehensiveValue(b, NAMED_SCALES["10"]) - (0.9 + 1.4 + 1.5 + 1.2))
    ).toBeLessThan(TOL);
    expect(
      Math.abs(comprehensiveValue([0.2, 0.5, 0.3], customScale([8, 4, 2])) - (1.6 + 2 + 0.6))
    ).toBeLessThan(TOL);
    // The hand check row: W = (4·39 + 3·40 + 2·18)/97 = 312/97.
    expect(Math.abs(greyEvaluate([[3.5, 3, 4, 2.5]], [1], S4).value - 312 / 97)).toBeLessThan(TOL);
  });

  it("the grade is the largest class; ties (within 1e-12) go to the higher class", () => {
    expect(gradeOf([0.1, 0.5, 0.3, 0.1], S4)).toBe("Good");
    expect(gradeOf([0.4, 0.4, 0.2, 0], S4)).toBe("Excellent");
    expect(gradeOf([0.1, 0.3, 0.3, 0.3], S4)).toBe("Good");
    expect(gradeOf([0, 0, 0.5, 0.5], S4)).toBe("Medium");
    expect(gradeOf([0, 0, 0, 1], S4)).toBe("Poor");
    expect(gradeOf([0.1 + 0.2, 0.3, 0.2, 0.2], S4)).toBe("Excellent"); // 0.30000000000000004 vs 0.3: a tie
    expect(gradeOf([0.3, 0.3 + 1e-9, 0.2, 0.2], S4)).toBe("Good"); // a real difference
  });

  it("labels follow the scale", () => {
    expect(gradeOf([0, 0, 0, 0, 1], NAMED_SCALES["10-5"])).toBe("Very poor");
    expect(gradeOf([0.2, 0.2, 0.2, 0.2, 0.2], NAMED_SCALES["10-5"])).toBe("Excellent");
    expect(gradeOf([0.1, 0.6, 0.3], NAMED_SCALES["5-3"])).toBe("Medium");
    expect(gradeOf([0.1, 0.2, 0.7], NAMED_SCALES["5-3"])).toBe("Poor");
    expect(gradeOf([0.5, 0.2, 0.3], NAMED_SCALES["5-3"])).toBe("Good");
    expect(gradeOf([0.1, 0.2, 0.3, 0.4], NAMED_SCALES["10"])).toBe("Poor");
    expect(gradeOf([0.1, 0.6, 0.3], customScale([8, 4, 2], ["A", "B", "C"]))).toBe("B");
  });

  it("errors: wrong number of classes, negative membership", () => {
    expect(() => gradeOf([0.5, 0.5], S4)).toThrow(/2 values but the scale has 4 classes/);
    expect(() => gradeOf([0.5, -0.1, 0.3, 0.3], S4)).toThrow(/Class value 2 is -0.1/);
  });
});
