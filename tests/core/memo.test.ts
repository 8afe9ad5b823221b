/** Bounded caches (src/core/memo.ts): bounds by entries and by bytes, oldest first out, content keys. */
import { BoundedMemo, ContentMemo, textBytes } from "../../src/core/memo";

describe("BoundedMemo", () => {
  it("keeps at most maxEntries in two generations: the latest half always, the oldest dropped first", () => {
    const m = new BoundedMemo<number, number>(4, 1e9);
    for (let i = 0; i < 10; i++) {
      m.set(i, i * i, 10);
      expect(m.size).toBeLessThanOrEqual(4);
    }
    expect(m.get(9)).toBe(81);
    expect(m.get(8)).toBe(64);
    expect(m.get(0)).toBeUndefined();
  });

  it("an entry read from the old generation survives the next turnover", () => {
    const m = new BoundedMemo<string, number>(4, 1e9);
    m.set("a", 1, 10);
    m.set("b", 2, 10);
    m.set("c", 3, 10); // a, b become old
    expect(m.get("a")).toBe(1); // back to the young generation
    m.set("d", 4, 10); // young full: c, a old; b dropped
    expect(m.get("a")).toBe(1);
    expect(m.get("b")).toBeUndefined();
  });

  it("keeps at most maxBytes, and never an entry larger than half the bound", () => {
    const m = new BoundedMemo<string, string>(1000, 1000);
    for (let i = 0; i < 50; i++) {
      const s = "x".repeat(100) + i;
      m.set(s, s, textBytes(s));
      expect(m.bytes).toBeLessThanOrEqual(1000);
    }
    expect(m.size).toBeGreaterThan(2);
    m.set("huge", "y", 600);
    expect(m.get("huge")).toBeUndefined();
  });

  it("replacing a key does not count its bytes twice", () => {
    const m = new BoundedMemo<string, number>(10, 100);
    m.set("a", 1, 30);
    m.set("a", 2, 30);
    expect([m.size, m.bytes, m.get("a")]).toEqual([1, 30, 2]);
  });

  it("takes constant time per operation: a million sets cost about five times 200,000", () => {
    // A ratio, not a time budget: the machine's speed and load cancel out. Linear is 5; an
    // eviction that scanned the memo would make it grow with the number of entries.
    const timed = (n: number) => {
      const m = new BoundedMemo<number, number>(1 << 16, 8 << 20);
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < n; i++) m.set(i, i, 64);
      expect(m.size).toBeLessThanOrEqual(1 << 16);
      return Number(process.hrtime.bigint() - t0);
    };
    timed(200_000); // warm up
    const ratio =
      Math.min(timed(1_000_000), timed(1_000_000)) / Math.min(timed(200_000), timed(200_000));
    expect(ratio).toBeLessThan(12);
  });
});

describe("ContentMemo", () => {
  it("computes once per content, remembers thrown errors, and counts", () => {
    const m = new ContentMemo<number>(10, 1e6);
    let runs = 0;
    const f = () => ++runs;
    expect(m.get(["A", 1, 2, null], f, () => 8)).toBe(1);
    expect(m.get(["A", 1, 2, null], f, () => 8)).toBe(1);
    expect(m.get(["A", 1, 2, ""], f, () => 8)).toBe(2); // "" and null are different contents
    expect(m.get([0], f, () => 8)).toBe(3);
    expect(m.get([-0], f, () => 8)).toBe(4); // -0 and 0 differ in bits
    const boom = () => {
      runs++;
      throw new Error("bad input");
    };
    expect(() => m.get(["B"], boom, () => 8)).toThrow("bad input");
    expect(() => m.get(["B"], boom, () => 8)).toThrow("bad input");
    expect(runs).toBe(5);
    expect([m.computed, m.reused]).toEqual([5, 2]);
  });
});
