/**
 * The Leontief inverse and output multipliers (src/core/io/leontief.ts): Miller & Blair's
 * two-sector example at its printed precision and exactly; a three-sector case in exact rational
 * arithmetic; and, on random productive 50×50 matrices, L·(I − A) = I to 1e-12, agreement with
 * the Neumann series I + A + A² + … and with mathjs's inv. Bad input: each message.
 */
import { inv } from "mathjs";
import {
  MAX_SECTORS,
  coefficientMatrix,
  leontiefFactors,
  leontiefInverse,
  leontiefRowSums,
  outputMultipliers,
  sectorsOf,
} from "../../../src/core/io";
import { matMul } from "../../../src/core/linalg";
import { MB, exactLeontief, productive, seeded } from "./fixtures";

const expectClose = (got: number[][], want: number[][], tol: number) => {
  expect(got.length).toBe(want.length);
  got.forEach((row, i) => {
    expect(row.length).toBe(want[i].length);
    row.forEach((v, j) => expect(Math.abs(v - want[i][j])).toBeLessThanOrEqual(tol));
  });
};

/** The coefficients of a common textbook three-sector example (Chiang & Wainwright 2005, §5.7). */
const A3 = [
  ["0.2", "0.3", "0.2"],
  ["0.4", "0.1", "0.2"],
  ["0.1", "0.3", "0.2"],
];

