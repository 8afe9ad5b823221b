/**
 * The streaming splitter (src/workbook/delimited.ts): the same rows for any way of cutting the
 * text into chunks as splitDelimited on the whole text (which is DelimitedSplitter given it at
 * once), and columns left out by `keep` given as "".
 */
import * as fc from "fast-check";
import {
  DelimitedSplitter,
  decodeText,
  fileKindOf,
  splitDelimited,
  textEncodingOf,
} from "../../src/workbook/delimited";

const chars = fc.constantFrom("a", "b", "1", ",", ";", "\t", '"', "\r", "\n", "\ufeff", " ");
const text = fc.array(chars, { maxLength: 60 }).map((a) => a.join(""));

function streamed(t: string, cuts: number[], d: "," | ";" | "\t", keep: boolean[] | null = null) {
  const rows: string[][] = [];
  const s = new DelimitedSplitter(d, (r) => rows.push(r));
  s.keep = keep;
  let at = 0;
  for (const c of [...new Set(cuts.map((x) => Math.min(x, t.length)))].sort((x, y) => x - y)) {
    s.push(t.slice(at, c));
    at = c;
  }
  s.push(t.slice(at));
  s.end();
  return { rows, count: s.rows };
}

describe("DelimitedSplitter", () => {
  it("gives the rows of splitDelimited however the text is cut into chunks", () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(60), { maxLength: 8 }),
        fc.constantFrom(",", ";", "\t"),
        (t, cuts, d) => {
          const want = splitDelimited(t, d as ",");
          const got = streamed(t, cuts, d as ",");
          expect(got.rows).toEqual(want);
          expect(got.count).toBe(want.length);
        }
      ),
      { numRuns: 5000 }
    );
  });

  it("keeps the rules: quotes across chunks, \\r\\n split between chunks, BOM, empty text", () => {
    expect(streamed('a,"b\nc"\r\nd', [3, 8], ",").rows).toEqual([["a", "b\nc"], ["d"]]);
    expect(streamed('"x""y",z', [3, 4], ",").rows).toEqual([['x"y', "z"]]);
    expect(streamed("a\r\nb", [2], ",").rows).toEqual([["a"], ["b"]]);
    expect(streamed("\ufeffa,b\n", [1], ",").rows).toEqual([["a", "b"]]);
    expect(streamed("", [], ",").rows).toEqual([[""]]);
    expect(streamed("a,\n\nb,", [], ",").rows).toEqual([["a", ""], [""], ["b", ""]]);
  });

  it("hands over one reused array per row with reuseRows, holding each row in turn", () => {
    const seen: string[][] = [];
    const arrays = new Set<string[]>();
    const s = new DelimitedSplitter(",", (r) => {
      seen.push(r.slice());
      arrays.add(r);
    });
    s.reuseRows = true;
    s.push('a,b\n"c\nd",e,f\n');
    s.push("g");
    s.end();
    expect(seen).toEqual([["a", "b"], ["c\nd", "e", "f"], ["g"]]);
    expect(arrays.size).toBe(1);
  });

  it("gives the columns left out of `keep` as blanks, the others as text", () => {
    const keep = [false, true];
    expect(streamed('a,b,c\n"q",r', [4], ",", keep).rows).toEqual([
      ["", "b", ""],
      ["q", "r"],
    ]);
    // Without quotes: a kept column as splitDelimited gives it, the others blank.
    const unquoted = fc.array(fc.constantFrom("a", "1", ",", "\n", "\r", " "), { maxLength: 40 });
    fc.assert(
      fc.property(unquoted, fc.array(fc.boolean(), { maxLength: 6 }), (cs, k) => {
        const t = cs.join("");
        const all = splitDelimited(t, ",");
        const some = streamed(t, [7], ",", k).rows;
        expect(some).toEqual(all.map((r) => r.map((f, j) => (k[j] ? f : ""))));
      }),
      { numRuns: 2000 }
    );
  });
});

describe("fileKindOf and textEncodingOf: a file by its first bytes, not its name", () => {
  it("tells a binary .xls (OLE2), an .xlsx (zip) and text apart", () => {
    expect(fileKindOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      "xls"
    );
    expect(fileKindOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toBe("xlsx");
    expect(fileKindOf(new TextEncoder().encode("Code\tProduct"))).toBe("text");
    expect(fileKindOf(new Uint8Array([0xd0, 0xcf]))).toBe("text"); // too short to be either
    expect(fileKindOf(new Uint8Array([]))).toBe("text");
  });

  it("reads UTF-16 by its byte-order mark, UTF-8 (a character cut at the end allowed), else GB18030", () => {
    expect(textEncodingOf(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe("UTF-16LE");
    expect(textEncodingOf(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toBe("UTF-16BE");
    expect(textEncodingOf(new TextEncoder().encode("定量").subarray(0, 4))).toBe("UTF-8");
    expect(textEncodingOf(new Uint8Array([0xb6, 0xa8, 0xc1, 0xbf]))).toBe("GB18030");
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x5b, 0x9a, 0x91, 0xcf]))).toEqual({
      text: "定量",
      encoding: "UTF-16BE",
    });
  });
});
