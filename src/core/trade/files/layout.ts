/**
 * The layout of a trade file, recognised from its header (docs/methods.md §5.3):
 *
 * - "comtrade": UN Comtrade's current API and bulk files (`refYear, reporterCode, reporterISO,
 *   flowCode, partnerCode, partnerISO, classificationCode, cmdCode, aggrLevel, isLeaf,
 *   customsCode, motCode, primaryValue, …`); values in US$.
 * - "comtrade-legacy": the legacy UN Comtrade CSV (`Classification, Year, Aggregate Level,
 *   Trade Flow, Reporter, Partner, Commodity Code, Trade Value (US$), …`); values in US$.
 * - "wits": World Bank WITS downloads (`NomenclatureCode, ReporterISO3, PartnerISO3, Year,
 *   TradeFlowName, ProductCode, TradeValue in 1000 USD`); values in US$ thousand.
 * - "trademap": ITC Trade Map exports: title and unit rows above the header, then `Code,
 *   Product label, Exported value in 2019, Exported value in 2020, …` (one column per year and
 *   flow), or a list of partners (`Importers, Exported value in …`) of the product its title
 *   names; values in the unit the title states (US$ thousand when it states none).
 * - "custom": any other table, with the columns the user names (customLayout).
 *
 * Header cells are compared by their letters and digits only, in any case ("Trade Value (US$)"
 * is tradevalueus), so the spellings of different download tools match.
 */
import { describe } from "../../cells";
import { InputError } from "../../errors";
import { parseSystem } from "../codes";
import { Breakdown, cellText, headerKey, readFlow } from "./cells";

export type LayoutKind = "comtrade" | "comtrade-legacy" | "trademap" | "wits" | "custom";

/** What a column of a trade file holds (beside the value columns). */
export type ColumnRole =
  "code" | "year" | "flow" | "partner" | "reporter" | "edition" | "level" | "original" | Breakdown;

/** A column of values: its year and flow, or null where another column gives them. */
export interface ValueColumn {
  column: number;
  /** The header as the file writes it. */
  header: string;
  year: number | null;
  flow: string | null;
}

/** A recognised (or confirmed) layout: where each thing is, and the unit of the values. */
export interface TradeLayout {
  kind: LayoutKind;
  /** The layout's name for the report, e.g. "UN Comtrade (current API or bulk file)". */
  name: string;
  /** 0-based index of the header row among the rows detectLayout was given. */
  headerRow: number;
  /** The header row's cells as text. */
  header: string[];
  /** The 0-based column of each role the file has. */
  columns: Partial<Record<ColumnRole, number>>;
  /** The columns of values (one for long files; one per year and flow for Trade Map). */
  values: ValueColumn[];
  /** A value in the file × factor = US$; label as the report shows it. */
  unit: { factor: number; label: string; stated: boolean };
  /** What holds for every row where no column gives it (Trade Map's title names the reporter). */
  fixed: { code?: string; flow?: string; partner?: string; reporter?: string; year?: number };
  /** The classification of rows whose file names none: "HS" (newest edition that has the code), an edition ("HS2017") or "SITC". */
  system: string;
  /** The flow column holds UN Comtrade's legacy codes (1 import, 2 export, 3 re-export, 4 re-import). */
  legacyFlowCodes: boolean;
  /** Remarks for the report, e.g. that the unit was assumed. */
  notes: string[];
}

/** A header that is none of the known layouts, with the columns its names suggest. */
export interface LayoutNotRecognised {
  kind: "not-recognised";
  /** 0-based row that looks most like a header (the first row of text cells), -1 if none. */
  headerRow: number;
  header: string[];
  /** Columns guessed from the header's names, for the user to confirm or correct (customLayout). */
  guess: CustomColumns;
  message: string;
}

/** The columns (0-based) of a custom layout; `value` may list one column per year. */
export interface CustomColumns {
  code?: number;
  value?: number | number[];
  year?: number;
  flow?: number;
  partner?: number;
  reporter?: number;
  edition?: number;
}

export interface LayoutOptions {
  /** The classification of rows whose file names none (default "HS": newest edition wins). */
  system?: string;
}

/** Rows looked at for a header (files have a few title rows at most). */
export const HEADER_SEARCH_ROWS = 60;

type Keys = string[];

