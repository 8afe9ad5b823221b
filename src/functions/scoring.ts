/** SCORE.* custom functions: adapters from Excel ranges to src/core/scoring. */
import { cellAt, gridWidth, toGrid } from "../core/cells";
import { InputError, cellName } from "../core/errors";
import {
  direction as directionOf,
  movingAverage,
  quantScore,
  thresholdScore,
} from "../core/scoring";
import { memoized } from "./cache";
import {
  checkCells,
  checkNumbers,
  excel,
  excelGrid,
  mapNumbers,
  optionalNumber,
  optionalText,
  readNumberCell,
  readNumbers,
  requiredNumber,
} from "./excel";

/** A series: one row or one column; returns the values and how to put results back. */
/** The longest series SCORE.SMOOTH and SCORE.QUANT take (a century of days is 36,525). */
export const MAX_SERIES = 100_000;

function readSeries(series: unknown): {
  values: (number | null)[];
  reshape: (v: (number | string)[]) => (number | string)[][];
} {
  checkCells(series, MAX_SERIES, "series");
  const m = readNumbers(series, "series");
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  if (rows === 0 || cols === 0) throw new InputError("series is empty");
  if (rows > 1 && cols > 1)
    throw new InputError(
      `series must be one row or one column (got ${rows} rows × ${cols} columns)`
    );
  if (rows === 1) return { values: m[0], reshape: (v) => [v] };
  return { values: m.map((r) => r[0]), reshape: (v) => v.map((x) => [x]) };
}

function wholeWindow(window: unknown): number {
  const w = requiredNumber(window, "window");
  if (!Number.isInteger(w) || w < 1)
    throw new InputError(`window must be a whole number ≥ 1, not ${w}`);
  return w;
}

/** Moving averages of a series, once per content: SCORE.SMOOTH and SCORE.QUANT of one series share them. */
function smoothed(values: readonly (number | null)[], window: number): readonly (number | null)[] {
  return memoized(
    "moving average",
    [window, values],
    () => movingAverage(values, window),
    (r) => 16 * r.length + 128
  );
}

/**
 * Moving averages over a window ("smooth moving"); the first window−1 cells are blank.
 * @customfunction SCORE.SMOOTH SCORE.SMOOTH
 * @helpurl https://localhost:3000/help.html#scoresmooth
 * @param series Values in one row or one column (oldest first).
 * @param window Number of periods n in each average.
 * @returns {unknown[][]} Same shape as series.
 */
export function scoreSmooth(series: unknown[][], window: unknown) {
  return excelGrid(() => {
    const s = readSeries(series);
    return s.reshape(smoothed(s.values, wholeWindow(window)).map((x) => (x === null ? "" : x)));
  });
}

/**
 * Threshold score: low + (high − low)·clamp((value − worst)/(best − worst), 0, 1).
 * @customfunction SCORE.THRESHOLD SCORE.THRESHOLD
 * @helpurl https://localhost:3000/help.html#scorethreshold
 * @param value A value or a range of values.
 * @param worst Value scoring low (above best for a cost indicator); a number or a range shaped like value.
 * @param best Value scoring high; a number or a range shaped like value.
 * @param [low] Lowest score (default 1).
 * @param [high] Highest score (default 4).
 * @returns {unknown[][]} Score(s), same shape as value.
 */
export function scoreThreshold(
  value: unknown[][],
  worst: unknown[][],
  best: unknown[][],
  low?: unknown,
  high?: unknown
) {
  return excelGrid(() => {
    const lo = optionalNumber(low, 1, "low");
    const hi = optionalNumber(high, 4, "high");
    const vg = toGrid(value);
    const rows = vg.length;
    const cols = gridWidth(vg);
    if (rows === 0 || cols === 0) throw new InputError("value is empty");
    // Thresholds are read cell by cell as the scores are made (three million-cell columns would
    // otherwise build two more grids). The first error found that way may not be the one reading
    // value, worst and best in turn names first; then they are read in turn to name it.
    const threshold = (arg: unknown, what: string) => {
      const g = toGrid(arg);
      const gCols = gridWidth(g);
      if (g.length === 1 && gCols === 1) {
        const x = readNumberCell(cellAt(g, 0, 0), what, 0, 0);
        return () => x;
      }
      if (g.length !== rows || gCols !== cols) {
        throw new InputError(
          `${what} must be one number or a range shaped like value (${rows}×${cols}), not ${g.length}×${gCols}`
        );
      }
      return (i: number, j: number) => readNumberCell(cellAt(g, i, j), what, i, j);
    };
    try {
      const w = threshold(worst, "worst");
      const b = threshold(best, "best");
      return mapNumbers(vg, "value", (x, i, j) => {
        const wi = w(i, j);
        const bi = b(i, j);
        if (x === null) return "";
        if (wi === null || bi === null)
          throw new InputError(
            `The ${wi === null ? "worst" : "best"} threshold for ${cellName(i, j)} is blank`
          );
        return thresholdScore(x, wi, bi, lo, hi);
      });
    } catch (e) {
      for (const [arg, what] of [
        [vg, "value"],
        [worst, "worst"],
        [best, "best"],
      ] as const)
        checkNumbers(arg, what);
      throw e;
    }
  });
}

/**
 * Score of a quantitative indicator: smooth the series, take thresholds from the smoothed history, score the latest value.
 * @customfunction SCORE.QUANT SCORE.QUANT
 * @helpurl https://localhost:3000/help.html#scorequant
 * @param series Yearly values in one row or column (oldest first; trailing blanks ignored).
 * @param window Moving-average window n.
 * @param [direction] BENEFIT (default, higher is better) or COST.
 * @param [low] Lowest score (default 1).
 * @param [high] Highest score (default 4).
 * @returns {number} The score of the latest smoothed value.
 */
export function scoreQuant(
  series: unknown[][],
  window: unknown,
  direction?: unknown,
  low?: unknown,
  high?: unknown
) {
  return excel(() => {
    const s = readSeries(series);
    const dir = directionOf(optionalText(direction, "BENEFIT", "direction"));
    return quantScore(
      s.values,
      wholeWindow(window),
      dir,
      optionalNumber(low, 1, "low"),
      optionalNumber(high, 4, "high"),
      smoothed
    ).score;
  });
}
