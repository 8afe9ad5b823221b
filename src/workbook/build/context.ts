/**
 * The small shared context the sheet builders write into: the workbook description being built,
 * every input and result cell by key, and the references later sheets read from earlier ones
 * (where each node's local weight, each indicator's scores and quantitative score are).
 */
import type { EvaluationModel, EvaluationSettings } from "../model";
import type { SheetId } from "../layout";
import { CellSpec, CellValue, SheetSpec, WorkbookSpec, addr, newSheet, sheetRef } from "../spec";

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

  /** Sheet-qualified absolute reference to cell (r, c), for formulas on other sheets. */
  ref(r: number, c: number): string {
    return `${sheetRef(this.name)}${addr(r, c, true)}`;
  }
}

export class BuildContext {
  readonly spec: WorkbookSpec = { sheets: [], names: [] };
  readonly inputCells = new Map<string, CellLocation>();
  readonly resultCells = new Map<string, CellLocation>();
  /** Where each node's local weight is (a sheet-qualified reference, or "1" for an only child). */
  readonly localWeightRef = new Map<string, string>();
  /** Where each quantitative indicator's score is. */
  readonly quantScoreRef = new Map<string, string>();
  /** Where each qualitative indicator's expert scores are (one reference per expert). */
  readonly expertScoreRefs = new Map<string, string[]>();

  constructor(
    readonly model: EvaluationModel,
    readonly names: Record<SheetId, string>,
    readonly inputs: Map<string, CellValue>
  ) {}

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
