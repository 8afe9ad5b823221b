/**
 * Delimited text (CSV, semicolon-separated, tab-separated as Excel copies cells) read into a grid
 * of strings, and file bytes decoded to text. Pure: no DOM besides TextDecoder.
 */

export type Delimiter = "\t" | "," | ";";

/**
 * Splits `text` with `delimiter` by the CSV rules: a field in double quotes may hold the
 * delimiter, line breaks and `""` (one quote); `\r\n`, `\n` and `\r` end a row; a leading UTF-8
 * BOM is dropped. Every row is kept (blank ones too), so index + 1 is the line the user sees.
 * The same parser as DelimitedSplitter, given the whole text at once.
 * @example splitDelimited('a,"b,c"\n"say ""hi""",d', ",") // [["a", "b,c"], ['say "hi"', "d"]]
 */
export function splitDelimited(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  const splitter = new DelimitedSplitter(delimiter, (row) => rows.push(row));
  splitter.push(text);
  splitter.end();
  return rows;
}

/**
 * Delimited text split into rows as it arrives, chunk by chunk, by the rules of splitDelimited
 * (the same rows for any way of cutting the text into chunks): for files too large to hold as
 * one string. A row is handed to `onRow` as soon as its end is read; the text of an unfinished
 * row waits for the next chunk. `end()` hands over the last row.
 *
 * @example
 * const rows: string[][] = [];
 * const s = new DelimitedSplitter(",", (r) => rows.push(r));
 * s.push('a,"b\n'); s.push('c"\nd'); s.end(); // rows: [["a", "b\nc"], ["d"]]
 */
export class DelimitedSplitter {
  /** Rows handed over so far (the 1-based line of the next row is rows + 1 without quoted breaks). */
  rows = 0;
  /**
   * Which columns (0-based) to give as text: the others are "" in the rows handed over, without
   * being copied out of the text (set it once the header shows which columns are read; null, the
   * default, gives every column). Quoted fields are always given.
   */
  keep: boolean[] | null = null;
  /**
   * Hand over the same array for every row (emptied and refilled), for a caller that reads each
   * row at once and keeps none: a large file then makes no array per row. Off by default.
   */
  reuseRows = false;
  private readonly row: string[] = [];
  private rest = "";
  /** The first chunk was seen (its BOM dropped). */
  private begun = false;
  /** Some text besides a BOM was seen. */
  private any = false;
  private readonly d: number;

  constructor(
    delimiter: Delimiter,
    private readonly onRow: (row: string[]) => void
  ) {
    this.d = delimiter.charCodeAt(0);
  }

  /** Splits the rows that `chunk` completes. */
  push(chunk: string): void {
    if (chunk.length === 0) return;
    if (!this.begun) {
      this.begun = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      if (chunk.length === 0) return;
    }
    this.any = true;
    this.rest = this.parse(this.rest.length > 0 ? this.rest + chunk : chunk, false);
  }

  /** Hands over the last row (an empty text is one blank row, as splitDelimited gives it). */
  end(): void {
    if (!this.any) {
      // An empty text (or only a BOM) is one blank row, as splitDelimited("") gives it.
      this.any = true;
      this.emit([""]);
      return;
    }
    if (this.rest.length > 0) this.parse(this.rest, true);
    this.rest = "";
  }

  private emit(row: string[]): void {
    this.rows++;
    this.onRow(row);
  }

  /** Emits the complete rows of `src`; returns the text of the unfinished last row ("" if none). */
  private parse(src: string, final: boolean): string {
    const d = this.d;
    const keep = this.keep;
    const n = src.length;
    let i = 0;
    while (i < n) {
      const rowStart = i;
      let row: string[];
      if (this.reuseRows) {
        row = this.row;
        row.length = 0;
      } else row = [];
      for (;;) {
        let field: string;
        if (src.charCodeAt(i) === 34 /* " */) {
          // A quoted field: pieces between doubled quotes, up to the closing quote.
          let piece = i + 1;
          field = "";
          for (i = piece; ;) {
            const q = src.indexOf('"', i);
            // Without its closing quote, or with a quote last that may be the first of "", the
            // field may go on in the next chunk.
            if (!final && (q < 0 || q + 1 >= n)) return src.slice(rowStart);
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
          if (i > start) field += src.slice(start, i);
        } else {
          const start = i;
          // Inline (not isEnd): this loop reads most of a large file's characters.
          while (i < n) {
            const ch = src.charCodeAt(i);
            if (ch === d || ch === 10 || ch === 13) break;
            i++;
          }
          field = keep !== null && !keep[row.length] ? "" : src.slice(start, i);
        }
        if (i >= n) {
          if (!final) return src.slice(rowStart);
          row.push(field);
          this.emit(row);
          return "";
        }
        row.push(field);
        const c = src.charCodeAt(i);
        i++;
        if (c === d) {
          // A delimiter last: the row goes on (with at least an empty field).
          if (i >= n) {
            if (!final) return src.slice(rowStart);
            row.push("");
            this.emit(row);
            return "";
          }
          continue;
        }
        if (c === 13) {
          // \r last may be the first half of \r\n.
          if (i >= n && !final) return src.slice(rowStart);
          if (src.charCodeAt(i) === 10) i++;
        }
        this.emit(row);
        break;
      }
    }
    return "";
  }
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

/** What a file's first bytes say it is: a binary Excel 97–2003 workbook, an .xlsx (zip), or text. */
export type FileKind = "xls" | "xlsx" | "text";

/** The signature of an OLE2 compound file (a binary .xls), and of a zip (an .xlsx). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * The kind of a file from its first bytes, whatever its name says: ITC Trade Map's ".xls"
 * downloads are tab-separated text, and a binary workbook renamed .csv is still one.
 *
 * @example fileKindOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // "xlsx"
 * @example fileKindOf(new TextEncoder().encode("Code\tProduct")) // "text"
 */
export function fileKindOf(head: Uint8Array): FileKind {
  const starts = (sig: number[]) => head.length >= sig.length && sig.every((x, i) => head[i] === x);
  if (starts(OLE2)) return "xls";
  if (starts(ZIP)) return "xlsx";
  return "text";
}

/** The encodings decodeText reads. */
export type TextEncodingName = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

/**
 * The encoding of text from its first bytes: UTF-16 when they are its byte-order mark (Excel's
 * "Unicode text" and some Trade Map downloads), UTF-8 when they are valid UTF-8 (a character cut
 * at the end of `head` allowed), else GB18030 (a CSV saved by Excel on Chinese Windows).
 *
 * @example textEncodingOf(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // "UTF-16LE"
 */
export function textEncodingOf(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return "UTF-16LE";
  if (head[0] === 0xfe && head[1] === 0xff) return "UTF-16BE";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "UTF-8";
  } catch {
    return "GB18030";
  }
}

/**
 * File bytes as text, in the encoding textEncodingOf finds (a byte-order mark dropped). Says
 * which it used.
 * @example decodeText(new Uint8Array([0xb6, 0xa8, 0xc1, 0xbf])) // { text: "定量", encoding: "GB18030" }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const encoding = textEncodingOf(bytes);
  return { text: new TextDecoder(encoding.toLowerCase()).decode(bytes), encoding };
}

/**
 * Rows as CSV with `\r\n` line ends; a field with a comma, quote or line break is quoted.
 * @example toCsv([["a", "b,c"]]) // 'a,"b,c"\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(field).join(",") + "\r\n").join("");
}
