/**
 * Importing an indicator system from a grid of cells (the selection, a sheet of an .xlsx file)
 * or from text (pasted cells, a CSV file). Recognises a table (`Id, Parent, Name, Type,
 * Direction, Unit`, with or without a header row) and an outline (one column per level, the
 * parent written once or on every row). Nothing is resolved silently: every row that cannot be
 * placed, and why, is in the result. Cell contents are data: `=HYPERLINK(…)` is a name.
 */
import { parseDelimited } from "./delimited";
import {
  Column,
  columnOf,
  directionLabelList,
  directionOf,
  levelOf,
  typeLabelList,
  typeOf,
} from "./importLabels";
import {
  DEFAULT_SETTINGS,
  Direction,
  EvaluationModel,
  EvaluationSettings,
  IndicatorNode,
  NodeType,
} from "./model";

/** What became of one non-blank source row. */
export interface ImportRow {
  /** 1-based, as the user counts rows of the selection, sheet or text. */
  row: number;
  /** Ids of the nodes this row placed (an outline row with its parents on it may place several). */
  nodes: string[];
  /** Why the row was left out, or null. */
  reason: string | null;
}

export interface ImportResult {
  /** The system read, or null when nothing usable was found. */
  model: EvaluationModel | null;
  /** How the text was read, e.g. "an outline with the parent on every row". */
  layout: string;
  rows: ImportRow[];
  /** Every row left out and every question, each naming its row ("Row 4: …"). */
  problems: string[];
  /** What was decided that the user should know (ids given to rows without one). */
  notes: string[];
}

/** A source row: its 1-based number and its cells as trimmed text. */
interface SourceRow {
  row: number;
  cells: string[];
}

/**
 * A cell value as text: strings trimmed, numbers and booleans as written, dates as ISO dates,
 * and values in the shapes of spreadsheet libraries (ExcelJS's rich text, hyperlinks and formulas)
 * by their text or cached result (never a formula). The .xlsx reader gives plain values.
 * @example cellText({ richText: [{ text: "R&D " }, { text: "staff" }] }) // "R&D staff"
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(o.richText))
      return o.richText
        .map((r) => r.text)
        .join("")
        .trim();
    if (o.text !== undefined) return cellText(o.text);
    if (o.result !== undefined) return cellText(o.result);
  }
  return "";
}

/** Imports pasted or file text: the delimiter (tab, comma, semicolon) is detected. */
export function importText(text: string, settings: Partial<EvaluationSettings> = {}): ImportResult {
  return importGrid(parseDelimited(text).rows, settings);
}

/**
 * Imports a grid of cell values. Blank rows are ignored (their numbers still count).
 * @example importGrid([["Input", "R&D staff"], ["Input", "Policy"]]).model?.nodes.length // 3
 */
export function importGrid(
  values: readonly (readonly unknown[])[],
  settings: Partial<EvaluationSettings> = {}
): ImportResult {
  const rows: SourceRow[] = [];
  values.forEach((r, i) => {
    const cells = r.map(cellText);
    if (cells.some((c) => c !== "")) rows.push({ row: i + 1, cells });
  });
  if (rows.length === 0)
    return {
      model: null,
      layout: "nothing",
      rows: [],
      problems: ["There is nothing to import"],
      notes: [],
    };
  const header = readHeader(rows[0]);
  if (header.kind === "incomplete")
    return {
      model: null,
      layout: "a table with a header row",
      rows: [],
      problems: [
        `Row ${rows[0].row} looks like a header (${header.names.join(", ")}) but has no Name column (Name, Indicator, 名称 or 指标)`,
      ],
      notes: [],
    };
  const data = header.kind === "none" ? rows : rows.slice(1);
  if (data.length === 0)
    return {
      model: null,
      layout: "a header row",
      rows: [],
      problems: [`Row ${rows[0].row} is a header with no rows below it`],
      notes: [],
    };
  const read =
    header.kind === "table"
      ? readTable(data, header.columns)
      : header.kind === "outline"
        ? readOutline(data, header.levels, header.columns)
        : looksLikeTable(data)
          ? readTable(data, { id: 0, parent: 1, name: 2, type: 3, direction: 4, unit: 5 })
          : readPlainOutline(data);
  const layout =
    header.kind === "table"
      ? "a table with a header row"
      : header.kind === "none" && read.kind === "table"
        ? "a table without a header row (Id, Parent, Name, Type, Direction, Unit)"
        : read.layout;
  if ((header.kind === "table" || header.kind === "outline") && header.ignored.length > 0)
    read.notes.push(
      `Not read: ${header.ignored.join(", ")}, a header the import does not know (Id, Parent, Name, Type, Direction, Unit, or Level 1, Level 2, …)`
    );
  return finish(read, layout, settings);
}

