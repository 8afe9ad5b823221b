/**
 * The declarative description of a workbook: sheets, cells (values or formulas), styles,
 * validation, conditional formats, names and charts. One description, two writers:
 * src/workbook/writeOffice.ts (a live workbook through Office.js) and src/workbook/writeXlsx.ts
 * (an .xlsx file, SpreadsheetML written directly and packed with JSZip).
 */

export type CellValue = string | number | boolean | null;

/** Named styles; each writer maps them to fonts, fills and borders (see STYLES). */
export type StyleName =
  | "title"
  | "subtitle"
  | "header"
  | "label"
  | "input"
  | "example"
  | "formula"
  | "result"
  | "note"
  | "warning"
  | "diagonal";

export interface CellSpec {
  value?: CellValue;
  /** An English A1 formula starting with "=". */
  formula?: string;
  style?: StyleName;
  numFmt?: string;
  /**
   * The formula is filled down from this cell over `fill` (an A1 range starting here): each cell
   * of the range holds its own relative copy in `formula`, and the .xlsx stores the text once
   * (a shared formula), the cells below naming this one in `filledFrom`.
   */
  fill?: string;
  /** The cell whose `fill` this formula is a copy of (see `fill`). */
  filledFrom?: string;
  /** Wrap the text inside the cell (headers always wrap). */
  wrap?: boolean;
  /** A cell the user fills in: unlocked, styled as input, kept across rebuilds by `key`. */
  input?: boolean;
  /** Stable key: inputs are matched by it when rebuilding; results are checked by it in tests. */
  key?: string;
  /**
   * The formula of this (top-left) cell fills `rows` × `columns` cells from here: an array
   * formula computed once (a legacy array formula in .xlsx, a spilling formula in Excel). The
   * other cells of the area have no value or formula of their own.
   */
  array?: { rows: number; columns: number };
}

export interface ValidationSpec {
  /** A1 range on the sheet. */
  range: string;
  kind: "decimal" | "custom" | "list";
  min?: number;
  max?: number;
  /**
   * For custom: a formula relative to the range's top-left cell. For list: comma-separated items,
   * or a reference to the items starting with "=" (=Lists!$A$1:$A$17; literal lists are limited to
   * 255 characters).
   */
  formula?: string;
  prompt?: string;
  error?: string;
  /** The titles of the prompt and of the error alert ("Input", "Invalid entry" when absent). */
  promptTitle?: string;
  errorTitle?: string;
}

export interface ConditionalFormatSpec {
  range: string;
  /** Formula relative to the range's top-left cell; true → the format applies. */
  formula: string;
  fill: string;
  font?: string;
}

export interface ChartSpec {
  kind: "bar" | "column" | "stackedColumn";
  /** Number format of the value axis (FORMATS.share for shares). */
  axisFormat?: string;
  title: string;
  /** Category labels (one column) and series values (one or more columns), A1 ranges on this sheet. */
  categories: string;
  series: { name: string; values: string }[];
  /**
   * Bars of the series on top of each other, category labels at the low end of the value axis:
   * a tornado chart of changes below and above zero (kind "bar").
   */
  tornado?: boolean;
  /** Top-left anchor cell and size in cells. */
  anchor: string;
  width: number;
  height: number;
}

export interface SheetSpec {
  name: string;
  cells: Map<string, CellSpec>;
  columnWidths: Record<string, number>;
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
  /** Protect the sheet (input cells stay unlocked). */
  protect: boolean;
  hidden?: boolean;
  freeze?: { rows: number; columns: number };
  /** Row heights in points by 0-based row (rows of wrapped headers and notes). */
  rowHeights: Record<number, number>;
  /** Ranges merged into one cell (a note across the printed width). */
  merges: string[];
  /** Helper columns (0-based, inclusive): grouped at outline level 1 and hidden. */
  helperColumns: { first: number; last: number }[];
  /** Page setup: what prints, on pages one wide, with these rows repeated on every page. */
  print?: PrintSpec;
}

export interface PrintSpec {
  /** A1 range of the print area. */
  area: string;
  /** 0-based rows repeated at the top of every page (inclusive). */
  titleRows?: { first: number; last: number };
  landscape: boolean;
}

export interface NameSpec {
  name: string;
  /** Sheet-qualified absolute reference, e.g. 'Results'!$C$5. */
  ref: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  names: NameSpec[];
}

/**
 * The number format of each kind of value, used by every sheet.
 *
 * @example { numFmt: FORMATS.weight } // 0.3268
 */
