/**
 * SERVICE.* adapters, called as Excel calls them. Conventions: EBOPS codes in any case and with
 * separators; per-cell #VALUE! (malformed) and #N/A (unknown) errors; the default mapping of
 * docs/trade.md; a user mapping replaces it; share tables as TRADE.SHARE.
 */
import { isExcelError } from "../support/customFunctions";
import { serviceClass, serviceShare } from "../../src/functions/service";

const N = null as any;
function plain(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(plain);
  if (isExcelError(x)) return `${x.code} ${x.message}`;
  return x;
}

describe("SERVICE.CLASS", () => {
  it("classifies EBOPS 2010 codes with the default mapping, any case and separators", () => {
    expect(
      serviceClass(
        [
          ["SI2"],
          ["si.2"],
          ["S I 2"],
          ["SJ1"],
          ["sj2"],
          ["SJ31"],
          ["SG"],
          ["SF"],
          ["SH"],
          ["SC"],
          ["SD"],
          ["SJ"],
        ],
        N
      )
    ).toEqual([
      ["ITO"],
      ["ITO"],
      ["ITO"],
      ["KPO"],
      ["KPO"],
      ["KPO"],
      ["BPO"],
      ["BPO"],
      ["KPO"],
      ["OTHER"],
      ["OTHER"],
      ["BPO"],
    ]);
  });

  it("keeps per-cell errors in their cells", () => {
    expect(plain(serviceClass([["SI2", "SN", "SI9", ""]], N))).toEqual([
      [
        "ITO",
        '#VALUE! EBOPS code "SN" (row 1, column 2) is not an EBOPS 2010 code: use SA … SL and their sub-codes, e.g. SI2 or SJ31',
        "#N/A EBOPS code SI9 (row 1, column 3) is not in EBOPS 2010",
        "",
      ],
    ]);
  });

  it("fast path for single cells agrees with ranges", () => {
    for (let k = 0; k < 3; k++) {
      expect(serviceClass([["si21"]], N)).toEqual([["ITO"]]);
      expect(plain(serviceClass([[262]], N))).toEqual([
        [
          "#VALUE! EBOPS code 262 (row 1, column 1) is not an EBOPS 2010 code: use SA … SL and their sub-codes, e.g. SI2 or SJ31",
        ],
      ]);
    }
  });

  it("applies a user mapping (longest prefix wins) and rejects a malformed one", () => {
    const mapping = [
      ["SI", "ICT"],
      ["SI2", "Software"],
      ["SJ", "Business"],
    ];
    expect(plain(serviceClass([["SI21"], ["SI1"], ["SJ2"], ["SG"]], mapping))).toEqual([
      ["Software"],
      ["ICT"],
      ["Business"],
      ["#N/A EBOPS code SG (row 4, column 1) matches no prefix of the mapping"],
    ]);
    const e = serviceClass([["SI2"]], [["SI"]]) as any;
    expect(e.code).toBe("#VALUE!");
  });
});

describe("SERVICE.SHARE", () => {
  it("sums by outsourcing class with Total and Unclassified", () => {
    expect(
      serviceShare([["SI2"], ["SJ1"], ["SG"], ["SC"], ["SX"]], [[50], [20], [20], [10], [5]], N)
    ).toEqual([
      ["Group", "Value", "Share"],
      ["ITO", 50, 0.5],
      ["BPO", 20, 0.2],
      ["KPO", 20, 0.2],
      ["OTHER", 10, 0.1],
      ["Total", 100, 1],
      ["Unclassified", 5, 5 / 105],
    ]);
  });

  it("uses the mapping's labels and rejects mismatched values", () => {
    expect(
      serviceShare(
        [["SI2"], ["SG"]],
        [[3, 1]],
        [
          ["SI", "Digital"],
          ["SG", "Finance"],
        ]
      )
    ).toEqual([
      ["Group", "Value", "Share"],
      ["Digital", 3, 0.75],
      ["Finance", 1, 0.25],
      ["Total", 4, 1],
      ["Unclassified", 0, 0],
    ]);
    expect((serviceShare([["SI2"], ["SG"]], [[3]], N) as any).code).toBe("#VALUE!");
  });
});
