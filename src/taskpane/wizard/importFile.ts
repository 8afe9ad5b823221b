/**
 * Reading a file chosen in the pane (the Start step's indicators, the Build step's trade data),
 * by what its first bytes say it is rather than its name: an .xlsx through the workbook reader
 * (loaded on first use, one grid of values per visible worksheet), a binary Excel 97–2003
 * workbook refused with what to do, anything else as text (UTF-16 with its byte-order mark,
 * UTF-8, or GB18030 when it is not valid UTF-8): ITC Trade Map's ".xls" downloads are text.
 */
import { decodeText, fileKindOf } from "../../workbook/delimited";
import { en, Messages } from "../i18n/en";
import { PaneError } from "./ErrorBar";

/** A file as read: text, or the worksheets of a workbook (each a grid of cell values). */
export type ReadFile =
  | { kind: "text"; name: string; text: string; encoding: string }
  | { kind: "sheets"; name: string; sheets: { name: string; values: unknown[][] }[] };

/**
 * Reads `file`. Throws a PaneError naming the file (worded by `text`) when it cannot be read.
 * @example await readIndicatorFile(new File(["Id,Name\nA,Staff"], "system.csv")) // { kind: "text", … }
 */
export async function readIndicatorFile(
  file: File,
  text: Messages["common"] = en.common
): Promise<ReadFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = fileKindOf(bytes.subarray(0, 8));
  if (kind === "xls") throw new PaneError(text.xlsNotSupported(file.name));
  if (kind === "text" && /\.xls[xm]$/i.test(file.name)) throw new PaneError(text.notZip(file.name));
  if (kind === "text") {
    const { text, encoding } = decodeText(bytes);
    return { kind: "text", name: file.name, text, encoding };
  }
  const { readXlsx } = await import(/* webpackChunkName: "xlsx-read" */ "../../workbook/xlsx/read");
  let read: Awaited<ReturnType<typeof readXlsx>>;
  try {
    read = await readXlsx(bytes);
  } catch (e) {
    throw new PaneError(text.xlsxUnreadable(file.name, e instanceof Error ? e.message : String(e)));
  }
  const sheets = read
    .filter((ws) => ws.state === "visible")
    .map((ws) => ({ name: ws.name, values: ws.values }));
  if (sheets.length === 0) throw new PaneError(text.noVisibleSheet(file.name));
  return { kind: "sheets", name: file.name, sheets };
}
