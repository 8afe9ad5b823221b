/** A comparison block's judgments as a matrix, read from the input cells' values. */
import { judgmentKey } from "./keys";
import type { CellValue } from "./spec";
import { judgmentOf } from "./verbalScale";

/**
 * The judgment matrix of one block from the input values (null = blank, NaN = not a judgment):
 * numbers, text fractions ("1/5") and the Questionnaire sheets' answers ("B strongly more
 * important (5)" → 1/5), read by judgmentOf.
 */
export function blockMatrix(
  parentId: string,
  block: string,
  childIds: string[],
  inputs: Map<string, CellValue>
): (number | null)[][] {
  const k = childIds.length;
  const m: (number | null)[][] = Array.from({ length: k }, () =>
    new Array<number | null>(k).fill(null)
  );
  for (let i = 0; i < k; i++) {
    m[i][i] = 1;
    for (let j = i + 1; j < k; j++) {
      const v = inputs.get(judgmentKey(parentId, block, childIds[i], childIds[j]));
      m[i][j] = judgmentOf(v);
    }
  }
  return m;
}
