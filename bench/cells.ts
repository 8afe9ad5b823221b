/**
 * Reading a cell as a number (src/core/cells.ts, parseNumber, under every function that takes
 * numbers) on the longest text Excel holds, 32,767 characters, in the four shapes that made a
 * backtracking pattern take seconds for one cell: digits then a letter, digits then "%x", a
 * fraction "1/…a", digits with an "e" in the middle then a letter. 20 reads of each, 80 in all:
 * target < 1 s for the 80 (the test that asserted this now counts the work instead). Also the
 * longest text that is still scanned (1,000 characters, the cap), per read: reported.
 */
import { parseNumber } from "../src/core/cells";
import { slowTextShapes } from "../tests/support/slowText";
import { Figure, medianMicros, medianMillis, report } from "./util";

export function benchCells(): Figure[] {
  const longest = slowTextShapes(32_767);
  const cap = slowTextShapes(1000);
  if ([...longest, ...cap].some((s) => !Number.isNaN(parseNumber(s))))
    throw new Error("parseNumber read a benchmark text as a number");
  const eighty = medianMillis(() => {
    for (const s of longest) for (let k = 0; k < 20; k++) parseNumber(s);
  }, 11);
  const atCap =
    medianMicros(() => {
      for (const s of cap) parseNumber(s);
    }, 1000) / cap.length;
  return [
    report(
      "parseNumber, 80 reads of 32,767-character text (4 shapes × 20; median of 11)",
      eighty,
      "ms",
      "< 1 s",
      eighty < 1000
    ),
    report(
      "parseNumber, 1,000-character text (the longest scanned; the same 4 shapes), per read",
      atCap,
      "µs",
      "reported",
      true
    ),
  ];
}
