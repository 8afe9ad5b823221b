/**
 * Coupling coordination degree (docs/methods.md §11): C = k·(ΠUᵢ)^(1/k)/ΣUᵢ, T = Σ wᵢUᵢ,
 * D = √(C·T) and the 10-level grade. Expected values are worked by hand in the comments
 * (1e-12 absolute); no published example with its inputs was found (Wang et al. 2021, Table 8,
 * prints C for 13 cities without the system levels Uᵢ).
 */
import fc from "fast-check";
import { CCD_GRADES, ccdGrade, couplingCoordination } from "../../../src/core/mcda";

describe("hand examples", () => {
  test("two systems 0.4 and 0.9, equal weights", () => {
    // C = 2·√0.36/1.3 = 1.2/1.3 = 12/13; T = 0.65; D = √(12/13 · 0.65) = √0.6 = 0.774597
    const r = couplingCoordination([0.4, 0.9], [0.5, 0.5]);
    expect(r.c).toBeCloseTo(12 / 13, 12);
    expect(r.t).toBeCloseTo(0.65, 12);
    expect(r.d).toBeCloseTo(Math.sqrt(0.6), 12);
    expect(r.grade.en).toBe("Intermediate coordination");
    expect(r.grade.zh).toBe("中级协调");
  });

  test("three systems 0.2, 0.4, 0.8 with weights 0.5, 0.3, 0.2", () => {
    // ΠU = 0.064, cube root 0.4; C = 3·0.4/1.4 = 6/7; T = 0.1 + 0.12 + 0.16 = 0.38;
    // D = √(6/7 · 0.38) = √(2.28/7) = 0.570714 → Barely coordinated
    const r = couplingCoordination([0.2, 0.4, 0.8], [0.5, 0.3, 0.2]);
    expect(r.c).toBeCloseTo(6 / 7, 12);
    expect(r.t).toBeCloseTo(0.38, 12);
    expect(r.d).toBeCloseTo(Math.sqrt(2.28 / 7), 12);
    expect(r.grade.en).toBe("Barely coordinated");
  });

  test("a zero system: C = 0, D = 0; all zero: C undefined, T = D = 0", () => {
    const z = couplingCoordination([0, 0.8], [0.5, 0.5]);
    expect(z.c).toBe(0);
    expect(z.t).toBeCloseTo(0.4, 12);
    expect(z.d).toBe(0);
    const all = couplingCoordination([0, 0, 0], [1 / 3, 1 / 3, 1 / 3]);
    expect(all.c).toBeNull();
    expect(all.d).toBe(0);
    expect(all.grade.en).toBe("Extreme disorder");
  });

  test("ten systems of 1e-30 neither underflow nor lose C = 1", () => {
    const r = couplingCoordination(new Array(10).fill(1e-30), new Array(10).fill(0.1));
    expect(r.c).toBeCloseTo(1, 12);
  });

  test("grade boundaries: [0, 0.1) … [0.9, 1]", () => {
    expect(CCD_GRADES.map((g) => g.en)).toEqual([
      "Extreme disorder",
      "Serious disorder",
      "Moderate disorder",
      "Mild disorder",
      "On the verge of disorder",
      "Barely coordinated",
      "Primary coordination",
      "Intermediate coordination",
      "Good coordination",
      "Quality coordination",
    ]);
    expect(ccdGrade(0).en).toBe("Extreme disorder");
    expect(ccdGrade(0.0999).en).toBe("Extreme disorder");
    expect(ccdGrade(0.1).en).toBe("Serious disorder");
    expect(ccdGrade(0.5).en).toBe("Barely coordinated");
    expect(ccdGrade(0.9).en).toBe("Quality coordination");
    expect(ccdGrade(1).en).toBe("Quality coordination");
  });

  test("fewer than 2 systems or a level outside [0, 1] is an error", () => {
    expect(() => couplingCoordination([0.5], [1])).toThrow(/at least 2 systems/);
    expect(() => couplingCoordination([0.5, 1.5], [0.5, 0.5])).toThrow(/level 2 is 1.5/);
  });
});

describe("properties", () => {
  const cases = fc.integer({ min: 2, max: 10 }).chain((k) =>
    fc.record({
      u: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: k, maxLength: k }),
      w: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: k, maxLength: k }),
    })
  );

  test("C ∈ [0, 1], T ∈ [0, 1], D ∈ [0, 1] and D = √(C·T)", () => {
    fc.assert(
      fc.property(cases, ({ u, w }) => {
        const s = w.reduce((a, b) => a + b, 0);
        const r = couplingCoordination(
          u,
          w.map((x) => x / s)
        );
        if (r.c === null) {
          expect(u.every((x) => x === 0)).toBe(true);
          return;
        }
        for (const x of [r.c, r.t, r.d]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(r.d).toBeCloseTo(Math.sqrt(r.c * r.t), 12);
        expect(r.grade).toBe(ccdGrade(r.d));
      }),
      { numRuns: 500 }
    );
  });

  test("C = 1 when all Uᵢ are equal (and positive)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10 }),
        fc.double({ min: 1e-300, max: 1, noNaN: true }),
        (k, x) => {
          const r = couplingCoordination(new Array(k).fill(x), new Array(k).fill(1 / k));
          expect(r.c).toBeCloseTo(1, 12);
        }
      ),
      { numRuns: 300 }
    );
  });
});
