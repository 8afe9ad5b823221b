/**
 * Reading the rows of a trade file into the structure table (docs/methods.md §5.3), record by
 * record, so that a file of millions of rows is never held whole. Every value read is counted
 * exactly once: in the table (a group or Unclassified) or under one skip reason; nothing is
 * dropped without being counted.
 *
 * The rules, in order:
 * 1. Rows are skipped, with their reason, when they are a note (one cell of text and no value,
 *    such as a footnote), when the value is missing (blank, `...`, `..`, `-`, …),
 *    not a number or negative, the year is missing, the code is the all-products total (TOTAL,
 *    aggrLevel 0), or the classification is neither HS nor SITC (BEC, EBOPS).
 * 2. Leaf rows only. Within the rows of one reporter, partner, year, flow, edition and breakdown,
 *    a code that is the beginning of another code present (0101 when 010121 is there; HS
 *    prefixes of 2, 4, 6 and 8 digits, SITC of any length) is an aggregate and is dropped: the
 *    most detailed rows are kept. A code without a more detailed code present is kept whatever
 *    its length, so a file of 4-digit rows keeps them all, and so does a heading the file gives
 *    only at 4 digits beside 6-digit rows of other headings. The report gives the value by
 *    which the dropped aggregates exceed their kept rows (lines the reporter withheld).
 * 3. One edition per trade flow: when the same reporter, partner, year and flow come in
 *    several classification editions (a download in H4 and H5), the rows marked
 *    isOriginalClassification are kept, else those of the newest edition.
 * 4. Totals over breakdowns: rows broken down by second partner, customs procedure or mode of
 *    transport or supply are dropped when the total rows (0, C00, TOTAL MOT) of the same trade
 *    are present; without a total, the breakdown rows are added up.
 * 5. World over partners (unless the table is by partner): where a reporter's year and flow
 *    have World rows (partner 0, W00, WLD, World), the rows of single partners are dropped;
 *    without World rows the partners are added up. Reporters are added up unless the table is
 *    by reporter (the report names them).
 * 6. Each kept code is classified with its row's own edition (H0 … H6, S1 … S4; rows without one
 *    take the layout's system): 8- and 10-digit national lines by their first 6 digits. A code
 *    no table has, or malformed text, goes to Unclassified, and is listed with its count.
 *
 * Values are in US$: the layout's unit factor (Trade Map and WITS: US$ thousand × 1000) is
 * applied as rows are read.
 */
import { isBlank } from "../../cells";
import type { PrefixMapping } from "../../classify";
import { EDITION_NAMES, parseSystem } from "../codes";
import { tradeClassifier } from "../classify";
import { GROUPS } from "../tables";
import { StructureRow, YearChange, structureChanges, structureRows } from "../structure";
import {
  Breakdown,
  CodeKind,
  TradeCode,
  WORLD,
  cellText,
  flowOrder,
  readEdition,
  readFlow,
  readPartner,
  readTradeCode,
  readTradeValue,
  readYear,
  isBreakdownTotal,
} from "./cells";
import type { ColumnRole, TradeLayout } from "./layout";

/** Why a value read is not in the table. */
export type SkipReason =
  | "note"
  | "missing"
  | "not-number"
  | "negative"
  | "year"
  | "total"
  | "classification"
  | "aggregate"
  | "edition"
  | "breakdown"
  | "partner";

/** The reasons in report order, with what each means. */
export const SKIP_REASONS: readonly [SkipReason, string][] = [
  ["note", "a note line (text in one cell, no values), e.g. Sources: …"],
  ["missing", "no value (blank, or a missing-value mark such as ..., .. or -)"],
  ["not-number", "the value is not a number"],
  ["negative", "negative value"],
  ["year", "no year, or a year that is not one"],
  ["total", "total of all products (TOTAL), not a product"],
  ["classification", "classification neither HS nor SITC"],
  ["aggregate", "aggregate code whose more detailed codes are present (leaf rows kept)"],
  ["edition", "the same trade in a second classification edition"],
  ["breakdown", "breakdown (second partner, customs procedure, transport) beside its total"],
  ["partner", "single partner beside the World total"],
];

/** Keys a structure table can have beside Year and Flow. */
export type TableKey = "partner" | "reporter";

