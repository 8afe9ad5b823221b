/**
 * Contract test of the production bundle, run the way Excel runs it: dist/functions.js is loaded
 * in a fresh JavaScript context whose only custom global is a recording `CustomFunctions`
 * (Error, ErrorCode, associate). It checks that
 *  - the bundle loads on its own (no window/document/self at load time, no other chunk);
 *  - every id in dist/functions.json is bound through CustomFunctions.associate, once, to a
 *    function, and nothing else is bound;
 *  - every function's metadata has a description, a help URL and described parameters;
 *  - the bundle is small enough (gzip ≤ 60 KB) and puts the core on globalThis.LowCarbonCore;
 *  - src/functions/functions.ts imports every file that declares custom functions;
 *  - every sample in tests/functions/samples/*.ts (each exports `samples: Sample[]`) gives its
 *    expected result when called by id with Excel-shaped arguments, and every function has at
 *    least one sample.
 * Build first: `npm run build` (npm test does).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { FakeCustomFunctionsError } from "../support/customFunctions";
import { BUNDLE, DIST, LoadedBundle, loadBundle } from "../support/bundle";
import type { Sample } from "./samples/types";

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLES_DIR = path.join(__dirname, "samples");
/** The target of issue 7: functions.js at most 60 KB gzipped with the first release's functions. */
const GZIP_LIMIT = 60 * 1024;
const ERROR_CODES = new Set([
  "#VALUE!",
  "#N/A",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
  "#REF!",
  "#NAME?",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
]);

type Loaded = LoadedBundle;

let loaded: Loaded | undefined;
let loadError: unknown;
try {
  loaded = loadBundle();
} catch (e) {
  loadError = e;
}

function bundle(): Loaded {
  if (!loaded) throw loadError instanceof Error ? loadError : new Error(String(loadError));
  return loaded;
}

// ---------------------------------------------------------------- comparison

/** A result value as Excel sees it: error objects by code, everything else as is. */
function isError(x: unknown): x is { code: string; message?: string } {
  return (
    x instanceof FakeCustomFunctionsError ||
    (typeof x === "object" &&
      x !== null &&
      !Array.isArray(x) &&
      typeof (x as { code?: unknown }).code === "string" &&
      String((x as { code: string }).code).startsWith("#"))
  );
}

function show(x: unknown): string {
  if (isError(x)) return `${x.code}${x.message ? ` (${x.message})` : ""}`;
  if (Array.isArray(x)) return `[${x.map(show).join(", ")}]`;
  if (typeof x === "string") return JSON.stringify(x);
  return String(x);
}

/** Differences between an actual and an expected result ([] when they match). */
function compare(actual: unknown, expected: unknown, at = "result"): string[] {
  if (typeof expected === "string" && ERROR_CODES.has(expected)) {
    if (isError(actual))
      return actual.code === expected
        ? []
        : [`${at}: expected error ${expected}, got ${show(actual)}`];
    return [`${at}: expected error ${expected}, got ${show(actual)}`];
  }
  if (isError(actual)) return [`${at}: expected ${show(expected)}, got error ${show(actual)}`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual))
      return [`${at}: expected an array of ${expected.length}, got ${show(actual)}`];
    if (actual.length !== expected.length)
      return [`${at}: expected ${expected.length} elements, got ${actual.length}: ${show(actual)}`];
    return expected.flatMap((e, i) => compare(actual[i], e, `${at}[${i}]`));
  }
  if (typeof expected === "number") {
    if (typeof actual !== "number") return [`${at}: expected ${expected}, got ${show(actual)}`];
    if (Number.isNaN(expected))
      return Number.isNaN(actual) ? [] : [`${at}: expected NaN, got ${actual}`];
    const ok = Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    return ok
      ? []
      : [`${at}: expected ${expected}, got ${actual} (difference ${actual - expected})`];
  }
  if (typeof expected === "string" || typeof expected === "boolean" || expected === null) {
    return actual === expected ? [] : [`${at}: expected ${show(expected)}, got ${show(actual)}`];
  }
  return [
    `${at}: the sample's expected value ${show(expected)} has a type the test cannot compare`,
  ];
}

// ---------------------------------------------------------------- samples

interface SampleFile {
  file: string;
  samples: Sample[];
  error?: unknown;
}

function loadSampleFiles(): SampleFile[] {
  if (!fs.existsSync(SAMPLES_DIR)) return [];
  return fs
    .readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith(".ts") && f !== "types.ts" && !f.endsWith(".d.ts"))
    .sort()
    .map((file) => {
      try {
        const mod = require(path.join(SAMPLES_DIR, file)) as { samples?: unknown };
        if (!Array.isArray(mod.samples))
          return {
            file,
            samples: [],
            error: new Error(`${file} does not export samples: Sample[]`),
          };
        return { file, samples: mod.samples as Sample[] };
      } catch (e) {
        return { file, samples: [], error: e };
      }
    });
}

const sampleFiles = loadSampleFiles();

/** Calls a bound function as Excel would; a thrown CustomFunctions.Error counts as returned. */
async function callById(
  id: string,
  args: unknown[]
): Promise<{ value?: unknown; thrown?: unknown }> {
  const fn = bundle().bound.get(id.toUpperCase());
  if (!fn) throw new Error(`${id} is not bound by dist/functions.js`);
  try {
    let value = fn(...structuredClone(args));
    if (value && typeof (value as Promise<unknown>).then === "function") value = await value;
    return { value };
  } catch (e) {
    if (e instanceof FakeCustomFunctionsError) return { value: e };
    return { thrown: e };
  }
}

