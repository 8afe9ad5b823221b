import { NumbersMemo } from "../../src/functions/cache";

describe("NumbersMemo (the memo of AHP.WEIGHTS, AHP.CR and the other matrix functions)", () => {
  const sum = (values: readonly number[]) => values.reduce((s, x) => s + (x === x ? x : 0), 0);

  it("computes once per list of numbers, however they were typed", () => {
    const memo = new NumbersMemo<number>(16, 1 << 20);
    const calls: number[][] = [];
    const compute = (values: readonly number[]) => (calls.push([...values]), sum(values));
    expect(memo.getRange([[1, "1/2"]], compute, () => 8)).toBe(1.5);
    expect(memo.getRange([[1, 0.5]], compute, () => 8)).toBe(1.5);
    expect(memo.getRange([[" 1 ", "0.5"]], compute, () => 8)).toBe(1.5);
    expect(calls).toEqual([[1, 0.5]]);
    expect([memo.computed, memo.reused]).toEqual([1, 2]);
  });

  it("tells apart lists whose hashes collide (numbers closer than 2⁻²⁰) by comparing every number", () => {
    const memo = new NumbersMemo<number>(16, 1 << 20);
    const a = [[3, 1e-9]];
    const b = [[3, 2e-9]]; // both scale to 0 in the hash
    const c = [[3, ""]]; // a blank is NaN, which also hashes as 0
    expect(memo.getRange(a, sum, () => 8)).toBe(3 + 1e-9);
    expect(memo.getRange(b, sum, () => 8)).toBe(3 + 2e-9);
    expect(memo.getRange(c, sum, () => 8)).toBe(3);
    expect(memo.getRange(a, sum, () => 8)).toBe(3 + 1e-9);
    expect(memo.computed).toBe(4); // the last one recomputed: same hash, one entry per hash
  });

  it("keeps the width in the key: 1×4 and 2×2 of the same numbers are different ranges", () => {
    const memo = new NumbersMemo<string>(16, 1 << 20);
    const shape = (_v: readonly number[], rows: number, cols: number) => `${rows}×${cols}`;
    expect(memo.getRange([[1, 2, 3, 4]], shape, () => 8)).toBe("1×4");
    expect(
      memo.getRange(
        [
          [1, 2],
          [3, 4],
        ],
        shape,
        () => 8
      )
    ).toBe("2×2");
  });

  it("rethrows a remembered error, and leaves ranges that are not numbers to the caller", () => {
    const memo = new NumbersMemo<number>(16, 1 << 20);
    let calls = 0;
    const fail = () => {
      calls++;
      throw new Error("bad matrix");
    };
    expect(() => memo.getRange([[1, 2]], fail, () => 8)).toThrow("bad matrix");
    expect(() => memo.getRange([[1, 2]], fail, () => 8)).toThrow("bad matrix");
    expect(calls).toBe(1);
    expect(memo.getRange([[1, "abc"]], fail, () => 8)).toBeUndefined();
    expect(memo.getRange([[1, true]], fail, () => 8)).toBeUndefined();
    expect(calls).toBe(1);
  });

  it("answers the next call on the range of the last one by comparing while reading, and only when every cell holds the same number", () => {
    const memo = new NumbersMemo<number>(16, 1 << 20);
    let calls = 0;
    const counted = (values: readonly number[]) => (calls++, sum(values));
    const grid = [
      [1, "1/3", ""],
      [3, 1, 0.5],
    ];
    expect(memo.getRange(grid, counted, () => 8)).toBe(1 + 1 / 3 + 3 + 1 + 0.5);
    // The same numbers typed otherwise (a blank as null, 1/3 as a number): the last entry.
    expect(
      memo.getRange(
        [
          [1, 1 / 3, null],
          [3, "1", "1/2"],
        ],
        counted,
        () => 8
      )
    ).toBe(1 + 1 / 3 + 3 + 1 + 0.5);
    expect([calls, memo.reused]).toEqual([1, 1]);
    // Each of these differs from the last range in one place: none is taken for it.
    const variants: unknown[][][] = [
      [
        [1, "1/3", ""],
        [3, 1, 0.25],
      ], // the last cell
      [
        [1, "1/3", 0],
        [3, 1, 0.5],
      ], // a blank typed as 0
      [
        [1, "1/3", ""],
        [3, 1, NaN],
      ], // NaN is no number a range holds
      [
        [1, "1/3", ""],
        [3, 1, "x"],
      ], // text that is no number
      [
        [1, "1/3", "", 1],
        [3, 1, 0.5, 1],
      ], // wider
      [[1, "1/3", ""]], // fewer rows
    ];
    for (const v of variants) memo.getRange(v, counted, () => 8);
    expect(calls).toBe(5); // four are grids of numbers, computed; NaN and "x" are left to the caller
    // Computed again: the grid with 0 for its blank has its hash (a blank hashes as 0) and took its place.
    expect(memo.getRange(grid, counted, () => 8)).toBe(1 + 1 / 3 + 3 + 1 + 0.5);
    expect(calls).toBe(6);
  });

  it("rethrows the last range's error when the next call is on the same numbers", () => {
    const memo = new NumbersMemo<number>(16, 1 << 20);
    let calls = 0;
    const fail = () => {
      calls++;
      throw new Error("not reciprocal");
    };
    expect(() => memo.getRange([[1, 2]], fail, () => 8)).toThrow("not reciprocal");
    expect(() => memo.getRange([["1", "2"]], fail, () => 8)).toThrow("not reciprocal");
    expect(calls).toBe(1);
  });
});