/** The first column whose key is one of `names` (in the order of `names`), or undefined. */
function find(keys: Keys, ...names: string[]): number | undefined {
  for (const n of names) {
    const i = keys.indexOf(n);
    if (i >= 0) return i;
  }
  return undefined;
}

function defined(columns: Partial<Record<ColumnRole, number | undefined>>) {
  const out: Partial<Record<ColumnRole, number>> = {};
  for (const [k, v] of Object.entries(columns)) if (v !== undefined) out[k as ColumnRole] = v;
  return out;
}

function base(
  kind: LayoutKind,
  name: string,
  headerRow: number,
  header: readonly unknown[],
  system: string
): Omit<TradeLayout, "columns" | "values" | "unit"> {
  return {
    kind,
    name,
    headerRow,
    header: header.map(cellText),
    fixed: {},
    system,
    legacyFlowCodes: false,
    notes: [],
  };
}

const US$ = { factor: 1, label: "US$", stated: true };

function comtrade(keys: Keys, r: number, header: readonly unknown[], system: string) {
  const code = find(keys, "cmdcode");
  const value = find(keys, "primaryvalue");
  const year = find(keys, "refyear", "period");
  if (code === undefined || value === undefined || year === undefined) return null;
  const layout: TradeLayout = {
    ...base("comtrade", "UN Comtrade (current API or bulk file)", r, header, system),
    columns: defined({
      code,
      year,
      flow: find(keys, "flowcode", "flowdesc"),
      partner: find(keys, "partneriso", "partnerdesc", "partnercode"),
      reporter: find(keys, "reporteriso", "reporterdesc", "reportercode"),
      edition: find(keys, "classificationcode"),
      level: find(keys, "aggrlevel"),
      original: find(keys, "isoriginalclassification"),
      partner2: find(keys, "partner2code", "partner2iso"),
      customs: find(keys, "customscode"),
      transport: find(keys, "motcode"),
      supply: find(keys, "moscode"),
    }),
    values: [{ column: value, header: cellText(header[value]), year: null, flow: null }],
    unit: US$,
  };
  return layout;
}

function comtradeLegacy(keys: Keys, r: number, header: readonly unknown[], system: string) {
  const code = find(keys, "commoditycode");
  const value = find(keys, "tradevalueus", "tradevalueusd", "tradevalue");
  const year = find(keys, "year");
  if (code === undefined || value === undefined || year === undefined) return null;
  const flowName = find(keys, "tradeflow");
  const flowCode = find(keys, "tradeflowcode");
  const layout: TradeLayout = {
    ...base("comtrade-legacy", "UN Comtrade (legacy CSV)", r, header, system),
    columns: defined({
      code,
      year,
      flow: flowName ?? flowCode,
      partner: find(keys, "partneriso", "partner", "partnercode"),
      reporter: find(keys, "reporteriso", "reporter", "reportercode"),
      edition: find(keys, "classification"),
      level: find(keys, "aggregatelevel"),
      partner2: find(keys, "2ndpartnercode", "2ndpartneriso"),
      customs: find(keys, "customsproccode"),
      transport: find(keys, "modeoftransportcode"),
    }),
    values: [{ column: value, header: cellText(header[value]), year: null, flow: null }],
    unit: US$,
  };
  layout.legacyFlowCodes = flowName === undefined && flowCode !== undefined;
  return layout;
}

function wits(keys: Keys, r: number, header: readonly unknown[], system: string) {
  const code = find(keys, "productcode");
  const year = find(keys, "year");
  const value = keys.findIndex((k) => k.startsWith("tradevalue"));
  if (code === undefined || year === undefined || value < 0) return null;
  const thousands = keys[value].includes("1000") || keys[value].includes("thousand");
  const layout: TradeLayout = {
    ...base("wits", "World Bank WITS", r, header, system),
    columns: defined({
      code,
      year,
      flow: find(keys, "tradeflowname", "tradeflow"),
      partner: find(keys, "partneriso3", "partnername", "partner"),
      reporter: find(keys, "reporteriso3", "reportername", "reporter"),
      edition: find(keys, "nomenclaturecode", "nomenclature"),
    }),
    values: [{ column: value, header: cellText(header[value]), year: null, flow: null }],
    unit: thousands
      ? { factor: 1000, label: "US$ thousand", stated: true }
      : { factor: 1, label: "US$", stated: true },
  };
  return layout;
}

