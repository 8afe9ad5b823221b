/**
 * Structure over time (src/core/trade/structure.ts): the long table of TRADE.STRUCTURE, the share
 * changes and the indices per year pair. Groups follow the official tables (010121 → SITC 0015
 * RIB, 847130 → 752 TIB, 610910 → 845 LIB, 710812 → 971 OTHER); values worked by hand, exact
 * unless a tolerance is given.
 */
import { InputError } from "../../../src/core/errors";
import { parseMapping } from "../../../src/core/classify";
import {
  GROUPS,
  STRUCTURE_HEADER,
  normalizeHs,
  parseSystem,
  structureChanges,
  structureRows,
  structureTable,
  tradeClassifier,
} from "../../../src/core/trade";

const hs = tradeClassifier(parseSystem("HS"));
const col = (xs: unknown[]) => xs.map((x) => [x]);

describe("structureRows", () => {
  it("gives years ascending, groups in order then Unclassified, shares and changes", () => {
    const sums = new Map([
      [2021, [2, 2, 6, 0, 0]],
      [2020, [3, 1, 0, 0, 2]],
    ]);
    const rows = structureRows(sums, GROUPS);
    expect(rows.map((r) => [r.year, r.group, r.value, r.share, r.change])).toEqual([
      [2020, "RIB", 3, 0.75, null],
      [2020, "LIB", 1, 0.25, null],
      [2020, "TIB", 0, 0, null],
      [2020, "OTHER", 0, 0, null],
      [2020, "Unclassified", 2, 2 / 6, null],
      [2021, "RIB", 2, 0.2, 0.2 - 0.75],
      [2021, "LIB", 2, 0.2, 0.2 - 0.25],
      [2021, "TIB", 6, 0.6, 0.6],
      [2021, "OTHER", 0, 0, 0],
      [2021, "Unclassified", 0, 0, 0 - 2 / 6],
    ]);
  });

  it("has no share (null) in a year without classified value, and no change next to it", () => {
    const rows = structureRows(
      new Map([
        [2020, [0, 0, 0, 0, 5]],
        [2021, [1, 0, 0, 0, 0]],
      ]),
      GROUPS
    );
    expect(rows[0]).toEqual({ year: 2020, group: "RIB", value: 0, share: null, change: null });
    expect(rows[4]).toEqual({
      year: 2020,
      group: "Unclassified",
      value: 5,
      share: 1,
      change: null,
    });
    expect(rows[5]).toEqual({ year: 2021, group: "RIB", value: 1, share: 1, change: null });
  });
});

describe("structureChanges", () => {
  it("compares each year with the next year present, on the groups only", () => {
    const ch = structureChanges(
      new Map([
        [2019, [5, 3, 2, 0, 100]],
        [2021, [4, 3, 3, 0, 0]],
        [2022, [0, 0, 0, 0, 1]],
      ]),
      4
    );
    expect(ch.map((c) => [c.from, c.to])).toEqual([
      [2019, 2021],
      [2021, 2022],
    ]);
    expect(ch[0].indices.NAV).toBeCloseTo(0.1, 12);
    expect(ch[0].indices.MOORE).toBeCloseTo(0.35 / Math.sqrt(0.38 * 0.34), 12);
    expect(ch[1].indices).toEqual({ MOORE: null, ANGLE: null, LILIEN: null, NAV: null });
  });
});

