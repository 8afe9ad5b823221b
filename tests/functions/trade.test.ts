/**
 * TRADE.* adapters, called as Excel calls them (2-D ranges, null for omitted arguments).
 * Conventions pinned here:
 * - per-cell errors (#N/A unknown code, #VALUE! malformed code) sit in their own cell; the rest
 *   of the spilled column is unaffected; whole-argument problems return one error;
 * - names (system, labels) are case-insensitive;
 * - HS groups: Rev.3 tables for HS1992–HS2007, Rev.4 for HS2012–HS2022 (the other revision's
 *   table when the preferred one lacks the code); TRADE.SITC returns the table's code exactly.
 */
import { isExcelError } from "../support/customFunctions";
import {
  tradeChange,
  tradeClass,
  tradeEsi,
  tradeGl,
  tradeRca,
  tradeShare,
  tradeSitc,
  tradeStructure,
  tradeTc,
} from "../../src/functions/trade";
import {
  EDITION_YEARS,
  itWithShared,
  readConversion,
  sectionGroup,
} from "../core/trade/sharedData";

const N = null as any;
/** Replaces error objects by "<code> <message>" for readable comparisons. */
function plain(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(plain);
  if (isExcelError(x)) return `${x.code} ${x.message}`;
  return x;
}
/** Replaces error objects by their code only. */
function codes(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(codes);
  if (isExcelError(x)) return x.code;
  return x;
}

describe("TRADE.CLASS", () => {
  it("classifies a pasted column: numbers without leading zeros, dotted and spaced text", () => {
    expect(
      tradeClass(
        [[10121], ["0101.21"], ["0101 21"], [101], [1], [847130], ["6109.10"], [44], [710812]],
        N,
        N
      )
    ).toEqual([["RIB"], ["RIB"], ["RIB"], ["RIB"], ["RIB"], ["TIB"], ["LIB"], ["LIB"], ["OTHER"]]);
  });

  it("keeps the shape of the input (rows and columns)", () => {
    expect(
      tradeClass(
        [
          ["010121", "847130"],
          ["", 610910],
        ],
        N,
        N
      )
    ).toEqual([
      ["RIB", "TIB"],
      ["", "LIB"],
    ]);
  });

  it("puts errors in their own cells only, naming code and cell", () => {
    const out = tradeClass([["010121"], [null], ["999998"], ["abc"], [847130]], N, N);
    expect(plain(out)).toEqual([
      ["RIB"],
      [""],
      ["#N/A HS code 999998 (row 3, column 1) is not in any HS edition"],
      [
        '#VALUE! HS code "abc" (row 4, column 1) is not a valid HS code: use 2, 4 or 6 digits, e.g. 010121 or 0101.21',
      ],
      ["TIB"],
    ]);
  });

  it("is case-insensitive in the system name and returns one #VALUE! for an unknown system", () => {
    expect(tradeClass([["382311"]], "hs2007", N)).toEqual([["RIB"]]);
    expect(tradeClass([["382311"]], "Hs2012", N)).toEqual([["TIB"]]);
    expect(tradeClass([["382311"]], "HS", N)).toEqual([["TIB"]]);
    expect(tradeClass([["334.1"], [3341], ["9"]], "sitc", N)).toEqual([
      ["RIB"],
      ["RIB"],
      ["OTHER"],
    ]);
    const e = tradeClass([["010121"]], "HS2030", N);
    expect(isExcelError(e)).toBe(true);
    expect((e as any).code).toBe("#VALUE!");
    expect((e as any).message).toMatch(/^system must be HS, one of HS1992/);
  });

  it("single-cell calls (fast path) give the same results as range calls, repeatedly", () => {
    for (let k = 0; k < 3; k++) {
      expect(tradeClass([["010121"]], N, N)).toEqual([["RIB"]]);
      expect(tradeClass([[10121]], N, N)).toEqual([["RIB"]]);
      expect(tradeClass([[10121]], undefined, undefined)).toEqual([["RIB"]]);
      expect(plain(tradeClass([[999998]], N, N))).toEqual([
        ["#N/A HS code 999998 (row 1, column 1) is not in any HS edition"],
      ]);
      expect(tradeClass([["44"]], "HS2022", N)).toEqual([["LIB"]]);
      expect(tradeClass([[""]], N, N)).toEqual([[""]]);
      expect(codes(tradeClass([["010121"]], "nope", N))).toBe("#VALUE!");
    }
  });

  it("applies a mapping (prefix, label) with longest prefix winning; labels as first written", () => {
    const mapping = [
      ["01", "Animals"],
      [101, "Horses"],
      ["84", "Machinery"],
      ["8471", "Computers"],
    ];
    expect(
      plain(tradeClass([["010121"], ["010221"], ["847130"], ["840110"], ["610910"]], N, mapping))
    ).toEqual([
      ["Horses"],
      ["Animals"],
      ["Computers"],
      ["Machinery"],
      ["#N/A HS code 610910 (row 5, column 1) matches no prefix of the mapping"],
    ]);
    expect(
      tradeClass([["776.4"], ["7810"]], "SITC", [
        ["7", "MT"],
        ["776", "HT"],
      ])
    ).toEqual([["HT"], ["MT"]]);
    expect(codes(tradeClass([["010121"]], N, [["01", "A", "x"]]))).toBe("#VALUE!");
    expect(tradeClass([["010121"]], N, [[""]])).toEqual([["RIB"]]); // an empty mapping range is no mapping
  });
});