/** Trade Map's value columns: "Exported value in 2019", "Value imported in 2020 (USD thousand)". */
const TRADEMAP_VALUE =
  /^(?:(exported|imported|reexported|reimported)valuein|value(exported|imported|reexported|reimported)in)((?:19|20)\d\d)(usd[a-z]*)?$/;
const TRADEMAP_CODE = ["code", "productcode", "hscode"];
const TRADEMAP_PARTNERS = [
  "importers",
  "exporters",
  "partners",
  "markets",
  "suppliers",
  "importingmarkets",
  "exportingmarkets",
];

/** Factor to US$ of a unit text: thousand → 1000, million → 1e6, billion → 1e9, else 1. */
function unitFactor(text: string): number {
  return /thousand|千/i.test(text)
    ? 1000
    : /million|百万/i.test(text)
      ? 1e6
      : /billion|十亿/i.test(text)
        ? 1e9
        : 1;
}

function tradeMap(
  keys: Keys,
  r: number,
  header: readonly unknown[],
  above: readonly (readonly unknown[])[],
  system: string
): TradeLayout | null {
  const values: ValueColumn[] = [];
  let headerUnit = "";
  keys.forEach((k, column) => {
    const m = TRADEMAP_VALUE.exec(k);
    if (!m) return;
    if (m[4]) headerUnit = m[4];
    values.push({
      column,
      header: cellText(header[column]),
      year: Number(m[3]),
      flow: readFlow(m[1] ?? m[2]),
    });
  });
  if (values.length === 0) return null;
  const code = find(keys, ...TRADEMAP_CODE);
  const partner = code === undefined ? find(keys, ...TRADEMAP_PARTNERS) : undefined;
  // The title rows: "Trade Map - List of products exported by China", "Product: TOTAL …", "Unit : US Dollar thousand".
  const title = above.map((row) =>
    row
      .map(cellText)
      .filter((s) => s !== "")
      .join(" ")
  );
  const layout: TradeLayout = {
    ...base("trademap", "ITC Trade Map", r, header, system),
    columns: defined({ code, partner }),
    values,
    unit: { factor: 1000, label: "US$ thousand", stated: false },
  };
  const unitLine = title.map((t) => /\bunit\s*:\s*(.+)$/i.exec(t)?.[1]).find((u) => u);
  if (unitLine) {
    layout.unit = { factor: unitFactor(unitLine), label: unitLine.trim(), stated: true };
  } else if (headerUnit) {
    layout.unit = {
      factor: unitFactor(headerUnit),
      label: unitFactor(headerUnit) === 1000 ? "US$ thousand" : headerUnit,
      stated: true,
    };
  } else layout.notes.push("The file states no unit: US$ thousand assumed (ITC Trade Map's unit).");
  for (const t of title) {
    const by = /\b(?:exported|imported)\s+by\s+(.+?)(?:\s+(?:to|from)\s+(.+?))?\s*$/i.exec(t);
    const between = /\bbetween\s+(.+?)\s+and\s+(.+?)\s*$/i.exec(t);
    const m = by ?? between;
    if (m && layout.fixed.reporter === undefined) {
      layout.fixed.reporter = m[1].trim();
      if (m[2] && partner === undefined) layout.fixed.partner = m[2].trim();
    }
    const product = /\bproduct\s*:\s*'?([0-9]+|total)\b/i.exec(t);
    if (product && code === undefined && layout.fixed.code === undefined)
      layout.fixed.code = product[1];
  }
  if (code === undefined) {
    // A list of partners of one product: the product comes from the title.
    if (partner === undefined || layout.fixed.code === undefined) return null;
    layout.notes.push(`Every row is product ${layout.fixed.code} (from the title).`);
  }
  return layout;
}

/**
 * The layout of a trade file from its first rows (the header and any title rows above it; pass
 * up to HEADER_SEARCH_ROWS rows, more are not looked at). The header is the first row that
 * matches a known layout; the values of a Trade Map file are in the unit its title states. When
 * no row matches, the answer says so, with the row that looks most like a header and the columns
 * its names suggest (confirm them with customLayout).
 *
 * @example detectLayout([["refYear", "flowCode", "cmdCode", "aggrLevel", "primaryValue"]]).kind // "comtrade"
 */
