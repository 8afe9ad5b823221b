/**
 * Excel-shaped calls of WEIGHT.ENTROPY, WEIGHT.COMBINE, TOPSIS.SCORE and GRA.GRADE with their
 * exact expected results, replayed against the production bundle by
 * tests/functions/bundle.test.ts. The TOPSIS data are Sennaroğlu's (2009) lecture example (its
 * printed weighted matrix is checked in tests/core/mcda/methods.test.ts); the other expected
 * values are computed by hand (see each note).
 */
import type { Sample } from "./types";

// Entropy of column {1, 2, 3} after min-max: p = 0, ⅓, ⅔.
const E1 = (Math.log(3) / 3 + (2 / 3) * Math.log(1.5)) / Math.log(3);

export const samples: Sample[] = [
  {
    id: "WEIGHT.ENTROPY",
    args: [
      [
        [1, 1],
        [2, 1],
        [3, 5],
      ],
      null,
      null,
    ],
    expect: [[(1 - E1) / (2 - E1), 1 / (2 - E1)]],
    note: "column 2 → z {0, 0, 1}: entropy 0, d = 1; column 1 d = 1 − e1",
  },
  {
    id: "WEIGHT.ENTROPY",
    args: [
      [
        [3, 1],
        ["2", 1],
        [1, 5],
      ],
      [["负向", "+"]],
      "minmax",
    ],
    expect: [[(1 - E1) / (2 - E1), 1 / (2 - E1)]],
    note: "a cost column reversed gives the same z as the benefit column above; text numbers",
  },
  {
    id: "WEIGHT.ENTROPY",
    args: [
      [
        [1, 5],
        [2, 5],
      ],
      null,
      null,
    ],
    expect: "#VALUE!",
    note: "column 2 is constant",
  },
  {
    id: "WEIGHT.ENTROPY",
    args: [
      [
        [1, 2],
        [2, 3],
      ],
      null,
      "zscore",
    ],
    expect: "#VALUE!",
    note: "unknown normalise",
  },
  {
    id: "WEIGHT.COMBINE",
    args: [[[0.5, 0.5]], [[0.2, 0.8]], null],
    expect: [[0.2, 0.8]],
    note: "multiplicative: 0.1, 0.4 → 0.2, 0.8",
  },
  {
    id: "WEIGHT.COMBINE",
    args: [[[50], [50]], [[20], [80]], 0.5],
    expect: [[0.35], [0.65]],
    note: "linear ½, inputs rescaled to sum to 1, as a column",
  },
  {
    id: "WEIGHT.COMBINE",
    args: [[[0.5, 0.5]], [[0.2, 0.8]], 1.5],
    expect: "#VALUE!",
    note: "alpha outside [0, 1]",
  },
  {
    id: "TOPSIS.SCORE",
    args: [
      [
        [17, 12],
        [10, 9],
        [8, 6],
      ],
      [[0.714, 0.286]],
      null,
    ],
    expect: [[1], [0.26221928752179346], [0]],
    note: "Sennaroğlu (2009): alternative 1 best on both criteria, 3 worst on both",
  },
  {
    id: "TOPSIS.SCORE",
    args: [
      [
        [3, 1],
        [2, 2],
        [1, 3],
      ],
      [[1, 1]],
      [["BENEFIT", "COST"]],
    ],
    expect: [[1], [0.5], [0]],
    note: "the middle unit is equidistant from the ideal best and worst",
  },
  {
    id: "TOPSIS.SCORE",
    args: [
      [
        [1, 2],
        [1, 2],
      ],
      [[1, 1]],
      null,
    ],
    expect: "#VALUE!",
    note: "all units identical: D⁺ + D⁻ = 0",
  },
  {
    id: "GRA.GRADE",
    args: [[[1], [2], [3]], null, null, null],
    expect: [[1 / 3], [0.5], [1]],
    note: "Δ = 1, ½, 0, Δmax = 1, ρ = ½: ξ = 0.5/(Δ + 0.5)",
  },
  {
    id: "GRA.GRADE",
    args: [
      [
        [1, 3],
        [2, 2],
        [3, 1],
      ],
      [["+", "成本型"]],
      1,
      [[1, 1]],
    ],
    expect: [[0.5], [2 / 3], [1]],
    note: "ρ = 1: ξ = 1/(Δ + 1); the cost column reversed equals the first",
  },
  {
    id: "GRA.GRADE",
    args: [
      [
        [1, 2],
        [3, 4],
      ],
      null,
      0,
      null,
    ],
    expect: "#VALUE!",
    note: "rho must be in (0, 1]",
  },
  // FUZZY.EVAL(weights, memberships, [operator]): the textbook clothing example (see
  // tests/core/mcda/fuzzy.test.ts), A2 under M(∧,∨) → printed (0.35, 0.4, 0.2, 0.1) / 1.05.
  {
    id: "FUZZY.EVAL",
    args: [
      [[0.4, 0.35, 0.15, 0.1]],
      [
        [0.2, 0.5, 0.2, 0.1],
        [0.7, 0.2, 0.1, 0],
        [0, 0.4, 0.5, 0.1],
        [0.2, 0.3, 0.5, 0],
      ],
      "MINMAX",
    ],
    expect: [[0.35 / 1.05, 0.4 / 1.05, 0.2 / 1.05, 0.1 / 1.05]],
    note: "M(∧,∨), normalised",
  },
  {
    id: "FUZZY.EVAL",
    args: [
      [[1], [3]],
      [
        [1, 0],
        ["0.5", "50%"],
      ],
      null,
    ],
    expect: [[0.625, 0.375]],
    note: "WEIGHTED: weights rescaled to ¼, ¾; ¼·(1, 0) + ¾·(½, ½)",
  },
  {
    id: "FUZZY.EVAL",
    args: [
      [[1, 1]],
      [
        [0.5, ""],
        [0.5, 0.5],
      ],
      null,
    ],
    expect: "#VALUE!",
    note: "a blank membership",
  },
  // CCD.DEGREE(systems, [weights]): by hand, (0.4, 0.9) → C = 12/13, T = 0.65, D = √0.6.
  {
    id: "CCD.DEGREE",
    args: [[[0.4, 0.9]], null],
    expect: [
      ["C", "T", "D", "Grade"],
      [12 / 13, 0.65, Math.sqrt(0.6), "Intermediate coordination"],
    ],
    note: "two systems, equal weights",
  },
  {
    id: "CCD.DEGREE",
    args: [[[0.4, 1.5]], null],
    expect: "#VALUE!",
    note: "a level outside [0, 1]",
  },
];
