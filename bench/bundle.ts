/**
 * The production bundles as Excel loads them: dist/functions.js gzipped size (target ≤ 60 KB) and
 * load time: read the file, parse and run it in a fresh Node vm context with a recording
 * CustomFunctions.associate, until every function is bound (target ≤ 30 ms, median of runs; the
 * same in headless Chromium is bench/browser.ts); and the task pane's wizard.js.
 * Run `npm run build` first (npm run bench does).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import * as zlib from "zlib";
import { ErrorCode, FakeCustomFunctionsError } from "../tests/support/customFunctions";
import { Figure, report } from "./util";

const ROOT = path.resolve(__dirname, "..");
const BUNDLE = path.join(ROOT, "dist", "functions.js");
const METADATA = path.join(ROOT, "dist", "functions.json");

/** Reads, parses and runs the bundle in a fresh context; returns how many ids were bound. */
function loadOnce(): number {
  const source = fs.readFileSync(BUNDLE, "utf8");
  let bound = 0;
  const CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode,
    associate: () => {
      bound++;
    },
  };
  const context = vm.createContext({ CustomFunctions });
  new vm.Script(source, { filename: "functions.js" }).runInContext(context);
  return bound;
}

const DIST = path.join(ROOT, "dist");

function gzKb(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

/** The local scripts dist/taskpane.html loads before the wizard paints, gzipped (KB). */
function firstPaintScripts(): { name: string; gz: number }[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src) && !src.includes("office-js/"))
    .map((src) => ({ name: src, gz: gzKb(path.join(DIST, src)) }));
}

export function benchBundle(): Figure[] {
  if (!fs.existsSync(BUNDLE))
    throw new Error("dist/functions.js is missing: run npm run build first");
  const raw = fs.readFileSync(BUNDLE);
  const firstPaint = firstPaintScripts();
  const firstPaintGz = firstPaint.reduce((s, f) => s + f.gz, 0);
  const chunks = fs.existsSync(path.join(DIST, "chunks"))
    ? fs.readdirSync(path.join(DIST, "chunks")).filter((f) => f.endsWith(".js"))
    : [];
  const onDemandGz = chunks.reduce((s, f) => s + gzKb(path.join(DIST, "chunks", f)), 0);
  const gz = zlib.gzipSync(raw, { level: 9 }).length / 1024;
  const expected = fs.existsSync(METADATA)
    ? JSON.parse(fs.readFileSync(METADATA, "utf8")).functions.length
    : undefined;

  // Fresh contexts each time; the first run (cold) is reported too, as Excel's first load is cold.
  const t0 = process.hrtime.bigint();
  const n = loadOnce();
  const cold = Number(process.hrtime.bigint() - t0) / 1e6;
  if (expected !== undefined && n !== expected)
    throw new Error(`dist/functions.js bound ${n} functions, functions.json lists ${expected}`);
  const runs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = process.hrtime.bigint();
    loadOnce();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)];

  return [
    report(
      `functions.js gzipped (${(raw.length / 1024).toFixed(0)} KB raw, ${n} functions)`,
      gz,
      "KB",
      "≤ 60 KB",
      gz <= 60
    ),
    report(
      "functions.js in Node: read + parse + bind in a fresh vm context (median of 15)",
      median,
      "ms",
      "≤ 30 ms",
      median <= 30
    ),
    report("functions.js in Node, first load (cold)", cold, "ms", "≤ 30 ms", cold <= 30),
    report(
      `task pane first paint: the scripts taskpane.html loads (${firstPaint.map((f) => `${f.name} ${f.gz.toFixed(0)}`).join(" + ")} KB; office.js from Microsoft's CDN not counted), gzipped`,
      firstPaintGz,
      "KB",
      "≤ 300 KB",
      firstPaintGz <= 300
    ),
    report(
      `task pane on demand: the .xlsx writer and reader with JSZip (${chunks.map((f) => `${f.replace(/\.[0-9a-f]{8}\.js$/, "")} ${gzKb(path.join(DIST, "chunks", f)).toFixed(0)}`).join(" + ")} KB, loaded at the first preview build or .xlsx import), gzipped`,
      onDemandGz,
      "KB",
      "reported",
      true
    ),
  ];
}