export function detectLayout(
  rows: readonly (readonly unknown[])[],
  options: LayoutOptions = {}
): TradeLayout | LayoutNotRecognised {
  const system = parseSystem(options.system ?? "HS").name;
  const n = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < n; r++) {
    const header = rows[r] ?? [];
    const keys = header.map(headerKey);
    const found =
      comtrade(keys, r, header, system) ??
      comtradeLegacy(keys, r, header, system) ??
      wits(keys, r, header, system) ??
      tradeMap(keys, r, header, rows.slice(0, r), system);
    if (found) return found;
  }
  const r = likelyHeader(rows.slice(0, n));
  const header = r >= 0 ? rows[r].map(cellText) : [];
  return {
    kind: "not-recognised",
    headerRow: r,
    header,
    guess: guessColumns(header),
    message:
      r < 0
        ? "No header row found: the file's first rows hold no row of column names"
        : `The header (row ${r + 1}: ${header
            .filter((h) => h !== "")
            .slice(0, 12)
            .join(
              ", "
            )}${header.length > 12 ? ", …" : ""}) is not UN Comtrade, ITC Trade Map or WITS: name the code, value and year columns`,
  };
}

/** The first row of at least two cells, all non-blank ones text that is not a number. */
function likelyHeader(rows: readonly (readonly unknown[])[]): number {
  return rows.findIndex((row) => {
    const cells = row.map(cellText).filter((s) => s !== "");
    return (
      cells.length >= 2 &&
      row.every((v) => typeof v !== "number") &&
      cells.every((s) => !/^[+-]?[\d.,\s]+$/.test(s))
    );
  });
}

const GUESSES: [keyof CustomColumns, RegExp][] = [
  [
    "code",
    /^(hs|hs6|hscode|code|productcode|commoditycode|cmdcode|product|sitc|sitccode)$|编码|代码/,
  ],
  ["year", /^(year|yr|refyear|period|年|年份|年度)$/],
  ["flow", /flow|direction|贸易方式|进出口/],
  ["partner", /partner|destination|origin|伙伴|贸易国/],
  ["reporter", /reporter|country|报告/],
  ["edition", /classification|nomenclature|edition|revision/],
  ["value", /value|amount|usd|dollar|trade|exports|imports|金额|价值|美元|额/],
];

/**
 * Columns a header's names suggest: code (HS code, Code, Product code…), value (Value, Trade
 * value, US$…), year, flow, partner, reporter, edition; when no column names the value but some
 * name a year (2019, Exports 2020), those are the value columns, one per year.
 *
 * @example guessColumns(["Year", "HS code", "Value"]) // { year: 0, code: 1, value: 2 }
 */
export function guessColumns(header: readonly unknown[]): CustomColumns {
  const keys = header.map(headerKey);
  const out: CustomColumns = {};
  const used = new Set<number>();
  for (const [role, re] of GUESSES) {
    const i = keys.findIndex((k, j) => !used.has(j) && k !== "" && re.test(k));
    if (i < 0) continue;
    if (role === "value") {
      if (/(19|20)\d\d/.test(keys[i])) continue;
      out.value = i;
    } else out[role] = i;
    used.add(i);
  }
  if (out.value === undefined) {
    const years = keys
      .map((k, j) => (!used.has(j) && /(?:^|[^0-9])(19|20)\d\d(?:[^0-9]|$)/.test(k) ? j : -1))
      .filter((j) => j >= 0);
    if (years.length > 0) out.value = years;
  }
  return out;
}

/**
 * The 0-based column a header names: its text (in any case and spacing) or its 1-based number.
 * Throws #VALUE! naming the header when there is no such column.
 *
 * @example columnOf(["Year", "HS code"], "hs CODE") // 1
 */
export function columnOf(header: readonly unknown[], name: string): number {
  const key = headerKey(name);
  const i = header.findIndex((h) => headerKey(h) === key);
  if (i >= 0) return i;
  if (/^\d+$/.test(name.trim()) && Number(name) >= 1 && Number(name) <= header.length)
    return Number(name) - 1;
  throw new InputError(
    `There is no column ${describe(name)} in the header (${header
      .map(cellText)
      .filter((h) => h !== "")
      .slice(0, 12)
      .join(", ")})`
  );
}