type Header =
  | { kind: "none" }
  | { kind: "incomplete"; names: string[] }
  | { kind: "table"; columns: Partial<Record<Column, number>>; ignored: string[] }
  | {
      kind: "outline";
      levels: number;
      columns: Partial<Record<Column, number>>;
      ignored: string[];
    };

/** Whether the first row is a header, and which columns it names. */
function readHeader(first: SourceRow): Header {
  const columns: Partial<Record<Column, number>> = {};
  const named: string[] = [];
  const ignored: string[] = [];
  let levels = 0;
  first.cells.forEach((c, i) => {
    if (c === "") return;
    const col = columnOf(c);
    if (col && columns[col] === undefined) {
      columns[col] = i;
      named.push(c);
    } else if (levelOf(c) !== null && i === levels) levels++;
    else ignored.push(`column ${columnLetter(i)} ("${c}")`);
  });
  if (levels > 0 && columns.name === undefined && columns.id === undefined)
    return { kind: "outline", levels, columns, ignored };
  if (named.length >= 2 && columns.name !== undefined) return { kind: "table", columns, ignored };
  if (named.length >= 2 && ignored.length === 0) return { kind: "incomplete", names: named };
  return { kind: "none" };
}

/** The spreadsheet letter of a 0-based column: 0 → A, 26 → AA. */
function columnLetter(i: number): string {
  return (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));
}

const widthOf = (rows: readonly SourceRow[]) =>
  Math.max(...rows.map((r) => r.cells.length - [...r.cells].reverse().findIndex((c) => c !== "")));

/**
 * Without a header: a table when every row has an id in the first column, some rows have no
 * parent in the second, and most parents written there are ids or names of the table (or the
 * fourth column holds type labels); otherwise an outline.
 */
function looksLikeTable(rows: readonly SourceRow[]): boolean {
  if (widthOf(rows) < 3 || rows.some((r) => r.cells[0] === "")) return false;
  const known = new Set(rows.flatMap((r) => [r.cells[0], r.cells[2] ?? ""].map(lower)));
  const parents = rows.map((r) => r.cells[1] ?? "").filter((p) => p !== "");
  if (parents.length === rows.length) return false;
  const types = rows.map((r) => r.cells[3] ?? "").filter((t) => t !== "");
  if (types.length > 0 && types.filter((t) => typeOf(t)).length * 2 >= types.length) return true;
  return (
    parents.length > 0 && parents.filter((p) => known.has(lower(p))).length * 2 >= parents.length
  );
}

const lower = (s: string) => s.toLowerCase();

/** One source row of a table, before placing. */
interface Entry {
  row: number;
  id: string;
  name: string;
  parentText: string;
  type: NodeType;
  direction: Direction;
  unit: string;
  /** Why this row is left out (set while reading), or null. */
  skip: string | null;
  parent: Entry | null;
}

interface Read {
  kind: "table" | "outline";
  layout: string;
  nodes: IndicatorNode[];
  rows: ImportRow[];
  problems: string[];
  notes: string[];
}

/** The type, direction and unit of a row, or the reason they cannot be read. */
function readKind(
  cells: readonly string[],
  columns: Partial<Record<Column, number>>
): { type: NodeType; direction: Direction; unit: string } | { reason: string } {
  const at = (c: Column) => (columns[c] === undefined ? "" : (cells[columns[c]] ?? ""));
  const typeText = at("type");
  const dirText = at("direction");
  const type = typeText === "" ? "qualitative" : typeOf(typeText);
  if (!type)
    return {
      reason: `type "${typeText}" is not a type (quantitative: ${typeLabelList("quantitative")}; qualitative: ${typeLabelList("qualitative")})`,
    };
  const direction = dirText === "" ? "benefit" : directionOf(dirText);
  if (!direction)
    return {
      reason: `direction "${dirText}" is not a direction (benefit: ${directionLabelList("benefit")}; cost: ${directionLabelList("cost")})`,
    };
  return { type, direction, unit: at("unit") };
}

