/** Bounded caches (src/core/memo.ts): bounds by entries and by bytes, oldest first out, content keys. */
import { BoundedMemo, ContentMemo, smallHash, textBytes } from "../../src/core/memo";
import { meterWork } from "../support/workMeter";

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

  it("takes constant work per operation: a few Map lookups, eviction by dropping a generation", () => {
    // Counted, not timed (tests/support/workMeter.ts; the times are in `npm run bench -- memo`).
    // Evicting entries one by one from a Map's front (a delete, an iterator) is quadratic in V8,
    // which leaves deleted slots to skip, and an eviction that scanned the memo grows with it:
    // neither may appear, and 5 × the operations must be about 5 × the work.
    const run = (n: number) =>
      meterWork(() => {
        const m = new BoundedMemo<number, number>(1 << 12, 8 << 20);
        for (let i = 0; i < n; i++) {
          m.set(i, i, 64);
          m.get(i - 1500); // in the old generation after a turnover: moves to the young one
          m.get(-1); // a miss
        }
        return m.size;
      });
    const small = run(20_000);
    const large = run(100_000);
    expect(large.value).toBeLessThanOrEqual(1 << 12);
    for (const { work } of [small, large]) {
      const mapCalls = Object.keys(work.calls).filter((k) => k.startsWith("Map."));
      expect(mapCalls.sort()).toEqual(["Map.delete", "Map.get", "Map.set"]);
    }
    // Per round (a set and two gets): at most 6 Map lookups and 2 writes, 1 delete (a promotion).
    expect(large.work.calls["Map.get"]).toBeLessThanOrEqual(6 * 100_000);
    expect(large.work.calls["Map.set"]).toBeLessThanOrEqual(2 * 100_000);
    expect(large.work.calls["Map.delete"]).toBeLessThanOrEqual(100_000);
    expect(large.work.steps / small.work.steps).toBeLessThanOrEqual(5.25);

    // Sets of new keys alone delete nothing: a full generation is dropped whole.
    const fresh = meterWork(() => {
      const m = new BoundedMemo<number, number>(1 << 10, 8 << 20);
      for (let i = 0; i < 50_000; i++) m.set(i, i, 64);
      return m.size;
    });
    expect(fresh.value).toBeLessThanOrEqual(1 << 10);
    expect(fresh.work.calls).toEqual({ "Map.get": 100_000, "Map.set": 50_000 });
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

describe("smallHash", () => {
  it("folds a 32-bit hash to a 30-bit small integer, keeping the top bits' information", () => {
    for (const h of [0, 1, 0x3fffffff, 0x40000000, 0x80000000, 0xc0000001, 0xffffffff, -1, -2]) {
      const s = smallHash(h);
      expect(Number.isInteger(s) && s >= 0 && s < 2 ** 30).toBe(true);
    }
    expect(smallHash(0xffffffff)).toBe(0x3ffffffc); // the low bits xor the top two
    // Hashes that differ only in their top two bits stay apart.
    const tops = [0, 0x40000000, 0x80000000, 0xc0000000].map((t) => smallHash((t | 5) >>> 0));
    expect(new Set(tops).size).toBe(4);
  });
});
