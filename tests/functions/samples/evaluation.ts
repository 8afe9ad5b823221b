/**
 * Excel-shaped calls of the GREY.*, SCORE.* and ANP.* functions, replayed against the
 * production bundle (dist/functions.js) by the bundle contract test. `args` are exactly what
 * Excel passes: ranges as 2-D arrays (also for single cells of range parameters), scalars for
 * the scalar parameters (window, low, high, direction, first, last), null for omitted optional
 * arguments. Expected values are worked out by hand (fractions; the working is in
 * tests/core/grey, tests/core/scoring and tests/core/anp) and compared to 1e-9 relative; errors
 * are given by their Excel code.
 */
import type { Sample } from "./types";

// ---- Grey evaluation (docs/methods.md §2) -------------------------------------------------------

// Four indicators × three experts on scale 4; rows 1–2 belong to U1, rows 3–4 to U2.
const D = [
  [3, 4, 3],
  [2, 3, 2],
  [4, 4, 3],
  [1, 2, 2],
];
// R by hand: (3,4,3) → (15,16,6,0)/37; (2,3,2) → (21,28,30,0)/79; (4,4,3) → (33,28,6,0)/67;
// (1,2,2) → (15,20,30,12)/77.
const R = [
  [15 / 37, 16 / 37, 6 / 37, 0],
  [21 / 79, 28 / 79, 30 / 79, 0],
  [33 / 67, 28 / 67, 6 / 67, 0],
  [15 / 77, 20 / 77, 30 / 77, 12 / 77],
];
const B1 = R[0].map((_, e) => 0.6 * R[0][e] + 0.4 * R[1][e]);
const B2 = R[0].map((_, e) => 0.3 * R[2][e] + 0.7 * R[3][e]);
const B = B1.map((_, e) => 0.55 * B1[e] + 0.45 * B2[e]);
const W = 4 * B[0] + 3 * B[1] + 2 * B[2] + 1 * B[3];

// ---- ANP (docs/methods.md §4) -------------------------------------------------------------------

// Column-stochastic, primitive; stationary vector π = (9, 12, 7)/28 (solved by hand).
const STOCH = [
  [0.5, 0.2, 0.3],
  [0.3, 0.6, 0.3],
  [0.2, 0.2, 0.4],
];

