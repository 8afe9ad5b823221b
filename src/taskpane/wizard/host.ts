/**
 * Where the wizard builds: the open workbook (Office.js) or, outside Excel, a preview that
 * downloads the same workbook as an .xlsx file. Both read back the inputs for the Check and
 * Results steps.
 */
import { buildWorkbook } from "../../workbook/build";
import type { EvaluationModel } from "../../workbook/model";
import type { CellValue } from "../../workbook/spec";
import {
  ConflictChoice,
  WriteReport,
  collectInputs,
  readMeta,
  writeToWorkbook,
  ImportedInputs,
  replaceInputs,
} from "../../workbook/writeOffice";
import { DEFAULT_SHEET_NAMES } from "../../workbook/layout";
import { storableModel } from "../../workbook/text";
import { offerDownload } from "./download";

export interface BuildSummary {
  created: string[];
  updated: string[];
  dropped: { key: string; value: CellValue }[];
  kept: number;
  file?: string;
  /** What was changed so that every name fits a cell. */
  changes: string[];
  /** Sheets of the previous build deleted (Questionnaire sheets turned off); absent in older drafts. */
  removed?: string[];
  /** What was kept as typed but should be known (answers not on the questionnaire's scale). */
  notes?: string[];
}

export interface WorkbookInputs {
  inputs: Map<string, CellValue>;
  cells: Map<string, { sheet: string; address: string }>;
}

export interface Host {
  kind: "excel" | "preview";
  /** Values of the current selection (for importing an indicator table). */
  readSelection(): Promise<unknown[][]>;
  /** The evaluation stored in the workbook by a previous build, if any. */
  loadExisting(): Promise<EvaluationModel | null>;
  /** The evaluation the workbook (or, in preview, the last download) was built from, if any. */
  builtModel(): Promise<EvaluationModel | null>;
  /** Builds the workbook. `choice` answers an existing-sheets conflict (null: ask). */
  build(
    model: EvaluationModel,
    choice: ConflictChoice | null,
    sample: Map<string, CellValue> | null,
    onProgress: (step: string, fraction: number) => void,
    /** Rows read from a trade file: they replace every trade row. */
    imported?: ImportedInputs
  ): Promise<BuildSummary>;
  /** The input values as they are now. */
  readInputs(model: EvaluationModel): Promise<WorkbookInputs>;
  /** Selects a cell. */
  select(sheet: string, address: string): Promise<void>;
  /** The wizard's draft saved with this workbook (text of saveDraft), or null when there is none. */
  loadDraft(): Promise<string | null>;
  /** Saves the wizard's draft with this workbook, replacing the previous one. */
  saveDraft(text: string): Promise<void>;
}

/** The name the wizard's draft is saved under (document setting, local storage key). */
export const DRAFT_KEY = "lowcarbon.wizardDraft";

/** Office.js host. */
export class ExcelHost implements Host {
  kind = "excel" as const;

  async readSelection(): Promise<unknown[][]> {
    return Excel.run(async (context) => {
      const r = context.workbook.getSelectedRange();
      r.load("values");
      await context.sync();
      return r.values;
    });
  }

  async loadExisting(): Promise<EvaluationModel | null> {
    return Excel.run(async (context) => {
      const meta = context.workbook.worksheets.getItemOrNullObject(DEFAULT_SHEET_NAMES.meta);
      const used = meta.getUsedRangeOrNullObject(true);
      used.load("values");
      await context.sync();
      if (meta.isNullObject || used.isNullObject) return null;
      return readMeta(used.values).model;
    });
  }

  builtModel(): Promise<EvaluationModel | null> {
    return this.loadExisting();
  }

  async build(
    model: EvaluationModel,
    choice: ConflictChoice | null,
    sample: Map<string, CellValue> | null,
    onProgress: (step: string, fraction: number) => void,
    imported?: ImportedInputs
  ): Promise<WriteReport> {
    return Excel.run((context) =>
      writeToWorkbook(context, model, choice, onProgress, sample ?? undefined, imported)
    );
  }

