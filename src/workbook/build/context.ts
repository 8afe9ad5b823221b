/**
 * The small shared context the sheet builders write into: the workbook description being built,
 * every input and result cell by key, and the references later sheets read from earlier ones
 * (where each node's local weight, each indicator's scores and quantitative score are).
 */
import { EvaluationModel, EvaluationSettings, severalUnits, unitNames } from "../model";
import type { SheetId } from "../layout";
import { WorkbookMessages, messagesOf } from "../i18n";
import type { Language } from "../../core/language";
import {
  CellSpec,
  CellValue,
  LINE_HEIGHT,
  STYLES,
  SheetSpec,
  WorkbookSpec,
  addr,
  boxOf,
  colName,
  newSheet,
  parseAddr,
  rangeOf,
  sheetRef,
  wrappedLines,
} from "../spec";

/** Width in characters of a column without a width of its own (Excel's default). */
const DEFAULT_WIDTH = 8.43;

/** How a sheet prints and which rows and columns stay in view. */
export interface PageOptions {
  /** Rows and columns frozen at the top left. */
  freeze: { rows: number; columns: number };
  /** 0-based rows repeated at the top of every printed page. */
  titleRows?: { first: number; last: number };
  landscape: boolean;
  /** The print area when not the whole sheet (A1 range). */
  area?: string;
}

/** Where a cell is. */
export interface CellLocation {
  sheet: string;
  address: string;
}

/** One sheet being built, with the helpers every builder uses. */
export class SheetBuilder {
  constructor(
    private readonly ctx: BuildContext,
    readonly spec: SheetSpec
  ) {}

  get name(): string {
    return this.spec.name;
  }

  /** Sets cell (r, c) (0-based); returns its A1 address. */
  put(r: number, c: number, cell: CellSpec): string {
    const a = addr(r, c);
    this.spec.cells.set(a, cell);
    return a;
  }

  /** An input cell: it holds what the user typed under `key` (kept across rebuilds). */
  input(r: number, c: number, key: string, example = false): string {
    const a = this.put(r, c, {
      value: this.ctx.inputs.get(key) ?? null,
      input: true,
      key,
      style: example ? "example" : "input",
    });
    this.ctx.inputCells.set(key, { sheet: this.name, address: a });
    return a;
  }

  /** A result cell, found by `key` in tests and the task pane. */
  result(r: number, c: number, key: string, cell: CellSpec): string {
    const a = this.put(r, c, { ...cell, key });
    this.ctx.resultCells.set(key, { sheet: this.name, address: a });
    return a;
  }

  /**
   * An array formula at (r, c) filling `rows` × `columns` cells, each styled as `cell`; `keys`
   * (optional) names the results in the cells of the area that have one.
   */
  array(
    r: number,
    c: number,
    rows: number,
    columns: number,
    cell: CellSpec,
    keys?: (i: number, j: number) => string | undefined
  ): void {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const part: CellSpec =
          i === 0 && j === 0
            ? { ...cell, array: { rows, columns } }
            : { style: cell.style, numFmt: cell.numFmt };
        const key = keys?.(i, j);
        if (key !== undefined) this.result(r + i, c + j, key, part);
        else this.put(r + i, c + j, part);
      }
    }
  }

  /**
   * A note across columns A … `lastColumn` of row `r`: merged, wrapped, and the row as high as
   * the text needs.
   */
  note(r: number, text: string, lastColumn: number): string {
    const a = this.put(r, 0, { value: text, style: "note", wrap: true });
    if (lastColumn > 0) this.spec.merges.push(rangeOf(r, 0, r, lastColumn));
    return a;
  }

  /** Width in characters of column c. */
  width(c: number): number {
    return this.spec.columnWidths[colName(c)] ?? DEFAULT_WIDTH;
  }

  /** Hides columns first … last (0-based) as a helper block: grouped at outline level 1. */
  helpers(first: number, last: number): void {
    if (last >= first) this.spec.helperColumns.push({ first, last });
  }

  /**
   * Finishes the sheet's layout: rows of wrapped text (headers, notes, labels marked `wrap`) as
   * high as their longest text needs at the column widths, the frozen panes and the page setup
   * (print area: the whole sheet with its charts unless given; one page wide).
   */
  page(options: PageOptions): void {
    const sheet = this.spec;
    const merged = new Map<string, number>();
    for (const m of sheet.merges) {
      const [a, b] = m.split(":");
      const p = parseAddr(a);
      const q = parseAddr(b);
      let w = 0;
      for (let c = p.c; c <= q.c; c++) w += this.width(c);
      merged.set(addr(p.r, p.c), w);
    }
    for (const [a, cell] of sheet.cells) {
      if (!(cell.wrap || (cell.style && STYLES[cell.style].wrap))) continue;
      if (typeof cell.value !== "string" && typeof cell.value !== "number") continue;
      const { r, c } = parseAddr(a);
      if (sheet.helperColumns.some((h) => c >= h.first && c <= h.last)) continue; // hidden
      const lines = wrappedLines(String(cell.value), merged.get(a) ?? this.width(c));
      const h = (lines * LINE_HEIGHT * (STYLES[cell.style ?? "label"].size ?? 11)) / 11;
      if (lines > 1 && h > (sheet.rowHeights[r] ?? LINE_HEIGHT)) sheet.rowHeights[r] = h;
    }
    sheet.freeze = options.freeze;
    let area = options.area;
    if (!area) {
      const box = boxOf(sheet.cells.keys()) ?? { r1: 0, c1: 0, r2: 0, c2: 0 };
      for (const ch of sheet.charts) {
        const { r, c } = parseAddr(ch.anchor);
        box.r2 = Math.max(box.r2, r + ch.height);
        box.c2 = Math.max(box.c2, c + ch.width - 1);
      }
      area = rangeOf(0, 0, box.r2, box.c2, true);
    }
    sheet.print = { area, titleRows: options.titleRows, landscape: options.landscape };
  }

  /** Sheet-qualified absolute reference to cell (r, c), for formulas on other sheets. */
  ref(r: number, c: number): string {
    return `${sheetRef(this.name)}${addr(r, c, true)}`;
  }
}