describe("TRADE.SITC", () => {
  it("returns the table's SITC code as text with leading zeros (Rev.4 by default)", () => {
    expect(tradeSitc([["010121"], [10121], ["271019"]], N, N)).toEqual([
      ["0015"],
      ["0015"],
      ["3346"],
    ]);
    expect(tradeSitc([["010121"], ["271019"]], 3, N)).toEqual([["00151"], ["334"]]);
    expect(tradeSitc([["010130"]], 3, "hs2012")).toEqual([["00152"]]);
    expect(tradeSitc([["010130"]], "3" as any, "HS2022")).toEqual([["00151"]]);
  });

  it("needs 6-digit codes (#N/A per cell) and HS systems, revision 3 or 4 (#VALUE! for the call)", () => {
    expect(plain(tradeSitc([["0101"], ["010121"]], N, N))).toEqual([
      [
        "#N/A HS heading 0101 (row 1, column 1) has no single SITC code: TRADE.SITC needs a 6-digit HS code",
      ],
      ["0015"],
    ]);
    expect(codes(tradeSitc([["010121"]], 5, N))).toBe("#VALUE!");
    const e = tradeSitc([["010121"]], N, "SITC") as any;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/system must be HS or an HS edition/);
    expect(plain(tradeSitc([["010121"]], N, "HS1992"))).toEqual([
      ["#N/A HS code 010121 (row 1, column 1) is not in HS1992"],
    ]);
  });
});

