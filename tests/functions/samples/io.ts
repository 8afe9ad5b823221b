/**
 * Excel-shaped calls of the IO.* functions with their exact expected results, replayed against
 * the production bundle by tests/functions/bundle.test.ts. The two-sector table is Miller & Blair
 * (2009), Input-Output Analysis, 2nd ed., §2.3 (Z = [[150, 500], [200, 100]], x = (1000, 2000);
 * printed A = [[0.15, 0.25], [0.2, 0.05]], L = [[1.254, 0.330], [0.264, 1.122]]); the exact values
 * come from det(I − A) = 0.7575 and adj(I − A) = [[0.95, 0.25], [0.2, 0.85]], worked by hand
 * (see each note). The direct intensities c = (0.3, 0.1) are ours.
 */
import type { Sample } from "./types";

const Z = [
  [150, 500],
  [200, 100],
];
const A = [
  [0.15, 0.25],
  [0.2, 0.05],
];
const D = 0.7575;

export const samples: Sample[] = [
  {
    id: "IO.COEFFICIENTS",
    args: [Z, [[1000, 2000]]],
    expect: A,
    note: "Miller & Blair §2.3: a_ij = z_ij / x_j",
  },
  {
    id: "IO.COEFFICIENTS",
    args: [
      [
        ["150", 500, 0],
        [200, "100", 0],
        [0, 0, 0],
      ],
      [[1000], ["2000"], [0]],
    ],
    expect: [
      [0.15, 0.25, 0],
      [0.2, 0.05, 0],
      [0, 0, 0],
    ],
    note: "output as a column, numbers as text; a sector with output 0 and no inputs gets a zero column",
  },
  {
    id: "IO.COEFFICIENTS",
    args: [Z, [[1000, 0]]],
    expect: "#VALUE!",
    note: "output 0 with a non-zero column",
  },
  {
    id: "IO.COEFFICIENTS",
    args: [Z, [[1000, 2000, 3000]]],
    expect: "#VALUE!",
    note: "3 outputs for 2 sectors",
  },
  {
    id: "IO.LEONTIEF",
    args: [A],
    expect: [
      [0.95 / D, 0.25 / D],
      [0.2 / D, 0.85 / D],
    ],
    note: "Miller & Blair §2.3: L = adj(I − A) / 0.7575 (printed 1.254, 0.330 / 0.264, 1.122)",
  },
  {
    id: "IO.LEONTIEF",
    args: [[["50%"]]],
    expect: [[2]],
    note: "one sector: 1 / (1 − 0.5)",
  },
  {
    id: "IO.LEONTIEF",
    args: [
      [
        [0.5, 0.6],
        [0.6, 0.1],
      ],
    ],
    expect: "#VALUE!",
    note: "column 1 sums to 1.1: not productive",
  },
  {
    id: "IO.LEONTIEF",
    args: [
      [
        [0.15, ""],
        [0.2, 0.05],
      ],
    ],
    expect: "#VALUE!",
    note: "a blank coefficient",
  },
  {
    id: "IO.MULTIPLIERS",
    args: [A],
    expect: [[1.15 / D, 1.1 / D]],
    note: "column sums of L: 1.518, 1.452",
  },
  {
    id: "IO.LINKAGES",
    args: [A, null],
    expect: [[2.3 / 2.25, 2.2 / 2.25]],
    note: "backward: 2·colsum(L)/ΣΣL = 2·(1.15, 1.1)/2.25",
  },
  {
    id: "IO.LINKAGES",
    args: [A, "前向"],
    expect: [[2.4 / 2.25, 2.1 / 2.25]],
    note: "forward: 2·rowsum(L)/ΣΣL = 2·(1.2, 1.05)/2.25",
  },
  {
    id: "IO.LINKAGES",
    args: [A, "ghosh"],
    expect: "#VALUE!",
    note: "unknown kind",
  },
  {
    id: "IO.INTENSITY",
    args: [A, [[0.3, 0.1]]],
    expect: [[0.305 / D, 0.16 / D]],
    note: "c·adj(I − A) = (0.3·0.95 + 0.1·0.2, 0.3·0.25 + 0.1·0.85) = (0.305, 0.16)",
  },
  {
    id: "IO.INTENSITY",
    args: [A, [[0.3], [0.1], [0]]],
    expect: "#VALUE!",
    note: "3 intensities for 2 sectors",
  },
  {
    id: "IO.EMBODIED",
    args: [A, [[0.3, 0.1]], [[350], [1700]]],
    expect: [[(350 * 0.305) / D], [(1700 * 0.16) / D]],
    note: "the table's final demand: 140.92 + 359.08 = c·x = 0.3·1000 + 0.1·2000 = 500",
  },
  {
    id: "IO.EMBODIED",
    args: [A, [[0.3, 0.1]], [[350, "x"]]],
    expect: "#VALUE!",
    note: "demand not a number",
  },
];
