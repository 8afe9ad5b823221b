/**
 * Real-size trade data as analysts paste it: `codes` HS6 codes of the shipped tables × the
 * model's years, one row per code and year (values deterministic), as input values by key.
 */
import { hsGroupTable } from "../../src/workbook/build";
import { tradeKey } from "../../src/workbook/keys";
import type { CellValue } from "../../src/workbook/spec";

/**
 * `codes` × `years.length` rows of year, HS6 code (half as text, half as numbers that lost their
 * leading zeros, as pasted from a CSV) and
 * value, in year order.
 *
 * @example tradeRows(5000, [2014, …, 2033]).size // 300,000 keys: 100,000 rows × 3 columns
 */
export function tradeRows(codes: number, years: number[]): Map<string, CellValue> {
  const table = hsGroupTable();
  const step = Math.max(1, Math.floor(table.length / codes));
  const picked = Array.from({ length: codes }, (_, i) => table[(i * step) % table.length][0]);
  const out = new Map<string, CellValue>();
  let row = 0;
  years.forEach((y, t) =>
    picked.forEach((code, i) => {
      out.set(tradeKey(row, 0), y);
      out.set(tradeKey(row, 1), i % 2 === 0 ? code : Number(code));
      out.set(tradeKey(row, 2), 100 + ((i * 7919 + t * 104729) % 10000));
      row++;
    })
  );
  return out;
}