describe("TRADE.SHARE", () => {
  it("returns Group/Value/Share rows for RIB, LIB, TIB, OTHER, Total and Unclassified", () => {
    const out = tradeShare(
      [["010121"], [847130], ["610910"], ["999998"], [""]],
      [[25], [50], [25], [10], [""]],
      N,
      N
    );
    expect(out).toEqual([
      ["Group", "Value", "Share"],
      ["RIB", 25, 0.25],
      ["LIB", 25, 0.25],
      ["TIB", 50, 0.5],
      ["OTHER", 0, 0],
      ["Total", 100, 1],
      ["Unclassified", 10, 10 / 110],
    ]);
  });

  it("uses the mapping's labels in order of first appearance", () => {
    const out = tradeShare([["010121"], ["847130"], ["610910"]], [[1], [2], [3]], "hs", [
      ["84", "ICT"],
      ["01", "Agri"],
      ["61", "agri"],
    ]);
    expect(out).toEqual([
      ["Group", "Value", "Share"],
      ["ICT", 2, 2 / 6],
      ["Agri", 4, 4 / 6],
      ["Total", 6, 1],
      ["Unclassified", 0, 0],
    ]);
  });

  it("returns one #VALUE! for bad values or shapes, and #DIV/0! share cells when the total is 0", () => {
    expect(plain(tradeShare([["010121"], ["847130"]], [[1]], N, N))).toBe(
      "#VALUE! values has 1 cells (1×1) but codes has 2 (2×1); give one value per code"
    );
    expect(plain(tradeShare([["010121"]], [["ten"]], N, N))).toBe(
      '#VALUE! values: row 1, column 1 is not a number ("ten")'
    );
    expect(codes(tradeShare([["010121"]], [[-1]], N, N))).toBe("#VALUE!");
    expect(codes(tradeShare([["010121"]], [[1]], N, [["01", "Total"]]))).toBe("#VALUE!");
    expect(codes(tradeShare([["999998"]], [[5]], N, N))).toEqual([
      ["Group", "Value", "Share"],
      ["RIB", 0, "#DIV/0!"],
      ["LIB", 0, "#DIV/0!"],
      ["TIB", 0, "#DIV/0!"],
      ["OTHER", 0, "#DIV/0!"],
      ["Total", 0, "#DIV/0!"],
      ["Unclassified", 5, 1],
    ]);
  });
});

describe("TRADE.STRUCTURE", () => {
  const codesCol = [[10121], ["847130"], ["610910"], ["999998"], [847130], ["0101.21"]];
  const valuesCol = [[10], [30], [10], [5], [60], [40]];
  const yearsCol = [[2020], [2020], [2020], [2020], ["2021"], [2021]];

  it("spills Year, Group, Value, Share per year with an Unclassified row", () => {
    expect(tradeStructure(codesCol, valuesCol, yearsCol, N, N)).toEqual([
      ["Year", "Group", "Value", "Share"],
      [2020, "RIB", 10, 0.2],
      [2020, "LIB", 10, 0.2],
      [2020, "TIB", 30, 0.6],
      [2020, "OTHER", 0, 0],
      [2020, "Unclassified", 5, 5 / 55],
      [2021, "RIB", 40, 0.4],
      [2021, "LIB", 0, 0],
      [2021, "TIB", 60, 0.6],
      [2021, "OTHER", 0, 0],
      [2021, "Unclassified", 0, 0],
    ]);
  });

  it("takes the system and a mapping like TRADE.SHARE", () => {
    expect(tradeStructure([["382311"]], [[1]], [[2007]], "HS2007", N)).toEqual([
      ["Year", "Group", "Value", "Share"],
      [2007, "RIB", 1, 1],
      [2007, "LIB", 0, 0],
      [2007, "TIB", 0, 0],
      [2007, "OTHER", 0, 0],
      [2007, "Unclassified", 0, 0],
    ]);
    expect(
      tradeStructure([["010121"], ["847130"]], [[1], [3]], [[2020], [2020]], N, [["84", "ICT"]])
    ).toEqual([
      ["Year", "Group", "Value", "Share"],
      [2020, "ICT", 3, 1],
      [2020, "Unclassified", 1, 0.25],
    ]);
  });

  it("returns one #VALUE! naming the cell for bad values and years; #DIV/0! shares", () => {
    expect(plain(tradeStructure([["010121"]], [[1], [2]], [[2020]], N, N))).toBe(
      "#VALUE! codes has 1 cells, values 2 and years 1; give one code and one year per value"
    );
    expect(plain(tradeStructure([["010121"]], [["ten"]], [[2020]], N, N))).toBe(
      "#VALUE! values: row 1, column 1 is not a number"
    );
    expect(plain(tradeStructure([["010121"]], [[1]], [["2020a"]], N, N))).toBe(
      "#VALUE! years: row 1, column 1 is not a year (a whole number such as 2019)"
    );
    expect(plain(tradeStructure([["010121"]], [[1]], [[2020]], "HS2030", N))).toMatch(
      /^#VALUE! system must be HS/
    );
    expect(plain(tradeStructure([["010121"]], [[1]], [[2020]], N, [["01", "Total"]]))).toMatch(
      /^#VALUE! mapping: row 1, column 2 uses the reserved name "Total"/
    );
    expect(codes(tradeStructure([["999998"]], [[5]], [[2020]], N, N))).toEqual([
      ["Year", "Group", "Value", "Share"],
      [2020, "RIB", 0, "#DIV/0!"],
      [2020, "LIB", 0, "#DIV/0!"],
      [2020, "TIB", 0, "#DIV/0!"],
      [2020, "OTHER", 0, "#DIV/0!"],
      [2020, "Unclassified", 5, 1],
    ]);
  });
});

