/**
 * Writes a WorkbookSpec into the open workbook through Office.js, in a bounded number of
 * round trips: one to read the sheet names, one to read what a rebuild must keep, one to write
 * everything, one to finish (names, charts, protection), and one to delete the Questionnaire
 * sheets a rebuild no longer has (their answers carried into the matrices). Nothing the user
 * typed is lost:
 * existing sheets are updated in place (inputs are carried over by key and only cells the
 * previous build wrote are cleared) or the build goes to new, suffixed sheets; a failure
 * restores the cells it changed and deletes the sheets it created.
 */
import { buildWorkbook, BuildResult } from "./build";
import { DEFAULT_SETTINGS, EvaluationModel } from "./model";
import {
  DEFAULT_SHEET_NAMES,
  SCALE_SHEET,
  SheetId,
  isQuestionnaireSheet,
  rowsHeld,
  sectorsHeld,
  sheetIds,
  sheetNames,
} from "./layout";
import { LANGUAGES, Language, isLanguage } from "../core/language";
import {
  CellValue,
  STYLES,
  SheetSpec,
  StyleName,
  WorkbookSpec,
  addr,
  boxOf,
  parseAddr,
  rangeOf,
  sheetRef,
} from "./spec";
import { swappedJudgmentKey } from "./keys";
import { carryUnits } from "./units";
import { isVerbal, judgmentOf, verbalOf } from "./verbalScale";
import { addressChunks, compactRanges, excelApi, layoutSheet } from "./writeOfficeLayout";

export type ConflictChoice = "update" | "new";

export interface WriteReport {
  created: string[];
  updated: string[];
  /**
   * Sheets of a previous build in another language, renamed to this build's names (old, new)
   * and updated in place: every input is kept.
   */
  renamed: [string, string][];
  /** Sheets of the previous build the new one no longer has (Questionnaire sheets turned off), deleted. */
  removed: string[];
  /** Inputs of the previous build that have no place in the new one (e.g. a removed node). */
  dropped: { key: string; value: CellValue }[];
  kept: number;
  syncs: number;
  /** What was changed so that every name fits a cell (BuildResult.changes). */
  changes: string[];
  /** What was kept but should be known (BuildResult.notes), and sheets that could not be removed. */
  notes: string[];
}

export class BuildConflict extends Error {
  constructor(readonly existing: string[]) {
    super(
      `The workbook already has sheets named ${existing.join(", ")}: choose to update them in place or to create new sheets`
    );
  }
}

/**
 * The sheet names of a build in `language`: its defaults, or its defaults with the first free
 * " (n)" suffix. The Questionnaire sheets conflict by their numbered names ("Questionnaire 2").
 * The sheets of a build in another language conflict too (an update renames them).
 */
export function chooseNames(
  existing: Set<string>,
  ids: SheetId[],
  choice: ConflictChoice | null,
  language: Language = "en"
): { names: Record<SheetId, string>; conflicts: string[] } {
  const lower = new Set([...existing].map((n) => n.toLowerCase()));
  const taken = (names: Record<SheetId, string>) =>
    ids.flatMap((id) =>
      id === "questionnaire"
        ? [...existing].filter((n) => isQuestionnaireSheet(n, names[id]))
        : lower.has(names[id].toLowerCase())
          ? [names[id]]
          : []
    );
  const defaults = sheetNames(language);
  const conflicts = [...new Set(LANGUAGES.flatMap((l) => taken(sheetNames(l))))];
  if (conflicts.length === 0 || choice === "update") return { names: { ...defaults }, conflicts };
  if (choice === null) throw new BuildConflict(conflicts);
  for (let k = 2; ; k++) {
    const names = { ...defaults };
    for (const id of Object.keys(names) as SheetId[]) names[id] = `${names[id]} (${k})`;
    if (taken(names).length === 0) return { names, conflicts };
  }
}

/**
 * A formula with its references to the sheets `renames` renames (old → new) written with the
 * new names: 'Expert Scores'!D5 → '专家评分'!D5 (and an unquoted Results!B4 → '结果'!B4).
 *
 * @example renamedRefs("='Expert Scores'!D5*2", new Map([["Expert Scores", "专家评分"]])) // "='专家评分'!D5*2"
 */
