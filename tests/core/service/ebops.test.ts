/**
 * EBOPS 2010 codes and the default outsourcing mapping (docs/methods.md §6; docs/trade.md lists it).
 * Conventions: any case and separators; not S + A…L → #VALUE!; well-formed but not in the code
 * list → #N/A (also with a user mapping); longest prefix of the mapping wins.
 */
import { InputError } from "../../../src/core/errors";
import { parseMapping } from "../../../src/core/classify";
import {
  DEFAULT_SERVICE_MAPPING,
  EBOPS_CODES,
  normalizeEbops,
  normalizeEbopsPrefix,
  serviceClass,
  serviceClassifier,
} from "../../../src/core/service";

describe("normalizeEbops", () => {
  it.each([["SI2"], ["si2"], ["SI.2"], ["S I 2"], ["Si-2"], [" s i . 2 "]])("%p → SI2", (v) => {
    expect(normalizeEbops(v)).toBe("SI2");
  });

  it.each([["SN"], ["S"], ["SM1"], ["X1"], ["SI2?"], [262], [true], ["S5"]])(
    "%p is malformed (#VALUE!)",
    (v) => {
      const f = normalizeEbops(v) as InputError;
      expect(f).toBeInstanceOf(InputError);
      expect(f.kind).toBe("value");
      expect(f.messageAt(0, 0)).toMatch(/\(row 1, column 1\) is not an EBOPS 2010 code/);
    }
  );

  it.each([["SI4"], ["SJ4"], ["SI211"], ["SA1"]])("%p is well-formed but unknown (#N/A)", (v) => {
    const f = normalizeEbops(v) as InputError;
    expect(f.kind).toBe("na");
    expect(f.messageAt(2, 0)).toBe(`EBOPS code ${v} (row 3, column 1) is not in EBOPS 2010`);
  });
});

describe("default mapping", () => {
  const expected: Record<string, string> = {
    SA: "OTHER",
    SB: "OTHER",
    SC: "OTHER",
    SC1: "OTHER",
    SC3G: "OTHER",
    SC4: "OTHER",
    SD: "OTHER",
    SDB2: "OTHER",
    SE: "OTHER",
    SE1: "OTHER",
    SF: "BPO",
    SF1: "BPO",
    SF41: "BPO",
    SG: "BPO",
    SG1: "BPO",
    SG2: "BPO",
    SH: "KPO",
    SH1: "KPO",
    SH3: "KPO",
    SH41: "KPO",
    SI: "ITO",
    SI1: "ITO",
    SI2: "ITO",
    SI21: "ITO",
    SI22: "ITO",
    SI3: "ITO",
    SI31: "ITO",
    SJ: "BPO",
    SJ1: "KPO",
    SJ11: "KPO",
    SJ1121: "KPO",
    SJ2: "KPO",
    SJ211: "KPO",
    SJ22: "KPO",
    SJ3: "BPO",
    SJ31: "KPO",
    SJ311: "KPO",
    SJ312: "KPO",
    SJ32: "OTHER",
    SJ321: "OTHER",
    SJ33: "OTHER",
    SJ34: "BPO",
    SJ35: "BPO",
    SJ35Z: "BPO",
    SK: "OTHER",
    SK1: "KPO",
    SK11: "KPO",
    SK12: "KPO",
    SK2: "OTHER",
    SK22: "OTHER",
    SL: "OTHER",
    SL1: "OTHER",
  };

  it.each(Object.entries(expected))("%s → %s", (code, cls) => {
    expect(serviceClass(code)).toBe(cls);
  });

  it("classifies every known code (no code falls through the mapping)", () => {
    for (const c of EBOPS_CODES) expect(["ITO", "BPO", "KPO", "OTHER"]).toContain(serviceClass(c));
  });

  it("has one entry per component SA…SL and only known prefixes", () => {
    const prefixes = DEFAULT_SERVICE_MAPPING.map(([p]) => p);
    for (const comp of "ABCDEFGHIJKL") expect(prefixes).toContain("S" + comp);
    for (const p of prefixes) expect(EBOPS_CODES).toContain(p);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe("user mapping", () => {
  it("replaces the default; longest prefix wins; codes must still exist", () => {
    const m = parseMapping(
      [
        ["si", "ICT"],
        ["S I 2", "Software"],
        ["sh3", "Software"],
      ],
      normalizeEbopsPrefix
    );
    const c = serviceClassifier(m);
    expect(c("SI21")).toBe("Software");
    expect(c("SH3")).toBe("Software");
    expect(c("SI1")).toBe("ICT");
    expect((c("SG") as InputError).messageAt(0, 0)).toBe(
      "EBOPS code SG (row 1, column 1) matches no prefix of the mapping"
    );
    expect((c("SI9") as InputError).kind).toBe("na");
  });

  it("accepts S alone as a catch-all prefix and rejects other prefixes", () => {
    const m = parseMapping(
      [
        ["S", "Services"],
        ["SI", "ICT"],
      ],
      normalizeEbopsPrefix
    );
    expect(serviceClassifier(m)("SD")).toBe("Services");
    expect(() => parseMapping([["XI", "ICT"]], normalizeEbopsPrefix)).toThrow(
      /must be S followed by letters and digits/
    );
  });
});