export interface AccumulateOptions {
  /** Columns of the table beside Year and Flow (each value of the key its own series). */
  by?: readonly TableKey[];
  /** A user mapping (code prefix → group) that replaces the default groups, as parseMapping reads it. */
  mapping?: PrefixMapping | null;
  /** How many unclassified codes the report lists (those with the most value first; default 20). */
  listed?: number;
}

/** An unclassified code: how many values and how much value it had, and why. */
export interface UnclassifiedCode {
  code: string;
  /** The classification it was looked up in ("HS2012", "HS", "SITC"). */
  system: string;
  values: number;
  value: number;
  reason: string;
}

/** What was read and what became of it: shown before anything is written. */
export interface TradeFileReport {
  layout: TradeLayout;
  /** The columns read, by role, with the header the file gives them. */
  columns: { role: string; column: number; header: string }[];
  /** Data rows read after the header (blank lines not counted). */
  records: number;
  blankLines: number;
  /** Values read: one per row and value column (for long files, one per row). */
  values: number;
  /** Values in the table: classified + unclassified.values. */
  kept: number;
  classified: number;
  unclassified: {
    values: number;
    /** Their value in US$. */
    value: number;
    distinct: number;
    /** The codes with the most value first, at most `listed`. */
    codes: UnclassifiedCode[];
  };
  /** Values skipped, by reason (only reasons that occurred, in SKIP_REASONS order). */
  skipped: { reason: SkipReason; label: string; values: number }[];
  /** Aggregates dropped by the leaf rule, and the US$ by which they exceed their kept rows. */
  aggregates: { values: number; unexplained: number };
  years: number[];
  flows: string[];
  /** Values read per classification edition (as read, before any rule). */
  editions: { system: string; values: number }[];
  /** Reporters of the kept rows ("" when the file names none). */
  reporters: string[];
  /** Distinct partners of the kept rows. */
  partners: number;
  /** The kept rows are all of partner World (the file's totals, or a file without partners). */
  worldOnly: boolean;
  notes: string[];
}

/** One row of the long structure table (a group of a series in a year). */
export interface TableRow extends StructureRow {
  flow: string;
  /** Present when the table is by partner. */
  partner?: string;
  /** Present when the table is by reporter. */
  reporter?: string;
}

/** The structural change of one series between two years. */
export interface ChangeRow extends YearChange {
  flow: string;
  partner?: string;
  reporter?: string;
}

/** A kept product row, added up over what the table does not separate. */
export interface ProductRow {
  year: number;
  flow: string;
  partner?: string;
  reporter?: string;
  /** The code as read (digits with leading zeros; malformed text as written). */
  code: string;
  system: string;
  /** US$. */
  value: number;
  /** Its group, or null when it is unclassified. */
  group: string | null;
}

export interface TradeFileResult {
  /** Tells a result from a LayoutNotRecognised (readTradeTable gives either). */
  kind: "read";
  /** The groups in table order (RIB, LIB, TIB, OTHER, or the mapping's labels), then Unclassified rows follow each year. */
  groups: readonly string[];
  /** The table's keys beside Year and Flow, in column order. */
  by: readonly TableKey[];
  /** The long table: by flow (exports first), key, year, group. */
  table: TableRow[];
  /** The change indices between consecutive years of each series. */
  changes: ChangeRow[];
  report: TradeFileReport;
  /** The kept product rows (after every rule), by series, year and code. */
  products(): ProductRow[];
}

interface Context {
  year: number;
  flow: string;
  reporter: string;
  partner: string;
  system: string;
  /** "" for the total of every breakdown, else the breakdown members. */
  breakdown: string;
  original: boolean;
  /** code (malformed text after "\0") → slot */
  codes: Map<string, number>;
  value: number[];
  count: number[];
  /** After the leaf rule: per slot, true when the code is an aggregate (dropped). */
  aggregate?: Uint8Array;
  dropped?: SkipReason;
}

const BREAKDOWNS: readonly Breakdown[] = ["partner2", "customs", "transport", "supply"];

/**
 * f of a cell, remembered for up to 65,536 distinct cells; the last cell is checked first, as
 * files repeat a column's cell row after row.
 */
