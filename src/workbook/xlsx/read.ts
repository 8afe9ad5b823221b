/**
 * Reads the cell values of an .xlsx or .xlsm package (JSZip, no other library): shared strings
 * (rich text runs joined, phonetic runs left out), inline strings, numbers, booleans, dates (by
 * their number format), errors as their text, and for a formula its cached result, never the
 * formula itself.
 */
import JSZip from "jszip";

export type ReadValue = string | number | boolean | Date | null;

export interface ReadSheet {
  name: string;
  /** "visible", "hidden" or "veryHidden". */
  state: string;
  /** The rows from row 1 to the last with a value, each from column A to the last column with one. */
  values: ReadValue[][];
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character data as text: entities and character references decoded. */
function decode(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? m;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Excel's escape of a character in text (_x000D_ is "\r", _x005F_ an underscore). */
const unescapeExcel = (s: string) =>
  s.includes("_x")
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;

const ATTRS = new Map<string, RegExp>();

/** The value of attribute `name` in an element's attribute text, or undefined. */
function attr(attrs: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? decode(m[1] ?? m[2]) : undefined;
}

/** An element name with any namespace prefix (x:c, c). */
const tag = (name: string) => `(?:[\\w.-]+:)?${name}`;

/** The text of the `<t>` elements of a string item, phonetic runs (<rPh>) left out. */
function itemText(xml: string): string {
  const body = xml.replace(new RegExp(`<${tag("rPh")}\\b[\\s\\S]*?</${tag("rPh")}>`, "g"), "");
  let out = "";
  const t = new RegExp(`<${tag("t")}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${tag("t")}>)`, "g");
  for (let m = t.exec(body); m; m = t.exec(body)) out += m[1] ?? "";
  return unescapeExcel(decode(out));
}

/** 0-based column of a cell reference (B7 → 1), or -1. */
function columnOf(ref: string): number {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~32;
    if (ch < 65 || ch > 90) break;
    c = c * 26 + ch - 64;
  }
  return i === 0 ? -1 : c - 1;
}

/** Built-in number formats that show dates or times. */
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** True when a custom number format shows a date or time (d, m, y, h, s outside quotes and brackets). */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*]|\\.|_.|\*./g, "");
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** For each cell format (s="…"), whether it shows a date. */
function dateStyles(styles: string): boolean[] {
  const custom = new Map<number, string>();
  const fmt = new RegExp(`<${tag("numFmt")}\\b([^>]*)>`, "g");
  for (let m = fmt.exec(styles); m; m = fmt.exec(styles)) {
    const id = Number(attr(m[1], "numFmtId"));
    custom.set(id, attr(m[1], "formatCode") ?? "");
  }
  const xfs =
    new RegExp(`<${tag("cellXfs")}\\b[\\s\\S]*?</${tag("cellXfs")}>`).exec(styles)?.[0] ?? "";
  const out: boolean[] = [];
  const xf = new RegExp(`<${tag("xf")}\\b([^>]*)>`, "g");
  for (let m = xf.exec(xfs); m; m = xf.exec(xfs)) {
    const id = Number(attr(m[1], "numFmtId") ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormat(code) : DATE_FORMATS.has(id));
  }
  return out;
}

/** A serial date of Excel's 1900 (or 1904) system as a UTC Date. */
function serialDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial;
  return new Date(Math.round((days - 25569) * 86400000));
}

