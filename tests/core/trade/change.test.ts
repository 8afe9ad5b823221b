/**
 * Structural change indices (src/core/trade/change.ts). Expected values are worked by hand from
 * the published definitions: Moore (1978) M = Σ a·b / (|a|·|b|) and θ = arccos M; the modified
 * Lilien index of Stamer (1999) MLI = √Σ a·b·ln²(b/a); Michaely's (1962) NAV = ½ Σ |b − a|; as
 * Dietrich (2012, Empirical Economics 43, 915–944, §3) writes them. Tolerance 1e-12 unless said.
 */
import * as fc from "fast-check";
import {
  CHANGE_INDICES,
  changeIndex,
  changeOfRanges,
  parseChangeIndex,
} from "../../../src/core/trade/change";
import { InputError } from "../../../src/core/errors";

const A = [0.5, 0.3, 0.2];
const B = [0.4, 0.3, 0.3];

describe("changeIndex", () => {
  it("gives the hand-worked values of a = (0.5, 0.3, 0.2), b = (0.4, 0.3, 0.3)", () => {
    // Σab = 0.20 + 0.09 + 0.06 = 0.35; |a|² = 0.38, |b|² = 0.34.
    const m = 0.35 / Math.sqrt(0.38 * 0.34);
    expect(changeIndex(A, B, "MOORE")).toBeCloseTo(m, 12);
    expect(m).toBeCloseTo(0.973726, 6);
    expect(changeIndex(A, B, "ANGLE")).toBeCloseTo((Math.acos(m) * 180) / Math.PI, 10);
    expect(changeIndex(A, B, "ANGLE")).toBeCloseTo(13.163, 3);
    // 0.5·0.4·ln²(0.8) + 0.3·0.3·ln²(1) + 0.2·0.3·ln²(1.5)
    const mli = Math.sqrt(0.2 * Math.log(0.8) ** 2 + 0.06 * Math.log(1.5) ** 2);
    expect(changeIndex(A, B, "LILIEN")).toBeCloseTo(mli, 12);
    expect(mli).toBeCloseTo(0.140793, 6);
    expect(changeIndex(A, B, "NAV")).toBeCloseTo(0.1, 12);
  });

  it("is the same for percentages, fractions and values (each vector is divided by its sum)", () => {
    for (const index of CHANGE_INDICES) {
      const want = changeIndex(A, B, index);
      expect(changeIndex([50, 30, 20], [40, 30, 30], index)).toBeCloseTo(want, 12);
      expect(changeIndex([5000, 3000, 2000], [8, 6, 6], index)).toBeCloseTo(want, 12);
    }
  });

  it("shows no change for the same structure and complete change for disjoint ones", () => {
    expect(changeIndex(A, A, "MOORE")).toBe(1);
    expect(changeIndex(A, A, "ANGLE")).toBe(0);
    expect(changeIndex(A, A, "LILIEN")).toBe(0);
    expect(changeIndex(A, A, "NAV")).toBe(0);
    const a = [1, 0, 0];
    const b = [0, 0.5, 0.5];
    expect(changeIndex(a, b, "MOORE")).toBe(0);
    expect(changeIndex(a, b, "ANGLE")).toBeCloseTo(90, 12);
    expect(changeIndex(a, b, "NAV")).toBeCloseTo(1, 12);
  });

  it("adds 0 to MLI for a group with a zero share (the limit of a·b·ln²(b/a))", () => {
    // The group that appears adds nothing; the others: 0.5·0.4·ln²(0.8) twice.
    const got = changeIndex([0.5, 0.5, 0], [0.4, 0.4, 0.2], "LILIEN");
    expect(got).toBeCloseTo(Math.sqrt(2 * 0.2 * Math.log(0.8) ** 2), 12);
    // The term's limit: x·ln²(x) → 0 as x → 0.
    expect(1e-12 * Math.log(1e-12) ** 2).toBeLessThan(1e-9);
  });

  it("stays in its range for any shares (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1e6, noNaN: true }),
            fc.double({ min: 0, max: 1e6, noNaN: true })
          ),
          {
            minLength: 1,
            maxLength: 8,
          }
        ),
        (pairs) => {
          const a = pairs.map((p) => p[0]);
          const b = pairs.map((p) => p[1]);
          if (a.reduce((s, x) => s + x, 0) <= 0 || b.reduce((s, x) => s + x, 0) <= 0) return;
          const m = changeIndex(a, b, "MOORE");
          expect(m).toBeGreaterThanOrEqual(0);
          expect(m).toBeLessThanOrEqual(1);
          const t = changeIndex(a, b, "ANGLE");
          expect(t).toBeGreaterThanOrEqual(0);
          expect(t).toBeLessThanOrEqual(90);
          const nav = changeIndex(a, b, "NAV");
          expect(nav).toBeGreaterThanOrEqual(0);
          expect(nav).toBeLessThanOrEqual(1 + 1e-12);
          expect(changeIndex(a, b, "LILIEN")).toBeGreaterThanOrEqual(0);
          // Symmetric in the two years.
          expect(changeIndex(b, a, "NAV")).toBeCloseTo(nav, 12);
        }
      )
    );
  });
});

describe("parseChangeIndex", () => {
  it("reads the names in any case, MLI for LILIEN, blank for MOORE", () => {
    expect(parseChangeIndex(null)).toBe("MOORE");
    expect(parseChangeIndex(" ")).toBe("MOORE");
    expect(parseChangeIndex("angle")).toBe("ANGLE");
    expect(parseChangeIndex("MLI")).toBe("LILIEN");
    expect(parseChangeIndex("Nav")).toBe("NAV");
  });

  it("rejects anything else, naming the choices", () => {
    expect(() => parseChangeIndex("cosine")).toThrow(
      'index must be MOORE, ANGLE, LILIEN (or MLI) or NAV, not "cosine"'
    );
    expect(() => parseChangeIndex(true)).toThrow("not TRUE");
  });
});

describe("changeOfRanges", () => {
  it("pairs cells in row-major order in any orientation; blanks are 0", () => {
    expect(changeOfRanges([[0.5, 0.3, 0.2]], [[0.4], [0.3], [0.3]], "NAV")).toBeCloseTo(0.1, 12);
    expect(changeOfRanges([[1], [""], [null]], [[0.5], [0.5], [""]], "NAV")).toBeCloseTo(0.5, 12);
    expect(changeOfRanges([["50%"], ["50%"]], [[1], [1]], "MOORE")).toBeCloseTo(1, 12);
  });

  it("rejects mismatched, negative, text and empty vectors with the cell named", () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as InputError).kind, (e as InputError).message];
      }
      return null;
    };
    expect(err(() => changeOfRanges([[1], [2]], [[1]], "MOORE"))).toEqual([
      "value",
      "shares_from has 2 cells but shares_to has 1; give the same groups in the same order",
    ]);
    expect(err(() => changeOfRanges([[1], [-2]], [[1], [1]], "MOORE"))).toEqual([
      "value",
      "shares_from: row 2, column 1 is negative (-2); shares must be ≥ 0",
    ]);
    expect(err(() => changeOfRanges([[1], [2]], [[1], ["abc"]], "NAV"))).toEqual([
      "value",
      "shares_to: row 2, column 1 is not a number",
    ]);
    expect(err(() => changeOfRanges([[0], [""]], [[1], [1]], "LILIEN"))).toEqual([
      "div0",
      "shares_from sums to 0: there is no structure to compare",
    ]);
    expect(err(() => changeOfRanges([[1e308], [1e308]], [[1], [1]], "NAV"))?.[0]).toBe("num");
  });
});
