/**
 * DEA.* through the production bundle (dist/functions.js, loaded as Excel loads it): every bad
 * input of issue 9 (zero or negative inputs, negative outputs, ranges of different row counts, a
 * unit with all outputs zero, non-numeric and blank cells, fewer than 2 units, unknown rts or
 * orientation names, ranges past the size limits) gives #VALUE! from every function, with a
 * message naming the argument and the cell (or the counts); none throws. Build first (npm test
 * does).
 */
import { FakeCustomFunctionsError } from "../support/customFunctions";
import { loadBundle } from "../support/bundle";

const { bound } = loadBundle();

const X: unknown[][] = [
  [2, 5],
  [2, 4],
  [6, 6],
  [3, 2],
  [6, 2],
];
const Y: unknown[][] = [[1], [2], [3], [1], [2]];
const PERIODS = [[1], [1], [1], [2], [2]];

/** Each function called on (inputs, outputs) with its other arguments at their defaults. */
const CALLS: Record<string, (x: unknown, y: unknown, extra?: unknown[]) => unknown[]> = {
  "DEA.EFFICIENCY": (x, y, e = []) => [x, y, e[0] ?? null, e[1] ?? null],
  "DEA.SCALE": (x, y, e = []) => [x, y, e[1] ?? null],
  "DEA.SLACKS": (x, y, e = []) => [x, y, e[0] ?? null, e[1] ?? null],
  "DEA.TARGETS": (x, y, e = []) => [x, y, e[0] ?? null, e[1] ?? null],
  "DEA.PEERS": (x, y, e = []) => [x, y, e[0] ?? null, e[1] ?? null],
  "DEA.SUPER": (x, y, e = []) => [x, y, e[0] ?? null, e[1] ?? null],
  "DEA.SBM": (x, y, e = []) => [x, y, e[0] ?? null, null],
  "DEA.MALMQUIST": (x, y, e = []) => [
    x,
    y,
    Array.isArray(x) ? x.map((_, i) => [i < x.length / 2 ? 2019 : 2020]) : PERIODS,
    null,
    e[1] ?? null,
  ],
};

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

// Six rows so that MALMQUIST's two periods have three units each.
const X6 = [...X, [4, 4]];
const Y6 = [...Y, [2]];

const CASES: [string, unknown, unknown, RegExp, unknown[]?][] = [
  ["a zero input", with_(X6, 1, 0, 0), Y6, /inputs: row 2, column 1 is 0; inputs must be positive/],
  ["a negative input", with_(X6, 3, 1, -2), Y6, /inputs: row 4, column 2 is -2/],
  [
    "a negative output",
    X6,
    with_(Y6, 4, 0, -1),
    /outputs: row 5, column 1 is -1; outputs must be ≥ 0/,
  ],
  [
    "a non-numeric cell",
    with_(X6, 0, 1, "n/a"),
    Y6,
    /inputs: row 1, column 2 is not a number \("n\/a"\)/,
  ],
  ["a blank cell", with_(X6, 2, 1, ""), Y6, /inputs: row 3, column 2 is blank/],
  ["a unit with all outputs zero", X6, with_(Y6, 2, 0, 0), /outputs: row 3 is all 0/],
  ["an unknown rts", X6, Y6, /rts must be CRS, VRS, NIRS or NDRS, not "XRS"/, ["XRS", null]],
  [
    "an unknown orientation",
    X6,
    Y6,
    /orientation must be IN or OUT, not "sideways"/,
    [null, "sideways"],
  ],
];

