/**
 * IO.COEFFICIENTS, IO.LEONTIEF, IO.MULTIPLIERS, IO.LINKAGES, IO.INTENSITY and IO.EMBODIED
 * through the production bundle (dist/functions.js, loaded as Excel loads it): results of the
 * right shape on Miller & Blair's two-sector example (2009, §2.3), and every bad input of issue 11
 * §3 (a non-productive or singular matrix, negative flows, blanks, text, mismatched sizes, ranges
 * past the size limit, omitted arguments, unknown kinds) as #VALUE! with the exact message naming
 * the argument and the cell or column; none throws. Build first (npm test does).
 */
import { FakeCustomFunctionsError } from "../support/customFunctions";
import { loadBundle } from "../support/bundle";

const { bound } = loadBundle();

const Z = [
  [150, 500],
  [200, 100],
];
const X = [[1000, 2000]];
const A = [
  [0.15, 0.25],
  [0.2, 0.05],
];
const C = [[0.3, 0.1]];
const Y = [[350], [1700]];

/** A call with fresh arguments (as Excel passes them); `clone` false for the million-cell ones. */
function call(id: string, args: unknown[], clone = true): unknown {
  const fn = bound.get(id);
  if (!fn) throw new Error(`${id} is not bound`);
  return fn(...(clone ? structuredClone(args) : args));
}

