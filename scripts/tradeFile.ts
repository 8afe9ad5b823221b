/**
 * Reads a trade file from disk for `npm run trade` and `npm run workbook -- --trade FILE`:
 * - .xlsx (ITC Trade Map's workbook export; these are small) through the workbook reader;
 * - text (CSV, semicolon or tab separated: UN Comtrade, WITS, Trade Map's .txt and its .xls
 *   that is tab text) streamed in 1 MB chunks: decoded (UTF-8, UTF-16 with a BOM, or GB18030
 *   when the start is not UTF-8), split row by row (src/workbook/delimited.ts) and added to the
 *   core's TradeAccumulator as it goes, so no whole-file string is ever made.
 * The layout is detected from the first rows (or built from the columns the user names).
 */
import * as fs from "fs";
import {
  AccumulateOptions,
  CustomColumns,
  CustomOptions,
  HEADER_SEARCH_ROWS,
  LayoutNotRecognised,
  TradeAccumulator,
  TradeFileResult,
  TradeLayout,
  columnOf,
  columnsRead,
  customLayout,
  detectLayout,
} from "../src/core/trade/files";
import {
  DelimitedSplitter,
  detectDelimiter,
  fileKindOf,
  textEncodingOf,
} from "../src/workbook/delimited";
import { readXlsx } from "../src/workbook/xlsx/read";

/** Columns named by the user: role → header text (or 1-based column number); value may repeat. */
export type NamedColumns = Partial<Record<Exclude<keyof CustomColumns, "value">, string>> & {
  value?: string[];
};

export interface ReadFileOptions extends AccumulateOptions, CustomOptions {
  /** Read with these columns instead of detecting the layout. */
  columns?: NamedColumns;
  /** The worksheet of an .xlsx file (default: the first that holds a recognised layout). */
  sheet?: string;
}

export type ReadFileOutcome =
  | { kind: "read"; result: TradeFileResult; encoding: string; delimiter: string }
  | { kind: "not-recognised"; layout: LayoutNotRecognised };

/** A problem with the file itself (not a layout question): the message says what to do. */
export class FileProblem extends Error {}

/** The layout of the first rows: the named columns' (custom) or the detected one. */
function layoutOf(
  head: readonly (readonly unknown[])[],
  options: ReadFileOptions
): TradeLayout | LayoutNotRecognised {
  const named = options.columns;
  if (!named) return detectLayout(head, options);
  // The header is the first row that has every named column.
  let lastError: unknown = null;
  for (let r = 0; r < head.length; r++) {
    try {
      const cols: CustomColumns = {};
      for (const [role, name] of Object.entries(named) as [keyof NamedColumns, unknown][]) {
        if (role === "value") cols.value = (name as string[]).map((n) => columnOf(head[r], n));
        else cols[role] = columnOf(head[r], name as string);
      }
      return customLayout(head[r], r, cols, options);
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError ?? new FileProblem("the file is empty");
}

/** Reads `file` into the structure table (see the module comment). */
export async function readTradeFile(
  file: string,
  options: ReadFileOptions = {}
): Promise<ReadFileOutcome> {
  const fd = fs.openSync(file, "r");
  const magic = Buffer.alloc(8);
  const got = fs.readSync(fd, magic, 0, 8, 0);
  fs.closeSync(fd);
  const kind = fileKindOf(magic.subarray(0, got));
  if (kind === "xls")
    throw new FileProblem(
      `${file} is a binary Excel 97–2003 workbook (.xls): open it in Excel and save it as .xlsx or as tab-separated text`
    );
  if (kind === "xlsx") return readWorkbookFile(file, options);
  return readTextFile(file, options);
}

async function readWorkbookFile(file: string, options: ReadFileOptions): Promise<ReadFileOutcome> {
  let sheets;
  try {
    sheets = await readXlsx(fs.readFileSync(file));
  } catch (e) {
    throw new FileProblem(
      `${file} is not a workbook that can be read (${e instanceof Error ? e.message : String(e)})`
    );
  }
  const candidates = options.sheet
    ? sheets.filter((s) => s.name.toLowerCase() === options.sheet!.toLowerCase())
    : sheets;
  if (candidates.length === 0)
    throw new FileProblem(
      `${file} has no sheet named ${options.sheet} (sheets: ${sheets.map((s) => s.name).join(", ")})`
    );
  let first: LayoutNotRecognised | null = null;
  for (const sheet of candidates) {
    const layout = layoutOf(sheet.values.slice(0, HEADER_SEARCH_ROWS), options);
    if (layout.kind === "not-recognised") {
      first ??= layout;
      continue;
    }
    const acc = new TradeAccumulator(layout, options);
    for (let r = layout.headerRow + 1; r < sheet.values.length; r++) acc.add(sheet.values[r]);
    return { kind: "read", result: acc.finish(), encoding: "xlsx", delimiter: "" };
  }
  return { kind: "not-recognised", layout: first as LayoutNotRecognised };
}

async function readTextFile(file: string, options: ReadFileOptions): Promise<ReadFileOutcome> {
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  let decoder: TextDecoder | null = null;
  let encoding = "";
  let splitter: DelimitedSplitter | null = null;
  let delimiter = "";
  const head: string[][] = [];
  // Set by the row callback: the accumulator once the layout is known, or why there is none.
  const state: { acc: TradeAccumulator | null; notRecognised: LayoutNotRecognised | null } = {
    acc: null,
    notRecognised: null,
  };
  const start = () => {
    const layout = layoutOf(head, options);
    if (layout.kind === "not-recognised") {
      state.notRecognised = layout;
      return;
    }
    const acc = new TradeAccumulator(layout, options);
    for (let r = layout.headerRow + 1; r < head.length; r++) acc.add(head[r]);
    state.acc = acc;
    // From here on only the columns the layout reads are copied out of the text.
    const keep: boolean[] = [];
    for (const c of columnsRead(layout)) keep[c] = true;
    if (splitter) {
      splitter.keep = keep;
      // The accumulator reads each record at once and keeps none of them.
      splitter.reuseRows = true;
    }
  };
  const onRow = (row: string[]) => {
    if (state.acc) state.acc.add(row);
    else if (!state.notRecognised) {
      head.push(row.slice());
      if (head.length >= HEADER_SEARCH_ROWS) start();
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (!decoder) {
      encoding = textEncodingOf(chunk).toLowerCase();
      decoder = new TextDecoder(encoding);
    }
    const text = decoder.decode(chunk, { stream: true });
    if (!splitter) {
      // The delimiter from the complete lines of the first chunk.
      const cut = text.lastIndexOf("\n");
      delimiter = detectDelimiter(cut > 0 ? text.slice(0, cut) : text);
      splitter = new DelimitedSplitter(delimiter as "\t", onRow);
    }
    splitter.push(text);
    if (state.notRecognised) {
      stream.destroy();
      break;
    }
  }
  if (!splitter || !decoder) throw new FileProblem(`${file} is empty`);
  if (!state.notRecognised) {
    splitter.push(decoder.decode());
    splitter.end();
    if (!state.acc) start();
  }
  if (state.notRecognised || !state.acc)
    return { kind: "not-recognised", layout: state.notRecognised as LayoutNotRecognised };
  return { kind: "read", result: state.acc.finish(), encoding, delimiter };
}
