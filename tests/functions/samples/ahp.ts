/**
 * Excel-shaped calls of the AHP.* functions with their expected results, replayed against the
 * production bundle by tests/functions/bundle.test.ts. Expected values are computed here
 * independently of the add-in (closed forms) or are published figures.
 */
import type { Sample } from "./types";

const drinks = [
  [1, 9, 5, 2, 1, 1, "1/2"],
  ["", 1, "1/3", "1/9", "1/9", "1/9", "1/9"],
  ["", "", 1, "1/3", "1/4", "1/3", "1/9"],
  ["", "", "", 1, "1/2", 1, "1/3"],
  ["", "", "", "", 1, 2, "1/2"],
  ["", "", "", "", "", 1, "1/3"],
  ["", "", "", "", "", "", 1],
];

// A consistent 3×3 matrix from v = (4, 2, 1): every method gives v/7 and λmax = 3.
const consistent3 = [
  [1, 2, 4],
  [0.5, 1, 2],
  [0.25, 0.5, 1],
];
// 3×3 with a_12 = 2, a_13 = 6, a_23 = 5: SQRT weights are the normalised cube roots of the row products.
const m3 = [
  [1, 2, 6],
  ["1/2", 1, 5],
  ["1/6", "1/5", 1],
];
const g = [Math.cbrt(12), Math.cbrt(2.5), Math.cbrt(1 / 30)];
const gs = g[0] + g[1] + g[2];
const sqrtW = g.map((x) => x / gs);
// λmax for SQRT: (1/n) Σ (Aw)_i / w_i.
const A3 = [
  [1, 2, 6],
  [1 / 2, 1, 5],
  [1 / 6, 1 / 5, 1],
];
const lambda3 =
  A3.reduce((s, row, i) => s + row.reduce((t, x, j) => t + x * sqrtW[j], 0) / sqrtW[i], 0) / 3;
// For n = 3 the eigenvector equals the SQRT weights, so EIGEN λmax = (Aw)_1 / w_1 exactly.
const eigenLambda3 = A3[0].reduce((t, x, j) => t + x * sqrtW[j], 0) / sqrtW[0];
// SUM weights by hand.
const col = [1 + 1 / 2 + 1 / 6, 2 + 1 + 1 / 5, 6 + 5 + 1];
const sumW = A3.map((row) => row.reduce((s, x, j) => s + x / col[j], 0) / 3);
const gci3 =
  (2 / ((3 - 1) * (3 - 2))) *
  (Math.log((2 * sqrtW[1]) / sqrtW[0]) ** 2 +
    Math.log((6 * sqrtW[2]) / sqrtW[0]) ** 2 +
    Math.log((5 * sqrtW[2]) / sqrtW[1]) ** 2);

// Two experts on two elements, a12 = 3 and a12 = 1/3: weights (3/4, 1/4) and (1/4, 3/4) by any
// method. Goepel's S* by hand: Dβ = exp(ln 2 − H(3/4, 1/4)), c = exp(H(0.9, 0.1))/2 (M = 9, n = 2).
const entropy = (p: number[]) => -p.reduce((s, x) => s + x * Math.log(x), 0);
const opposite = [
  [1, 3],
  ["", 1],
  [1, "1/3"],
  ["", 1],
];
const cGoepel = Math.exp(entropy([0.9, 0.1])) / 2;
const sOpposite = (Math.exp(entropy([0.75, 0.25]) - Math.log(2)) - cGoepel) / (1 - cGoepel);
// AIP of (3/4, 1/4) and (1/2, 1/2), equal weights: geometric √(3/8), √(1/8) renormalised; arithmetic (5/8, 3/8).
const gAip = [Math.sqrt(3 / 8), Math.sqrt(1 / 8)];