class CellMemo<T> {
  private readonly m = new Map<unknown, T>();
  private lastRaw: unknown = undefined;
  private lastOut: T | undefined = undefined;
  constructor(private readonly f: (v: unknown) => T) {}
  get(raw: unknown): T {
    if (raw === this.lastRaw && this.lastOut !== undefined) return this.lastOut;
    let r = this.m.get(raw);
    if (r === undefined && !this.m.has(raw)) {
      r = this.f(raw);
      if (this.m.size < 65536) this.m.set(raw, r);
    }
    this.lastRaw = raw;
    this.lastOut = r;
    return r as T;
  }
}

const SEP = "\u0001";

/** The edition ranks: an original classification first, then the newest edition. */
function editionRank(c: Context): number {
  const e = EDITION_NAMES.indexOf(c.system);
  return (c.original ? 1000 : 0) + (e >= 0 ? 10 + e : c.system === "HS" ? 5 : 1);
}

/**
 * Adds the records of a trade file one by one (`add`), then gives the structure table, the
 * change indices and the report (`finish`). Memory grows with the distinct codes per reporter,
 * partner, year, flow and edition (the leaf rule needs them), not with the rows.
 *
 * @example
 * const acc = new TradeAccumulator(layout);
 * for (const record of rowsAfterHeader) acc.add(record);
 * const { table, report } = acc.finish();
 */
export class TradeAccumulator {
  private readonly by: readonly TableKey[];
  private readonly mapping: PrefixMapping | null;
  private readonly listed: number;
  private readonly contexts = new Map<string, Context>();
  private last: Context | null = null;
  private readonly skips = new Map<SkipReason, number>();
  private records = 0;
  private blankLines = 0;
  private values = 0;
  private readonly editionsRead = new Map<string, number>();
  private readonly editionOf = new Map<string, string | null>();
  private readonly width: number;
  /** The reading of each distinct cell of the columns whose cells repeat (flows, years, …). */
  private readonly memo;
  private readonly codeMemos = new Map<number, CellMemo<TradeCode>>();

  constructor(
    readonly layout: TradeLayout,
    options: AccumulateOptions = {}
  ) {
    this.by = (["reporter", "partner"] as const).filter((k) => options.by?.includes(k));
    this.mapping = options.mapping ?? null;
    this.listed = options.listed ?? 20;
    this.width = layout.values.length;
    const breakdown = (b: Breakdown) =>
      new CellMemo((v) => (isBreakdownTotal(b, v) ? "" : `${b}=${cellText(v)};`));
    this.memo = {
      edition: new CellMemo((v) => (cellText(v) === "" ? "" : readEdition(v))),
      level: new CellMemo(readLevel),
      partner: new CellMemo(readPartner),
      reporter: new CellMemo(cellText),
      original: new CellMemo((v) => /^(1|true|yes)$/i.test(cellText(v))),
      flow: new CellMemo((v) => readFlow(v, layout.legacyFlowCodes)),
      year: new CellMemo(readYear),
      partner2: breakdown("partner2"),
      customs: breakdown("customs"),
      transport: breakdown("transport"),
      supply: breakdown("supply"),
    };
  }

  /** The code reader of a code kind and level (each remembers its cells). */
  private codeMemo(kind: CodeKind, level: number | null): CellMemo<TradeCode> {
    const k = (kind === "sitc" ? 100 : 0) + (level === null ? 99 : level);
    let m = this.codeMemos.get(k);
    if (!m) this.codeMemos.set(k, (m = new CellMemo((v) => readTradeCode(v, kind, level))));
    return m;
  }

  private skip(reason: SkipReason, n: number): void {
    this.skips.set(reason, (this.skips.get(reason) ?? 0) + n);
  }