describe("DEA.* bad input: #VALUE! naming the cell", () => {
  for (const [what, x, y, message, extra] of CASES) {
    for (const id of Object.keys(CALLS)) {
      if ((id === "DEA.SCALE" || id === "DEA.MALMQUIST") && what === "an unknown rts") continue; // no rts argument
      if (id === "DEA.SBM" && what === "an unknown orientation") continue; // nor DEA.SBM an orientation
      test(`${id}: ${what}`, () => {
        const e = errorOf(call(id, CALLS[id](x, y, extra)));
        expect(e.code).toBe("#VALUE!");
        expect(e.message).toMatch(message);
      });
    }
  }

  test.each(Object.keys(CALLS))(
    "%s: ranges of different row counts, fewer than 2 units, past the limits",
    (id) => {
      const rows = (n: number, w: number) =>
        Array.from({ length: n }, (_, i) => Array.from({ length: w }, () => 1 + i));
      let e = errorOf(call(id, CALLS[id](X6, Y6.slice(0, 4))));
      expect(e.message).toMatch(/inputs has 6 rows, outputs has 4|periods/);
      e = errorOf(call(id, CALLS[id]([[1, 2]], [[1]])));
      expect(e.message).toMatch(/at least 2|one period|at least 2 units/);
      e = errorOf(call(id, CALLS[id](rows(1001, 1), rows(1001, 1))));
      expect(e.message).toMatch(/1,001 rows; DEA takes at most 1,000 units/);
      e = errorOf(call(id, CALLS[id](rows(10, 15), rows(10, 6))));
      expect(e.message).toMatch(/at most 20 inputs and outputs together/);
      e = errorOf(call(id, CALLS[id](rows(500, 5), rows(500, 4))));
      expect(e.message).toMatch(
        /at most 30,000 for units × \(inputs \+ outputs\)² \(e.g. 1,000 units × 5 measures, 500 × 7, 300 × 10, 75 × 20\), not 500 × 9² = 40,500/
      );
    }
  );

  test("DEA.SBM: the undesirable outputs are checked like outputs, and need the same rows", () => {
    let e = errorOf(call("DEA.SBM", [X, Y, null, [[1], [2], [-1], [1], [1]]]));
    expect(e.message).toMatch(/undesirable: row 3, column 1 is -1/);
    e = errorOf(call("DEA.SBM", [X, Y, null, [[1], [2]]]));
    expect(e.message).toMatch(/inputs has 5 rows, undesirable has 2/);
  });

  test("DEA.MALMQUIST: periods and units are checked, naming the cell", () => {
    const x = [...X, ...X];
    const y = [...Y, ...Y];
    const periods = [
      [2019],
      [2019],
      [2019],
      [2019],
      [2019],
      [2020],
      [2020],
      [2020],
      [2020],
      [2020],
    ];
    let e = errorOf(call("DEA.MALMQUIST", [x, y, periods.slice(0, 9), null, null]));
    expect(e.message).toMatch(
      /periods needs one label per row of inputs: inputs has 10 rows, periods has 9/
    );
    e = errorOf(call("DEA.MALMQUIST", [x, y, with_(periods, 6, 0, ""), null, null]));
    expect(e.message).toMatch(/periods: row 7, column 1 is blank/);
    e = errorOf(call("DEA.MALMQUIST", [x, y, with_(periods, 4, 0, 2020), null, null]));
    expect(e.message).toMatch(/periods: 2020 has 6 rows but 2019 has 4/);
    e = errorOf(call("DEA.MALMQUIST", [x, y, periods.map(() => [2019]), null, null]));
    expect(e.message).toMatch(/one period \(2019\)/);
    const names = ["A", "B", "C", "D", "E", "A", "B", "D", "C", "E"].map((v) => [v]);
    e = errorOf(call("DEA.MALMQUIST", [x, y, periods, names, null]));
    expect(e.message).toMatch(
      /units: row 8, column 1 is "D" but unit 3 of the first period is "C"/
    );
    e = errorOf(call("DEA.MALMQUIST", [x, y, periods, [["A"], ["B"]], null]));
    expect(e.message).toMatch(/units needs one name per unit \(5\) or one per row \(10\), not 2/);
    // Text and number labels; names given once per row; periods in order of first appearance.
    const ok = call("DEA.MALMQUIST", [
      x,
      y,
      periods.map(([p]) => [p === 2019 ? "y1" : "y0"]),
      [...names.slice(0, 5), ...names.slice(0, 5)],
      "OUT",
    ]) as unknown[][];
    expect(ok[1].slice(0, 2)).toEqual(["y1-y0", "A"]);
    expect(ok).toHaveLength(6);
  });

  test("DEA.SUPER: an infeasible unit gets #N/A naming its cell, the others their number", () => {
    const out = call("DEA.SUPER", [X, Y, "VRS", null]) as unknown[][];
    const e = errorOf(out[2][0]);
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(
      /^Unit 3 \(row 3, column 1\) has no super-efficiency: no VRS combination/
    );
    expect(out[1][0]).toBeCloseTo(2, 12);
  });

  test("tables at the size limits answer (1,000 × 5 and 75 × 20), one measure more is refused", () => {
    let st = 3;
    const r = () => (st = (st * 16807) % 2147483647) / 2147483647;
    for (const [n, m, s] of [
      [1000, 3, 2],
      [75, 10, 10],
    ]) {
      const x = Array.from({ length: n }, () => Array.from({ length: m }, () => 1 + 100 * r()));
      const y = Array.from({ length: n }, () => Array.from({ length: s }, () => 1 + 100 * r()));
      for (const id of ["DEA.EFFICIENCY", "DEA.SBM"]) {
        const out = call(id, CALLS[id](x, y)) as number[][];
        expect(out).toHaveLength(n);
        expect(out.every((row) => typeof row[0] === "number" && row[0] > 0 && row[0] <= 1)).toBe(
          true
        );
      }
      const e = errorOf(call("DEA.EFFICIENCY", [x, y.map((row) => [...row, 1]), null, null]));
      expect(e.message).toMatch(
        n === 1000
          ? /at most 30,000 for units × \(inputs \+ outputs\)² .*, not 1000 × 6² = 36,000/
          : /inputs and outputs have 21 columns together; DEA takes at most 20/
      );
    }
  }, 120_000);
});
