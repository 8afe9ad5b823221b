/**
 * Reads a trade file (UN Comtrade current or legacy CSV, ITC Trade Map .xlsx / .txt / tab-text
 * .xls, WITS, or any table with the columns named) and prints what was recognised, then the
 * structure over time: the shares of RIB, LIB, TIB and OTHER per year and flow, and the
 * structural change indices between consecutive years.
 *
 *   npm run trade -- FILE [--by year,flow,partner,reporter] [--out F.csv|F.xlsx]
 *                   [--columns code=NAME,value=NAME,year=NAME,flow=NAME,partner=NAME,edition=NAME]
 *                   [--unit 1000] [--flow Export] [--system HS2017] [--mapping F.csv]
 *                   [--sheet NAME] [--stats]
 *
 * --out F.csv writes the long table (Year, Flow, the --by columns, Group, Value, Share), the
 * same table as TRADE.STRUCTURE's; --out F.xlsx writes it as the sheet Structure, with the
 * sheets Change (the indices per year pair) and Report (what was read).
 */
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../src/core/errors";
import { RESERVED_LABELS, parseMapping } from "../src/core/classify";
import type { PrefixMapping } from "../src/core/classify";
import { CHANGE_INDICES, normalizeHs, parseSystem, sitcDigits } from "../src/core/trade";
import {
  LayoutNotRecognised,
  TableCell,
  TableKey,
  TradeFileResult,
  changeCells,
  reportLines,
  tableCells,
} from "../src/core/trade/files";
import { decodeText, parseDelimited, toCsv } from "../src/workbook/delimited";
import { FORMATS, newSheet, put } from "../src/workbook/spec";
import { writeXlsx } from "../src/workbook/writeXlsx";
import { FileProblem, NamedColumns, ReadFileOptions, readTradeFile } from "./tradeFile";

const USAGE =
  "usage: npm run trade -- FILE [--by year,flow,partner,reporter] [--out F.csv|F.xlsx] [--columns code=NAME,value=NAME,year=NAME,…] [--unit 1000] [--flow Export] [--system HS2017] [--mapping F.csv] [--sheet NAME] [--stats]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const ROLES = ["code", "value", "year", "flow", "partner", "reporter", "edition"];

/** --columns code=HS code,value=2019,value=2020 → named columns. */
export function parseColumns(spec: string): NamedColumns {
  const out: NamedColumns = {};
  for (const part of spec.split(",")) {
    const eq = part.indexOf("=");
    const role = part.slice(0, eq).trim().toLowerCase();
    const name = part.slice(eq + 1).trim();
    if (eq < 0 || !ROLES.includes(role) || name === "")
      fail(`--columns takes role=column pairs (roles: ${ROLES.join(", ")}), not "${part}"`);
    if (role === "value") (out.value ??= []).push(name);
    else out[role as Exclude<keyof NamedColumns, "value">] = name;
  }
  return out;
}

/** --by year,flow,partner → the table keys beside Year and Flow (which are always keys). */
export function parseBy(spec: string): TableKey[] {
  const out: TableKey[] = [];
  for (const k of spec.split(",").map((s) => s.trim().toLowerCase())) {
    if (k === "year" || k === "flow" || k === "") continue;
    if (k !== "partner" && k !== "reporter")
      fail(`--by takes year, flow, partner and reporter, not ${k}`);
    out.push(k);
  }
  return out;
}

function readMappingFile(file: string, system: string): PrefixMapping {
  const { text } = decodeText(fs.readFileSync(file));
  let rows = parseDelimited(text).rows.filter((r) => r.some((c) => c.trim() !== ""));
  // A header row (Prefix, Group) is left out.
  if (rows.length > 0 && !/\d/.test(rows[0][0] ?? "")) rows = rows.slice(1);
  const sys = parseSystem(system);
  return parseMapping(
    rows.map((r) => [r[0] ?? "", r[1] ?? ""]),
    sys.kind === "hs" ? normalizeHs : sitcDigits,
    RESERVED_LABELS
  );
}

const pct = (x: number | null) => (x === null ? "" : `${(x * 100).toFixed(1)}%`);

/** The shares per year of each series, with the indices, as printed lines (at most `limit` series). */
function summaryLines(result: TradeFileResult, limit = 10): string[] {
  const lines: string[] = [];
  const G = result.groups.length + 1;
  const seriesOf = (r: { flow: string; partner?: string; reporter?: string }) =>
    [r.flow || "(no flow)", ...result.by.map((k) => r[k] ?? "")].join(" · ");
  const names: string[] = [];
  const rows = new Map<string, typeof result.table>();
  for (const r of result.table) {
    const s = seriesOf(r);
    if (!rows.has(s)) {
      rows.set(s, []);
      names.push(s);
    }
    rows.get(s)!.push(r);
  }
  const changes = new Map<string, Map<number, (typeof result.changes)[number]>>();
  for (const c of result.changes) {
    const s = seriesOf(c);
    if (!changes.has(s)) changes.set(s, new Map());
    changes.get(s)!.set(c.to, c);
  }
  const cols = [...result.groups, "Unclass."];
  const pad = (s: string, w = 9) => s.padStart(w);
  for (const name of names.slice(0, limit)) {
    lines.push("");
    lines.push(`${name}: shares by year (Unclassified as a share of all value)`);
    lines.push(
      `  Year${cols.map((g) => pad(g.slice(0, 9))).join("")}${pad("Moore", 8)}${pad("angle°", 8)}${pad("Lilien", 8)}${pad("NAV", 8)}`
    );
    const rs = rows.get(name)!;
    for (let i = 0; i < rs.length; i += G) {
      const year = rs[i].year;
      const c = changes.get(name)?.get(year);
      const idx = c
        ? CHANGE_INDICES.map((k) => {
            const v = c.indices[k];
            return pad(v === null ? "" : k === "ANGLE" ? v.toFixed(2) : v.toFixed(4), 8);
          }).join("")
        : "";
      lines.push(
        `  ${year}${rs
          .slice(i, i + G)
          .map((r) => pad(pct(r.share)))
          .join("")}${idx}`
      );
    }
  }
  if (names.length > limit)
    lines.push("", `… and ${names.length - limit} more series (all of them in the --out file).`);
  return lines;
}