  /** Adds one record (a row after the header, cells as the file gives them). */
  add(record: readonly unknown[]): void {
    const L = this.layout;
    const c = L.columns;
    let filled = 0;
    for (let i = 0; i < record.length && filled < 2; i++) {
      const v = record[i];
      if (v !== null && v !== undefined && v !== "" && !(typeof v === "string" && v.trim() === ""))
        filled++;
    }
    if (filled === 0) {
      this.blankLines++;
      return;
    }
    this.records++;
    this.values += this.width;
    // One cell of text that is no product code, and no value: a title or footnote line (Trade
    // Map's "Sources: …"). A code without a value is a missing value, not a note.
    if (
      filled === 1 &&
      L.values.every((v) => isBlank(record[v.column])) &&
      (c.code === undefined || readTradeCode(record[c.code], "hs", null).kind !== "code")
    )
      return this.skip("note", this.width);
    let system = L.system;
    if (c.edition !== undefined) {
      const raw = record[c.edition];
      const e = this.memo.edition.get(raw);
      if (e === null) {
        const shown = cellText(raw);
        this.editionsRead.set(shown, (this.editionsRead.get(shown) ?? 0) + this.width);
        return this.skip("classification", this.width);
      }
      if (e !== "") system = e;
    }
    this.editionsRead.set(system, (this.editionsRead.get(system) ?? 0) + this.width);
    const level = c.level !== undefined ? this.memo.level.get(record[c.level]) : null;
    const kind: CodeKind = system === "SITC" ? "sitc" : "hs";
    const code = this.codeMemo(kind, level).get(
      c.code !== undefined ? record[c.code] : L.fixed.code
    );
    if (code.kind === "total" || level === 0) return this.skip("total", this.width);
    const key = code.kind === "code" ? code.code : "\0" + code.text;
    let breakdown = "";
    for (const b of BREAKDOWNS) {
      const col = c[b];
      if (col !== undefined) breakdown += this.memo[b].get(record[col]);
    }
    const partner =
      c.partner !== undefined
        ? this.memo.partner.get(record[c.partner])
        : (L.fixed.partner ?? WORLD);
    const reporter =
      c.reporter !== undefined
        ? this.memo.reporter.get(record[c.reporter])
        : (L.fixed.reporter ?? "");
    const original = c.original !== undefined && this.memo.original.get(record[c.original]);
    const rowFlow =
      c.flow !== undefined ? this.memo.flow.get(record[c.flow]) : (L.fixed.flow ?? "");
    const rowYear =
      c.year !== undefined ? this.memo.year.get(record[c.year]) : (L.fixed.year ?? null);
    const factor = L.unit.factor;
    for (const vc of L.values) {
      const x = readTradeValue(record[vc.column]);
      if (typeof x !== "number") {
        this.skip(x, 1);
        continue;
      }
      const year = vc.year ?? rowYear;
      if (year === null) {
        this.skip("year", 1);
        continue;
      }
      const ctx = this.context(year, vc.flow ?? rowFlow, reporter, partner, system, breakdown);
      if (original) ctx.original = true;
      const slot = ctx.codes.get(key);
      if (slot === undefined) {
        ctx.codes.set(key, ctx.value.length);
        ctx.value.push(x * factor);
        ctx.count.push(1);
      } else {
        ctx.value[slot] += x * factor;
        ctx.count[slot]++;
      }
    }
  }

  private context(
    year: number,
    flow: string,
    reporter: string,
    partner: string,
    system: string,
    breakdown: string
  ): Context {
    const l = this.last;
    if (
      l !== null &&
      l.year === year &&
      l.flow === flow &&
      l.partner === partner &&
      l.reporter === reporter &&
      l.system === system &&
      l.breakdown === breakdown
    )
      return l;
    const k = [year, flow, reporter, partner, system, breakdown].join(SEP);
    let ctx = this.contexts.get(k);
    if (!ctx) {
      ctx = {
        year,
        flow,
        reporter,
        partner,
        system,
        breakdown,
        original: false,
        codes: new Map(),
        value: [],
        count: [],
      };
      this.contexts.set(k, ctx);
    }
    this.last = ctx;
    return ctx;
  }

