import {
  isReciprocalPair,
  judgmentsFromNumbers,
  parseJudgments,
  reciprocalMatrixInto,
} from "../../../src/core/ahp/judgments";
import { InputError } from "../../../src/core/errors";

describe("parseJudgments (docs/methods.md §1 input conventions)", () => {
  it("fills the lower triangle with exact reciprocals of an upper triangle", () => {
    const j = parseJudgments([
      [1, 3, 5],
      [null, 1, 2],
      [null, null, 1],
    ]);
    expect(j.a).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ]);
    expect(j.missing).toEqual([]);
  });

  it("accepts a lower triangle only and a blank diagonal", () => {
    const j = parseJudgments([
      [null, null],
      [4, null],
    ]);
    expect(j.a).toEqual([
      [1, 1 / 4],
      [4, 1],
    ]);
  });

  it("treats 0.333 against 3 as the reciprocal pair 1/3 (typing rounding, tolerance half a unit of the 3rd decimal)", () => {
    const j = parseJudgments([
      [1, 3],
      [0.333, 1],
    ]);
    expect(j.a[1][0]).toBe(1 / 3);
    expect(j.a[0][1]).toBe(3);
    expect(isReciprocalPair(0.143, 7)).toBe(true);
    expect(isReciprocalPair(0.14, 7)).toBe(false);
    // Only a rounding of the reciprocal to three decimals counts: 0.0001 is no rounding of 1/2500.
    expect(isReciprocalPair(0.0001, 2500)).toBe(false);
    expect(isReciprocalPair(0.0004, 2500)).toBe(true); // 0.0004 × 2500 = 1
    expect(isReciprocalPair(0.111, 9)).toBe(true);
    expect(isReciprocalPair(0.112, 9)).toBe(false);
    expect(isReciprocalPair(1 / 3 + 1e-7, 3)).toBe(true);
  });

  it("names the pair that is not reciprocal", () => {
    expect(() =>
      parseJudgments([
        [1, 2],
        [3, 1],
      ])
    ).toThrow("row 1, column 2 (2) and row 2, column 1 (3) are not reciprocal");
  });

  it("rejects zero and negative judgments naming the cell", () => {
    expect(() =>
      parseJudgments([
        [1, 0],
        [null, 1],
      ])
    ).toThrow("row 1, column 2 is 0");
    expect(() =>
      parseJudgments([
        [1, null],
        [-2, 1],
      ])
    ).toThrow("row 2, column 1 is -2");
  });

  it("rejects non-square, empty and a wrong diagonal", () => {
    expect(() =>
      parseJudgments([
        [1, 2, 3],
        [0.5, 1, 2],
      ])
    ).toThrow("must be square: it has 2 rows and 3 columns");
    expect(() => parseJudgments([])).toThrow("is empty");
    expect(() =>
      parseJudgments([
        [null, null],
        [null, null],
      ])
    ).toThrow("is empty");
    expect(() =>
      parseJudgments([
        [2, 1],
        [1, 1],
      ])
    ).toThrow("diagonal cell row 1, column 1 must be 1");
  });

  it("records missing pairs and rejects a disconnected comparison graph", () => {
    const j = parseJudgments([
      [1, 2, null],
      [null, 1, 3],
      [null, null, 1],
    ]);
    expect(j.missing).toEqual([[0, 2]]);
    expect(Number.isNaN(j.a[0][2])).toBe(true);
    let err: unknown;
    try {
      parseJudgments([
        [1, 2, null, null],
        [null, 1, null, null],
        [null, null, 1, 3],
        [null, null, null, 1],
      ]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(
      /do not connect all elements \(element 3 is not linked to element 1\)/
    );
  });
});

describe("judgmentsFromNumbers (the adapters' row-major form)", () => {
  const SAATY = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9, 2, 0.5];
  let seed = 11;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  /** A full n×n matrix, its reciprocals sometimes typed rounded (0.333 for 1/3). */
  const randomFull = (n: number): number[][] => {
    const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const x = SAATY[Math.floor(rnd() * SAATY.length)];
        const y = rnd() < 0.3 ? Math.round(1000 / x) / 1000 : 1 / x;
        [m[i][j], m[j][i]] = rnd() < 0.5 ? [x, y] : [y, x];
      }
    if (n > 1 && rnd() < 0.3) m[0][0] = 1 + 1e-7; // a diagonal typed at full precision
    return m;
  };

  it("gives exactly what parseJudgments gives for full matrices (the one-pass path)", () => {
    for (let k = 0; k < 200; k++) {
      const m = randomFull(2 + (k % 12));
      const n = m.length;
      const got = judgmentsFromNumbers(m.flat(), n, n);
      expect(got).toEqual(parseJudgments(m));
      expect(got.missing).toEqual([]);
    }
  });

  it("reciprocalMatrixInto writes the same matrix flat, and refuses what judgmentsOf must name", () => {
    for (let k = 0; k < 200; k++) {
      const m = randomFull(2 + (k % 12));
      const n = m.length;
      const out = new Float64Array(n * n + 3).fill(-1);
      expect(reciprocalMatrixInto(m.flat(), n, out)).toBe(true);
      expect(Array.from(out.subarray(0, n * n))).toEqual(parseJudgments(m).a.flat());
      expect(Array.from(out.subarray(n * n))).toEqual([-1, -1, -1]); // nothing beyond n²
    }
    const bad = [
      [1, 3, NaN, 1], // a blank
      [1, 3, 0.5, 1], // not reciprocal
      [2, 3, 1 / 3, 1], // the diagonal
      [1, 1e101, 1e-101, 1], // beyond the bounds
      [1, -3, -1 / 3, 1], // not positive
    ];
    for (const values of bad)
      expect(reciprocalMatrixInto(values, 2, new Float64Array(4))).toBe(false);
  });

  it("reads only the first rows × cols numbers of a longer buffer", () => {
    const buffer = [NaN, NaN, NaN, NaN, 1, 2, 3];
    expect(() => judgmentsFromNumbers(buffer, 2, 2)).toThrow("Matrix is empty");
    expect(judgmentsFromNumbers([1, 4, NaN, 1, 7, 7], 2, 2).a).toEqual([
      [1, 4],
      [0.25, 1],
    ]);
  });

  it("names the cell as parseJudgments does when a full matrix has a bad cell", () => {
    const cases: number[][][] = [
      [
        [1, 3],
        [0.5, 1],
      ], // not reciprocal
      [
        [1, 3],
        [1 / 3, 2],
      ], // diagonal
      [
        [1, -3],
        [1 / 3, 1],
      ], // not positive
      [
        [1, 1e101],
        [1e-101, 1],
      ], // out of bounds
    ];
    for (const m of cases) {
      let expected = "";
      try {
        parseJudgments(m);
      } catch (e) {
        expected = (e as Error).message;
      }
      expect(expected).not.toBe("");
      expect(() => judgmentsFromNumbers(m.flat(), 2, 2)).toThrow(expected);
    }
  });
});