/** A comparison block as the Comparisons sheet laid it out, for the Status sheet. */
export interface BlockLayout {
  /** The block's result key (parent|expert, parent|aggregate). */
  key: string;
  parent: string;
  /** The expert's name, "agreed judgments", or the aggregate's label. */
  label: string;
  aggregate: boolean;
  /** The input key of each judgment (i, j), i < j; empty for the aggregate. */
  judgmentKeys: (i: number, j: number) => string;
  children: string[];
  /** Sheet-qualified references: the block's title cell and its CR. */
  title: string;
  cr: string;
  /**
   * Sheet-qualified ranges: the element names (row labels), the numeric matrix, the weights and
   * the ranking helper (|ln ε| per judgment; empty for the aggregate).
   */
  names: string;
  matrix: string;
  weights: string;
  deviations: string;
}

/** One evaluated unit: its name and where its scores, data and quantitative scores are. */
export interface UnitLayout {
  /** The unit's name ("" for the one unnamed unit). */
  name: string;
  /** The name in the unit's keys; undefined with one unit (keys without a unit part). */
  key: string | undefined;
  /** Where each qualitative indicator's expert scores are (one reference per expert). */
  expertScoreRefs: Map<string, string[]>;
  /** Where each quantitative indicator's yearly data are (a sheet-qualified row range). */
  quantDataRef: Map<string, string>;
  /** Where each quantitative indicator's score is. */
  quantScoreRef: Map<string, string>;
  /** Where the unit's block starts on the Expert Scores and Quantitative Data sheets (its heading or first row). */
  scoresAt?: string;
  quantAt?: string;
}

export class BuildContext {
  readonly spec: WorkbookSpec = { sheets: [], names: [] };
  readonly inputCells = new Map<string, CellLocation>();
  readonly resultCells = new Map<string, CellLocation>();
  /** Where each node's local weight is (a sheet-qualified reference, or "1" for an only child). */
  readonly localWeightRef = new Map<string, string>();
  /** The evaluated units, in the settings' order (one, unnamed, unless several are set). */
  readonly units: UnitLayout[];
  /** True with several units: their scores, data and results carry the unit's name. */
  readonly several: boolean;
  /** The first unit's references (the only one as a rule): see UnitLayout. */
  readonly quantScoreRef: Map<string, string>;
  readonly quantDataRef: Map<string, string>;
  readonly expertScoreRefs: Map<string, string[]>;
  /** Where each unit's DEA CRS efficiency is on the Efficiency sheet (by unit name). */
  readonly deaScoreRef = new Map<string, string>();
  /** Every comparison block, in sheet order. */
  readonly blocks: BlockLayout[] = [];
  /** The workbook's language and its texts (src/workbook/i18n). */
  readonly language: Language;
  readonly t: WorkbookMessages;

  constructor(
    readonly model: EvaluationModel,
    readonly names: Record<SheetId, string>,
    readonly inputs: Map<string, CellValue>,
    /** Rows laid out for pasted trade and service data. */
    readonly rows: { trade: number; service: number; sectors: number } = {
      trade: 0,
      service: 0,
      sectors: 0,
    }
  ) {
    this.language = model.settings.language ?? "en";
    this.t = messagesOf(this.language);
    this.several = severalUnits(model.settings);
    this.units = unitNames(model.settings).map((name) => ({
      name,
      key: this.several ? name : undefined,
      expertScoreRefs: new Map(),
      quantDataRef: new Map(),
      quantScoreRef: new Map(),
    }));
    this.quantScoreRef = this.units[0].quantScoreRef;
    this.quantDataRef = this.units[0].quantDataRef;
    this.expertScoreRefs = this.units[0].expertScoreRefs;
  }

  get settings(): EvaluationSettings {
    return this.model.settings;
  }

  /** A new sheet of the workbook, named as the build names sheet `id`. */
  sheet(id: SheetId, protect = false): SheetBuilder {
    return this.namedSheet(this.names[id], protect);
  }

  /** A new sheet with a name of its own (hidden lookup tables). */
  namedSheet(name: string, protect = false): SheetBuilder {
    const spec = newSheet(name, protect);
    this.spec.sheets.push(spec);
    return new SheetBuilder(this, spec);
  }
}

/** An Excel string literal. */
export const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