export interface CustomOptions extends LayoutOptions {
  /** Values × unit = US$ (default 1: the values are in US$). */
  unit?: number;
  /** The flow of every row when no column gives it (e.g. "Export"). */
  flow?: string;
  /** The partner of every row when no column gives it. */
  partner?: string;
  /** The year of every row when neither a column nor the value columns' headers give it. */
  year?: number;
}

/**
 * A layout from the columns the user confirmed (0-based; a guessColumns result, corrected).
 * Needs the code and value columns. Each value column's year is the year column's, or `year`,
 * or the year its header names (one value column per year: "2019", "Exports 2020"); its flow is
 * the flow column's, or `flow`, or the one its header names (export / import). Throws #VALUE!
 * when the code or value column is missing, a column is outside the header, or a value column
 * has no year.
 *
 * @example customLayout(["Year", "HS", "US$"], 0, { year: 0, code: 1, value: 2 }).values[0].year // null
 */
export function customLayout(
  header: readonly unknown[],
  headerRow: number,
  columns: CustomColumns,
  options: CustomOptions = {}
): TradeLayout {
  const system = parseSystem(options.system ?? "HS").name;
  const width = header.length;
  const check = (role: string, c: number | undefined) => {
    if (c !== undefined && !(Number.isInteger(c) && c >= 0 && c < width))
      throw new InputError(`The ${role} column (${c}) is not a column of the header`);
  };
  for (const [role, c] of Object.entries(columns))
    for (const x of Array.isArray(c) ? c : [c]) check(role, x as number | undefined);
  if (columns.code === undefined) throw new InputError("Name the column of the product codes");
  const valueColumns = columns.value === undefined ? [] : ([] as number[]).concat(columns.value);
  if (valueColumns.length === 0) throw new InputError("Name the column of the trade values");
  const unit = options.unit ?? 1;
  if (!(unit > 0) || !Number.isFinite(unit))
    throw new InputError(`The unit must be a positive number (1 for US$, 1000 for US$ thousand)`);
  const text = header.map(cellText);
  const values = valueColumns.map((column): ValueColumn => {
    let year: number | null = null;
    let flow: string | null = null;
    if (columns.year === undefined && options.year === undefined) {
      const m = /(?:^|[^0-9])((?:19|20)\d\d)(?:[^0-9]|$)/.exec(text[column]);
      if (!m)
        throw new InputError(
          `The value column ${describe(text[column])} names no year: name the year column, or give one value column per year with the year in its header`
        );
      year = Number(m[1]);
    }
    if (columns.flow === undefined && options.flow === undefined) {
      const f = /re-?export/i.test(text[column])
        ? "Re-export"
        : /re-?import/i.test(text[column])
          ? "Re-import"
          : /export|出口/i.test(text[column])
            ? "Export"
            : /import|进口/i.test(text[column])
              ? "Import"
              : null;
      flow = f;
    }
    return { column, header: text[column], year, flow };
  });
  const layout: TradeLayout = {
    ...base("custom", "Columns as named", headerRow, header, system),
    columns: defined({
      code: columns.code,
      year: columns.year,
      flow: columns.flow,
      partner: columns.partner,
      reporter: columns.reporter,
      edition: columns.edition,
    }),
    values,
    unit: {
      factor: unit,
      label:
        unit === 1
          ? "US$"
          : unit === 1000
            ? "US$ thousand"
            : unit === 1e6
              ? "US$ million"
              : `US$ × ${unit.toLocaleString("en-US")}`,
      stated: options.unit !== undefined,
    },
  };
  if (options.flow !== undefined) layout.fixed.flow = readFlow(options.flow);
  if (options.partner !== undefined) layout.fixed.partner = options.partner;
  if (options.year !== undefined) layout.fixed.year = options.year;
  return layout;
}

/**
 * The columns a layout reads (roles and values), ascending: a streaming reader need not copy the
 * others out of the text.
 *
 * @example columnsRead(layout) // [3, 7, 9, 11, 20, 22, 43]
 */
export function columnsRead(layout: TradeLayout): number[] {
  const set = new Set<number>(Object.values(layout.columns) as number[]);
  for (const v of layout.values) set.add(v.column);
  return [...set].sort((a, b) => a - b);
}
