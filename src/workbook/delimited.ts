/**
 * Delimited text (CSV, semicolon-separated, tab-separated as Excel copies cells) read into a grid
 * of strings, and file bytes decoded to text. Pure: no DOM besides TextDecoder.
 */

export type Delimiter = "\t" | "," | ";";

/**
 * Splits `text` with `delimiter` by the CSV rules: a field in double quotes may hold the
 * delimiter, line breaks and `""` (one quote); `\r\n`, `\n` and `\r` end a row; a leading UTF-8
 * BOM is dropped. Every row is kept (blank ones too), so index + 1 is the line the user sees.
 * @example splitDelimited('a,"b,c"\n"say ""hi""",d', ",") // [["a", "b,c"], ['say "hi"', "d"]]
 */
export function splitDelimited(text: string, delimiter: Delimiter): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const d = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = src.length;
  while (i <= n) {
    let field: string;
    if (src.charCodeAt(i) === 34 /* " */) {
      // A quoted field: pieces between doubled quotes, up to the closing quote.
      let piece = i + 1;
      field = "";
      for (i = piece; ;) {
        const q = src.indexOf('"', i);
        if (q < 0) {
          field += src.slice(piece);
          i = n;
          break;
        }
        if (src.charCodeAt(q + 1) === 34) {
          field += src.slice(piece, q + 1);
          i = piece = q + 2;
          continue;
        }
        field += src.slice(piece, q);
        i = q + 1;
        break;
      }
      // Text after the closing quote belongs to the field (`"a"b` is `ab`).
      const start = i;
      while (i < n && !isEnd(src.charCodeAt(i), d)) i++;
      field += src.slice(start, i);
    } else {
      const start = i;
      while (i < n && !isEnd(src.charCodeAt(i), d)) i++;
      field = src.slice(start, i);
    }
    row.push(field);
    if (i >= n) break;
    const c = src.charCodeAt(i);
    i++;
    if (c !== d) {
      if (c === 13 && src.charCodeAt(i) === 10) i++;
      rows.push(row);
      row = [];
      if (i >= n) break;
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Whether the character code ends a field: the delimiter, \r or \n. */
const isEnd = (c: number, d: number) => c === d || c === 13 || c === 10;

/**
 * The delimiter of `text`: a tab if any row has one outside quotes (Excel's copied cells), else
 * the one of `;` and `,` that splits the most rows into the same number of fields (a name such as
 * `persons per 10,000` does not make a semicolon file comma-separated). Tab when neither occurs.
 * @example detectDelimiter("Id;Name;Unit\nA;Staff;persons per 10,000") // ";"
 */
export function detectDelimiter(text: string): Delimiter {
  if (text.includes("\t") && splitDelimited(text, "\t").some((r) => r.length > 1)) return "\t";
  let best: Delimiter = "\t";
  let bestScore = 0;
  for (const d of [";", ","] as const) {
    if (!text.includes(d)) continue;
    const counts = splitDelimited(text, d)
      .filter((r) => r.some((f) => f.trim() !== ""))
      .map((r) => r.length);
    const freq = new Map<number, number>();
    for (const n of counts) if (n > 1) freq.set(n, (freq.get(n) ?? 0) + 1);
    const score = Math.max(0, ...freq.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Text split into a grid with its detected delimiter. */
export function parseDelimited(text: string): { rows: string[][]; delimiter: Delimiter } {
  const delimiter = detectDelimiter(text);
  return { rows: splitDelimited(text, delimiter), delimiter };
}

/**
 * File bytes as text: UTF-8 (with or without BOM) when they are valid UTF-8, else GB18030 (the
 * encoding of a CSV saved by Excel on Chinese Windows). Says which it used.
 * @example decodeText(new Uint8Array([0xb6, 0xa8, 0xc1, 0xbf])) // { text: "定量", encoding: "GB18030" }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: "UTF-8" | "GB18030" } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "GB18030" };
  }
}

/**
 * Rows as CSV with `\r\n` line ends; a field with a comma, quote or line break is quoted.
 * @example toCsv([["a", "b,c"]]) // 'a,"b,c"\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(field).join(",") + "\r\n").join("");
}