interface Parts {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

function readSheet(xml: string, parts: Parts): ReadValue[][] {
  const values: ReadValue[][] = [];
  let width = 0;
  const rowRe = new RegExp(`<${tag("row")}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag("row")}>)`, "g");
  const cellRe = new RegExp(`<${tag("c")}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag("c")}>)`, "g");
  const vRe = new RegExp(`<${tag("v")}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag("v")}>`);
  const isRe = new RegExp(`<${tag("is")}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag("is")}>`);
  let r = -1;
  for (let row = rowRe.exec(xml); row; row = rowRe.exec(xml)) {
    const n = Number(attr(row[1], "r"));
    r = Number.isInteger(n) && n > 0 ? n - 1 : r + 1;
    const body = row[2] ?? "";
    let c = -1;
    cellRe.lastIndex = 0;
    for (let cell = cellRe.exec(body); cell; cell = cellRe.exec(body)) {
      const ref = attr(cell[1], "r");
      const at = ref ? columnOf(ref) : -1;
      c = at >= 0 ? at : c + 1;
      const inner = cell[2] ?? "";
      const t = attr(cell[1], "t") ?? "n";
      const v = vRe.exec(inner);
      let value: ReadValue = null;
      if (t === "inlineStr") {
        const is = isRe.exec(inner);
        value = is ? itemText(is[1]) : null;
      } else if (v) {
        const text = decode(v[1]);
        if (t === "s") value = parts.strings[Number(text)] ?? null;
        else if (t === "str") value = unescapeExcel(text);
        else if (t === "b") value = text.trim() === "1" || text.trim() === "true";
        else if (t === "e") value = text;
        else if (t === "d") value = new Date(text);
        else {
          const x = Number(text);
          const s = Number(attr(cell[1], "s") ?? 0);
          value = !Number.isFinite(x) ? text : parts.dates[s] ? serialDate(x, parts.date1904) : x;
        }
      }
      if (value === null || value === "") continue;
      while (values.length <= r) values.push([]);
      values[r][c] = value;
      if (c + 1 > width) width = c + 1;
    }
  }
  return values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}

/** The path a relationship's target names, from the folder of the part that holds it. */
function resolve(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `${folder}${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** The relationships of `part`: id → the path of the part it names and the relationship's type. */
async function relationships(
  zip: JSZip,
  part: string
): Promise<Map<string, { path: string; type: string }>> {
  const slash = part.lastIndexOf("/") + 1;
  const folder = part.slice(0, slash);
  const xml = (await zip.file(`${folder}_rels/${part.slice(slash)}.rels`)?.async("string")) ?? "";
  const out = new Map<string, { path: string; type: string }>();
  const re = new RegExp(`<${tag("Relationship")}\\b([^>]*)>`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id && target && attr(m[1], "TargetMode") !== "External")
      out.set(id, { path: resolve(folder, target), type: attr(m[1], "Type") ?? "" });
  }
  return out;
}

/** Each worksheet of a package (chart sheets left out), in the workbook's order. Throws on a package that is not a workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadSheet[]> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (p: string | undefined) =>
    p ? await zip.file(p)?.async("string") : undefined;
  const ofType = (rels: Map<string, { path: string; type: string }>, kind: string) =>
    [...rels.values()].find((r) => r.type.endsWith(`/${kind}`))?.path;
  const workbookPath = ofType(await relationships(zip, ""), "officeDocument") ?? "xl/workbook.xml";
  const workbook = await text(workbookPath);
  if (workbook === undefined) throw new Error("the package has no workbook part");
  const rels = await relationships(zip, workbookPath);
  const shared = (await text(ofType(rels, "sharedStrings"))) ?? "";
  const strings: string[] = [];
  const si = new RegExp(`<${tag("si")}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${tag("si")}>)`, "g");
  for (let m = si.exec(shared); m; m = si.exec(shared)) strings.push(itemText(m[1] ?? ""));
  const parts: Parts = {
    strings,
    dates: dateStyles((await text(ofType(rels, "styles"))) ?? ""),
    date1904: /<(?:[\w.-]+:)?workbookPr\b[^>]*date1904\s*=\s*["'](1|true)["']/.test(workbook),
  };
  const out: ReadSheet[] = [];
  const sheetRe = new RegExp(`<${tag("sheet")}\\b([^>]*)>`, "g");
  for (let m = sheetRe.exec(workbook); m; m = sheetRe.exec(workbook)) {
    const id = /(?:^|\s)[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1];
    const path = id ? rels.get(id)?.path : undefined;
    const xml = await text(path);
    if (xml === undefined || !new RegExp(`<${tag("worksheet")}\\b`).test(xml.slice(0, 2000)))
      continue;
    out.push({
      name: attr(m[1], "name") ?? "",
      state: attr(m[1], "state") ?? "visible",
      values: readSheet(xml, parts),
    });
  }
  return out;
}
