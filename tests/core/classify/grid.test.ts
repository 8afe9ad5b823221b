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

  it("mostly distinct values bypass the memo for 4,096 values, doubling while they stay distinct", () => {
    const { calls, classify } = counting();
    const memo = memoizeClassifier(classify);
    let distinct = 0;
    const classifiedOf = (n: number, value: () => string) => {
      calls.n = 0;
      for (let i = 0; i < n; i++) memo(value());
      return calls.n;
    };
    // A sample of 4,096 distinct values (no hits): the next 4,096 calls skip the memo.
    expect(classifiedOf(4096, () => `D${distinct++}`)).toBe(4096);
    expect(classifiedOf(4096, () => "A-same")).toBe(4096);
    // The memo is used again: a repeated value is classified once.
    expect(classifiedOf(4096, () => "A-same")).toBe(1);
    // Sustained distinct values: skips of 4,096, then 8,192, 16,384 … up to 65,536.
    expect(classifiedOf(4096, () => `D${distinct++}`)).toBe(4096); // a sample after hits: skip 4,096
    expect(classifiedOf(4096, () => "A-same")).toBe(4096);
    expect(classifiedOf(4096, () => `D${distinct++}`)).toBe(4096); // second miss: skip 8,192
    expect(classifiedOf(8192, () => "A-same")).toBe(8192);
    expect(classifiedOf(1000, () => "A-same")).toBe(0); // remembered again
  });

  it("codes that repeat in a cycle longer than the sample (10,000 codes × 10) are still mostly remembered", () => {
    const { calls, classify } = counting();
    const memo = memoizeClassifier(classify);
    for (let i = 0; i < 100_000; i++) memo(`C${i % 10_000}`);
    expect(calls.n).toBeLessThan(20_000);
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