function cellOf(v: TableCell, numFmt?: string) {
  return v === null ? { value: "" } : { value: v, ...(numFmt ? { numFmt } : {}) };
}

/** The .xlsx of the result: Structure (the long table), Change (indices), Report. */
async function workbookOf(result: TradeFileResult, source: string): Promise<Uint8Array> {
  const structure = newSheet("Structure");
  const table = tableCells(result);
  const shareCol = table[0].length - 1;
  table.forEach((row, r) =>
    row.forEach((v, c) =>
      put(
        structure,
        r,
        c,
        r === 0
          ? { value: v, style: "header" }
          : cellOf(
              v,
              c === shareCol ? FORMATS.share : c === shareCol - 1 ? FORMATS.value : undefined
            )
      )
    )
  );
  structure.freeze = { rows: 1, columns: 0 };
  const change = newSheet("Change");
  changeCells(result).forEach((row, r) =>
    row.forEach((v, c) =>
      put(
        change,
        r,
        c,
        r === 0
          ? { value: v, style: "header" }
          : cellOf(v, c >= row.length - 4 ? "0.0000" : undefined)
      )
    )
  );
  change.freeze = { rows: 1, columns: 0 };
  const report = newSheet("Report");
  put(report, 0, 0, { value: `Read from ${source}`, style: "title" });
  reportLines(result.report).forEach((line, i) => put(report, i + 2, 0, { value: line }));
  report.columnWidths.A = 120;
  return writeXlsx({ sheets: [structure, change, report], names: [] });
}

function notRecognisedLines(l: LayoutNotRecognised): string[] {
  const lines = [l.message + "."];
  const guess = Object.entries(l.guess)
    .map(([role, c]) =>
      ([] as number[])
        .concat(c as number | number[])
        .map((i) => `${role}=${l.header[i]}`)
        .join(",")
    )
    .join(",");
  if (guess)
    lines.push(`The header suggests: --columns "${guess}" (check it, then run again with it).`);
  else if (l.header.length) lines.push('Name the columns: --columns "code=…,value=…,year=…".');
  return lines;
}

async function main(argv: string[]): Promise<number> {
  const t0 = process.hrtime.bigint();
  let file: string | null = null;
  const opts: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) {
      if (file !== null) fail(`Unexpected argument ${a}`);
      file = a;
      continue;
    }
    const key = a.slice(2);
    if (key === "help" || key === "stats") opts[key] = true;
    else if (["by", "out", "columns", "unit", "flow", "system", "mapping", "sheet"].includes(key)) {
      const v = argv[++i];
      if (v === undefined) fail(`--${key} needs a value`);
      opts[key] = v;
    } else fail(`Unknown option ${a}`);
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  if (file === null) fail("FILE is required: the trade file to read");
  if (!fs.existsSync(file)) fail(`There is no file ${file}`);
  const out = typeof opts.out === "string" ? opts.out : null;
  if (out && !/\.(csv|xlsx)$/i.test(out)) fail("--out must name a .csv or .xlsx file");
  const system = typeof opts.system === "string" ? opts.system : "HS";
  const options: ReadFileOptions = {
    by: typeof opts.by === "string" ? parseBy(opts.by) : [],
    system,
    ...(typeof opts.columns === "string" ? { columns: parseColumns(opts.columns) } : {}),
    ...(typeof opts.unit === "string" ? { unit: Number(opts.unit) } : {}),
    ...(typeof opts.flow === "string" ? { flow: opts.flow } : {}),
    ...(typeof opts.sheet === "string" ? { sheet: opts.sheet } : {}),
  };
  if (options.unit !== undefined && !(options.unit > 0))
    fail("--unit must be a positive number (1 for US$, 1000 for US$ thousand)");
  try {
    parseSystem(system);
    if (typeof opts.mapping === "string") options.mapping = readMappingFile(opts.mapping, system);
    const read = await readTradeFile(file, options);
    if (read.kind === "not-recognised") {
      console.error(notRecognisedLines(read.layout).join("\n"));
      return 2;
    }
    const { result } = read;
    console.log(`Read ${path.basename(file)}`);
    for (const line of reportLines(result.report)) console.log(line);
    for (const line of summaryLines(result)) console.log(line);
    if (out) {
      if (/\.csv$/i.test(out))
        fs.writeFileSync(
          out,
          toCsv(tableCells(result).map((r) => r.map((v) => (v === null ? "" : String(v)))))
        );
      else fs.writeFileSync(out, await workbookOf(result, path.basename(file)));
      console.log("");
      console.log(`Wrote ${out}: ${result.table.length.toLocaleString("en-US")} rows`);
    }
    if (opts.stats) {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const mb = process.resourceUsage().maxRSS / 1024;
      console.log(`Stats: ${seconds.toFixed(2)} s, peak memory ${mb.toFixed(0)} MB`);
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError || e instanceof FileProblem) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
}

if (require.main === module)
  main(process.argv.slice(2))
    .then((code) => (process.exitCode = code))
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    });
