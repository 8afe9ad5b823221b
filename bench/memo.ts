/**
 * The bounded memo every cache of the add-in uses (src/core/memo.ts, BoundedMemo): sets of
 * fresh keys into a memo of 65,536 entries and 8 MiB (64 bytes each), so it turns its
 * generations over again and again. Figure: the time of 1,000,000 sets over that of 200,000
 * (each the faster of two runs, after a warm-up), a ratio in which the machine's speed and load
 * cancel out: 5 is linear, and an eviction that scanned the memo, or evicted one entry at a time
 * from a Map's front, would make it grow; target < 12. The time per set is reported.
 */
import { BoundedMemo } from "../src/core/memo";
import { Figure, report } from "./util";

export function benchMemo(): Figure[] {
  const timed = (n: number) => {
    const m = new BoundedMemo<number, number>(1 << 16, 8 << 20);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) m.set(i, i, 64);
    const ns = Number(process.hrtime.bigint() - t0);
    if (m.size > 1 << 16) throw new Error("the memo grew past its bound");
    return ns;
  };
  timed(200_000); // warm-up
  const small = Math.min(timed(200_000), timed(200_000));
  const large = Math.min(timed(1_000_000), timed(1_000_000));
  const ratio = large / small;
  return [
    report(
      "BoundedMemo.set, 1,000,000 fresh keys over 200,000 (65,536 entries, 8 MiB): time ratio",
      ratio,
      "×",
      "< 12 (5 = linear)",
      ratio < 12
    ),
    report("same, per set (1,000,000 sets)", large / 1_000_000, "ns", "reported", true),
  ];
}
