/**
 * Excel-shaped calls of the TRADE.* and SERVICE.* functions with their exact expected results,
 * replayed against the production bundle by tests/functions/bundle.test.ts. Error cells are
 * given by their code. Expected groups follow the official conversion tables (e.g. HS 010121 →
 * SITC Rev.4 0015, section 0 → RIB; HS 847130 → SITC 752, section 7 → TIB) and the paper's
 * Table 1; index values are worked by hand.
 */
import type { Sample } from "./types";

export const samples: Sample[] = [
  // TRADE.CLASS
  {
    id: "TRADE.CLASS",
    args: [
      [
        [10121],
        ["0101.21"],
        ["0101 21"],
        [847130],
        ["6109.10"],
        [710812],
        ["999998"],
        ["abc"],
        [""],
      ],
      null,
      null,
    ],
    expect: [["RIB"], ["RIB"], ["RIB"], ["TIB"], ["LIB"], ["OTHER"], ["#N/A"], ["#VALUE!"], [""]],
    note: "pasted codes: numbers without leading zeros, dots, spaces; bad rows stay in their cells",
  },
  {
    id: "TRADE.CLASS",
    args: [[[10121]], null, null],
    expect: [["RIB"]],
    note: "single cell (fast path)",
  },
  {
    id: "TRADE.CLASS",
    args: [[["44"], ["3502"], ["4115"], [1]], "hs2022", null],
    expect: [["LIB"], ["RIB"], ["LIB"], ["RIB"]],
    note: "majority rule and ties",
  },
  {
    id: "TRADE.CLASS",
    args: [[["382311"]], "HS2007", null],
    expect: [["RIB"]],
    note: "named edition: Rev.3 table",
  },
  {
    id: "TRADE.CLASS",
    args: [[["382311"]], null, null],
    expect: [["TIB"]],
    note: "newest edition wins (HS2022, Rev.4)",
  },
  {
    id: "TRADE.CLASS",
    args: [[["334.1", 7764, "9", 15]], "SITC", null],
    expect: [["RIB", "TIB", "OTHER", "#N/A"]],
  },
  {
    id: "TRADE.CLASS",
    args: [
      [["010121"], ["847130"], ["610910"]],
      null,
      [
        ["01", "Agri"],
        [8471, "ICT"],
      ],
    ],
    expect: [["Agri"], ["ICT"], ["#N/A"]],
    note: "user mapping, longest prefix",
  },
  {
    id: "TRADE.CLASS",
    args: [[["010121"]], "HS2030", null],
    expect: "#VALUE!",
    note: "unknown system",
  },
  // TRADE.SITC
  {
    id: "TRADE.SITC",
    args: [[["010121"], [271019], ["0101"]], null, null],
    expect: [["0015"], ["3346"], ["#N/A"]],
  },
  { id: "TRADE.SITC", args: [[["010121"], ["271019"]], 3, null], expect: [["00151"], ["334"]] },
  { id: "TRADE.SITC", args: [[["010130"]], 3, "HS2012"], expect: [["00152"]] },
  { id: "TRADE.SITC", args: [[["010121"]], null, "SITC"], expect: "#VALUE!" },
  { id: "TRADE.SITC", args: [[["010121"]], 5, null], expect: "#VALUE!" },
  // TRADE.SHARE
  {
    id: "TRADE.SHARE",
    args: [
      [["010121"], [847130], ["610910"], ["999998"], [""]],
      [[25], [50], [25], [10], [""]],
      null,
      null,
    ],
    expect: [
      ["Group", "Value", "Share"],
      ["RIB", 25, 0.25],
      ["LIB", 25, 0.25],
      ["TIB", 50, 0.5],
      ["OTHER", 0, 0],
      ["Total", 100, 1],
      ["Unclassified", 10, 10 / 110],
    ],
  },
  {
    id: "TRADE.SHARE",
    args: [
      [["010121"], ["847130"]],
      [[1], [3]],
      null,
      [
        ["84", "ICT"],
        ["01", "Agri"],
      ],
    ],
    expect: [
      ["Group", "Value", "Share"],
      ["ICT", 3, 0.75],
      ["Agri", 1, 0.25],
      ["Total", 4, 1],
      ["Unclassified", 0, 0],
    ],
  },
  {
    id: "TRADE.SHARE",
    args: [[["010121"], ["847130"]], [[1]], null, null],
    expect: "#VALUE!",
    note: "values do not match codes",
  },
  // TRADE.STRUCTURE
  {
    id: "TRADE.STRUCTURE",
    args: [
      [[10121], ["847130"], ["610910"], ["999998"], [847130], ["0101.21"]],
      [[10], [30], [10], [5], [60], [40]],
      [[2020], [2020], [2020], [2020], ["2021"], [2021]],
      null,
      null,
    ],
    expect: [
      ["Year", "Group", "Value", "Share"],
      [2020, "RIB", 10, 0.2],
      [2020, "LIB", 10, 0.2],
      [2020, "TIB", 30, 0.6],
      [2020, "OTHER", 0, 0],
      [2020, "Unclassified", 5, 0.09090909090909091],
      [2021, "RIB", 40, 0.4],
      [2021, "LIB", 0, 0],
      [2021, "TIB", 60, 0.6],
      [2021, "OTHER", 0, 0],
      [2021, "Unclassified", 0, 0],
    ],
    note: "two years; a code no table has is Unclassified, its share of all value",
  },
  {
    id: "TRADE.STRUCTURE",
    args: [[["010121"], ["847130"]], [[1], [3]], [[2020], [2020]], null, [["84", "ICT"]]],
    expect: [
      ["Year", "Group", "Value", "Share"],
      [2020, "ICT", 3, 1],
      [2020, "Unclassified", 1, 0.25],
    ],
    note: "mapping",
  },
  {
    id: "TRADE.STRUCTURE",
    args: [[["010121"]], [[1]], [["2020a"]], null, null],
    expect: "#VALUE!",
    note: "a year that is not one",
  },
  // TRADE.CHANGE (a = 0.5, 0.3, 0.2; b = 0.4, 0.3, 0.3; worked by hand, see tests/core/trade/change.test.ts)
  {
    id: "TRADE.CHANGE",
    args: [[[0.5], [0.3], [0.2]], [[0.4], [0.3], [0.3]], null],
    expect: 0.9737260471306501,
    note: "Moore: 0.35 / √(0.38 · 0.34)",
  },
  {
    id: "TRADE.CHANGE",
    args: [[[50, 30, 20]], [[40, 30, 30]], "ANGLE"],
    expect: 13.163029006996954,
  },
  {
    id: "TRADE.CHANGE",
    args: [[[0.5], [0.3], [0.2]], [[0.4], [0.3], [0.3]], "LILIEN"],
    expect: 0.14079320343046886,
  },
  { id: "TRADE.CHANGE", args: [[[0.5, 0.3, 0.2]], [[0.4, 0.3, 0.3]], "nav"], expect: 0.1 },
  { id: "TRADE.CHANGE", args: [[[0], [0]], [[1], [1]], null], expect: "#DIV/0!" },
  // Indices
  {
    id: "TRADE.RCA",
    args: [[[20], [5], [""]], [[100]], [[1000], [0], [10]], [[100000]]],
    expect: [[20], ["#DIV/0!"], [""]],
  },
  { id: "TRADE.TC", args: [[[30, 0, 5]], [[10, 0, 5]]], expect: [[0.5, "#DIV/0!", 0]] },
  { id: "TRADE.GL", args: [[[30, 0, 5]], [[10, 0, 5]]], expect: [[0.5, "#DIV/0!", 1]] },
  {
    id: "TRADE.GL",
    args: [
      [[1], [2]],
      [[1], [2], [3]],
    ],
    expect: "#VALUE!",
    note: "shapes differ",
  },
  {
    id: "TRADE.ESI",
    args: [
      [[40], [35], [25]],
      [[20], [50], [30]],
    ],
    expect: 80,
  },
  // SERVICE.*
  {
    id: "SERVICE.CLASS",
    args: [[["SI2"], ["si.2"], ["SJ1"], ["SG"], ["SC"], ["SN"], ["SI9"]], null],
    expect: [["ITO"], ["ITO"], ["KPO"], ["BPO"], ["OTHER"], ["#VALUE!"], ["#N/A"]],
  },
  { id: "SERVICE.CLASS", args: [[["SI21"], ["SG"]], [["SI", "ICT"]]], expect: [["ICT"], ["#N/A"]] },
  {
    id: "SERVICE.SHARE",
    args: [[["SI2"], ["SJ1"], ["SG"], ["SC"], ["SX"]], [[50], [20], [20], [10], [5]], null],
    expect: [
      ["Group", "Value", "Share"],
      ["ITO", 50, 0.5],
      ["BPO", 20, 0.2],
      ["KPO", 20, 0.2],
      ["OTHER", 10, 0.1],
      ["Total", 100, 1],
      ["Unclassified", 5, 5 / 105],
    ],
  },
];