  async readInputs(model: EvaluationModel): Promise<WorkbookInputs> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const meta = sheets.getItemOrNullObject(DEFAULT_SHEET_NAMES.meta);
      const used = meta.getUsedRangeOrNullObject(true);
      used.load("values");
      await context.sync();
      const stored = meta.isNullObject || used.isNullObject ? null : readMeta(used.values);
      const cells = stored?.inputs ?? buildWorkbook(model).inputCells;
      const bySheet = new Map<string, Excel.Range>();
      for (const { sheet } of cells.values()) {
        if (bySheet.has(sheet)) continue;
        const r = sheets.getItem(sheet).getUsedRangeOrNullObject(true);
        r.load(["values", "rowIndex", "columnIndex"]);
        bySheet.set(sheet, r);
      }
      await context.sync();
      const inputs = new Map<string, CellValue>();
      for (const [sheet, r] of bySheet)
        if (!r.isNullObject)
          collectInputs(cells, sheet, r.values, r.rowIndex, r.columnIndex, inputs);
      return { inputs, cells };
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  /** The draft lives in the document's settings, so it travels with the workbook. */
  async loadDraft(): Promise<string | null> {
    const v: unknown = Office.context.document.settings.get(DRAFT_KEY);
    return typeof v === "string" ? v : null;
  }

  async saveDraft(text: string): Promise<void> {
    const settings = Office.context.document.settings;
    settings.set(DRAFT_KEY, text);
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((r) =>
        r.status === Office.AsyncResultStatus.Succeeded
          ? resolve()
          : reject(new Error(r.error.message))
      )
    );
  }
}

/** Outside Excel: builds download as .xlsx; inputs are the sample data (or none). */
export class PreviewHost implements Host {
  kind = "preview" as const;
  private inputs = new Map<string, CellValue>();
  /** The last file offered for download (tests read it). */
  lastFile: { name: string; bytes: Uint8Array } | null = null;

  async readSelection(): Promise<unknown[][]> {
    return [];
  }

  async loadExisting(): Promise<EvaluationModel | null> {
    return null;
  }

  /** The model of the last download (stored in it as a build stores it). */
  private built: EvaluationModel | null = null;

  async builtModel(): Promise<EvaluationModel | null> {
    return this.built;
  }

  async build(
    model: EvaluationModel,
    _choice: ConflictChoice | null,
    sample: Map<string, CellValue> | null,
    onProgress: (step: string, fraction: number) => void,
    imported?: ImportedInputs
  ): Promise<BuildSummary> {
    onProgress("describing", 0.2);
    this.inputs = new Map(sample ?? []);
    if (imported) replaceInputs(this.inputs, imported);
    const built = buildWorkbook(model, { inputs: this.inputs });
    this.built = storableModel(model).model; // what the build stores in _EvalMeta
    onProgress("writingXlsx", 0.5);
    // The .xlsx writer (with JSZip) loads only when a file is made.
    const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../workbook/writeXlsx");
    const bytes = await writeXlsx(built.spec);
    const name = `low-carbon-evaluation-${model.settings.style}.xlsx`;
    this.lastFile = { name, bytes };
    offerDownload(
      name,
      bytes as Uint8Array<ArrayBuffer>,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    onProgress("downloaded", 1);
    return {
      created: built.spec.sheets.filter((s) => !s.hidden).map((s) => s.name),
      updated: [],
      dropped: [],
      kept: 0,
      file: name,
      changes: built.changes,
      notes: built.notes,
    };
  }

  async readInputs(model: EvaluationModel): Promise<WorkbookInputs> {
    return { inputs: this.inputs, cells: buildWorkbook(model).inputCells };
  }

  async select(): Promise<void> {
    /* no workbook to select in */
  }

  /** Outside Excel there is no workbook: the draft is kept in local storage, per page. */
  private get storageKey(): string {
    return `${DRAFT_KEY}:${location.pathname}`;
  }

  async loadDraft(): Promise<string | null> {
    return localStorage.getItem(this.storageKey);
  }

  async saveDraft(text: string): Promise<void> {
    localStorage.setItem(this.storageKey, text);
  }
}
