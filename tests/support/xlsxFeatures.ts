/** A small workbook description holding every feature the .xlsx writer writes (tests/workbook/xlsx/). */
import { FORMATS, WorkbookSpec, newSheet, put } from "../../src/workbook/spec";
import { MAX_CELL_TEXT } from "../../src/workbook/text";

/** Text that must read back exactly as written. */
export const HOSTILE = [
  "=1+1",
  '=HYPERLINK("http://example.com","x")',
  "+R&D",
  "-CO2 intensity",
  "@home",
  "  spaces at both ends  ",
  "tab\tand\nline break",
  "emoji 🌍🚀",
  "中文指标：低碳技术",
  'a<b>&"c"\'',
  "_x0041_ stays as typed",
  "x".repeat(MAX_CELL_TEXT),
];

export function featureSpec(): WorkbookSpec {
  const data = newSheet("Data Sheet", true);
  put(data, 0, 0, { value: "Title", style: "title" });
  put(data, 1, 0, { value: 3.5, numFmt: "0.00", style: "result" });
  put(data, 1, 1, { value: true });
  put(data, 1, 2, { value: null, input: true, style: "input", key: "score" });
  put(data, 2, 2, { value: 2, input: true, style: "input" });
  put(data, 1, 3, { formula: "=A2*2", style: "formula", numFmt: FORMATS.weight });
  put(data, 2, 3, { formula: '=AHP.CR(A2:B3,"EIGEN")', style: "formula" });
  for (let i = 0; i < 5; i++) {
    put(data, 1 + i, 5, { value: i + 1 });
    put(data, 1 + i, 6, {
      formula: `=F${2 + i}*10`,
      ...(i === 0 ? { fill: "G2:G6" } : { filledFrom: "G2" }),
      numFmt: FORMATS.value,
    });
  }
  put(data, 1, 7, { formula: "=F2:F3*2", array: { rows: 2, columns: 1 }, style: "result" });
  put(data, 2, 7, { style: "result" });
  put(data, 3, 0, { value: "Header that wraps", style: "header" });
  HOSTILE.forEach((text, i) => put(data, 10 + i, 0, { value: text, style: "label" }));
  put(data, 8, 0, { value: "A note across four columns", style: "note", wrap: true });
  data.merges.push("A9:D9");
  put(data, 1, 9, { value: "helper" });
  put(data, 1, 10, { formula: "=J2&J2" });
  data.columnWidths = { A: 30, D: 12.5 };
  data.helperColumns.push({ first: 9, last: 10 });
  data.rowHeights[8] = 45;
  data.freeze = { rows: 1, columns: 1 };
  data.print = { area: "A1:H30", titleRows: { first: 0, last: 1 }, landscape: true };
  data.validations.push(
    {
      range: "C2:C3",
      kind: "decimal",
      min: 0,
      max: 4,
      prompt: "Score from 0 to 4",
      error: "Scores run from 0 to 4.",
    },
    { range: "C5:C6", kind: "custom", formula: 'OR(C5="",C5>0)', error: "Positive" },
    { range: "D5:D6", kind: "list", formula: "=Lists!$A$1:$A$3" },
    { range: "D7", kind: "list", formula: "High,Low" }
  );
  data.conditionalFormats.push(
    { range: "A2:B2", formula: "$A$2>1", fill: "F8CBAD", font: "9C0006" },
    { range: "A2:B2", formula: "$A$2<=1", fill: "C6EFCE" }
  );
  data.charts.push({
    kind: "column",
    title: "Values",
    categories: "A11:A12",
    series: [{ name: "F", values: "F2:F3" }],
    anchor: "M2",
    width: 6,
    height: 10,
  });
  const lists = newSheet("Lists");
  lists.hidden = true;
  ["High", "Medium", "Low"].forEach((v, i) => put(lists, i, 0, { value: v }));
  return {
    sheets: [data, lists],
    names: [{ name: "Values", ref: "'Data Sheet'!$F$2:$F$6" }],
  };
}