/**
 * Ids N1, N2, … that are not among `taken` (compared without case); `passed` lists the ids
 * skipped because the table uses them.
 */
function idMaker(taken: ReadonlySet<string>): { next: () => string; passed: string[] } {
  let k = 0;
  const passed: string[] = [];
  const next = () => {
    for (;;) {
      const id = `N${++k}`;
      if (!taken.has(id.toLowerCase())) return id;
      passed.push(id);
    }
  };
  return { next, passed };
}

/** A table: parents by id or by name, both without case. */
function readTable(rows: readonly SourceRow[], columns: Partial<Record<Column, number>>): Read {
  const at = (r: SourceRow, c: Column) =>
    columns[c] === undefined ? "" : (r.cells[columns[c]] ?? "");
  const taken = new Set(rows.map((r) => lower(at(r, "id"))).filter((id) => id !== ""));
  const ids = idMaker(taken);
  const generated: { row: number; id: string }[] = [];
  const byId = new Map<string, Entry>();
  const entries: Entry[] = [];
  for (const r of rows) {
    const kind = readKind(r.cells, columns);
    const e: Entry = {
      row: r.row,
      id: at(r, "id"),
      name: at(r, "name"),
      parentText: at(r, "parent"),
      type: "type" in kind ? kind.type : "qualitative",
      direction: "direction" in kind ? kind.direction : "benefit",
      unit: "unit" in kind ? kind.unit : "",
      skip: "reason" in kind ? kind.reason : null,
      parent: null,
    };
    if (e.name === "") e.skip = "it has no name";
    const same = e.id === "" ? undefined : byId.get(lower(e.id));
    if (same) e.skip = `id "${e.id}" is already row ${same.row}'s`;
    else if (e.id.includes("|"))
      e.skip = `id "${e.id}" contains "|", which the workbook's keys use`;
    if (e.id === "") {
      e.id = ids.next();
      generated.push({ row: r.row, id: e.id });
    } else if (!same) byId.set(lower(e.id), e);
    entries.push(e);
  }
  const byName = new Map<string, Entry[]>();
  for (const e of entries)
    if (e.name !== "") byName.set(lower(e.name), [...(byName.get(lower(e.name)) ?? []), e]);
  for (const e of entries) {
    if (e.skip || e.parentText === "") continue;
    const key = lower(e.parentText);
    const candidates = [...new Set([byId.get(key), ...(byName.get(key) ?? [])])].filter(
      (c): c is Entry => c !== undefined
    );
    if (candidates.length === 0)
      e.skip = `parent "${e.parentText}" is neither an id nor a name in the table`;
    else if (candidates.length > 1)
      e.skip = `parent "${e.parentText}" is ambiguous: it names rows ${listRows(candidates.map((c) => c.row))}; write the parent's id instead`;
    else if (candidates[0] === e) e.skip = "it is its own parent";
    else e.parent = candidates[0];
  }
  const problems: string[] = [];
  const notes: string[] = [];
  if (ids.passed.length > 0)
    notes.push(
      `Rows without an id get ids the table does not use (${listRows(ids.passed)} ${ids.passed.length === 1 ? "is" : "are"} the table's): ${generated.map((g) => `row ${g.row} is ${g.id}`).join(", ")}`
    );
  const reasons = new Map<Entry, string | null>();
  const loops = parentLoops(entries);
  const reasonOf = (e: Entry): string | null => {
    const known = reasons.get(e);
    if (known !== undefined) return known;
    let reason: string | null = e.skip;
    if (!reason && e.parent) {
      const loop = loops.get(e);
      reason = loop
        ? `its parents loop (rows ${listRows(loop.map((x) => x.row))}) and never reach the goal`
        : reasonOf(e.parent) && `its parent "${e.parent.name}" (row ${e.parent.row}) is left out`;
    }
    reasons.set(e, reason);
    return reason;
  };
  const out: ImportRow[] = [];
  const nodes: IndicatorNode[] = [];
  for (const e of entries) {
    const reason = reasonOf(e);
    out.push({ row: e.row, nodes: reason ? [] : [e.id], reason });
    if (reason) problems.push(`Row ${e.row}: left out, ${reason}`);
    else
      nodes.push({
        id: e.id,
        parent: e.parent?.id ?? null,
        name: e.name,
        type: e.type,
        direction: e.direction,
        unit: e.unit,
      });
  }
  return { kind: "table", layout: "a table", nodes, rows: out, problems, notes };
}

