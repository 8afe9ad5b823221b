/**
 * What the fuzz runner calls a bad result or a bad error message, and short renderings of
 * arguments and results for the report.
 */
import { bigLabels } from "./generate";

export const ERROR_CODES = new Set([
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

/** An error value as the add-in returns it: an object with a "#…" code (CustomFunctions.Error or plain). */
export function isErrorValue(x: unknown): x is { code: string; message?: unknown } {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const code = (x as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

// ---------------------------------------------------------------- rendering

const MAX_STRING = 40;
const MAX_CELLS = 100;

/** A short rendering of a value: long strings and large ranges abbreviated. */
export function render(x: unknown, depth = 0): string {
  if (x === undefined) return "undefined";
  if (x === null) return "null";
  if (typeof x === "string") {
    if (x.length > MAX_STRING)
      return `<string ${x.length} chars ${JSON.stringify(x.slice(0, 12) + "…")}>`;
    return JSON.stringify(x);
  }
  if (typeof x === "number") return Object.is(x, -0) ? "-0" : String(x);
  if (typeof x === "boolean" || typeof x === "bigint") return String(x);
  if (Array.isArray(x)) {
    const label = bigLabels.get(x);
    if (label) return `<range ${label}>`;
    const rows = x.length;
    const is2d = rows > 0 && x.every(Array.isArray);
    if (is2d) {
      const widths = (x as unknown[][]).map((r) => r.length);
      const cells = widths.reduce((a, b) => a + b, 0);
      const min = Math.min(...widths);
      const max = Math.max(...widths);
      if (cells > MAX_CELLS || depth > 2)
        return min === max
          ? `<range ${rows}×${max}>`
          : `<jagged range ${rows} rows of ${min}–${max} cells>`;
    } else if (rows > MAX_CELLS || depth > 2) {
      return `<array ${rows}>`;
    }
    return `[${x.map((v) => render(v, depth + 1)).join(",")}]`;
  }
  if (isErrorValue(x)) return `${x.code}(${render(x.message, depth + 1)})`;
  if (typeof x === "object") {
    const entries = Object.entries(x as Record<string, unknown>).slice(0, 5);
    return `{${entries.map(([k, v]) => `${k}:${render(v, depth + 1)}`).join(",")}}`;
  }
  return `<${typeof x}>`;
}

/** An argument list rendered as `[a, b, c]`. */
export function renderArgs(args: readonly unknown[]): string {
  return `(${args.map((a) => render(a)).join(", ")})`;
}

/** The big inputs an argument list uses ("small" when none), for grouping slow calls and hangs. */
export function shapeOf(args: readonly unknown[]): string {
  const parts: string[] = [];
  args.forEach((a, i) => {
    if (typeof a === "object" && a !== null) {
      const label = bigLabels.get(a);
      if (label) parts.push(`arg${i + 1}=${label}`);
    }
  });
  return parts.length > 0 ? parts.join(", ") : "small input";
}

// ---------------------------------------------------------------- results

/** The first way a result is unusable by Excel, or null when it is fine. */
export function badResult(x: unknown, matrixResult: boolean): string | null {
  if (Array.isArray(x)) {
    if (!matrixResult) return `a scalar function returned an array (${render(x)})`;
    if (x.length === 0) return "empty array []";
    let width = -1;
    for (let i = 0; i < x.length; i++) {
      const row: unknown = x[i];
      if (!Array.isArray(row)) return `row ${i + 1} is not an array (${render(row)})`;
      if (width < 0) {
        width = row.length;
        if (width === 0) return "empty row [[]]";
      } else if (row.length !== width) {
        return `not rectangular: row ${i + 1} has ${row.length} cells, row 1 has ${width}`;
      }
      for (let j = 0; j < row.length; j++) {
        const why = badCell(row[j]);
        if (why) return `cell [${i + 1},${j + 1}] ${why}`;
      }
    }
    return null;
  }
  const why = badCell(x);
  return why ? `result ${why}` : null;
}

function badCell(v: unknown): string | null {
  if (typeof v === "number") return Number.isFinite(v) ? null : `is ${v}`;
  if (typeof v === "string" || typeof v === "boolean") return null;
  if (isErrorValue(v))
    return ERROR_CODES.has(v.code)
      ? null
      : `is an error with unknown code ${JSON.stringify(v.code)}`;
  if (v === undefined) return "is undefined";
  if (v === null) return "is null";
  return `is not a number, text, boolean or error (${render(v)})`;
}

/** Every error value of a result (the result itself, or its cells). */
export function errorValues(x: unknown): { code: string; message?: unknown }[] {
  if (isErrorValue(x)) return [x];
  const out: { code: string; message?: unknown }[] = [];
  if (Array.isArray(x)) {
    for (const row of x) {
      if (!Array.isArray(row)) continue;
      for (const v of row) if (isErrorValue(v)) out.push(v);
    }
  }
  return out;
}

/** Functions whose successful result has the shape of their first argument. */
export const SAME_SHAPE = new Set([
  "SCORE.SMOOTH",
  "SCORE.THRESHOLD",
  "TRADE.CLASS",
  "TRADE.SITC",
  "SERVICE.CLASS",
]);

/** For a same-shape function: why the result's shape differs from a rectangular first argument. */
export function badShape(id: string, args: readonly unknown[], x: unknown): string | null {
  if (!SAME_SHAPE.has(id) || !Array.isArray(x) || !Array.isArray(x[0])) return null;
  const a = args[0];
  if (!Array.isArray(a) || a.length === 0 || !a.every(Array.isArray)) return null;
  const width = (a[0] as unknown[]).length;
  if (width === 0 || !(a as unknown[][]).every((r) => r.length === width)) return null;
  const rw = (x[0] as unknown[]).length;
  return x.length === a.length && rw === width
    ? null
    : `result is ${x.length}×${rw} but the first argument is ${a.length}×${width}`;
}

// ---------------------------------------------------------------- messages

/** Words that show an internal value or exception leaking into a message (case-sensitive). */
const INTERNAL: readonly RegExp[] = [
  // leaked exceptions first, so that the detail names the real problem
  /Unexpected error/,
  /\b(?:Type|Range|Reference|Syntax|Internal)Error\b/,
  /Cannot read/,
  /Cannot set/,
  /is not a function/,
  /is not iterable/,
  /is not defined/,
  /Maximum call stack/,
  /Invalid array length/,
  /out of memory/i,
  /\[object\b/,
  // JavaScript values printed as text
  /\bundefined\b/,
  /\bNaN\b/,
  /\bInfinity\b/,
  /\bnull\b/,
];

/** Quoted segments of a message: "…", “…”, «…». */
const QUOTED = /"([^"]*)"|“([^”]*)”|«([^»]*)»/g;

/** Text with whitespace removed and lower-cased, for comparing echoes with input. */
function squash(s: string): string {
  return s.replace(/\s+/g, "").toLowerCase();
}

/**
 * Why a message is bad, or null. An internal word is allowed only inside quotes that echo the
 * user's own input text (e.g. `Unknown method "NaN"` when the user typed NaN); `inputTexts`
 * gives the string cells and scalars of the arguments, computed only when needed.
 */
export function badMessage(message: unknown, inputTexts: () => readonly string[]): string | null {
  if (typeof message !== "string")
    return `message is ${message === undefined ? "missing" : `not text (${render(message)})`}`;
  if (message.trim() === "") return "empty message";
  if (message.length > 255) return `message is ${message.length} characters (over 255)`;
  for (const re of INTERNAL) {
    const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
    let m: RegExpExecArray | null;
    while ((m = global.exec(message))) {
      if (!echoesInput(message, m.index, m[0].length, inputTexts))
        return `contains ${JSON.stringify(m[0])}`;
    }
  }
  return null;
}

/** True when [at, at+len) lies inside a quoted segment whose text comes from the input. */
function echoesInput(
  message: string,
  at: number,
  len: number,
  inputTexts: () => readonly string[]
): boolean {
  QUOTED.lastIndex = 0;
  let q: RegExpExecArray | null;
  while ((q = QUOTED.exec(message))) {
    const start = q.index + 1;
    const inner = q[1] ?? q[2] ?? q[3] ?? "";
    if (at < start || at + len > start + inner.length) continue;
    const echo = squash(inner.replace(/(…|\.\.\.)$/, ""));
    if (echo === "") return false;
    return inputTexts().some((t) => squash(t).includes(echo));
  }
  return false;
}

/** The texts a user typed in an argument list: string cells and scalars (distinct, bounded). */
export function inputTextsOf(args: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const visit = (v: unknown, depth: number): void => {
    if (typeof v === "string") seen.add(v);
    else if (Array.isArray(v) && depth < 3) for (const x of v) visit(x, depth + 1);
  };
  for (const a of args) visit(a, 0);
  return [...seen];
}