/** Two experts' 2×2 upper triangles stacked: a₁₂ = 3 and a₁₂ = 1. */
const twoExperts = [
  [1, 3],
  ["", 1],
  [1, 1],
  ["", 1],
];
export const samples: Sample[] = [
  { id: "AHP.WEIGHTS", args: [consistent3, null], expect: [[4 / 7], [2 / 7], [1 / 7]] },
  { id: "AHP.WEIGHTS", args: [m3, "SQRT"], expect: sqrtW.map((x) => [x]) },
  { id: "AHP.WEIGHTS", args: [m3, "sum"], expect: sumW.map((x) => [x]) },
  {
    id: "AHP.WEIGHTS",
    args: [
      [
        [1, 0],
        ["", 1],
      ],
      null,
    ],
    expect: "#VALUE!",
    note: "zero judgment",
  },
  {
    id: "AHP.WEIGHTS",
    args: [
      [
        [1, 2, 3],
        [1, 1, 1],
      ],
      null,
    ],
    expect: "#VALUE!",
    note: "not square",
  },
  { id: "AHP.LAMBDA", args: [m3, null], expect: eigenLambda3 },
  { id: "AHP.LAMBDA", args: [m3, "geomean"], expect: lambda3 },
  { id: "AHP.LAMBDA", args: [m3, "magic"], expect: "#VALUE!" },
  { id: "AHP.CI", args: [m3, "SQRT"], expect: (lambda3 - 3) / 2 },
  {
    id: "AHP.CI",
    args: [
      [
        [1, "x"],
        ["", 1],
      ],
      null,
    ],
    expect: "#VALUE!",
  },
  { id: "AHP.CR", args: [m3, "SQRT", null], expect: (lambda3 - 3) / 2 / 0.58 },
  { id: "AHP.CR", args: [m3, "SQRT", "CN"], expect: (lambda3 - 3) / 2 / 0.52 },
  { id: "AHP.CR", args: [m3, null, "nope"], expect: "#VALUE!" },
  { id: "AHP.RI", args: [9, null], expect: 1.45 },
  { id: "AHP.RI", args: [20, "ALONSO"], expect: (1.7699 * 20 - 4.3513) / 19 },
  { id: "AHP.RI", args: [20, null], expect: "#VALUE!" },
  { id: "AHP.GCI", args: [m3], expect: gci3 },
  {
    id: "AHP.GCI",
    args: [
      [
        [1, -2],
        ["", 1],
      ],
    ],
    expect: "#VALUE!",
  },
  {
    id: "AHP.REPORT",
    args: [m3, "SQRT", "SAATY", null],
    expect: [
      ["n", 3],
      ["Method", "SQRT"],
      ["λmax", lambda3],
      ["CI", (lambda3 - 3) / 2],
      ["RI table", "SAATY"],
      ["RI", 0.58],
      ["CR", (lambda3 - 3) / 2 / 0.58],
      ["GCI", gci3],
      ["Consistent (CR < 0.1)", (lambda3 - 3) / 2 / 0.58 < 0.1],
    ],
  },
  {
    id: "AHP.REPORT",
    args: [
      [
        [1, 2],
        [3, 1],
      ],
      null,
      null,
      null,
    ],
    expect: "#VALUE!",
    note: "not reciprocal",
  },
  {
    id: "AHP.MATRIX",
    args: [[[2, 6, 5]]],
    expect: [
      [1, 2, 6],
      [0.5, 1, 5],
      [1 / 6, 1 / 5, 1],
    ],
  },
  { id: "AHP.MATRIX", args: [[[2, 6]]], expect: "#VALUE!" },
  {
    id: "AHP.GROUP",
    args: [
      [
        [1, 4],
        ["", 1],
        [1, "1/4"],
        ["", 1],
      ],
      null,
    ],
    expect: [
      [1, 1],
      [1, 1],
    ],
  },
  {
    id: "AHP.GROUP",
    args: [
      [
        [1, 9],
        ["", 1],
        [1, 1],
        ["", 1],
      ],
      [[1], [1]],
    ],
    expect: [
      [1, 3],
      [1 / 3, 1],
    ],
  },
  {
    id: "AHP.GROUP",
    args: [
      [
        [1, 4],
        ["", 1],
        [1, 1],
      ],
      null,
    ],
    expect: "#VALUE!",
  },
  {
    id: "AHP.SUGGEST",
    args: [consistent3, 1, null, null],
    expect: [
      ["Row", "Column", "Judgment", "Suggested", "Deviation"],
      [1, 2, 2, 2, 1],
    ],
  },
  { id: "AHP.SUGGEST", args: [drinks, 0, null, null], expect: "#VALUE!" },
  {
    id: "AHP.GLOBAL",
    args: [
      [["A"], ["B"], ["a1"], ["a2"]],
      [[""], [""], ["A"], ["A"]],
      [[0.6], [0.4], [0.25], [0.75]],
    ],
    expect: [[0.6], [0.4], [0.15], [0.45]],
  },
  {
    id: "AHP.GLOBAL",
    args: [
      [["A"], ["B"]],
      [[""], ["Z"]],
      [[0.5], [0.5]],
    ],
    expect: "#N/A",
    note: "unknown parent",
  },
  {
    id: "AHP.GLOBAL",
    args: [
      [["A"], ["B"]],
      [["B"], ["A"]],
      [[0.5], [0.5]],
    ],
    expect: "#VALUE!",
    note: "cycle",
  },
  { id: "AHP.CONSENSUS", args: [opposite, null, null], expect: sOpposite },
  { id: "AHP.CONSENSUS", args: [[...m3, ...m3], "SQRT", 9], expect: 1 },
  { id: "AHP.CONSENSUS", args: [m3, null, null], expect: "#N/A" },
  { id: "AHP.CONSENSUS", args: [opposite, null, 1], expect: "#VALUE!" },
  {
    id: "AHP.AIP",
    args: [twoExperts, null, null, null],
    expect: gAip.map((x) => [x / (gAip[0] + gAip[1])]),
  },
  {
    id: "AHP.AIP",
    args: [twoExperts, [[1, 1]], "SQRT", "arithmetic"],
    expect: [[5 / 8], [3 / 8]],
  },
  { id: "AHP.AIP", args: [opposite, [[1], [2], [3]], null, null], expect: "#VALUE!" },
  {
    id: "AHP.UNCERTAINTY",
    args: [consistent3, 10, 0, null, null],
    expect: [
      ["Element", "Weight", "Mean", "SD", "P5", "P95", "Rank stability"],
      [1, 4 / 7, 4 / 7, 0, 4 / 7, 4 / 7, 1],
      [2, 2 / 7, 2 / 7, 0, 2 / 7, 2 / 7, 1],
      [3, 1 / 7, 1 / 7, 0, 1 / 7, 1 / 7, 1],
    ],
  },
  { id: "AHP.UNCERTAINTY", args: [consistent3, 10, 9, null, null], expect: "#VALUE!" },
];