/**
 * The parent loops among the entries: for each entry in one, the loop's entries in row order.
 * Each entry is walked past once (marked on the current path, then settled), so a table of
 * n rows costs O(n) however deep its parents go; a skipped entry ends a walk, as it ends a chain.
 */
function parentLoops(entries: readonly Entry[]): Map<Entry, Entry[]> {
  const loops = new Map<Entry, Entry[]>();
  const state = new Map<Entry, "path" | "settled">();
  for (const start of entries) {
    const path: Entry[] = [];
    let p: Entry | null = start;
    while (p && !p.skip && !state.has(p)) {
      state.set(p, "path");
      path.push(p);
      p = p.parent;
    }
    if (p && state.get(p) === "path") {
      const loop = path.slice(path.indexOf(p)).sort((x, y) => x.row - y.row);
      for (const x of loop) loops.set(x, loop);
    }
    for (const x of path) state.set(x, "settled");
  }
  return loops;
}

/**
 * An outline without a header: its last columns are Type or Direction when every cell written
 * in them is a type or a direction label (`Input⇥Staff⇥quant⇥+`); the preview says so.
 */
function readPlainOutline(rows: readonly SourceRow[]): Read {
  const columns: Partial<Record<Column, number>> = {};
  let levels = widthOf(rows);
  while (levels > 2) {
    const cells = rows.map((r) => r.cells[levels - 1] ?? "").filter((c) => c !== "");
    const col: Column | null =
      columns.type === undefined && cells.every((c) => typeOf(c))
        ? "type"
        : columns.direction === undefined && cells.every((c) => directionOf(c))
          ? "direction"
          : null;
    if (!col || cells.length === 0) break;
    columns[col] = --levels;
  }
  const read = readOutline(rows, levels, columns);
  const found = (Object.entries(columns) as [Column, number][]).sort((x, y) => x[1] - y[1]);
  if (found.length > 0)
    read.notes.push(
      `${found.map(([c, i]) => `Column ${columnLetter(i)} is read as ${c === "type" ? "Type" : "Direction"}`).join(", ")}: each holds only labels`
    );
  return read;
}

/** "3", "3 and 5", "3, 5 and 9". */
function listRows(rows: readonly (number | string)[]): string {
  return rows.length < 2
    ? rows.join("")
    : `${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1]}`;
}

/**
 * An outline: the first `levels` columns are levels (1 on the left); a row's last non-blank level
 * cell is its node, the cells before it its parents (written again, or blank when written once
 * on a row above). Other columns named by the header give the row's type, direction and unit.
 */