export function renamedRefs(formula: string, renames: Map<string, string>): string {
  let out = formula;
  for (const [from, to] of renames) {
    const target = sheetRef(to);
    out = out.split(sheetRef(from)).join(target);
    if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(from))
      out = out.replace(
        new RegExp(`(^|[^A-Za-z0-9_.'!])${from.replace(/\./g, "\\.")}!`, "g"),
        `$1${target}`
      );
  }
  return out;
}

/** True when `name` is a Questionnaire sheet's name in any language ("问卷 2", "Questionnaire"). */
function anyQuestionnaireSheet(name: string): boolean {
  return LANGUAGES.some((l) => isQuestionnaireSheet(name, sheetNames(l).questionnaire));
}

/**
 * The sheets of a build in another language that a build named `names` takes over: each
 * existing sheet that a default name of another language gives one of `ids` (Questionnaire
 * sheets by their numbers), with the name it gets. Only a build under the default names (an
 * update in place) takes sheets over.
 */
export function sheetsToRename(
  existing: Set<string>,
  ids: SheetId[],
  names: Record<SheetId, string>,
  stored: Partial<Record<SheetId, string>> | null
): Map<string, string> {
  const out = new Map<string, string>();
  const free = (name: string) =>
    !existing.has(name) && ![...out.values()].includes(name) && !out.has(name);
  const bases = stored ? [stored] : LANGUAGES.map((l) => sheetNames(l));
  for (const old of bases) {
    for (const id of ids) {
      const from = old[id];
      if (from === undefined || from === names[id]) continue;
      if (id === "questionnaire") {
        for (const n of existing)
          if (isQuestionnaireSheet(n, from) && !isQuestionnaireSheet(n, names[id])) {
            const to = `${names[id]}${n.slice(from.length)}`;
            if (free(to)) out.set(n, to);
          }
      } else if (existing.has(from) && free(names[id])) out.set(from, names[id]);
    }
  }
  return out;
}

/**
 * The sheet names of a build stored before some sheets existed (Status): those take their
 * default names with the same " (n)" suffix as the others.
 */
function withNewSheets(
  stored: Partial<Record<SheetId, string>>,
  language: Language | undefined
): Record<SheetId, string> {
  const suffix = / \(\d+\)$/.exec(stored.index ?? "")?.[0] ?? "";
  const defaults = sheetNames(language);
  const names = { ...DEFAULT_SHEET_NAMES };
  for (const id of Object.keys(names) as SheetId[])
    names[id] = typeof stored[id] === "string" ? stored[id] : `${defaults[id]}${suffix}`;
  return names;
}

/** Reads the model and input addresses stored by a previous build in the meta sheet. */
export function readMeta(values: unknown[][]): {
  model: EvaluationModel | null;
  names: Record<SheetId, string> | null;
  inputs: Map<string, { sheet: string; address: string }>;
} {
  const inputs = new Map<string, { sheet: string; address: string }>();
  let model: EvaluationModel | null = null;
  let names: Record<SheetId, string> | null = null;
  const row = values[1] ?? [];
  if (row[0] === "model") {
    try {
      const parsed = JSON.parse(
        row
          .slice(1)
          .map((v) => (v === null || v === undefined ? "" : String(v)))
          .join("")
      );
      // Settings added since the model was stored take their defaults (questionnaire: false);
      // a language that is not one of ours is English.
      model = parsed.model
        ? { ...parsed.model, settings: { ...DEFAULT_SETTINGS, ...parsed.model.settings } }
        : null;
      if (model && model.settings.language !== undefined && !isLanguage(model.settings.language))
        delete model.settings.language;
      names = parsed.names ? withNewSheets(parsed.names, model?.settings.language) : null;
    } catch {
      model = null;
    }
  }
  for (let r = 4; r < values.length; r++) {
    const [key, sheet, address] = values[r] as string[];
    if (!key) continue;
    const column = /^([tv])\|\*\|(\d+)$/.exec(String(key));
    const range = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(String(address));
    if (column && range) {
      // A data column (build/meta.ts): row i of the data at the range's row i.
      for (let i = 0, top = Number(range[2]); top + i <= Number(range[3]); i++)
        inputs.set(`${column[1]}|${i}|${column[2]}`, {
          sheet: String(sheet),
          address: `${range[1]}${top + i}`,
        });
    } else inputs.set(String(key), { sheet: String(sheet), address: String(address) });
  }
  return { model, names, inputs };
}

