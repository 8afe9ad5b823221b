/**
 * WEIGHT.ENTROPY, WEIGHT.COMBINE, TOPSIS.SCORE and GRA.GRADE through the production bundle
 * (dist/functions.js, loaded as Excel loads it): results of the right shape, and every bad input
 * of issue 10 §1 (non-numeric and blank cells, shapes, empty ranges, negative weights, unknown
 * direction or normalise names, alpha or rho out of range, constant columns, ranges past the
 * size limit) gives #VALUE! with a message naming the argument and the cell or column; none
 * throws. Build first (npm test does).
 */
import { FakeCustomFunctionsError } from "../support/customFunctions";
import { loadBundle } from "../support/bundle";

const { bound } = loadBundle();

const X: unknown[][] = [
  [0.82, 120, 3.1],
  [0.65, 95, 4.8],
  [0.91, 150, 2.2],
  [0.74, 80, 3.9],
];
const W = [[0.3, 0.5, 0.2]];
const DIRS = [["正向", "+", "COST"]];

function call(id: string, args: unknown[]): unknown {
  const fn = bound.get(id);
  if (!fn) throw new Error(`${id} is not bound`);
  return fn(...structuredClone(args));
}

function errorOf(x: unknown): { code: string; message: string } {
  if (!(x instanceof FakeCustomFunctionsError))
    throw new Error(`expected an Excel error, got ${JSON.stringify(x)}`);
  const e = x as unknown as { code: string; message: string };
  expect(e.message).not.toMatch(/undefined|NaN|\[object|Infinity/);
  return e;
}

const with_ = (g: unknown[][], i: number, j: number, v: unknown) =>
  g.map((row, r) => row.map((c, k) => (r === i && k === j ? v : c)));

/** Each data function called on (data, directions) with its other arguments at their defaults. */
const DATA_CALLS: Record<string, (x: unknown, dirs?: unknown) => unknown[]> = {
  "WEIGHT.ENTROPY": (x, d = null) => [x, d, null],
  "TOPSIS.SCORE": (x, d = null) => [x, W, d],
  "GRA.GRADE": (x, d = null) => [x, d, null, null],
};

const sum = (g: unknown) => (g as number[][]).flat().reduce((a, b) => a + b, 0);

describe("results", () => {
  test("WEIGHT.ENTROPY: a 1×m row summing to 1, also with NONE", () => {
    for (const how of [null, "MINMAX", "none"]) {
      const r = call("WEIGHT.ENTROPY", [X, DIRS, how]) as number[][];
      expect(r.length).toBe(1);
      expect(r[0].length).toBe(3);
      expect(sum(r)).toBeCloseTo(1, 12);
    }
  });

  test("TOPSIS.SCORE and GRA.GRADE: n×1 in [0, 1]; one direction cell applies to all columns", () => {
    for (const r of [
      call("TOPSIS.SCORE", [X, W, DIRS]),
      call("GRA.GRADE", [X, DIRS, 0.5, W]),
      call("GRA.GRADE", [X, [["COST"]], null, null]),
    ] as number[][][]) {
      expect(r.length).toBe(4);
      for (const [v] of r) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    expect(call("TOPSIS.SCORE", [X, W, [["COST"]]])).toEqual(
      call("TOPSIS.SCORE", [X, W, [["-", "负向", "逆向"]]])
    );
  });

  test("entropy weights combined with AHP weights", () => {
    const e = call("WEIGHT.ENTROPY", [X, DIRS, null]) as number[][];
    const c = call("WEIGHT.COMBINE", [W, e, null]) as number[][];
    expect(sum(c)).toBeCloseTo(1, 12);
    const l = call("WEIGHT.COMBINE", [W, e, "0.4"]) as number[][];
    l[0].forEach((v, j) => expect(v).toBeCloseTo(0.4 * W[0][j] + 0.6 * e[0][j], 12));
  });
});

describe("bad input: #VALUE! naming the cell", () => {
  const CASES: [string, unknown, unknown, RegExp][] = [
    ["a non-numeric cell", with_(X, 1, 2, "n/a"), null, /data: row 2, column 3 is not a number/],
    ["a blank cell", with_(X, 2, 0, ""), null, /data: row 3, column 1 is blank/],
    ["one unit", [X[0]], null, /at least 2 units/],
    ["an empty range", [[""]], null, /data: row 1, column 1 is blank|empty|at least 2/],
    ["a constant column", X.map((r) => [r[0], 5, r[2]]), null, /column 2 is constant/],
    [
      "an unknown direction",
      X,
      [["BENEFIT", "sideways", "COST"]],
      /directions: row 1, column 2: Unknown direction "sideways"/,
    ],
    ["too many directions", X, [["+", "+", "+", "+"]], /one direction per column of data \(3\)/],
    [
      "a 2-D directions range",
      X,
      [
        ["+", "+"],
        ["+", "+"],
      ],
      /one row \(or one column\)/,
    ],
    [
      "data past the size limit",
      Array.from({ length: 50_001 }, (_, i) => [i, 1 + i]),
      null,
      /100,002 cells; at most 100,000/,
    ],
  ];
  for (const [what, x, d, message] of CASES)
    for (const id of Object.keys(DATA_CALLS))
      test(`${id}: ${what}`, () => {
        const r = call(id, DATA_CALLS[id](x, d));
        if (what === "a constant column" && id === "TOPSIS.SCORE") {
          expect(Array.isArray(r)).toBe(true); // vector normalisation is defined on a constant column
          return;
        }
        const e = errorOf(r);
        expect(e.code).toBe("#VALUE!");
        expect(e.message).toMatch(message);
      });

  test("WEIGHT.ENTROPY: unknown normalise, negatives and zeros under NONE", () => {
    expect(errorOf(call("WEIGHT.ENTROPY", [X, null, "zscore"])).message).toMatch(
      /normalise must be MINMAX or NONE, not "zscore"/
    );
    expect(errorOf(call("WEIGHT.ENTROPY", [with_(X, 3, 1, -4), null, "NONE"])).message).toMatch(
      /data: row 4, column 2 is -4; with normalise NONE the data must be ≥ 0/
    );
    expect(
      errorOf(call("WEIGHT.ENTROPY", [X.map((r) => [r[0], 0]), null, "NONE"])).message
    ).toMatch(/column 2 is all 0/);
  });

  test("TOPSIS.SCORE and GRA.GRADE: weights of the wrong count, negative, text or blank", () => {
    const ws: [unknown, RegExp][] = [
      [[[0.5, 0.5]], /one weight per column of data \(3\), not 2/],
      [[[0.5, -0.5, 1]], /weights: row 1, column 2 is -0.5; weights must be ≥ 0/],
      [[[0.5, "x", 1]], /weights: row 1, column 2 is not a number/],
      [[[0.5, "", 1]], /weights: row 1, column 2 is blank/],
      [[[0, 0, 0]], /weights are all 0/],
    ];
    for (const [w, message] of ws) {
      expect(errorOf(call("TOPSIS.SCORE", [X, w, null])).message).toMatch(message);
      expect(errorOf(call("GRA.GRADE", [X, null, null, w])).message).toMatch(message);
    }
    expect(
      errorOf(
        call("TOPSIS.SCORE", [
          [
            [1, 2],
            [1, 2],
          ],
          [[1, 1]],
          null,
        ])
      ).message
    ).toMatch(/all units are identical/);
  });

  test("GRA.GRADE: rho outside (0, 1] or not a number", () => {
    for (const rho of [0, -0.5, 1.5]) {
      expect(errorOf(call("GRA.GRADE", [X, null, rho, null])).message).toMatch(
        /rho \(the distinguishing coefficient\) must be in \(0, 1\]/
      );
    }
    expect(errorOf(call("GRA.GRADE", [X, null, "rho", null])).message).toMatch(
      /rho must be a number/
    );
  });

  test("WEIGHT.COMBINE: shapes, negatives, alpha", () => {
    const cases: [unknown[], RegExp][] = [
      [
        [[[0.5, 0.5]], [[1, 2, 3]], null],
        /same number of weights: subjective has 2, objective has 3/,
      ],
      [[[[0.5, 0.5]], [[0.5], [0.5]], null], /same shape: subjective is 1 × 2, objective is 2 × 1/],
      [[[[0.5, -1]], [[0.5, 0.5]], null], /subjective: row 1, column 2 is -1/],
      [[[[0.5, 0.5]], [["a", 0.5]], null], /objective: row 1, column 1 is not a number/],
      [[[[0.5, 0.5]], [[0.5, 0.5]], 1.5], /alpha must be in \[0, 1\], not 1.5/],
      [[[[0.5, 0.5]], [[0.5, 0.5]], "half"], /alpha must be a number/],
      [[[[1, 0]], [[0, 1]], null], /product is 0/],
      [[[[""]], [[""]], null], /empty|blank/],
    ];
    for (const [args, message] of cases) {
      const e = errorOf(call("WEIGHT.COMBINE", args));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(message);
    }
  });

  test("the largest data allowed answers well within a second", () => {
    const big = Array.from({ length: 10_000 }, (_, i) =>
      Array.from({ length: 10 }, (_, j) => ((i * 7919 + j * 104729) % 1000) + 1)
    );
    const w = [new Array(10).fill(0.1)];
    for (const [id, args] of [
      ["WEIGHT.ENTROPY", [big, null, null]],
      ["TOPSIS.SCORE", [big, w, null]],
      ["GRA.GRADE", [big, null, null, w]],
    ] as [string, unknown[]][]) {
      const t = performance.now();
      const r = call(id, args);
      expect(Array.isArray(r)).toBe(true);
      expect(performance.now() - t).toBeLessThan(500);
    }
  });
});
