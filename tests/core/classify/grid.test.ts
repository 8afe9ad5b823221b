/**
 * The classifier memo: outcomes are exactly the classifier's; repeated values are classified
 * once; a run of mostly distinct values bypasses the memo for a while, then it is tried again.
 */
import { classifyGrid, memoizeClassifier } from "../../../src/core/classify/grid";
import { InputError } from "../../../src/core/errors";

function counting() {
  const calls = { n: 0 };
  const classify = (v: unknown) => {
    calls.n++;
    return typeof v === "string" && v.startsWith("A")
      ? "GROUP-A"
      : InputError.about(`code ${String(v)}`, "is unknown", "na");
  };
  return { calls, classify };
}

describe("memoizeClassifier", () => {
  it("classifies a repeated value once and returns the same outcome object", () => {
    const { calls, classify } = counting();
    const memo = memoizeClassifier(classify);
    const first = memo("B1");
    for (let i = 0; i < 1000; i++)
      expect(memo(i % 2 ? "A1" : "B1")).toBe(i % 2 ? "GROUP-A" : first);
    expect(calls.n).toBe(2);
  });

  it("numbers: whole numbers are remembered, fractions never, and with numbers: false no number", () => {
    const a = counting();
    const m = memoizeClassifier(a.classify);
    for (let i = 0; i < 10; i++) m(42);
    for (let i = 0; i < 10; i++) m(4.2);
    expect(a.calls.n).toBe(1 + 10);
    const b = counting();
    const noNumbers = memoizeClassifier(b.classify, { numbers: false });
    for (let i = 0; i < 10; i++) noNumbers(42);
    expect(b.calls.n).toBe(10);
  });

  it("after 4,096 mostly distinct values the memo is bypassed for 65,536 values, then used again", () => {
    const { calls, classify } = counting();
    const memo = memoizeClassifier(classify);
    for (let i = 0; i < 4096; i++) memo(`D${i}`); // all distinct: 0 hits
    calls.n = 0;
    let same = 0;
    for (let i = 0; i < 65536; i++) if (memo("A-same") === "GROUP-A") same++;
    expect(same).toBe(65536);
    expect(calls.n).toBe(65536); // bypassed: every call classifies
    calls.n = 0;
    for (let i = 0; i < 1000; i++) memo("A-same");
    expect(calls.n).toBe(1); // remembered again
  });
});

describe("classifyGrid", () => {
  it("blanks give empty cells, a ragged range is padded, an empty range is one blank cell", () => {
    const { classify } = counting();
    const out = classifyGrid([["A1", ""], ["B2"]], classify);
    expect(out[0][0]).toBe("GROUP-A");
    expect(out[0][1]).toBe("");
    expect(out[1][0]).toBeInstanceOf(InputError);
    expect(out[1][1]).toBe("");
    expect(classifyGrid([], classify)).toEqual([[""]]);
  });
});