/**
 * Copies into `into` the non-blank values of the input cells of `sheet` from a loaded
 * (used) range: `grid` starts at 0-based (rowIndex, columnIndex). Given the range's `values`
 * too (with `grid` its `formulas`), the keys of cells holding a formula the user typed go into
 * `formulas`: a cell whose formula text is its value is text that starts with "=", not a formula.
 */
export function collectInputs(
  inputs: Iterable<[string, { sheet: string; address: string }]>,
  sheet: string,
  grid: unknown[][],
  rowIndex: number,
  columnIndex: number,
  into: Map<string, CellValue>,
  values?: unknown[][],
  formulas?: Set<string>
): void {
  for (const [key, at] of inputs) {
    if (at.sheet !== sheet) continue;
    const p = parseAddr(at.address);
    const v = grid[p.r - rowIndex]?.[p.c - columnIndex];
    if (v === undefined || v === null || v === "") continue;
    into.set(key, v as CellValue);
    if (values && formulas && typeof v === "string" && v.startsWith("="))
      if (values[p.r - rowIndex]?.[p.c - columnIndex] !== v) formulas.add(key);
  }
}

/** Input cells of `spec` whose carried value is a formula the user typed are written as that formula. */
function keepUserFormulas(spec: WorkbookSpec, inputs: Map<string, CellValue>, keys: Set<string>) {
  if (keys.size === 0) return;
  for (const sheet of spec.sheets)
    for (const cell of sheet.cells.values())
      if (cell.input && cell.key && keys.has(cell.key) && cell.value === inputs.get(cell.key)) {
        cell.formula = String(cell.value);
        delete cell.value;
      }
}

/** Font, fill and border of a named style on a range or several ranges. */
function applyStyle(range: Excel.Range | Excel.RangeAreas, style: StyleName): void {
  const st = STYLES[style];
  if (st.bold) range.format.font.bold = true;
  if (st.italic) range.format.font.italic = true;
  if (st.size) range.format.font.size = st.size;
  if (st.color) range.format.font.color = `#${st.color}`;
  if (st.fill) range.format.fill.color = `#${st.fill}`;
  if (st.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as Excel.BorderIndex[]) {
      range.format.borders.getItem(edge).style = "Continuous";
      range.format.borders.getItem(edge).color = "#BFBFBF";
    }
  }
}

/**
 * Text Excel would read as a number, date or fraction ("1/3", "010121", "2.5") keeps its
 * apostrophe prefix so that it stays the text it is (judgments typed as fractions, HS codes).
 * Formulas stay formulas: this restores cells as they were (`range.formulas` of a snapshot).
 */
export function asTyped(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "string" && /^\s*[-+]?(\d|\.\d)/.test(v)) return `'${v}`;
  return v;
}

/**
 * Text Excel could read as something else when written through `range.formulas` (it reads each
 * cell as if typed): a formula (`=`, `+`, `-`, `@`, and their full-width forms), a number, date,
 * time, percentage or fraction, TRUE/FALSE, an error literal (`#N/A`), or text that already starts
 * with an apostrophe. Generous on purpose: an extra apostrophe only marks the cell as text.
 */