function errorOf(x: unknown): { code: string; message: string } {
  if (!(x instanceof FakeCustomFunctionsError))
    throw new Error(`expected an Excel error, got ${JSON.stringify(x)}`);
  const e = x as unknown as { code: string; message: string };
  expect(e.message).not.toMatch(/undefined|NaN|\[object|Infinity/);
  return e;
}

const message = (id: string, args: unknown[], clone = true) => {
  const e = errorOf(call(id, args, clone));
  expect(e.code).toBe("#VALUE!");
  return e.message;
};

/** Each function called with the coefficients `a` and valid other arguments. */
const ON_COEFFICIENTS: Record<string, (a: unknown) => unknown[]> = {
  "IO.LEONTIEF": (a) => [a],
  "IO.MULTIPLIERS": (a) => [a],
  "IO.LINKAGES": (a) => [a, null],
  "IO.INTENSITY": (a) => [a, C],
  "IO.EMBODIED": (a) => [a, C, Y],
};

describe("results", () => {
  test("shapes: n×n, n×n, 1×n, 1×n, 1×n, n×1", () => {
    const shape = (r: unknown) => [(r as unknown[][]).length, (r as unknown[][])[0].length];
    expect(shape(call("IO.COEFFICIENTS", [Z, X]))).toEqual([2, 2]);
    expect(shape(call("IO.LEONTIEF", [A]))).toEqual([2, 2]);
    expect(shape(call("IO.MULTIPLIERS", [A]))).toEqual([1, 2]);
    expect(shape(call("IO.LINKAGES", [A, "FORWARD"]))).toEqual([1, 2]);
    expect(shape(call("IO.INTENSITY", [A, [[0.3], [0.1]]]))).toEqual([1, 2]);
    expect(shape(call("IO.EMBODIED", [A, C, [[350, 1700]]]))).toEqual([2, 1]);
  });

  test("Miller & Blair's L at its printed precision; the chain COEFFICIENTS → EMBODIED gives c·x = 500", () => {
    const a = call("IO.COEFFICIENTS", [Z, X]) as number[][];
    const l = call("IO.LEONTIEF", [a]) as number[][];
    expect(l.map((row) => row.map((v) => Number(v.toFixed(3))))).toEqual([
      [1.254, 0.33],
      [0.264, 1.122],
    ]);
    const e = call("IO.EMBODIED", [a, C, Y]) as number[][];
    expect(e[0][0] + e[1][0]).toBeCloseTo(500, 11);
  });

  test("kind names: omitted/blank is BACKWARD; backward, FORWARD, 后向, 前向", () => {
    const back = call("IO.LINKAGES", [A, null]);
    const fwd = call("IO.LINKAGES", [A, "FORWARD"]);
    expect(call("IO.LINKAGES", [A, ""])).toEqual(back);
    expect(call("IO.LINKAGES", [A, [["backward"]]])).toEqual(back);
    expect(call("IO.LINKAGES", [A, "后向"])).toEqual(back);
    expect(call("IO.LINKAGES", [A, "前向"])).toEqual(fwd);
    expect(call("IO.LINKAGES", [A])).toEqual(back);
  });
});

describe("bad input: #VALUE! naming the argument and the cell or column", () => {
  test("a column summing to 1 or more, on every function that takes coefficients", () => {
    const bad = [
      [0.5, 0.8],
      [0.2, 0.22],
    ];
    for (const [id, args] of Object.entries(ON_COEFFICIENTS))
      expect([id, message(id, args(bad))]).toEqual([
        id,
        "coefficients: column 2 sums to 1.02 ≥ 1: the economy is not productive (each column of A must sum to less than 1)",
      ]);
  });

  test("a numerically singular I − A", () => {
    const e = 2 ** -52;
    expect(
      message("IO.LEONTIEF", [
        [
          [0.5, 0.5],
          [0.5 - e, 0.5 - e],
        ],
      ])
    ).toBe(
      "coefficients: I − A is singular (or too close to it to invert): the economy is not productive"
    );
  });

  test("negative entries, blanks, text", () => {
    expect(
      message("IO.COEFFICIENTS", [
        [
          [150, 500],
          [-200, 100],
        ],
        X,
      ])
    ).toBe("flows: row 2, column 1 is -200; flows must be ≥ 0");
    expect(
      message("IO.LEONTIEF", [
        [
          [0.15, 0.25],
          [0.2, -0.05],
        ],
      ])
    ).toBe("coefficients: row 2, column 2 is -0.05; coefficients must be ≥ 0");
    expect(
      message("IO.LEONTIEF", [
        [
          [0.15, 0.25],
          ["", 0.05],
        ],
      ])
    ).toBe("coefficients: row 2, column 1 is blank; every cell is needed (type 0 for none)");
    expect(
      message("IO.MULTIPLIERS", [
        [
          [0.15, "n/a"],
          [0.2, 0.05],
        ],
      ])
    ).toBe('coefficients: row 1, column 2 is not a number ("n/a")');
    expect(
      message("IO.MULTIPLIERS", [
        [
          [0.15, true],
          [0.2, 0.05],
        ],
      ])
    ).toBe("coefficients: row 1, column 2 is not a number (TRUE)");
    expect(message("IO.INTENSITY", [A, [[0.3, "-"]]])).toBe(
      'direct: row 1, column 2 is not a number ("-")'
    );
    expect(message("IO.EMBODIED", [A, C, [[350], [""]]])).toBe(
      "demand: row 2, column 1 is blank; every sector needs a value"
    );
    expect(message("IO.COEFFICIENTS", [Z, [[1000], [-1]]])).toBe(
      "output: row 2, column 1 is -1; total output must be ≥ 0"
    );
    expect(message("IO.COEFFICIENTS", [Z, [[0, 2000]]])).toBe(
      "output: row 1, column 1 is 0 but column 1 of flows is not all 0 (row 1 is 150): its coefficients would divide by 0"
    );
  });

  test("mismatched sizes and shapes, naming both sizes", () => {
    expect(
      message("IO.LEONTIEF", [
        [
          [0.1, 0.2, 0.3],
          [0.1, 0.2, 0.3],
        ],
      ])
    ).toBe(
      "coefficients must be square (one row and one column per sector), not 2 rows × 3 columns"
    );
    expect(message("IO.COEFFICIENTS", [Z, [[1000, 2000, 10]]])).toBe(
      "output has 3 cells but flows has 2 sectors: give one value per sector"
    );
    expect(message("IO.INTENSITY", [A, [[0.3]]])).toBe(
      "direct has 1 cell but coefficients has 2 sectors: give one value per sector"
    );
    expect(
      message("IO.EMBODIED", [
        A,
        C,
        [
          [350, 1700],
          [1, 2],
        ],
      ])
    ).toBe("demand must be one row or one column (one value per sector), not 2 rows × 2 columns");
    expect(message("IO.EMBODIED", [A, [[0.3, 0.1, 0]], Y])).toBe(
      "direct has 3 cells but coefficients has 2 sectors: give one value per sector"
    );
  });

  test("omitted arguments and unknown kinds", () => {
    expect(message("IO.LEONTIEF", [null])).toBe(
      "coefficients is missing (omitted, or every cell is blank)"
    );
    expect(message("IO.INTENSITY", [A, null])).toBe(
      "direct is missing (omitted, or every cell is blank)"
    );
    expect(message("IO.EMBODIED", [A, C])).toBe(
      "demand is missing (omitted, or every cell is blank)"
    );
    expect(message("IO.COEFFICIENTS", [Z, [["", ""]]])).toBe(
      "output is missing (omitted, or every cell is blank)"
    );
    expect(message("IO.LINKAGES", [A, "Ghosh"])).toBe(
      'kind must be BACKWARD (后向, the default) or FORWARD (前向), not "Ghosh"'
    );
    expect(message("IO.LINKAGES", [A, "toString"])).toBe(
      'kind must be BACKWARD (后向, the default) or FORWARD (前向), not "toString"'
    );
  });

  test("past the size limit (500 sectors), refused before any cell is read, within 1 s", () => {
    const big = Array.from({ length: 1000 }, () => new Array<unknown>(1000).fill("x"));
    const column = Array.from({ length: 1_000_000 }, () => [0.1]);
    const t0 = Date.now();
    for (const id of Object.keys(ON_COEFFICIENTS)) {
      expect(message(id, ON_COEFFICIENTS[id](big), false)).toBe(
        "coefficients has 1,000 sectors; at most 500 are taken (the inverse of a larger table takes longer than a function may)"
      );
      expect(message(id, ON_COEFFICIENTS[id](column), false)).toBe(
        "coefficients must be square (one row and one column per sector), not 1,000,000 rows × 1 column"
      );
    }
    expect(message("IO.INTENSITY", [A, column], false)).toBe(
      "direct has 1,000,000 cells but coefficients has 2 sectors: give one value per sector"
    );
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  test("500 sectors (the limit) are taken (their time, ≤ 1 s, is measured by npm run bench -- io)", () => {
    let s = 1;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    const n = 500;
    const a = Array.from({ length: n }, () => Array.from({ length: n }, () => rnd() * (1.8 / n)));
    const l = call("IO.LEONTIEF", [a]) as number[][];
    expect(l.length).toBe(n);
    expect(l.every((row) => row.length === n && row.every((x) => Number.isFinite(x)))).toBe(true);
    const c = [Array.from({ length: n }, () => rnd())];
    const e = call("IO.EMBODIED", [a, c, c]) as number[][];
    expect(e.length).toBe(n);
  });
});