describe("TRADE.CHANGE", () => {
  const from = [[0.5], [0.3], [0.2]];
  const to = [[0.4], [0.3], [0.3]];
  it("gives Moore's cosine by default, the angle, the modified Lilien index and NAV", () => {
    const m = 0.35 / Math.sqrt(0.38 * 0.34);
    expect(tradeChange(from, to, N)).toBeCloseTo(m, 12);
    expect(tradeChange(from, to, "angle")).toBeCloseTo((Math.acos(m) * 180) / Math.PI, 10);
    expect(tradeChange(from, to, "LILIEN")).toBeCloseTo(
      Math.sqrt(0.2 * Math.log(0.8) ** 2 + 0.06 * Math.log(1.5) ** 2),
      12
    );
    expect(tradeChange([[50, 30, 20]], [[40, 30, 30]], "NAV")).toBeCloseTo(0.1, 12);
  });

  it("returns one error naming the problem", () => {
    expect(plain(tradeChange(from, [[1]], N))).toBe(
      "#VALUE! shares_from has 3 cells but shares_to has 1; give the same groups in the same order"
    );
    expect(plain(tradeChange(from, to, "theta"))).toBe(
      '#VALUE! index must be MOORE, ANGLE, LILIEN (or MLI) or NAV, not "theta"'
    );
    expect(plain(tradeChange([[0], [0]], [[1], [1]], N))).toBe(
      "#DIV/0! shares_from sums to 0: there is no structure to compare"
    );
    expect(plain(tradeChange([[1], ["-1"]], [[1], [1]], N))).toBe(
      "#VALUE! shares_from: row 2, column 1 is negative (-1); shares must be ≥ 0"
    );
  });
});

describe("TRADE.RCA, TRADE.TC, TRADE.GL, TRADE.ESI", () => {
  it("RCA element-wise with broadcast scalars; #DIV/0! only in the zero cell", () => {
    expect(codes(tradeRca([[20], [5], [""]], [[100]], [[1000], [0], [10]], [[100000]]))).toEqual([
      [20],
      ["#DIV/0!"],
      [""],
    ]);
  });

  it("TC and GL element-wise; negative values are #VALUE! cells", () => {
    expect(codes(tradeTc([[30, 0, 5, -1]], [[10, 0, 5, 1]]))).toEqual([
      [0.5, "#DIV/0!", 0, "#VALUE!"],
    ]);
    expect(codes(tradeGl([[30, 0, 5, "x"]], [[10, 0, 5, 1]]))).toEqual([
      [0.5, "#DIV/0!", 1, "#VALUE!"],
    ]);
    expect(plain(tradeTc([[1], [2]], [[1], [2], [3]]))).toBe(
      "#VALUE! exports is 2×1 but imports is 3×1; give ranges of the same shape or single cells"
    );
  });

  it("ESI is Σ min(a, b) as one number", () => {
    expect(tradeEsi([[40], [35], [25]], [[20], [50], [30]])).toBe(20 + 35 + 25);
    expect(codes(tradeEsi([[40], [-1]], [[20], [50]]))).toBe("#VALUE!");
  });
});