const READ_AS_OTHER =
  /^\s*(?:[=+\-@'\d.(#$€£¥\uFF0B\uFF0D\uFF1D\uFF20\uFF10-\uFF19]|(?:true|false)\s*$|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d)/i;

/**
 * A value of the workbook description as `range.formulas` must receive it to store exactly that
 * value: text that Excel could read as a formula, number or date gets the apostrophe that keeps
 * it text (a node named `=HYPERLINK(…)` or `-CO2 intensity` is a name, never a formula).
 *
 * @example asText("-CO2 intensity") // "'-CO2 intensity"
 */
export function asText(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "string" && READ_AS_OTHER.test(v)) return `'${v}`;
  return v;
}

/** The 2-D formulas and number-format arrays of a sheet over `box`: new cells, "" for old cells to clear, null elsewhere (unchanged). */
function sheetGrids(
  sheet: SheetSpec,
  old: Set<string>,
  box: { r1: number; c1: number; r2: number; c2: number }
) {
  const formulas: (string | number | boolean | null)[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = box.r1; r <= box.r2; r++) {
    const row: (string | number | boolean | null)[] = [];
    const fmt: (string | null)[] = [];
    for (let c = box.c1; c <= box.c2; c++) {
      const a = addr(r, c);
      const cell = sheet.cells.get(a);
      if (cell) row.push(cell.formula ?? asText(cell.value ?? null));
      else row.push(old.has(a) ? "" : null);
      fmt.push(cell?.numFmt ?? (cell || old.has(a) ? "General" : null));
    }
    formulas.push(row);
    formats.push(fmt);
  }
  return { formulas, formats };
}

const CHART_TYPES: Record<string, Excel.ChartType> = {
  bar: "BarClustered" as Excel.ChartType,
  column: "ColumnClustered" as Excel.ChartType,
  stackedColumn: "ColumnStacked100" as Excel.ChartType,
};

/** Inputs read from a file that replace every input of their kind (all trade rows: "t|"). */
export interface ImportedInputs {
  prefix: string;
  values: Map<string, CellValue>;
}

/** `inputs` with every key of `imported.prefix` replaced by `imported.values`. */
export function replaceInputs(inputs: Map<string, CellValue>, imported: ImportedInputs): void {
  for (const k of [...inputs.keys()]) if (k.startsWith(imported.prefix)) inputs.delete(k);
  for (const [k, v] of imported.values) inputs.set(k, v);
}

/**
 * Builds `model` into the open workbook. `choice` answers an existing-sheets conflict
 * (null: throw BuildConflict so the UI can ask). `onProgress` reports steps for the task pane.
 * `sampleInputs` fill what is empty; `imported` (a trade file's rows) replace their kind.
 */
export async function writeToWorkbook(
  context: Excel.RequestContext,
  model: EvaluationModel,
  choice: ConflictChoice | null,
  onProgress: (step: string, fraction: number) => void = () => undefined,
  sampleInputs?: Map<string, CellValue>,
  imported?: ImportedInputs
): Promise<WriteReport> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name");
  wb.names.load("items/name");
  await sync();
  const existingNames = new Set(wb.names.items.map((n) => n.name.toLowerCase()));
  onProgress("reading", 0.1);
  const existing = new Set(sheets.items.map((s) => s.name));
  const ids = sheetIds(model.settings);
  const language = model.settings.language ?? "en";
  const { names } = chooseNames(existing, ids, choice, language);
  // A build in another language under the default names: its sheets are renamed to this
  // build's names and updated in place (their inputs are matched by key, never by sheet name).
  const byDefault = names.meta === DEFAULT_SHEET_NAMES.meta && existing.has(names.meta);
  const candidates = byDefault ? sheetsToRename(existing, ids, names, null) : new Map();
  // The sheets a rebuild reads: those of this build that exist, and every Questionnaire sheet
  // (a build with the questionnaire turned off carries their answers into the matrices).
  const present = [
    ...ids.filter((id) => id !== "questionnaire" && existing.has(names[id])).map((id) => names[id]),
    ...[...existing].filter((n) => isQuestionnaireSheet(n, names.questionnaire)),
    ...[...existing].filter(
      (n) => byDefault && !isQuestionnaireSheet(n, names.questionnaire) && anyQuestionnaireSheet(n)
    ),
    ...[...candidates.keys()].filter((n) => !anyQuestionnaireSheet(n)),
  ];
  let renames = new Map<string, string>();

  // Round trip 2: what the previous build left (meta), what the user typed since, and a
  // snapshot of every cell the new build may touch (to undo a failed build).
  const oldValues = new Map<string, CellValue>();
  const userFormulas = new Set<string>();
  let previous: BuildResult | null = null;
  const snapshots: { range: Excel.Range; formulas: unknown[][] }[] = [];
  if (present.length > 0) {
    const layout = buildWorkbook(model, { names });
    const meta = existing.has(names.meta)
      ? sheets.getItem(names.meta).getUsedRangeOrNullObject(true)
      : null;
    meta?.load("values");
    const used = new Map<string, Excel.Range>();
    for (const name of present) {
      const r = sheets.getItem(name).getUsedRangeOrNullObject(true);
      r.load(["formulas", "values", "rowIndex", "columnIndex"]);
      used.set(name, r);
    }
    await sync();
    const stored = meta && !meta.isNullObject ? readMeta(meta.values) : null;
    // The sheets the previous build named otherwise (another language), renamed below.
    if (byDefault && stored?.names) renames = sheetsToRename(existing, ids, names, stored.names);
    const renamed = (n: string) => renames.get(n) ?? n;
    const storedNames = stored?.names
      ? (Object.fromEntries(
          Object.entries(stored.names).map(([id, n]) => [
            id,
            id === "questionnaire" && [...renames.keys()].some((q) => isQuestionnaireSheet(q, n))
              ? names.questionnaire
              : renamed(n),
          ])
        ) as Record<SheetId, string>)
      : null;
    // The previous build as it was laid out: as many data rows as its meta lists.
    if (stored?.model)
      previous = buildWorkbook(stored.model, {
        names: storedNames ?? names,
        rows: {
          trade: rowsHeld(stored.inputs.keys(), "t"),
          service: rowsHeld(stored.inputs.keys(), "v"),
          sectors: sectorsHeld(stored.inputs.keys()),
        },
      });
    const touched = new Map<string, Excel.Range>();
    for (const [sheetName, r] of used) {
      if (candidates.has(sheetName) && !renames.has(sheetName)) continue;
      const cells: string[] = [
        ...(layout.spec.sheets.find((x) => x.name === renamed(sheetName))?.cells.keys() ?? []),
        ...(previous?.spec.sheets.find((x) => x.name === renamed(sheetName))?.cells.keys() ?? []),
      ];
      if (!r.isNullObject) {
        const rows = r.formulas.length;
        const cols = r.formulas[0]?.length ?? 1;
        cells.push(
          addr(r.rowIndex, r.columnIndex),
          addr(r.rowIndex + rows - 1, r.columnIndex + cols - 1)
        );
        if (stored)
          collectInputs(
            stored.inputs,
            sheetName,
            r.formulas,
            r.rowIndex,
            r.columnIndex,
            oldValues,
            r.values,
            userFormulas
          );
      }
      const box = boxOf(cells);
      if (!box) continue;
      const range = sheets.getItem(sheetName).getRange(rangeOf(box.r1, box.c1, box.r2, box.c2));
      range.load("formulas");
      touched.set(sheetName, range);
    }
    await sync();
    for (const [, range] of touched) snapshots.push({ range, formulas: range.formulas });
    // Formulas the user typed that read a sheet this build renames read it under its new name.
    for (const k of userFormulas) {
      const v = oldValues.get(k);
      if (typeof v === "string" && renames.size > 0) oldValues.set(k, renamedRefs(v, renames));
    }
  }

  const inputs = new Map<string, CellValue>(sampleInputs ?? []);
  for (const [k, v] of oldValues) inputs.set(k, v);
  // Scores and data typed for one unit go to the first of several, and back (units.ts).
  const units = carryUnits(oldValues, model.settings);
  for (const [from, to] of units.moved) {
    inputs.set(to, oldValues.get(from) as CellValue);
    if (userFormulas.has(from)) userFormulas.add(to);
  }
  if (imported) replaceInputs(inputs, imported);
  const result = buildWorkbook(model, { names, inputs: carryReordered(inputs) });
  keepUserFormulas(result.spec, inputs, userFormulas);
  const kept = (k: string) =>
    result.inputCells.has(k) ||
    result.inputCells.has(swappedJudgmentKey(k) ?? k) ||
    result.inputCells.has(units.moved.get(k) ?? k);
  const replaced = (k: string) => imported !== undefined && k.startsWith(imported.prefix);
  const dropped = [...oldValues]
    .filter(([k]) => !kept(k) && !replaced(k))
    .map(([key, value]) => ({ key, value }));
  onProgress("writing", 0.3);

  const created: string[] = [];
  const updated: string[] = [];
  const done: [string, string][] = [];
  try {
    for (const [from, to] of renames) {
      sheets.getItem(from).name = to;
      existing.delete(from);
      existing.add(to);
      done.push([from, to]);
    }
    const charts = writeSpec(
      context,
      result.spec,
      previous?.spec ?? null,
      existing,
      created,
      updated
    );
    await sync();
    onProgress("charts", 0.8);
    finishSpec(context, result.spec, charts, existingNames);
    await sync();
  } catch (e) {
    // Put back what was changed and remove what was created.
    try {
      for (const name of created) sheets.getItem(name).delete();
      for (const [from, to] of done) sheets.getItem(to).name = from;
      for (const snap of snapshots)
        snap.range.formulas = snap.formulas.map((row) => row.map((v) => asTyped(v as CellValue)));
      await sync();
    } catch {
      /* the report below still says which sheets were created */
    }
    const err = e instanceof Error ? e : new Error(String(e));
    err.message = `${err.message}. The build was undone${created.length ? ` (created and removed: ${created.join(", ")})` : ""}.`;
    throw err;
  }
  // Questionnaire sheets (and their scale) the previous build made and this one does not: their
  // answers are in the matrices now. Deleted once the build is complete, in a round trip of
  // their own, so a failure leaves a complete build with sheets to delete by hand.
  const removed: string[] = [];
  const notes = [...result.notes];
  if (units.note) notes.push(units.note);
  const obsolete = (previous?.spec.sheets ?? [])
    .map((x) => x.name)
    .filter(
      (n) =>
        existing.has(n) &&
        !result.spec.sheets.some((x) => x.name === n) &&
        (n === SCALE_SHEET ||
          isQuestionnaireSheet(n, names.questionnaire) ||
          (byDefault && anyQuestionnaireSheet(n)))
    );
  if (obsolete.length > 0) {
    try {
      for (const n of obsolete) {
        const ws = sheets.getItem(n);
        // A very hidden sheet cannot be deleted.
        if (n === SCALE_SHEET) ws.visibility = "Hidden" as Excel.SheetVisibility;
        ws.delete();
      }
      await sync();
      removed.push(...obsolete);
    } catch (e) {
      notes.push(
        `The sheets ${obsolete.join(", ")} are no longer used but could not be removed (${e instanceof Error ? e.message : String(e)}): delete them by hand`
      );
    }
  }
  onProgress("done", 1);
  return {
    created,
    updated,
    renamed: done,
    removed,
    dropped,
    kept: oldValues.size - dropped.length,
    syncs,
    changes: result.changes,
    notes,
  };
}

