#!/usr/bin/env node
/**
 * Derives the compact HS → SITC lookup tables the add-in ships (src/core/trade/data/tradeTables.ts)
 * from the shared source tables (data/trade/ outside the repository).
 *
 *   node scripts/derive-trade-data.js [sharedTradeDir]      (default: ../shared/data/trade)
 *   node scripts/derive-trade-data.js --check [dir]          exit 1 if the committed file is stale
 *
 * Plain Node (CommonJS), no dependencies. The output is deterministic: the same source files
 * always give the same bytes, so a test can compare the committed module with a fresh derivation.
 *
 * Inputs: hs_to_sitc/hs{1992,…,2022}_sitc{3,4}_conversion.csv (one SITC code per HS6 code) and
 * sitc_sections_divisions.csv (sections with their RIB/LIB/TIB/OTHER group, divisions).
 *
 * Encoding (all strings use only [0-9A-Za-z,=_-], decoded by src/core/trade/tables.ts):
 * - hs: the union of all editions' HS6 codes, sorted, as varint deltas (see varint below).
 * - masks / presence: each code's presence in the 14 tables (bit 2e: edition e in the Rev.3
 *   table, bit 2e+1: in the Rev.4 table) as one character indexing a dictionary of the
 *   distinct masks (masks: varints).
 * - sitc3: per code, the Rev.3 code of the newest edition whose Rev.3 table has the code,
 *   front-coded against the previous entry ("<shared prefix length><rest>"), "-" when no Rev.3
 *   table has the code; entries separated by ",".
 * - sitc4: per code, "=" when equal to the code's sitc3 entry, "-" when absent, else the code.
 * - exceptions3 / exceptions4: editions whose SITC code differs from the newest one, as
 *   "<code index delta varint><edition digit><SITC code>", separated by ",". An edition not
 *   listed (and present per the mask) has the newest edition's code, so editions sharing a
 *   mapping are stored once.
 * - varint: base 32, most significant digit first; non-final digits from CONT, the final digit
 *   from TERM.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const EDITIONS = [1992, 1996, 2002, 2007, 2012, 2017, 2022];
const REVISIONS = [3, 4];
const TERM = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
const CONT = "WXYZabcdefghijklmnopqrstuvwxyz-_";
const B64 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const REPO = path.resolve(__dirname, "..");
const OUT_FILE = path.join(REPO, "src", "core", "trade", "data", "tradeTables.ts");

function varint(v) {
  if (!Number.isInteger(v) || v < 0) throw new Error(`varint: ${v} is not a non-negative integer`);
  let s = TERM[v % 32];
  v = Math.floor(v / 32);
  while (v > 0) {
    s = CONT[v % 32] + s;
    v = Math.floor(v / 32);
  }
  return s;
}

/** Splits one CSV line (RFC 4180 quotes). */
function csvFields(line) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function readCsv(file) {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = csvFields(lines[0]).map((h) => h.trim());
  return { header, rows: lines.slice(1).map((l) => csvFields(l).map((f) => f.trim())) };
}

/** Reads one conversion table: Map HS6 → SITC digits. Fails loudly on anything unexpected. */
function readConversion(dir, edition, revision) {
  const file = path.join(dir, "hs_to_sitc", `hs${edition}_sitc${revision}_conversion.csv`);
  const { header, rows } = readCsv(file);
  if (header[0] !== `hs${edition}` || header[1] !== `sitc${revision}`) {
    throw new Error(`${file}: unexpected header ${header.join(",")}`);
  }
  const m = new Map();
  for (const r of rows) {
    const hs = r[0];
    const sitc = r[1].replace(/\./g, "");
    if (!/^\d{6}$/.test(hs)) throw new Error(`${file}: bad HS code ${hs}`);
    if (!/^\d{1,5}$/.test(sitc)) throw new Error(`${file}: bad SITC code ${r[1]} for ${hs}`);
    if (m.has(hs)) throw new Error(`${file}: HS code ${hs} listed twice`);
    m.set(hs, sitc);
  }
  return m;
}

function readSections(dir) {
  const { header, rows } = readCsv(path.join(dir, "sitc_sections_divisions.csv"));
  const col = (n) => {
    const i = header.indexOf(n);
    if (i < 0) throw new Error(`sitc_sections_divisions.csv: no column ${n}`);
    return i;
  };
  const [iRev, iLevel, iCode, iGroup] = [col("revision"), col("level"), col("code"), col("group")];
  const groups = {};
  const divisions = {};
  for (const rev of REVISIONS) {
    groups[rev] = new Array(10).fill(null);
    divisions[rev] = [];
  }
  for (const r of rows) {
    const rev = Number(String(r[iRev]).replace(/^SITC/i, ""));
    if (!REVISIONS.includes(rev)) continue;
    if (r[iLevel] === "section") groups[rev][Number(r[iCode])] = r[iGroup].toUpperCase();
    else if (r[iLevel] === "division") divisions[rev].push(r[iCode]);
  }
  for (const rev of REVISIONS) {
    if (groups[rev].some((g) => !g)) throw new Error(`SITC${rev}: missing section groups`);
  }
  if (groups[3].join() !== groups[4].join())
    throw new Error("SITC Rev.3 and Rev.4 section groups differ");
  const divs = [...new Set([...divisions[3], ...divisions[4]])].sort();
  return { sectionGroups: groups[3], divisions: divs };
}