export const FORMATS = {
  /** Reciprocal judgments show as the fraction they are (1/3), as typed in the upper triangle. */
  judgment: "# ?/?",
  /** Computed judgments (the AIJ aggregate). */
  aggregate: "0.000",
  /** Weights, grey weights r, memberships B, whitening values. */
  weight: "0.0000",
  /** λmax, CI, RI, CR. */
  consistency: "0.000",
  /** Scores (expert, quantitative, samples) and W. */
  score: "0.00",
  /** Yearly data and smoothed series. */
  data: "0.00",
  /** Trade and service values. */
  value: "#,##0",
  /** Shares of a total. */
  share: "0.0%",
} as const;

/** Points of one line of 11-point text, and of a row holding `lines` lines. */
export const LINE_HEIGHT = 15;

/**
 * The width of `text` in characters of a column width: CJK characters (and full-width forms)
 * count double, as they print.
 *
 * @example textWidth("创新投入") // 8
 * @example textWidth("Patents") // 7
 */
export function textWidth(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
}

/**
 * Lines that `text` takes wrapped in a cell `width` characters wide (words kept whole where
 * they fit; CJK characters count double, as they print).
 *
 * @example wrappedLines("Low-carbon technology innovation", 11) // 3
 */
export function wrappedLines(text: string, width: number): number {
  const w = Math.max(1, Math.floor(width) - 1);
  let lines = 0;
  for (const para of text.split("\n")) {
    lines++;
    let line = 0;
    for (const word of para.split(/\s+/).filter((x) => x !== "")) {
      const len = textWidth(word);
      if (line > 0 && line + 1 + len <= w) {
        line += 1 + len;
        continue;
      }
      if (line > 0) lines++;
      const extra = Math.floor((len - 1) / w);
      lines += extra;
      line = len - extra * w;
    }
  }
  return lines;
}

export const STYLES: Record<
  StyleName,
  {
    bold?: boolean;
    italic?: boolean;
    size?: number;
    color?: string;
    fill?: string;
    border?: boolean;
    wrap?: boolean;
  }
> = {
  title: { bold: true, size: 14, color: "1F4E3D" },
  subtitle: { bold: true, size: 11, color: "1F4E3D" },
  header: { bold: true, color: "FFFFFF", fill: "2E7D5B", wrap: true },
  label: { bold: true },
  input: { fill: "FFF2CC", border: true },
  example: { italic: true, color: "7F6000" },
  formula: { color: "1F1F1F", fill: "F2F2F2" },
  result: { bold: true, fill: "E2EFDA", border: true },
  note: { italic: true, color: "595959" },
  warning: { bold: true, color: "9C0006", wrap: true },
  diagonal: { color: "808080", fill: "EDEDED" },
};

// ------------------------------------------------------------------ A1 helpers

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function colName(c: number): string {
  let s = "";
  for (let x = c + 1; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A1 address of 0-based (row, column). */
export function addr(r: number, c: number, absolute = false): string {
  return absolute ? `$${colName(c)}$${r + 1}` : `${colName(c)}${r + 1}`;
}

/** A1 range of 0-based corners. */
export function rangeOf(r1: number, c1: number, r2: number, c2: number, absolute = false): string {
  return `${addr(r1, c1, absolute)}:${addr(r2, c2, absolute)}`;
}

/** 0-based (row, column) of an A1 address (without sheet, $ allowed). */
export function parseAddr(a: string): { r: number; c: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.toUpperCase());
  if (!m) throw new Error(`Not an A1 address: ${a}`);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** Quoted sheet reference prefix: 'Expert Scores'! */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** A new empty sheet. */
export function newSheet(name: string, protect = false): SheetSpec {
  return {
    name,
    cells: new Map(),
    columnWidths: {},
    validations: [],
    conditionalFormats: [],
    charts: [],
    protect,
    rowHeights: {},
    merges: [],
    helperColumns: [],
  };
}

/** Sets a cell (0-based). */
export function put(sheet: SheetSpec, r: number, c: number, cell: CellSpec): string {
  const a = addr(r, c);
  sheet.cells.set(a, cell);
  return a;
}

/** Bounding box (0-based, inclusive) of A1 addresses, or null when there are none. */
export function boxOf(
  addresses: Iterable<string>
): { r1: number; c1: number; r2: number; c2: number } | null {
  let box: { r1: number; c1: number; r2: number; c2: number } | null = null;
  for (const a of addresses) {
    const { r, c } = parseAddr(a);
    box = box
      ? {
          r1: Math.min(box.r1, r),
          c1: Math.min(box.c1, c),
          r2: Math.max(box.r2, r),
          c2: Math.max(box.c2, c),
        }
      : { r1: r, c1: c, r2: r, c2: c };
  }
  return box;
}