  /** Applies the rules and gives the table, the changes and the report. */
  finish(): TradeFileResult {
    const contexts = [...this.contexts.values()];
    let aggregateValues = 0;
    let unexplained = 0;
    for (const ctx of contexts) {
      const r = leafRule(ctx);
      aggregateValues += r.dropped;
      unexplained += r.unexplained;
    }
    if (aggregateValues > 0) this.skip("aggregate", aggregateValues);
    const leafValues = (ctx: Context) => {
      let n = 0;
      for (let s = 0; s < ctx.count.length; s++) if (!ctx.aggregate![s]) n += ctx.count[s];
      return n;
    };
    const drop = (ctx: Context, reason: SkipReason) => {
      ctx.dropped = reason;
      this.skip(reason, leafValues(ctx));
    };
    // Rule 3: one edition per reporter, partner, year, flow and breakdown.
    for (const group of groupBy(contexts, (c) => [
      c.year,
      c.flow,
      c.reporter,
      c.partner,
      c.breakdown,
    ])) {
      if (group.length < 2) continue;
      const best = group.reduce((a, b) => (editionRank(b) > editionRank(a) ? b : a));
      for (const c of group) if (c.system !== best.system) drop(c, "edition");
    }
    // Rule 4: totals over breakdowns.
    const alive = () => contexts.filter((c) => c.dropped === undefined);
    for (const group of groupBy(alive(), (c) => [
      c.year,
      c.flow,
      c.reporter,
      c.partner,
      c.system,
    ])) {
      if (group.length < 2 || !group.some((c) => c.breakdown === "")) continue;
      for (const c of group) if (c.breakdown !== "") drop(c, "breakdown");
    }
    // Rule 5: World over single partners.
    let summedPartners = false;
    if (!this.by.includes("partner")) {
      for (const group of groupBy(alive(), (c) => [c.year, c.flow, c.reporter])) {
        const world = group.some((c) => c.partner === WORLD);
        if (world) {
          for (const c of group) if (c.partner !== WORLD) drop(c, "partner");
        } else if (new Set(group.map((c) => c.partner)).size > 1) summedPartners = true;
      }
    }
    return this.result(alive(), aggregateValues, unexplained, summedPartners);
  }

