/** The work meter (tests/support/workMeter.ts): what it counts, and that it leaves no trace. */
import { meterWork } from "./workMeter";

describe("meterWork", () => {
  it("weighs element reads, searches, callbacks, iteration and patterns as documented", () => {
    const s = "abcdefghij";
    const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const m = new Map([[1, 1]]);
    const { value, work } = meterWork(() => [
      s.charCodeAt(3), // 1
      s.indexOf("e", 2), // from 2 to the match at 4: 3
      a.find((x) => x === 3), // 3 callbacks, the call itself 1
      [...a].length, // 11 steps of the iterator (the last says done)
      m.get(1), // 1
      /d+/.test(s), // from 0 to the end: 11
    ]);
    expect(value).toEqual([100, 4, 3, 10, 1, true]);
    expect(work.calls).toEqual({
      "String.charCodeAt": 1,
      "String.indexOf": 1,
      "Array.find": 1,
      "Array.find callback": 3,
      "Array step": 11,
      "Map.get": 1,
      "RegExp.exec": 1,
    });
    expect(work.steps).toBe(1 + 3 + 1 + 3 + 11 + 1 + 11);
    expect(work.regexps).toEqual(["d+"]);
  });

  it("tells linear work from quadratic", () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);
    const linear = (xs: string[]) => {
      const seen = new Set<string>();
      for (const x of xs) seen.add(x);
      return seen.size;
    };
    const quadratic = (xs: string[]) => {
      const seen: string[] = [];
      for (const x of xs) if (!seen.includes(x)) seen.push(x);
      return seen.length;
    };
    for (const f of [linear, quadratic]) {
      const small = items(100);
      const large = items(1000);
      const ratio = meterWork(() => f(large)).work.steps / meterWork(() => f(small)).work.steps;
      expect([f.name, ratio < 11]).toEqual([f.name, f === linear]);
    }
  });

  it("restores every built-in, also when the code measured throws", () => {
    const before = [
      String.prototype.charCodeAt,
      Array.prototype.map,
      Array.prototype[Symbol.iterator],
      Map.prototype.get,
      RegExp.prototype.exec,
      Array.from,
    ];
    expect(() =>
      meterWork(() => {
        throw new Error("inside");
      })
    ).toThrow("inside");
    meterWork(() => [1, 2].map((x) => x));
    expect([
      String.prototype.charCodeAt,
      Array.prototype.map,
      Array.prototype[Symbol.iterator],
      Map.prototype.get,
      RegExp.prototype.exec,
      Array.from,
    ]).toEqual(before);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, "map")?.enumerable).toBe(false);
  });
});
