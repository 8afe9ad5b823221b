/**
 * Excel-shaped calls of the DEA.* functions with their exact expected results, replayed against
 * the production bundle by tests/functions/bundle.test.ts. The data are DEAP 2.1's Example 1
 * (Coelli 1996: 5 firms, inputs in B:C, output in D); the expected values are the printed ones
 * in exact form (0.833 = 5/6, 0.714 = 5/7, peer weights 0.214 = 3/14 and 0.286 = 2/7) and the
 * hand-checked ones of tests/core/dea/published.test.ts.
 */
import type { Sample } from "./types";

const X = [
  [2, 5],
  [2, 4],
  [6, 6],
  [3, 2],
  [6, 2],
];
const Y = [[1], [2], [3], [1], [2]];

export const samples: Sample[] = [
  {
    id: "DEA.EFFICIENCY",
    args: [X, Y, null, null],
    expect: [[0.5], [1], [5 / 6], [5 / 7], [1]],
    note: "DEAP Example 1: te 0.500 1.000 0.833 0.714 1.000",
  },
  {
    id: "DEA.EFFICIENCY",
    args: [X.map((r) => r.map((v) => String(v * 1e9))), Y, "crs", "Out"],
    expect: [[0.5], [1], [5 / 6], [5 / 7], [1]],
    note: "inputs in billions, as text; output orientation reports 1/φ (= θ under CRS)",
  },
  {
    id: "DEA.EFFICIENCY",
    args: [X, [[1], [2], [3], [1], [-2]], null, null],
    expect: "#VALUE!",
    note: "a negative output",
  },
  {
    id: "DEA.SCALE",
    args: [X, Y, null],
    expect: [
      ["CRS", "VRS", "Scale", "Returns"],
      [0.5, 1, 0.5, "IRS"],
      [1, 1, 1, "CRS"],
      [5 / 6, 1, 5 / 6, "DRS"],
      [5 / 7, 1, 5 / 7, "IRS"],
      [1, 1, 1, "CRS"],
    ],
  },
  {
    id: "DEA.SLACKS",
    args: [X, Y, null, null],
    expect: [
      [0, 0.5, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ],
    note: "DEAP Example 1: firm 1 has an input-2 slack of 0.500",
  },
  {
    id: "DEA.TARGETS",
    args: [X, Y, null, null],
    expect: [
      [1, 2, 1],
      [2, 4, 2],
      [5, 5, 3],
      [15 / 7, 10 / 7, 1],
      [6, 2, 2],
    ],
    note: "DEAP Example 1: input targets 1 2 / 2 4 / 5 5 / 2.143 1.429 / 6 2",
  },
  {
    id: "DEA.PEERS",
    args: [X, Y, null, null],
    expect: [
      [0, 0.5, 0, 0, 0],
      [0, 1, 0, 0, 0],
      [0, 1, 0, 0, 0.5],
      [0, 3 / 14, 0, 0, 2 / 7],
      [0, 0, 0, 0, 1],
    ],
    note: "DEAP Example 1's peers and peer weights",
  },
  {
    id: "DEA.SUPER",
    args: [X, Y, null, null],
    expect: [[0.5], [2], [5 / 6], [5 / 7], [2]],
    note: "firms 2 and 5: θ = 2 (by hand); inefficient firms keep their score",
  },
  {
    id: "DEA.SUPER",
    args: [X, Y, "VRS", null],
    expect: [[1], [2], ["#N/A"], [10 / 7], [2]],
    note: "VRS: no other firm produces firm 3's output of 3, so it has no super-efficiency",
  },
  {
    id: "DEA.SBM",
    args: [X, Y, null, null],
    expect: [[0.45], [1], [0.75], [2 / 3], [1]],
    note: "firm 1 against half of firm 2: slacks (1, 3) on inputs (2, 5): 1 − (1/2 + 3/5)/2 = 0.45",
  },
  {
    id: "DEA.SBM",
    args: [X, Y, null, [[1], [2], [3], [1], [""]]],
    expect: "#VALUE!",
    note: "a blank undesirable output",
  },
  {
    id: "DEA.MALMQUIST",
    args: [
      [...X, ...X],
      [...Y, ...Y.map(([v]) => [v * 1.1])],
      [[2019], [2019], [2019], [2019], [2019], ["2020"], ["2020"], ["2020"], ["2020"], ["2020"]],
      [["A"], ["B"], ["C"], ["D"], ["E"]],
      null,
    ],
    expect: [
      ["Period", "Unit", "Malmquist", "Efficiency change", "Technical change"],
      ["2019-2020", "A", 1.1, 1, 1.1],
      ["2019-2020", "B", 1.1, 1, 1.1],
      ["2019-2020", "C", 1.1, 1, 1.1],
      ["2019-2020", "D", 1.1, 1, 1.1],
      ["2019-2020", "E", 1.1, 1, 1.1],
    ],
    note: "every output 10 % higher with the same inputs: technical change 1.1, no efficiency change",
  },
];