describe("structureTable (TRADE.STRUCTURE)", () => {
  it("spills the long table with a header, years ascending, Unclassified last in each year", () => {
    const out = structureTable(
      col(["847130", 10121, "610910", "999998", "", "710812", 847130]),
      col([30, 10, 10, 5, 5, 0, 40]),
      col([2021, 2020, 2020, 2020, 2020, "2021", 2021]),
      hs,
      GROUPS
    );
    expect(out).toEqual([
      STRUCTURE_HEADER,
      [2020, "RIB", 10, 0.5],
      [2020, "LIB", 10, 0.5],
      [2020, "TIB", 0, 0],
      [2020, "OTHER", 0, 0],
      [2020, "Unclassified", 10, 10 / 30],
      [2021, "RIB", 0, 0],
      [2021, "LIB", 0, 0],
      [2021, "TIB", 70, 1],
      [2021, "OTHER", 0, 0],
      [2021, "Unclassified", 0, 0],
    ]);
  });

  it("skips rows whose value is blank, whatever their code and year", () => {
    const out = structureTable(col(["abc", "010121"]), col(["", 4]), col(["", 2020]), hs, GROUPS);
    expect(out.slice(1).map((r) => r[2])).toEqual([4, 0, 0, 0, 0]);
  });

  it("takes a mapping's labels as the groups, in their order", () => {
    const map = parseMapping(
      [
        ["84", "Machinery"],
        ["01", "Agri-food"],
      ],
      normalizeHs
    );
    const out = structureTable(
      col(["847130", "010121", "610910"]),
      col([3, 1, 4]),
      col([2020, 2020, 2020]),
      tradeClassifier(parseSystem("HS"), map),
      map.labels
    );
    expect(out).toEqual([
      STRUCTURE_HEADER,
      [2020, "Machinery", 3, 0.75],
      [2020, "Agri-food", 1, 0.25],
      [2020, "Unclassified", 4, 0.5],
    ]);
  });

  it("pairs cells in row-major order in any orientation", () => {
    const out = structureTable([["010121", "847130"]], [[1], [3]], [[2020, 2020]], hs, GROUPS);
    expect(out[1]).toEqual([2020, "RIB", 1, 0.25]);
  });

  const thrown = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return [(e as InputError).kind, (e as InputError).message];
    }
    return null;
  };

  it("rejects bad values and years with the cell named", () => {
    expect(thrown(() => structureTable(col(["01"]), col([1, 2]), col([2020]), hs, GROUPS))).toEqual(
      ["value", "codes has 1 cells, values 2 and years 1; give one code and one year per value"]
    );
    expect(
      thrown(() => structureTable(col(["01", "02"]), col([1, "x"]), col([2020, 2020]), hs, GROUPS))
    ).toEqual(["value", "values: row 2, column 1 is not a number"]);
    expect(thrown(() => structureTable(col(["01"]), col([-1]), col([2020]), hs, GROUPS))).toEqual([
      "value",
      "values: row 1, column 1 is negative (-1); trade values must be ≥ 0",
    ]);
    expect(
      thrown(() => structureTable(col(["01", "02"]), col([1, 2]), col([2020, ""]), hs, GROUPS))
    ).toEqual([
      "value",
      "years: row 2, column 1 is blank but values row 2, column 1 is 2; give each value its year",
    ]);
    expect(thrown(() => structureTable(col(["01"]), col([1]), col([2020.5]), hs, GROUPS))).toEqual([
      "value",
      "years: row 1, column 1 is not a year (a whole number such as 2019)",
    ]);
    expect(thrown(() => structureTable(col(["01"]), col([1]), col([20]), hs, GROUPS))?.[0]).toBe(
      "value"
    );
  });

  it("gives #DIV/0! shares for a year without classified value", () => {
    const out = structureTable(col(["999998"]), col([5]), col([2020]), hs, GROUPS);
    expect(out[1][3]).toBeInstanceOf(InputError);
    expect((out[1][3] as InputError).kind).toBe("div0");
    expect((out[1][3] as InputError).message).toBe(
      "The share of RIB in 2020 cannot be computed: the total is 0"
    );
    expect(out[5]).toEqual([2020, "Unclassified", 5, 1]);
  });

  it("keeps shares right when sums pass Excel's largest number, the values as #NUM!", () => {
    const out = structureTable(
      col(["010121", "010121", "847130"]),
      col([1e308, 1e308, 1e308]),
      col([2020, 2020, 2020]),
      hs,
      GROUPS
    );
    expect((out[1][2] as InputError).kind).toBe("num");
    expect(out[1][3]).toBeCloseTo(2 / 3, 12);
    expect(out[3]).toEqual([2020, "TIB", 1e308, expect.closeTo(1 / 3, 12)]);
  });
});