describe("leontiefInverse", () => {
  it("reproduces Miller & Blair (2009) §2.3 at its printed precision (3 decimals) and exactly", () => {
    const l = leontiefInverse(MB.A);
    expectClose(
      l.map((row) => row.map((v) => Number(v.toFixed(3)))),
      MB.Lprinted,
      0
    );
    expectClose(l, MB.L, 1e-15);
    // x = L·f gives back the table's total output (M&B: f = [350, 1700] → x = [1000, 2000]) …
    expectClose(
      matMul(
        l,
        MB.f.map((v) => [v])
      ),
      MB.x.map((v) => [v]),
      1e-12
    );
    // … and their new final demand [600, 1500] gives x = [1247.52, 1841.58] (printed, 2 decimals).
    const x = matMul(l, [[600], [1500]]).map((r) => Number(r[0].toFixed(2)));
    expect(x).toEqual([1247.52, 1841.58]);
  });

  it("matches exact rational arithmetic on a three-sector case: det(I − A) = 0.384", () => {
    const exact = exactLeontief(A3).map((row) => row.map((q) => q.toNumber()));
    // adj(I − A) by hand: [[0.66, 0.30, 0.24], [0.34, 0.62, 0.24], [0.21, 0.27, 0.60]]
    const adj = [
      [0.66, 0.3, 0.24],
      [0.34, 0.62, 0.24],
      [0.21, 0.27, 0.6],
    ];
    expectClose(
      exact,
      adj.map((row) => row.map((v) => v / 0.384)),
      1e-14
    );
    const l = leontiefInverse(A3.map((row) => row.map(Number)));
    l.forEach((row, i) =>
      row.forEach((v, j) =>
        expect(Math.abs(v - exact[i][j])).toBeLessThanOrEqual(1e-14 * exact[i][j])
      )
    );
    // final demand (10, 5, 6) → x = adj·d / 0.384 = (9.54, 7.94, 7.05) / 0.384
    const x = matMul(l, [[10], [5], [6]]).map((r) => r[0]);
    [9.54 / 0.384, 7.94 / 0.384, 7.05 / 0.384].forEach((v, i) => expect(x[i]).toBeCloseTo(v, 12));
  });

  it("on random productive 50×50 matrices: L·(I − A) = I to 1e-12, the Neumann series and mathjs agree", () => {
    const rnd = seeded(2026);
    for (let trial = 0; trial < 3; trial++) {
      const n = 50;
      const a = productive(n, rnd, trial === 0 ? 0 : 0.5);
      const l = leontiefInverse(a);
      const iMinusA = a.map((row, i) => row.map((v, j) => (i === j ? 1 : 0) - v));
      const id: number[][] = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))
      );
      expectClose(matMul(l, iMinusA), id, 1e-12);
      expectClose(matMul(iMinusA, l), id, 1e-12);
      // Neumann series: column sums of A are below 0.9, so ‖A‖₁ < 0.9 and 400 terms leave < 1e-18.
      let term = id;
      const sum = id.map((row) => row.slice());
      for (let k = 1; k <= 400; k++) {
        term = matMul(term, a);
        term.forEach((row, i) => row.forEach((v, j) => (sum[i][j] += v)));
      }
      expectClose(l, sum, 1e-12);
      expectClose(l, inv(iMinusA) as number[][], 1e-12);
      // L ≥ I entrywise (L = I + A + A² + …, A ≥ 0)
      l.forEach((row, i) =>
        row.forEach((v, j) => expect(v).toBeGreaterThanOrEqual(i === j ? 1 : 0))
      );
    }
  });

  it("refuses a non-productive, negative, blank, non-square or too large matrix, naming the column or cell", () => {
    const bad: [(number | null)[][], string][] = [
      [
        [
          [0.5, 0.6],
          [0.6, 0.1],
        ],
        "coefficients: column 1 sums to 1.1 ≥ 1: the economy is not productive (each column of A must sum to less than 1)",
      ],
      [
        [
          [0.1, 0.5, 0],
          [0.2, 0.5, 0],
          [0.3, 0, 0.2],
        ],
        "coefficients: column 2 sums to 1 ≥ 1: the economy is not productive",
      ],
      [
        [
          [0.5, -0.1],
          [0.1, 0.1],
        ],
        "coefficients: row 1, column 2 is -0.1; coefficients must be ≥ 0",
      ],
      [
        [
          [0.5, null],
          [0.1, 0.1],
        ],
        "coefficients: row 1, column 2 is blank; every cell is needed (type 0 for none)",
      ],
      [
        [
          [0.5, 0.1, 0.1],
          [0.1, 0.1, 0.1],
        ],
        "coefficients must be square (one row and one column per sector), not 2 rows × 3 columns",
      ],
    ];
    for (const [a, message] of bad) expect(() => leontiefInverse(a)).toThrow(message);
    expect(() => sectorsOf(MAX_SECTORS + 1, MAX_SECTORS + 1, "coefficients")).toThrow(
      "coefficients has 501 sectors; at most 500 are taken"
    );
    expect(sectorsOf(MAX_SECTORS, MAX_SECTORS, "coefficients")).toBe(500);
  });

  it("reports a numerically singular I − A (a column sum within rounding of 1)", () => {
    // Column sums 1 − 2⁻⁵², and a matrix whose I − A has rank 1 up to rounding: [[1 − a, −a], [−b, 1 − b]].
    const e = 2 ** -52;
    const a = [
      [0.5, 0.5],
      [0.5 - e, 0.5 - e],
    ];
    expect(() => leontiefInverse(a)).toThrow(
      "coefficients: I − A is singular (or too close to it to invert)"
    );
  });
});

describe("outputMultipliers", () => {
  it("are the column sums of L: Miller & Blair's 1.518 and 1.452 (1.15 / 0.7575, 1.1 / 0.7575)", () => {
    const m = outputMultipliers(MB.A);
    expect(m.map((v) => Number(v.toFixed(3)))).toEqual([1.518, 1.452]);
    expect(m[0]).toBeCloseTo(1.15 / 0.7575, 14);
    expect(m[1]).toBeCloseTo(1.1 / 0.7575, 14);
  });

  it("equal the column sums of the inverse on random matrices (and the row sums the row sums)", () => {
    const rnd = seeded(7);
    for (const n of [1, 3, 20, 80]) {
      const a = productive(n, rnd);
      const l = leontiefInverse(a);
      const cols = l[0].map((_, j) => l.reduce((s, row) => s + row[j], 0));
      const rows = l.map((row) => row.reduce((s, v) => s + v, 0));
      outputMultipliers(a).forEach((v, j) => expect(v).toBeCloseTo(cols[j], 12));
      leontiefRowSums(leontiefFactors(coefficientMatrix(a))).forEach((v, i) =>
        expect(v).toBeCloseTo(rows[i], 12)
      );
    }
  });
});