  private result(
    kept: Context[],
    aggregateValues: number,
    unexplained: number,
    summedPartners: boolean
  ): TradeFileResult {
    const groups: readonly string[] = this.mapping ? this.mapping.labels : GROUPS;
    const G = groups.length;
    const index = new Map<string, number>();
    groups.forEach((g, i) => index.set(g, i));
    const classifiers = new Map<string, (code: string) => number | string>();
    const classifierOf = (system: string) => {
      let f = classifiers.get(system);
      if (!f) {
        const classify = tradeClassifier(parseSystem(system), this.mapping);
        const memo = new Map<string, number | string>();
        f = (code: string) => {
          let g = memo.get(code);
          if (g === undefined) {
            if (code.charCodeAt(0) === 0) g = "is not a product code";
            else {
              const o = classify(system !== "SITC" && code.length > 6 ? code.slice(0, 6) : code);
              g =
                typeof o === "string"
                  ? (index.get(o) ?? `is not a group`)
                  : o.predicate || o.message;
            }
            memo.set(code, g);
          }
          return g;
        };
        classifiers.set(system, f);
      }
      return f;
    };
    const seriesKey = (c: Context) => [c.flow, ...this.by.map((k) => c[k])].join(SEP);
    const series = new Map<string, { ctx: Context; sums: Map<number, Float64Array> }>();
    const unclassified = new Map<string, UnclassifiedCode>();
    let classified = 0;
    let unclassifiedValues = 0;
    let unclassifiedValue = 0;
    const years = new Set<number>();
    const flows = new Set<string>();
    const reporters = new Set<string>();
    const partners = new Set<string>();
    const groupOf: Map<Context, Int32Array> = new Map();
    for (const ctx of kept) {
      const key = seriesKey(ctx);
      let s = series.get(key);
      if (!s) series.set(key, (s = { ctx, sums: new Map() }));
      let sums = s.sums.get(ctx.year);
      if (!sums) s.sums.set(ctx.year, (sums = new Float64Array(G + 1)));
      const classify = classifierOf(ctx.system);
      const gs = new Int32Array(ctx.value.length).fill(-1);
      let any = false;
      for (const [code, slot] of ctx.codes) {
        if (ctx.aggregate![slot]) continue;
        any = true;
        const g = classify(code);
        if (typeof g === "number") {
          gs[slot] = g;
          sums[g] += ctx.value[slot];
          classified += ctx.count[slot];
        } else {
          gs[slot] = G;
          sums[G] += ctx.value[slot];
          unclassifiedValues += ctx.count[slot];
          unclassifiedValue += ctx.value[slot];
          const shown = code.charCodeAt(0) === 0 ? code.slice(1) : code;
          const k = ctx.system + SEP + shown;
          const u = unclassified.get(k);
          if (u) {
            u.values += ctx.count[slot];
            u.value += ctx.value[slot];
          } else
            unclassified.set(k, {
              code: shown,
              system: ctx.system,
              values: ctx.count[slot],
              value: ctx.value[slot],
              reason: g,
            });
        }
      }
      groupOf.set(ctx, gs);
      if (any) {
        years.add(ctx.year);
        flows.add(ctx.flow);
        reporters.add(ctx.reporter);
        partners.add(ctx.partner);
      }
    }
    const order = [...series.values()].sort((a, b) => compareSeries(a.ctx, b.ctx, this.by));
    const table: TableRow[] = [];
    const changes: ChangeRow[] = [];
    for (const { ctx, sums } of order) {
      const keys: Partial<TableRow> = { flow: ctx.flow };
      for (const k of this.by) keys[k] = ctx[k];
      for (const row of structureRows(sums, groups)) table.push({ ...row, ...keys } as TableRow);
      for (const ch of structureChanges(sums, G)) changes.push({ ...ch, ...keys } as ChangeRow);
    }
    const skipped = SKIP_REASONS.filter(([r]) => (this.skips.get(r) ?? 0) > 0).map(
      ([reason, label]) => ({ reason, label, values: this.skips.get(reason) as number })
    );
    const notes = [...this.layout.notes];
    if (summedPartners)
      notes.push(
        "No World rows: the single partners are added up (use by partner to separate them)."
      );
    const reporterList = [...reporters].sort();
    if (reporterList.length > 1 && !this.by.includes("reporter"))
      notes.push(
        `${reporterList.length} reporters are added up (${reporterList.slice(0, 5).join(", ")}${reporterList.length > 5 ? ", …" : ""}): use by reporter to separate them.`
      );
    if (unexplained > 0)
      notes.push(
        `The dropped aggregates exceed their kept detailed rows by US$ ${formatNumber(unexplained)} (lines the file does not detail).`
      );
    const report: TradeFileReport = {
      layout: this.layout,
      columns: columnsUsed(this.layout),
      records: this.records,
      blankLines: this.blankLines,
      values: this.values,
      kept: classified + unclassifiedValues,
      classified,
      unclassified: {
        values: unclassifiedValues,
        value: unclassifiedValue,
        distinct: unclassified.size,
        codes: [...unclassified.values()]
          .sort((a, b) => b.value - a.value || b.values - a.values || (a.code < b.code ? -1 : 1))
          .slice(0, this.listed),
      },
      skipped,
      aggregates: { values: aggregateValues, unexplained },
      years: [...years].sort((a, b) => a - b),
      flows: [...flows].sort(flowOrder),
      editions: [...this.editionsRead]
        .map(([system, values]) => ({ system, values }))
        .sort((a, b) => (a.system < b.system ? -1 : 1)),
      reporters: reporterList,
      partners: partners.size,
      worldOnly: partners.size === 1 && partners.has(WORLD),
      notes,
    };
    const by = this.by;
    return {
      kind: "read",
      groups,
      by,
      table,
      changes,
      report,
      products: () => productRows(kept, groupOf, groups, by),
    };
  }
}

/** An aggregation level cell (UN Comtrade's aggrLevel: 0 for the total, else the digits), or null. */
function readLevel(v: unknown): number | null {
  const s = cellText(v);
  return /^\d{1,2}$/.test(s) ? Number(s) : null;
}

