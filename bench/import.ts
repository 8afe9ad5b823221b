/**
 * Importing an indicator system in the task pane (src/workbook/import.ts, importText: the
 * delimiter detected, the rows split, the tree placed and checked), on the inputs of
 * tests/workbook/import.test.ts "size":
 * - an outline of 2,000 rows, tab-separated as Excel copies cells, the parents written on every
 *   row (20 criteria × 10 sub-criteria × 10 indicators: 2,220 nodes), the ALONSO RI table;
 * - a CSV table of 2,000 rows with a header (Id, Parent, Name, Type, Direction, Unit), 20
 *   criteria and 1,980 indicators with Chinese type and direction labels and a quoted unit
 *   containing commas ("t, per 10,000"), \r\n line ends.
 * Target ≤ 200 ms each (a paste or a file read answers at once).
 */
import { importText } from "../src/workbook/import";
import { Figure, medianMillis, report } from "./util";

export function benchImport(): Figure[] {
  const lines: string[] = [];
  for (let a = 1; a <= 20; a++)
    for (let b = 1; b <= 10; b++)
      for (let c = 1; c <= 10; c++) lines.push(`C${a}\tC${a}.${b}\tI${a}.${b}.${c}`);
  const outline = lines.join("\n");
  const csv = [
    "Id,Parent,Name,Type,Direction,Unit",
    ...Array.from({ length: 2000 }, (_, i) =>
      i < 20
        ? `C${i},,Criterion ${i},,,`
        : `I${i},C${i % 20},Indicator ${i},定量,逆向,"t, per 10,000"`
    ),
  ].join("\r\n");
  if (importText(outline, { riTable: "ALONSO" }).model?.nodes.length !== 2220)
    throw new Error("the benchmark outline does not import");
  if (importText(csv).model?.nodes.length !== 2000)
    throw new Error("the benchmark table does not import");
  const outlineMs = medianMillis(() => importText(outline, { riTable: "ALONSO" }), 11);
  const csvMs = medianMillis(() => importText(csv), 11);
  return [
    report(
      "importText, a 2,000-row outline (20 × 10 × 10, tab-separated, parents on every row; median of 11)",
      outlineMs,
      "ms",
      "≤ 200 ms",
      outlineMs <= 200
    ),
    report(
      "importText, a 2,000-row CSV table with a header, Chinese labels and quoted units (median of 11)",
      csvMs,
      "ms",
      "≤ 200 ms",
      csvMs <= 200
    ),
  ];
}