// ---------------------------------------------------------------- tests

describe("dist/functions.js", () => {
  test("loads on its own in a context whose only custom global is CustomFunctions", () => {
    if (loadError) {
      throw new Error(
        `dist/functions.js did not load: ${loadError instanceof Error ? loadError.message : String(loadError)}`
      );
    }
    expect(bundle().calls.length).toBeGreaterThan(0);
  });

  test("binds every id in functions.json to a function, each exactly once, and nothing else", () => {
    const { bound, calls, meta } = bundle();
    const ids = meta.map((f) => f.id.toUpperCase());
    expect(new Set(ids).size).toBe(ids.length); // ids are unique
    const notFunctions = calls.filter((c) => c.kind !== "function").map((c) => c.id);
    expect(notFunctions).toEqual([]);
    const counts = new Map<string, number>();
    for (const c of calls)
      counts.set(c.id.toUpperCase(), (counts.get(c.id.toUpperCase()) || 0) + 1);
    const twice = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    expect(twice).toEqual([]);
    const unbound = ids.filter((id) => !bound.has(id));
    expect(unbound).toEqual([]);
    const extra = [...bound.keys()].filter((id) => !ids.includes(id));
    expect(extra).toEqual([]);
  });

  test("every function has a description, a help URL and described parameters", () => {
    const problems: string[] = [];
    for (const f of bundle().meta) {
      if (!f.description || !f.description.trim()) problems.push(`${f.id}: no description`);
      if (!f.helpUrl || !/^https:\/\/\S+#\S+$/.test(f.helpUrl))
        problems.push(`${f.id}: no helpUrl with an #anchor (${f.helpUrl})`);
      for (const p of f.parameters || []) {
        if (!p.description || !p.description.trim())
          problems.push(`${f.id}: parameter ${p.name} has no description`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("is at most 60 KB gzipped", () => {
    const gz = zlib.gzipSync(fs.readFileSync(BUNDLE), { level: 9 }).length;
    expect(gz).toBeLessThanOrEqual(GZIP_LIMIT);
  });

  test("puts the whole core on globalThis.LowCarbonCore for the task pane, and memo statistics", () => {
    const core = bundle().globals.LowCarbonCore ?? {};
    for (const name of [
      "parseNumber",
      "priorities",
      "greyEvaluate",
      "tradeClassifier",
      "serviceClassifier",
      "limitMatrix",
      "InputError",
    ]) {
      expect([name, typeof core[name]]).toEqual([name, "function"]);
    }
    expect(typeof bundle().globals.LowCarbonAddinStats?.evaluationCounts).toBe("function");
  });

  test("src/functions/functions.ts imports every file that declares custom functions", () => {
    const dir = path.join(ROOT, "src", "functions");
    const entry = fs.readFileSync(path.join(dir, "functions.ts"), "utf8");
    const declaring = fs
      .readdirSync(dir)
      .filter(
        (f) =>
          f.endsWith(".ts") && /@customfunction\b/.test(fs.readFileSync(path.join(dir, f), "utf8"))
      );
    const missing = declaring.filter(
      (f) => !new RegExp(`^import "\\./${f.replace(/\.ts$/, "")}";`, "m").test(entry)
    );
    expect(declaring.length).toBeGreaterThanOrEqual(6);
    expect(missing).toEqual([]);
  });

  test("the task pane's wizard.js carries no copy of the core", () => {
    const wizard = fs.readFileSync(path.join(DIST, "wizard.js"), "utf8");
    for (const text of [
      "is not in any HS edition",
      "The principal eigenvector did not settle",
      "Unknown grey scale",
    ]) {
      expect([text, wizard.includes(text)]).toEqual([text, false]);
    }
    expect(wizard).toContain("globalThis.LowCarbonCore");
  });
});

describe("samples (tests/functions/samples/*.ts) against dist/functions.js", () => {
  test("sample files load", () => {
    const broken = sampleFiles
      .filter((s) => s.error)
      .map((s) => `${s.file}: ${s.error instanceof Error ? s.error.message : String(s.error)}`);
    expect(broken).toEqual([]);
  });

  test("every function in functions.json has at least one sample", () => {
    const sampled = new Set(
      sampleFiles.flatMap((s) => s.samples.map((x) => String(x.id).toUpperCase()))
    );
    const missing = bundle()
      .meta.map((f) => f.id.toUpperCase())
      .filter((id) => !sampled.has(id));
    expect(missing).toEqual([]);
  });

  test("every sample names a function that exists", () => {
    const ids = new Set(bundle().meta.map((f) => f.id.toUpperCase()));
    const unknown = sampleFiles.flatMap((s) =>
      s.samples.filter((x) => !ids.has(String(x.id).toUpperCase())).map((x) => `${s.file}: ${x.id}`)
    );
    expect(unknown).toEqual([]);
  });

  for (const sf of sampleFiles) {
    if (sf.samples.length === 0) continue;
    describe(sf.file, () => {
      sf.samples.forEach((s, i) => {
        const label = `${s.id} #${i + 1}${s.note ? `: ${s.note}` : ""}`;
        test(label, async () => {
          const { value, thrown } = await callById(s.id, s.args);
          if (thrown !== undefined) {
            const msg =
              thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
            throw new Error(`${s.id} threw instead of returning an Excel error: ${msg}`);
          }
          const diffs = compare(value, s.expect);
          if (diffs.length > 0)
            throw new Error(
              `${label}\n  args: ${show(s.args)}\n  ${diffs.slice(0, 10).join("\n  ")}`
            );
        });
      });
    });
  }
});