/** Derives the module text from the shared directory. */
function derive(dir) {
  const tables = {};
  for (const e of EDITIONS)
    for (const r of REVISIONS) tables[`${e}_${r}`] = readConversion(dir, e, r);
  const { sectionGroups, divisions } = readSections(dir);

  const union = [...new Set(Object.values(tables).flatMap((m) => [...m.keys()]))].sort();

  // hs: varint deltas of the sorted codes.
  let hs = "";
  let prev = 0;
  for (const h of union) {
    const n = Number(h);
    hs += varint(n - prev);
    prev = n;
  }

  // presence masks.
  const maskIndex = new Map();
  const maskList = [];
  let presence = "";
  for (const h of union) {
    let m = 0;
    EDITIONS.forEach((e, i) => {
      if (tables[`${e}_3`].has(h)) m |= 1 << (2 * i);
      if (tables[`${e}_4`].has(h)) m |= 1 << (2 * i + 1);
    });
    if (!maskIndex.has(m)) {
      maskIndex.set(m, maskList.length);
      maskList.push(m);
    }
    presence += B64[maskIndex.get(m)];
  }
  if (maskList.length > B64.length) throw new Error("too many distinct presence masks");

  // newest SITC per code and revision, with exceptions for older editions.
  const newest = {};
  const exceptions = {};
  for (const r of REVISIONS) {
    newest[r] = [];
    const exc = [];
    let last = 0;
    union.forEach((h, ci) => {
      const vals = EDITIONS.map((e) => tables[`${e}_${r}`].get(h));
      let nv;
      for (let k = vals.length - 1; k >= 0; k--) {
        if (vals[k] !== undefined) {
          nv = vals[k];
          break;
        }
      }
      newest[r].push(nv);
      vals.forEach((v, ei) => {
        if (v !== undefined && v !== nv) {
          exc.push(varint(ci - last) + String(ei) + v);
          last = ci;
        }
      });
    });
    exceptions[r] = exc.join(",");
  }
  let prevSitc = "";
  const sitc3 = newest[3]
    .map((s) => {
      if (s === undefined) return "-";
      let k = 0;
      while (k < s.length && k < prevSitc.length && s[k] === prevSitc[k]) k++;
      prevSitc = s;
      return String(k) + s.slice(k);
    })
    .join(",");
  const sitc4 = newest[4]
    .map((s, i) => (s === undefined ? "-" : s === newest[3][i] ? "=" : s))
    .join(",");

  const counts = EDITIONS.map((e) => REVISIONS.map((r) => tables[`${e}_${r}`].size));

  const lines = [
    "// GENERATED by scripts/derive-trade-data.js (npm run data:trade) from the shared HS → SITC",
    "// conversion tables. Do not edit by hand. Codes only, no descriptions.",
    "// Sources: UN Statistics Division (HS–SITC correspondence tables) and World Bank WITS",
    "// (product concordance); see PROVENANCE.md in this folder. The encoding is described in the",
    "// script and decoded by ../tables.ts.",
    "/* eslint-disable */",
    "",
    "export const TRADE_DATA_VERSION = 1;",
    `export const EDITIONS: readonly number[] = ${JSON.stringify(EDITIONS)};`,
    "/** Rows per edition (HS1992 … HS2022) in the [Rev.3, Rev.4] conversion tables. */",
    `export const TABLE_SIZES: readonly (readonly number[])[] = ${JSON.stringify(counts)};`,
    "/** Group of each SITC section 0 … 9 (sitc_sections_divisions.csv). */",
    `export const SECTION_GROUPS: readonly string[] = ${JSON.stringify(sectionGroups)};`,
    "/** SITC divisions (two digits) of Rev.3 and Rev.4, sorted. */",
    `export const DIVISIONS = ${JSON.stringify(divisions.join(","))};`,
    `export const HS_COUNT = ${union.length};`,
    `export const HS = ${JSON.stringify(hs)};`,
    `export const MASKS = ${JSON.stringify(maskList.map(varint).join(""))};`,
    `export const PRESENCE = ${JSON.stringify(presence)};`,
    `export const SITC3 = ${JSON.stringify(sitc3)};`,
    `export const SITC4 = ${JSON.stringify(sitc4)};`,
    `export const EXCEPTIONS3 = ${JSON.stringify(exceptions[3])};`,
    `export const EXCEPTIONS4 = ${JSON.stringify(exceptions[4])};`,
    "",
  ];
  return lines.join("\n");
}

function main(argv) {
  const args = argv.filter((a) => !a.startsWith("--"));
  const check = argv.includes("--check");
  const dir = path.resolve(REPO, args[0] || "../shared/data/trade");
  if (!fs.existsSync(dir)) {
    console.error(
      `derive-trade-data: ${dir} does not exist (pass the shared data/trade directory)`
    );
    process.exit(2);
  }
  const text = derive(dir);
  if (check) {
    const old = fs.existsSync(OUT_FILE) ? fs.readFileSync(OUT_FILE, "utf8") : "";
    if (old !== text) {
      console.error(`${path.relative(REPO, OUT_FILE)} is stale: run npm run data:trade`);
      process.exit(1);
    }
    console.log(`${path.relative(REPO, OUT_FILE)} is up to date`);
    return;
  }
  fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  fs.writeFileSync(OUT_FILE, text);
  const gz = require("zlib").gzipSync(Buffer.from(text), { level: 9 }).length;
  console.log(`wrote ${path.relative(REPO, OUT_FILE)}: ${text.length} bytes, ${gz} bytes gzipped`);
}

module.exports = { derive, varint, EDITIONS, OUT_FILE, TERM, CONT, B64 };

if (require.main === module) main(process.argv.slice(2));
