/**
 * The very hidden _EvalMeta sheet: the model and the address of every input cell, so a rebuild
 * keeps what was typed. One line per input (key, sheet, address), except the rows of pasted
 * trade and service data: one line per column, `t|*|c` with the column's range, row i of the
 * data at the range's row i (readMeta expands it), so 100,000 rows take 3 lines, not 300,000.
 */
import { parseAddr } from "../spec";
import type { BuildContext, CellLocation } from "./context";

/**
 * JSON with every character beyond ASCII written as a \u escape: cut into cells anywhere, it
 * never splits a character, and any text of the model (emoji, U+FFFE, a lone surrogate) reads
 * back exactly.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007F-\uFFFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

/** Characters per cell of the stored model (Excel holds at most 32,767 per cell). */
const CHUNK = 30000;

export function buildMetaSheet(ctx: BuildContext): void {
  const sh = ctx.sheet("meta");
  sh.spec.hidden = true;
  sh.put(0, 0, { value: "Low-carbon evaluation add-in: workbook description (do not edit)" });
  const json = asciiJson({ version: 1, model: ctx.model, names: ctx.names });
  sh.put(1, 0, { value: "model" });
  for (let i = 0, c = 1; i < json.length; i += CHUNK, c++)
    sh.put(1, c, { value: json.slice(i, i + CHUNK) });
  sh.put(3, 0, { value: "key", style: "header" });
  sh.put(3, 1, { value: "sheet", style: "header" });
  sh.put(3, 2, { value: "address", style: "header" });
  let r = 4;
  for (const [key, sheet, address] of metaLines(ctx.inputCells)) {
    sh.put(r, 0, { value: key });
    sh.put(r, 1, { value: sheet });
    sh.put(r, 2, { value: address });
    r++;
  }
}

/** A data column: rows 0 … n−1 of key `kind|i|column`, at consecutive rows of one column. */
interface DataColumn {
  sheet: string;
  first: string;
  last: string;
  rows: number;
  /** False once a row is out of place (then each key gets its own line). */
  contiguous: boolean;
}

/**
 * The meta lines [key, sheet, address] of the input cells: data columns as one range line each.
 *
 * @example metaLines(new Map([["t|0|1", { sheet: "T", address: "B5" }], ["t|1|1", { sheet: "T", address: "B6" }]]))
 * // [["t|*|1", "T", "B5:B6"]]
 */
export function metaLines(cells: Map<string, CellLocation>): [string, string, string][] {
  const lines: [string, string, string][] = [];
  const columns = new Map<string, DataColumn>();
  const singles: [string, CellLocation][] = [];
  for (const [key, at] of cells) {
    const m = /^([tv])\|(\d+)\|(\d+)$/.exec(key);
    if (!m) {
      lines.push([key, at.sheet, at.address]);
      continue;
    }
    const id = `${m[1]}|*|${m[3]}`;
    const i = Number(m[2]);
    const col = columns.get(id);
    if (!col) {
      columns.set(id, {
        sheet: at.sheet,
        first: at.address,
        last: at.address,
        rows: 1,
        contiguous: i === 0,
      });
    } else {
      const p = parseAddr(col.first);
      const q = parseAddr(at.address);
      col.contiguous &&= at.sheet === col.sheet && i === col.rows && q.c === p.c && q.r === p.r + i;
      col.last = at.address;
      col.rows++;
    }
    singles.push([key, at]);
  }
  const broken = new Set([...columns].filter(([, c]) => !c.contiguous).map(([id]) => id));
  for (const [id, col] of columns)
    if (col.contiguous) lines.push([id, col.sheet, `${col.first}:${col.last}`]);
  for (const [key, at] of singles)
    if (broken.has(key.replace(/^([tv])\|\d+\|/, "$1|*|"))) lines.push([key, at.sheet, at.address]);
  return lines;
}