/** Adds the reciprocal judgment under the flipped key, so reordered children keep their judgments. */
function carryReordered(inputs: Map<string, CellValue>): Map<string, CellValue> {
  const out = new Map(inputs);
  for (const [k, v] of inputs) {
    const f = swappedJudgmentKey(k);
    if (f === null || out.has(f)) continue;
    const s = typeof v === "number" ? v : typeof v === "string" ? v.trim() : null;
    if (isVerbal(s))
      out.set(f, verbalOf(1 / (judgmentOf(s) as number))); // the mirrored answer
    else if (typeof s === "number" && s > 0) out.set(f, 1 / s);
    else if (typeof s === "string") {
      const m = /^1\s*\/\s*(\d+(\.\d+)?)$/.exec(s);
      if (m) out.set(f, Number(m[1]));
      else if (/^\d+(\.\d+)?$/.test(s) && Number(s) > 0) out.set(f, `1/${s}`);
    }
  }
  return out;
}

/**
 * Queues the cells, formats, validation and conditional formats of every sheet; returns the
 * chart collections of the sheets that existed, loaded, so that finishSpec can replace the
 * charts a previous build made.
 */
function writeSpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  previous: WorkbookSpec | null,
  existing: Set<string>,
  created: string[],
  updated: string[]
): Map<string, Excel.ChartCollection> {
  const sheets = context.workbook.worksheets;
  const charts = new Map<string, Excel.ChartCollection>();
  for (const sheet of spec.sheets) {
    const isNew = !existing.has(sheet.name);
    const ws = isNew ? sheets.add(sheet.name) : sheets.getItem(sheet.name);
    (isNew ? created : updated).push(sheet.name);
    if (!isNew) {
      ws.protection.unprotect();
      const loaded = ws.charts.load("items/name");
      charts.set(sheet.name, loaded);
    }
    const old = previous?.sheets.find((s) => s.name === sheet.name);
    const oldCells = new Set(old ? old.cells.keys() : []);
    if (old && !isNew) {
      for (const v of old.validations) ws.getRange(v.range).dataValidation.clear();
      for (const cf of old.conditionalFormats) ws.getRange(cf.range).conditionalFormats.clearAll();
    }
    const box = boxOf([...sheet.cells.keys(), ...oldCells]);
    if (!box) continue;
    const area = ws.getRange(rangeOf(box.r1, box.c1, box.r2, box.c2));
    if (!isNew) area.format.protection.locked = true;
    const grids = sheetGrids(sheet, oldCells, box);
    area.formulas = grids.formulas;
    area.numberFormat = grids.formats;
    // Formats: group cells by style and number format, one getRanges per group.
    const byStyle = new Map<StyleName, string[]>();
    const unlocked: string[] = [];
    for (const [a, cell] of sheet.cells) {
      if (cell.style) {
        const list = byStyle.get(cell.style);
        if (list) list.push(a);
        else byStyle.set(cell.style, [a]);
      }
      if (cell.input) unlocked.push(a);
    }
    for (const [style, list] of byStyle)
      for (const chunk of addressChunks(compactRanges(list)))
        applyStyle(ws.getRanges(chunk), style);
    for (const chunk of addressChunks(compactRanges(unlocked)))
      ws.getRanges(chunk).format.protection.locked = false;
    for (const [col, width] of Object.entries(sheet.columnWidths))
      ws.getRange(`${col}:${col}`).format.columnWidth = Math.round(width * 5.6 + 5); // characters → points
    for (const v of sheet.validations) {
      const r = ws.getRange(v.range);
      r.dataValidation.clear();
      r.dataValidation.rule =
        v.kind === "decimal"
          ? {
              decimal: {
                formula1: v.min ?? 0,
                formula2: v.max ?? 0,
                operator: "Between" as Excel.DataValidationOperator,
              },
            }
          : v.kind === "list"
            ? { list: { inCellDropDown: true, source: v.formula as string } }
            : { custom: { formula: `=${v.formula}` } };
      if (v.prompt)
        r.dataValidation.prompt = {
          showPrompt: true,
          title: v.promptTitle ?? "Input",
          message: v.prompt,
        };
      if (v.error)
        r.dataValidation.errorAlert = {
          showAlert: true,
          style: "Stop" as Excel.DataValidationAlertStyle,
          title: v.errorTitle ?? "Invalid entry",
          message: v.error,
        };
    }
    for (const cf of sheet.conditionalFormats) {
      const f = ws
        .getRange(cf.range)
        .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      f.custom.rule.formula = `=${cf.formula}`;
      f.custom.format.fill.color = `#${cf.fill}`;
      if (cf.font) f.custom.format.font.color = `#${cf.font}`;
    }
    layoutSheet(ws, sheet, isNew ? null : (old ?? null), area);
    if (sheet.hidden) ws.visibility = "VeryHidden" as Excel.SheetVisibility;
  }
  return charts;
}

