/**
 * Reading a file chosen in the pane (the Start step's indicators, the Build step's trade data),
 * by what its first bytes say it is rather than its name: an .xlsx through the workbook reader
 * (loaded on first use, one grid of values per visible worksheet), a binary Excel 97–2003
 * workbook refused with what to do, anything else as text (UTF-16 with its byte-order mark,
 * UTF-8, or GB18030 when it is not valid UTF-8): ITC Trade Map's ".xls" downloads are text.
 */
import { decodeText, fileKindOf } from "../../workbook/delimited";

/** A file as read: text, or the worksheets of a workbook (each a grid of cell values). */
export type ReadFile =
  | { kind: "text"; name: string; text: string; encoding: string }
  | { kind: "sheets"; name: string; sheets: { name: string; values: unknown[][] }[] };

/**
 * Reads `file`. Throws an Error naming the file when it cannot be read.
 * @example await readIndicatorFile(new File(["Id,Name\nA,Staff"], "system.csv")) // { kind: "text", … }
 */
export async function readIndicatorFile(file: File): Promise<ReadFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = fileKindOf(bytes.subarray(0, 8));
  if (kind === "xls")
    throw new Error(
      `${file.name} is an Excel 97-2003 workbook: save it as .xlsx or .csv and choose that file`
    );
  if (kind === "text" && /\.xls[xm]$/i.test(file.name))
    throw new Error(
      `${file.name} could not be read as an .xlsx workbook (it is not a zip archive, as every .xlsx is)`
    );
  if (kind === "text") {
    const { text, encoding } = decodeText(bytes);
    return { kind: "text", name: file.name, text, encoding };
  }
  const { readXlsx } = await import(/* webpackChunkName: "xlsx-read" */ "../../workbook/xlsx/read");
  let read: Awaited<ReturnType<typeof readXlsx>>;
  try {
    read = await readXlsx(bytes);
  } catch (e) {
    throw new Error(
      `${file.name} could not be read as an .xlsx workbook (${e instanceof Error ? e.message : String(e)})`
    );
  }
  const sheets = read
    .filter((ws) => ws.state === "visible")
    .map((ws) => ({ name: ws.name, values: ws.values }));
  if (sheets.length === 0) throw new Error(`${file.name} has no visible worksheet`);
  return { kind: "sheets", name: file.name, sheets };
}