/** The leaf rule on one context: marks aggregates; the values dropped and the unexplained US$. */
function leafRule(ctx: Context): { dropped: number; unexplained: number } {
  const n = ctx.value.length;
  const aggregate = new Uint8Array(n);
  ctx.aggregate = aggregate;
  const sitc = ctx.system === "SITC";
  // Each code marks its present prefixes as aggregates.
  for (const code of ctx.codes.keys()) {
    if (code.charCodeAt(0) === 0) continue;
    for (let len = sitc ? 1 : 2; len < code.length; len += sitc ? 1 : 2) {
      const p = ctx.codes.get(code.slice(0, len));
      if (p !== undefined) aggregate[p] = 1;
    }
  }
  let dropped = 0;
  for (let s = 0; s < n; s++) if (aggregate[s]) dropped += ctx.count[s];
  if (dropped === 0) return { dropped, unexplained: 0 };
  // Each kept code adds its value to its outermost present aggregate.
  const below = new Float64Array(n);
  const outermost = new Uint8Array(n);
  for (const [code, slot] of ctx.codes) {
    if (code.charCodeAt(0) === 0) continue;
    let top = -1;
    for (let len = sitc ? 1 : 2; len < code.length; len += sitc ? 1 : 2) {
      const p = ctx.codes.get(code.slice(0, len));
      if (p !== undefined) {
        top = p;
        break;
      }
    }
    if (top < 0) outermost[slot] = 1;
    else if (!aggregate[slot]) below[top] += ctx.value[slot];
  }
  let unexplained = 0;
  for (let s = 0; s < n; s++)
    if (aggregate[s] && outermost[s]) unexplained += Math.max(0, ctx.value[s] - below[s]);
  return { dropped, unexplained };
}

/** Groups by a key of fields. */
function groupBy<T>(xs: readonly T[], key: (x: T) => unknown[]): T[][] {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x).join(SEP);
    const g = m.get(k);
    if (g) g.push(x);
    else m.set(k, [x]);
  }
  return [...m.values()];
}

function compareSeries(a: Context, b: Context, by: readonly TableKey[]): number {
  const f = flowOrder(a.flow, b.flow);
  if (f !== 0) return f;
  for (const k of by) {
    // World first, then by name.
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (x === WORLD) return -1;
    if (y === WORLD) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

const ROLE_NAMES: Partial<Record<ColumnRole, string>> = {
  code: "code",
  year: "year",
  flow: "flow",
  partner: "partner",
  reporter: "reporter",
  edition: "edition",
  level: "aggregation level",
  original: "original classification",
  partner2: "second partner",
  customs: "customs procedure",
  transport: "mode of transport",
  supply: "mode of supply",
};

function columnsUsed(layout: TradeLayout): TradeFileReport["columns"] {
  const out: TradeFileReport["columns"] = [];
  for (const [role, column] of Object.entries(layout.columns) as [ColumnRole, number][])
    out.push({ role: ROLE_NAMES[role] ?? role, column, header: layout.header[column] ?? "" });
  for (const v of layout.values) out.push({ role: "value", column: v.column, header: v.header });
  return out.sort((a, b) => a.column - b.column);
}

function productRows(
  kept: readonly Context[],
  groupOf: ReadonlyMap<Context, Int32Array>,
  groups: readonly string[],
  by: readonly TableKey[]
): ProductRow[] {
  const rows = new Map<string, ProductRow>();
  for (const ctx of kept) {
    const gs = groupOf.get(ctx) as Int32Array;
    for (const [code, slot] of ctx.codes) {
      if (ctx.aggregate![slot]) continue;
      const shown = code.charCodeAt(0) === 0 ? code.slice(1) : code;
      const k = [ctx.flow, ...by.map((b) => ctx[b]), ctx.year, ctx.system, shown].join(SEP);
      const r = rows.get(k);
      if (r) r.value += ctx.value[slot];
      else {
        const row: ProductRow = {
          year: ctx.year,
          flow: ctx.flow,
          code: shown,
          system: ctx.system,
          value: ctx.value[slot],
          group: gs[slot] < groups.length ? groups[gs[slot]] : null,
        };
        for (const b of by) row[b] = ctx[b];
        rows.set(k, row);
      }
    }
  }
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...rows.values()].sort((a, b) => {
    let d = flowOrder(a.flow, b.flow);
    for (const k of by) d = d || text(a[k] as string, b[k] as string);
    return d || a.year - b.year || text(a.code, b.code) || text(a.system, b.system);
  });
}

/**
 * A number with thousands separators and at most 2 decimals, as the report writes US$.
 *
 * @example formatNumber(1234567.891) // "1,234,567.89"
 */
export function formatNumber(x: number): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