describe("every HS6 code of every edition's conversion tables (../shared)", () => {
  itWithShared(
    "TRADE.CLASS with the named edition gives the group of the SITC section (Rev.3 ≤ HS2007, Rev.4 ≥ HS2012); TRADE.SITC returns each table's code",
    () => {
      let checked = 0;
      for (const year of EDITION_YEARS) {
        const rev3 = new Map(readConversion(year, 3));
        const rev4 = new Map(readConversion(year, 4));
        const [pref, other] = year <= 2007 ? [rev3, rev4] : [rev4, rev3];
        const all = [...new Set([...rev3.keys(), ...rev4.keys()])].sort();
        const column = all.map((c) => [c]);
        const system = `HS${year}`;
        const classes = tradeClass(column, system, N) as unknown[][];
        const asNumbers = tradeClass(
          all.map((c) => [Number(c)]),
          system.toLowerCase(),
          N
        ) as unknown[][];
        const s3 = tradeSitc(column, 3, system) as unknown[][];
        const s4 = tradeSitc(column, 4, system) as unknown[][];
        all.forEach((c, i) => {
          const expected = sectionGroup(pref.get(c) ?? other.get(c)!);
          if (classes[i][0] !== expected || asNumbers[i][0] !== expected) {
            throw new Error(
              `${system} ${c}: TRADE.CLASS gave ${String(classes[i][0])}, expected ${expected}`
            );
          }
          for (const [table, got] of [
            [rev3, s3[i][0]],
            [rev4, s4[i][0]],
          ] as const) {
            const want = table.get(c);
            const ok = want === undefined ? isExcelError(got) && got.code === "#N/A" : got === want;
            if (!ok)
              throw new Error(
                `${system} ${c}: TRADE.SITC gave ${String(plain(got))}, expected ${want ?? "#N/A"}`
              );
          }
          checked++;
        });
      }
      expect(checked).toBeGreaterThan(36000);
    }
  );
});

describe("samples/trade.ts (replayed on the bundle elsewhere) hold for the source adapters", () => {
  const fns: Record<string, (...a: unknown[]) => unknown> = {
    ...require("../../src/functions/trade"),
    ...require("../../src/functions/service"),
  };
  const byId: Record<string, string> = {
    "TRADE.CLASS": "tradeClass",
    "TRADE.SITC": "tradeSitc",
    "TRADE.SHARE": "tradeShare",
    "TRADE.STRUCTURE": "tradeStructure",
    "TRADE.CHANGE": "tradeChange",
    "TRADE.RCA": "tradeRca",
    "TRADE.TC": "tradeTc",
    "TRADE.GL": "tradeGl",
    "TRADE.ESI": "tradeEsi",
    "SERVICE.CLASS": "serviceClass",
    "SERVICE.SHARE": "serviceShare",
  };

  const { samples } = require("./samples/trade");
  const close = (got: unknown, want: unknown): boolean => {
    if (Array.isArray(want))
      return (
        Array.isArray(got) && got.length === want.length && want.every((w, i) => close(got[i], w))
      );
    if (typeof want === "number")
      return typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
    return codes(got) === want;
  };
  it("covers every TRADE.* and SERVICE.* id", () => {
    expect(new Set(samples.map((s: { id: string }) => s.id))).toEqual(new Set(Object.keys(byId)));
  });
  for (const [k, s] of (
    samples as { id: string; args: unknown[]; expect: unknown; note?: string }[]
  ).entries()) {
    it(`${k}: ${s.id}${s.note ? ` (${s.note})` : ""}`, () => {
      const got = fns[byId[s.id]](...JSON.parse(JSON.stringify(s.args)));
      if (!close(got, s.expect))
        throw new Error(`got ${JSON.stringify(codes(got))}, expected ${JSON.stringify(s.expect)}`);
    });
  }
});