/** Charts (replacing those of a previous build), protection and names; `charts` are the loaded chart collections of the sheets that existed. */
function finishSpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  charts: Map<string, Excel.ChartCollection>,
  existingNames: Set<string>
): void {
  const wb = context.workbook;
  for (const sheet of spec.sheets) {
    const ws = wb.worksheets.getItem(sheet.name);
    for (const c of charts.get(sheet.name)?.items ?? [])
      if (c.name.startsWith("EvalChart")) c.delete();
    sheet.charts.forEach((chart, i) => {
      const c = ws.charts.add(
        CHART_TYPES[chart.kind],
        ws.getRange(chart.series[0].values),
        "Auto" as Excel.ChartSeriesBy
      );
      c.name = `EvalChart ${i + 1}`;
      c.title.text = chart.title;
      const s0 = c.series.getItemAt(0);
      s0.setXAxisValues(ws.getRange(chart.categories));
      s0.name = chart.series[0].name;
      chart.series.slice(1).forEach((s) => {
        const added = c.series.add(s.name);
        added.setValues(ws.getRange(s.values));
        added.setXAxisValues(ws.getRange(chart.categories));
      });
      if (excelApi("1.7")) c.axes.categoryAxis.tickLabelSpacing = 1;
      if (chart.axisFormat && excelApi("1.8")) c.axes.valueAxis.numberFormat = chart.axisFormat;
      if (chart.tornado && excelApi("1.8")) {
        s0.overlap = 100;
        c.axes.categoryAxis.tickLabelPosition = "Low";
      }
      const { r, c: col } = parseAddr(chart.anchor);
      c.setPosition(addr(r, col), addr(r + chart.height, col + chart.width));
    });
    if (sheet.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  }
  for (const n of spec.names) {
    if (existingNames.has(n.name.toLowerCase())) wb.names.getItem(n.name).delete();
    wb.names.add(n.name, n.ref.startsWith("=") ? n.ref : `=${n.ref}`);
  }
}