export const samples: Sample[] = [
  // GREY.WHITEN(score, [scale])
  {
    id: "GREY.WHITEN",
    args: [[[3.5]], null],
    expect: [[7 / 8, 5 / 6, 1 / 4, 0]],
    note: "scale 4: (3.5/4, (6 − 3.5)/3, (4 − 3.5)/2, 0)",
  },
  {
    id: "GREY.WHITEN",
    args: [[[6], [""], ["2"]], [["10-5"]]],
    expect: [
      [6 / 9, 6 / 7, 4 / 5, 0, 0],
      ["", "", "", "", ""],
      [2 / 9, 2 / 7, 2 / 5, 2 / 3, 0],
    ],
    note: "a column of scores on scale 10-5; a blank score gives a blank row; text number",
  },
  {
    id: "GREY.WHITEN",
    args: [[[3]], [[5]]],
    expect: "#VALUE!",
    note: "10-5 typed without quotes is 5",
  },
  { id: "GREY.WHITEN", args: [[[-1]], null], expect: "#VALUE!", note: "negative score" },
  {
    id: "GREY.WHITEN",
    args: [[[3]], [[1, 2, 3]]],
    expect: "#VALUE!",
    note: "custom centres not descending",
  },

  // GREY.MATRIX(scores, [scale], [expert_weights])
  {
    id: "GREY.MATRIX",
    args: [[[3.5, 3, 4, 2.5]], null, null],
    expect: [[39 / 97, 40 / 97, 18 / 97, 0]],
    note: "docs/methods.md hand check: r = (0.402062, 0.412371, 0.185567, 0)",
  },
  {
    id: "GREY.MATRIX",
    args: [[[3.5, "", 4, null]], null, [[0.4, 0.3, 0.2, 0.1]]],
    expect: [[33 / 67, 28 / 67, 6 / 67, 0]],
    note: "blanks skipped; expert weights: x = 0.4 f(3.5) + 0.2 f(4) = (0.55, 7/15, 0.1, 0)",
  },
  {
    id: "GREY.MATRIX",
    args: [
      [
        [3, 4],
        ["", null],
      ],
      null,
      null,
    ],
    expect: "#VALUE!",
    note: "row 2 has no score",
  },
  {
    id: "GREY.MATRIX",
    args: [[[3, 4, 2]], null, [[1, 1]]],
    expect: "#VALUE!",
    note: "3 experts, 2 weights",
  },

  // GREY.CLASSES(scores, weights, [groups], [group_weights], [scale])
  {
    id: "GREY.CLASSES",
    args: [
      D,
      [[0.6], [0.4], [0.3], [0.7]],
      [["U1"], ["U1"], ["U2"], ["U2"]],
      [
        ["U2", 0.45],
        ["u1", 0.55],
      ],
      null,
    ],
    expect: [B],
    note: "two levels, group weights by label in any order (case-insensitive)",
  },
  {
    id: "GREY.CLASSES",
    args: [D, [[0.33, 0.22, 0.135, 0.315]], null, null, null],
    expect: [B],
    note: "one level with global weights a_i·a_ij equals the two-level result",
  },
  {
    id: "GREY.CLASSES",
    args: [D, [[0.6], [0.4], [0.3], [0.7]], [["U1"], ["U1"], ["U2"], ["U2"]], [["U1", 0.55]], null],
    expect: "#N/A",
    note: "group_weights has no weight for U2",
  },
  {
    id: "GREY.CLASSES",
    args: [D, [[1], [1], [1]], null, null, null],
    expect: "#VALUE!",
    note: "4 indicator rows, 3 weights",
  },

  // GREY.EVAL(scores, weights, [groups], [group_weights], [scale])
  {
    id: "GREY.EVAL",
    args: [
      D,
      [[0.6], [0.4], [0.3], [0.7]],
      [["U1"], ["U1"], ["U2"], ["U2"]],
      [[0.55], [0.45]],
      null,
    ],
    expect: W,
    note: "W = B·(4, 3, 2, 1)",
  },
  {
    id: "GREY.EVAL",
    args: [
      [[3.5, 3]],
      [[1]],
      null,
      null,
      [
        ["High", "Mid", "Low"],
        [8, 4, 2],
      ],
    ],
    expect: 232 / 51,
    note: "custom scale (8, 4, 2) with labels: B = (13, 26, 12)/51, W = 232/51",
  },
  {
    id: "GREY.EVAL",
    args: [
      D,
      [[0.6], [0.4], [0.3], [0.7]],
      [["U1"], ["U1"], ["U2"], ["U2"]],
      [[0.5], [0.3], [0.2]],
      null,
    ],
    expect: "#VALUE!",
    note: "2 groups, 3 group weights",
  },

  // GREY.GRADE(classes, [scale])
  {
    id: "GREY.GRADE",
    args: [[[0.25, 0.25, 0.25, 0.25]], null],
    expect: "Excellent",
    note: "ties go to the higher class",
  },
  { id: "GREY.GRADE", args: [[[0, 0.1, 0.2, 0.3, 0.4]], [["10-5"]]], expect: "Very poor" },
  { id: "GREY.GRADE", args: [[[0.2, 0.6, 0.2]], [["5-3"]]], expect: "Medium" },
  {
    id: "GREY.GRADE",
    args: [[[0.5, 0.5, 0]], null],
    expect: "#VALUE!",
    note: "3 classes on a 4-class scale",
  },

  // SCORE.SMOOTH(series, window)
  {
    id: "SCORE.SMOOTH",
    args: [[[10, 12, 11, 15, 18, 20]], 3],
    expect: [["", "", 11, 38 / 3, 44 / 3, 53 / 3]],
    note: "row in, row out",
  },
  {
    id: "SCORE.SMOOTH",
    args: [[[1], [2], [""], [4], [5]], 2],
    expect: [[""], [1.5], [""], [""], [4.5]],
    note: "column in, column out; a blank inside a window blanks it",
  },
  {
    id: "SCORE.SMOOTH",
    args: [[[1, 2, 3]], 4],
    expect: "#VALUE!",
    note: "window longer than the series",
  },
  {
    id: "SCORE.SMOOTH",
    args: [[[1, 2, 3]], 1.5],
    expect: "#VALUE!",
    note: "window not a whole number",
  },

  // SCORE.THRESHOLD(value, worst, best, [low], [high])
  {
    id: "SCORE.THRESHOLD",
    args: [[[1, "", 30]], [[0, 4, 10]], [[4, 0, 50]], null, null],
    expect: [[1.75, "", 2.5]],
    note: "element-wise thresholds; blank value → blank",
  },
  {
    id: "SCORE.THRESHOLD",
    args: [[[16], [45]], [[40]], [[10]], 0, 100],
    expect: [[80], [0]],
    note: "cost indicator, low 0, high 100; 45 is worse than worst → clamped",
  },
  {
    id: "SCORE.THRESHOLD",
    args: [[[5]], [[3]], [[3]], null, null],
    expect: "#VALUE!",
    note: "worst = best",
  },

  // SCORE.QUANT(series, window, [direction], [low], [high])
  {
    id: "SCORE.QUANT",
    args: [[[2, 6, 2, 0, 4, ""]], 2, null, null, null],
    expect: 2,
    note: "smoothed 4, 4, 1, 2; benefit: 1 + 3·(2 − 1)/(4 − 1); trailing blank ignored",
  },
  {
    id: "SCORE.QUANT",
    args: [[[2], [6], [2], [0], [4]], 2, "cost", null, null],
    expect: 3,
    note: "cost: 1 + 3·(2 − 4)/(1 − 4)",
  },
  {
    id: "SCORE.QUANT",
    args: [[[10, 12, 11, 15, 18, 20]], 3, "BENEFIT", 3, 9],
    expect: 9,
    note: "latest = max → high",
  },
  {
    id: "SCORE.QUANT",
    args: [[[3, 3, 3, 3]], 2, null, null, null],
    expect: "#VALUE!",
    note: "flat smoothed history",
  },
  {
    id: "SCORE.QUANT",
    args: [[[1, 2, 3, 4]], 2, "sideways", null, null],
    expect: "#VALUE!",
    note: "unknown direction",
  },

  // ANP.LIMIT(supermatrix)
  {
    id: "ANP.LIMIT",
    args: [
      [
        ["", 1],
        [1, null],
      ],
    ],
    expect: [
      [0.5, 0.5],
      [0.5, 0.5],
    ],
    note: "cycle of 2: average over the cycle",
  },
  {
    id: "ANP.LIMIT",
    args: [
      [
        ["", "", "", "", "", ""],
        [0.6, "", "", "", "", ""],
        [0.4, "", "", "", "", ""],
        ["", 0.5, 0.2, "", "", ""],
        ["", 0.3, 0.3, "", "", ""],
        ["", 0.2, 0.5, "", "", ""],
      ],
    ],
    expect: [
      [0, 0, 0, 0, 0, 0],
      [0.3, 0, 0, 0, 0, 0],
      [0.2, 0, 0, 0, 0, 0],
      [0.19, 0.5, 0.2, 0, 0, 0],
      [0.15, 0.3, 0.3, 0, 0, 0],
      [0.16, 0.2, 0.5, 0, 0, 0],
    ],
    note: "pure hierarchy: column-normalised W + W²",
  },
  {
    id: "ANP.LIMIT",
    args: [STOCH],
    expect: [
      [9 / 28, 9 / 28, 9 / 28],
      [12 / 28, 12 / 28, 12 / 28],
      [7 / 28, 7 / 28, 7 / 28],
    ],
    note: "primitive: every column is the stationary vector",
  },
  { id: "ANP.LIMIT", args: [[[0, 1, 2]]], expect: "#VALUE!", note: "not square" },
  {
    id: "ANP.LIMIT",
    args: [
      [
        [0, 1],
        [-1, 0],
      ],
    ],
    expect: "#VALUE!",
    note: "negative entry",
  },

  // ANP.PRIORITIES(supermatrix, [first], [last])
  {
    id: "ANP.PRIORITIES",
    args: [STOCH, null, null],
    expect: [[9 / 28], [12 / 28], [7 / 28]],
    note: "row sums of the limit / n",
  },
  {
    id: "ANP.PRIORITIES",
    args: [STOCH, 1, 2],
    expect: [[3 / 7], [4 / 7]],
    note: "normalised within rows 1..2: (9, 12)/21",
  },
  { id: "ANP.PRIORITIES", args: [STOCH, 0, 2], expect: "#VALUE!", note: "first out of range" },
  // GREY.SENSITIVITY(scores, weights, groups, group_weights, [scale], [step]): by hand
  // (tests/core/grey/sensitivity.test.ts), A scored 4 and B scored 1 with weights ½, ½:
  // W(t) = 3.6t + 1.92(1 − t); Excellent turns Poor below t = 0.375.
  {
    id: "GREY.SENSITIVITY",
    args: [[[4], [1]], [[1], [1]], [["A"], ["B"]], [[1], [1]], null, null],
    expect: [
      [
        "Criterion",
        "Weight",
        "W at -0.1",
        "Grade at -0.1",
        "W at +0.1",
        "Grade at +0.1",
        "Decrease that changes the grade",
        "Increase that changes the grade",
      ],
      ["A", 0.5, 2.592, "Excellent", 2.928, "Excellent", 0.125, ""],
      ["B", 0.5, 2.928, "Excellent", 2.592, "Excellent", "", 0.125],
    ],
    note: "two criteria, default step 0.1",
  },
  {
    id: "GREY.SENSITIVITY",
    args: [[[4], [1]], [[1], [1]], [["A"], ["B"]], [[1], [1]], null, 0],
    expect: "#VALUE!",
    note: "step must be in (0, 1]",
  },
];