function readOutline(
  rows: readonly SourceRow[],
  levels: number,
  columns: Partial<Record<Column, number>>
): Read {
  const nodes: IndicatorNode[] = [];
  const out: ImportRow[] = [];
  const problems: string[] = [];
  const nextId = idMaker(new Set()).next;
  /** The node (or the row left out, id null) last seen at each level. */
  const path: { id: string | null; row: number; name: string }[] = [];
  const child = new Map<string, { id: string; row: number }>();
  const childKey = (parent: string | null, name: string) => `${parent ?? ""}\u0000${lower(name)}`;
  let repeated = false;
  let once = false;
  for (const r of rows) {
    const cells = r.cells.slice(0, levels);
    const first = cells.findIndex((c) => c !== "");
    const last = cells.length - 1 - [...cells].reverse().findIndex((c) => c !== "");
    const leave = (reason: string, level: number) => {
      out.push({ row: r.row, nodes: [], reason });
      problems.push(`Row ${r.row}: left out, ${reason}`);
      if (level >= 0) {
        path.length = level;
        path[level] = { id: null, row: r.row, name: cells[level] };
      }
    };
    if (first < 0) {
      leave("it has no name in the level columns", -1);
      continue;
    }
    const gap = cells.slice(first, last + 1).indexOf("");
    if (gap >= 0) {
      leave(
        `level ${first + gap + 1} is empty between "${cells[first]}" and "${cells[last]}"`,
        last
      );
      continue;
    }
    if (first > 0 && path.length < first) {
      leave(
        `"${cells[first]}" is at level ${first + 1} but no level-${first} row comes before it (a skipped level)`,
        last
      );
      continue;
    }
    const above = first > 0 ? path[first - 1] : null;
    if (above && above.id === null) {
      leave(`it is under "${above.name}" (row ${above.row}), which is left out`, last);
      continue;
    }
    let parent = above ? above.id : null;
    const kind = readKind(r.cells, columns);
    if ("reason" in kind) {
      leave(kind.reason, last);
      continue;
    }
    if (first > 0) once = true;
    if (last > first) repeated = true;
    const placed: string[] = [];
    path.length = first;
    let duplicate: string | null = null;
    for (let level = first; level <= last; level++) {
      const name = cells[level];
      const key = childKey(parent, name);
      const known = child.get(key);
      if (level < last && known) {
        parent = known.id;
      } else if (level === last && known) {
        duplicate = `"${name}" is already ${parent === null ? "a first-level node" : "under its parent"} (row ${known.row})`;
        break;
      } else {
        const id = nextId();
        const leaf = level === last;
        nodes.push({
          id,
          parent,
          name,
          type: leaf ? kind.type : "qualitative",
          direction: leaf ? kind.direction : "benefit",
          unit: leaf ? kind.unit : "",
        });
        child.set(key, { id, row: r.row });
        placed.push(id);
        parent = id;
      }
      path[level] = { id: parent, row: r.row, name };
    }
    if (duplicate) {
      out.push({ row: r.row, nodes: placed, reason: duplicate });
      problems.push(`Row ${r.row}: left out, ${duplicate}`);
      continue;
    }
    out.push({ row: r.row, nodes: placed, reason: null });
  }
  const layout = repeated
    ? once
      ? "an outline (parents written on some rows and not others)"
      : "an outline with the parent on every row"
    : once
      ? "an outline with each parent written once"
      : "a list (one level)";
  return { kind: "outline", layout, nodes, rows: out, problems, notes: [] };
}

/**
 * Why the Build step would refuse the nodes (the goal included) with more than 15 children
 * under an RI table other than ALONSO, or null. One pass over the nodes.
 */
function tooWide(nodes: readonly IndicatorNode[]): string | null {
  const counts = new Map<string | null, number>();
  for (const n of nodes) counts.set(n.parent, (counts.get(n.parent) ?? 0) + 1);
  const wide = [...counts].filter(([, c]) => c > 15).sort((x, y) => y[1] - x[1]);
  if (wide.length === 0) return null;
  const [id, most] = wide[0];
  const name = id === null ? "The goal" : `"${nodes.find((n) => n.id === id)?.name ?? id}"`;
  const who =
    wide.length === 1
      ? `${name} has ${most} children`
      : `${wide.length} nodes have more than 15 children (${name === "The goal" ? "the goal" : name}: ${most})`;
  return `${who}: the Build step needs the ALONSO RI table (Settings) beyond 15`;
}

/** The model of what was read, or null with the reason when it is not an indicator system. */
function finish(read: Read, layout: string, settings: Partial<EvaluationSettings>): ImportResult {
  const { rows, problems, notes } = read;
  const base = { layout, rows, problems: [...problems], notes: [...notes] };
  if (read.nodes.length === 0)
    return { ...base, model: null, problems: [...problems, "No row could be placed"] };
  if (read.nodes.length === 1)
    return {
      ...base,
      model: null,
      problems: [
        ...problems,
        `This does not look like an indicator table: it gives one node ("${read.nodes[0].name}") and no levels. Write a table with a Name column (Id, Parent, Name, Type, Direction, Unit) or an outline with one column per level`,
      ],
    };
  const model: EvaluationModel = {
    goal: "Evaluation goal",
    settings: { ...DEFAULT_SETTINGS, ...settings },
    nodes: read.nodes,
  };
  if (read.nodes.every((n) => n.parent === null))
    base.notes.push("Every row is an indicator directly under the goal (no levels)");
  const wide = model.settings.riTable === "ALONSO" ? null : tooWide(read.nodes);
  if (wide) base.problems.push(wide);
  return { ...base, model };
}
