/**
 * A small Excel formula evaluator for tests: recalculates a whole WorkbookSpec in-process, with
 * Excel's native functions built in and the add-in's custom functions supplied by the caller, so
 * that results can be compared with the core and the calls of each custom function counted.
 *
 * Tokenizer → recursive-descent parser (Excel precedence: unary minus above %, ^, * /, + -, &,
 * comparison; ^ is left-associative) → lazy evaluator with one memoised value per cell.
 *
 * Simplifications (Excel-compatible for what src/workbook generates):
 *  - Implicit intersection: where one value is expected (a non-array formula's result, operators
 *    and scalar-function arguments outside arrays) a one-cell range gives its value and a larger
 *    range gives #VALUE!. Inside array formulas and in arguments of functions that take ranges
 *    (SUM, SUMPRODUCT, INDEX, …, custom functions) ranges are arrays and operators, IF, IFERROR
 *    and scalar functions lift element-wise with broadcast (as in Excel 365).
 *  - A non-array formula whose result is an array shows its top-left element (legacy Excel).
 *  - Approximate MATCH/LOOKUP/VLOOKUP scan linearly for the last item of the lookup value's type
 *    that is ≤ it (≥ for MATCH −1): Excel's result on sorted data and for LOOKUP(9.99E+307, …).
 *  - Text compares case-insensitively by code unit (no locale collation); arithmetic and
 *    comparisons are plain IEEE (no 15-digit rounding); text → number knows plain numbers,
 *    thousands separators and percentages, not dates, times or currencies; TEXT supports numeric
 *    formats made of 0 # , . % and "General".
 *  - Custom functions are called synchronously (a returned Promise gives #VALUE!).
 */
import type { CellSpec, WorkbookSpec } from "../../src/workbook/spec";

// ------------------------------------------------------------------ values

/** An Excel error value; `message` tells why (custom functions' messages are kept). */
export interface ExcelErrorValue {
  error: string;
  message?: string;
}
/** A cell's value after recalculation; null is an empty cell. */
export type CellResult = number | string | boolean | null | ExcelErrorValue;
/** The area an array formula fills, from its top-left cell. */
export interface ArrayArea {
  rows: number;
  columns: number;
}
/** CellSpec with the array-formula extension (optional whether or not spec.ts declares it). */
export type EngineCellSpec = CellSpec & { array?: ArrayArea };
export type CustomFunction = (...args: unknown[]) => unknown;
export type Dimensionality = "scalar" | "matrix";

export interface EngineOptions {
  /** Custom functions by name, e.g. "AHP.WEIGHTS" (case-insensitive; they override built-ins). */
  functions?: Record<string, CustomFunction>;
  /**
   * Parameter shapes per custom function, as functions.json declares them (dimensionalityFrom).
   * Without them a range reference is passed as a 2-D array and a literal as itself; with them a
   * "matrix" parameter always gets a 2-D array and a "scalar" one a single value.
   */
  dimensionality?: Record<string, Dimensionality[]>;
}

type Scalar = CellResult;
type Grid = Scalar[][];
/** An argument of a built-in: undefined when omitted. */
type Arg = Scalar | undefined;

/** A rectangular reference (0-based, inclusive) into one sheet. */
class Ref {
  constructor(
    readonly sheet: number,
    readonly r1: number,
    readonly c1: number,
    readonly r2: number,
    readonly c2: number
  ) {}
  get rows(): number {
    return this.r2 - this.r1 + 1;
  }
  get cols(): number {
    return this.c2 - this.c1 + 1;
  }
}

/** An array value: an array constant, an element-wise result or a function's array result. */
class Arr {
  constructor(readonly cells: Grid) {}
}

type Value = Scalar | Ref | Arr;

const err = (error: string, message?: string): ExcelErrorValue =>
  message === undefined ? { error } : { error, message };

export function isFormulaError(v: unknown): v is ExcelErrorValue {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as { error?: unknown }).error === "string" &&
    (v as { error: string }).error.startsWith("#")
  );
}

/** Thrown inside built-ins to return an error value (caught where the function is called). */
class Fail {
  constructor(readonly value: ExcelErrorValue) {}
}
const fail = (code: string, message?: string): never => {
  throw new Fail(err(code, message));
};
/** The value, or throws it as a Fail when it is an error. */
function ok<T>(v: T | ExcelErrorValue): T {
  if (isFormulaError(v)) throw new Fail(v);
  return v as T;
}
function guard(f: () => Value): Value {
  try {
    return f();
  } catch (e) {
    if (e instanceof Fail) return e.value;
    throw e;
  }
}

/** Raised by recalculation when a formula depends on itself; `chain` lists the cells. */
export class CircularReferenceError extends Error {
  constructor(readonly chain: string[]) {
    super(`Circular reference: ${chain.join(" → ")}`);
    this.name = "CircularReferenceError";
  }
}

// ------------------------------------------------------------------ coercions

/** Text → number as Excel coerces it: " 3 ", "-1.5e3", "1,234", "25%"; null otherwise. */
function textToNumber(s: string): number | null {
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?(?:[eE][+-]?\d+)?)(%?)$/.exec(s.trim());
  if (!m || !/\d/.test(m[1].split(/[eE]/)[0])) return null;
  const x = Number(m[1].replace(/,/g, "")) / (m[2] ? 100 : 1);
  return Number.isFinite(x) ? x : null;
}

/** A number as Excel writes it in text: up to 15 significant digits, 1E+21 style exponents. */
function numberText(x: number): string {
  const s = String(Number(x.toPrecision(15)));
  return s.replace(
    /e([+-])(\d+)$/,
    (_, sign: string, d: string) => `E${sign}${d.padStart(2, "0")}`
  );
}

/** A finite result (-0 as 0), or #NUM!. */
const num = (x: number): Scalar => (Number.isFinite(x) ? x + 0 : err("#NUM!"));

function toNumber(x: Scalar): number | ExcelErrorValue {
  if (typeof x === "number") return x;
  if (x === null) return 0;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") return textToNumber(x) ?? err("#VALUE!", `"${x}" is not a number`);
  return x;
}
function toText(x: Scalar): string | ExcelErrorValue {
  if (x === null) return "";
  if (typeof x === "number") return numberText(x);
  if (typeof x === "boolean") return x ? "TRUE" : "FALSE";
  return x;
}
function toBool(x: Scalar): boolean | ExcelErrorValue {
  if (typeof x === "boolean") return x;
  if (typeof x === "number") return x !== 0;
  if (x === null) return false;
  if (typeof x === "string")
    return /^(true|false)$/i.test(x)
      ? x.toUpperCase() === "TRUE"
      : err("#VALUE!", `"${x}" is not TRUE or FALSE`);
  return x;
}
const N = (x: Arg): number => ok(toNumber(x ?? null));
const T = (x: Arg): string => ok(toText(x ?? null));
const B = (x: Arg): boolean => ok(toBool(x ?? null));
/** A whole-number count argument (≥ 0), `dflt` when omitted. */
function count(x: Arg, dflt: number): number {
  const n = x === undefined ? dflt : Math.trunc(N(x));
  return n < 0 ? fail("#VALUE!", "negative count") : n;
}

/** Excel's ordering: numbers < text < booleans; an empty cell acts as 0, "" or FALSE. */
function compare(a: Scalar, b: Scalar): number {
  const blank = (x: Scalar): Scalar =>
    typeof x === "string" ? "" : typeof x === "boolean" ? false : 0;
  const x = a === null ? blank(b) : a;
  const y = b === null ? blank(a) : b;
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  const [p, q] =
    typeof x === "string" ? [x.toUpperCase(), String(y).toUpperCase()] : [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
}

const COMPARISONS: Record<string, (c: number) => boolean> = {
  "=": (c) => c === 0,
  "<>": (c) => c !== 0,
  "<": (c) => c < 0,
  ">": (c) => c > 0,
  "<=": (c) => c <= 0,
  ">=": (c) => c >= 0,
};

function binary(op: string, a: Arg, b: Arg): Scalar {
  const x = a ?? null;
  const y = b ?? null;
  if (isFormulaError(x)) return x;
  if (isFormulaError(y)) return y;
  if (op === "&") return T(x) + T(y);
  if (op in COMPARISONS) return COMPARISONS[op](compare(x, y));
  const p = N(x);
  const q = N(y);
  switch (op) {
    case "+":
      return num(p + q);
    case "-":
      return num(p - q);
    case "*":
      return num(p * q);
    case "/":
      return q === 0 ? err("#DIV/0!") : num(p / q);
    default:
      return p === 0 && q === 0 ? err("#NUM!") : num(p ** q);
  }
}

function unary(op: string, a: Arg): Scalar {
  const x = a ?? null;
  if (op === "+") return x;
  const n = toNumber(x);
  return isFormulaError(n) ? n : num(op === "-" ? -n : n / 100);
}

/** Half away from zero at `d` decimals (negative d: tens, hundreds…), on the 15-digit value. */
function round(x: number, d: number): number {
  const s = Math.sign(x);
  const a = Math.abs(x);
  if (d < 0) return s * Math.round(a / 10 ** -d) * 10 ** -d;
  return (s * Math.round(Number((a * 10 ** d).toPrecision(15)))) / 10 ** d;
}

/** TEXT(x, format) for numeric formats of 0 # , . % and General. */
function textFormat(x: Arg, format: string): Scalar {
  const v = x === undefined || x === null ? 0 : typeof x === "string" ? (textToNumber(x) ?? x) : x;
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const n = ok(v);
  if (/^general$/i.test(format)) return numberText(n);
  const m = /^([#0,]*)(?:\.([#0]*))?(%?)$/.exec(format);
  if (!m || !/[#0]/.test(format))
    return fail("#VALUE!", `TEXT format "${format}" is not supported`);
  const [, int, dec = "", pct] = m;
  const zeros = (s: string) => (s.match(/0/g) ?? []).length;
  let s = round(Math.abs(pct ? n * 100 : n), dec.length).toFixed(dec.length);
  if (dec.length > zeros(dec))
    s = s.replace(new RegExp(`0{0,${dec.length - zeros(dec)}}$`), "").replace(/\.$/, "");
  const [whole, frac] = s.split(".");
  let ip = whole === "0" && zeros(int) === 0 ? "" : whole.padStart(zeros(int), "0");
  if (int.includes(",")) ip = ip.replace(/\B(?=(\d{3})+$)/g, ",");
  const sign = n < 0 && /[1-9]/.test(s) ? "-" : "";
  return `${sign}${ip}${frac === undefined ? "" : `.${frac}`}${pct}`;
}

// ------------------------------------------------------------------ tokenizer and parser

type Tok =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "err"; v: string }
  | { t: "ref"; sheet: string | null; v: string; to: string }
  | { t: "id"; v: string }
  | { t: "op"; v: string };

const CELL = "\\$?[A-Za-z]{1,3}\\$?\\d+";
const LEX = {
  space: /^\s+/,
  str: /^"((?:[^"]|"")*)"/,
  err: /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/i,
  sheet: /^(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!/,
  ref: new RegExp(`^(${CELL})(?::(${CELL}))?(?![\\w.(!])`),
  num: /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/,
  id: /^[A-Za-z_\\][\w.]*/,
  op: /^(?:<=|>=|<>|[-+*/^&=<>%(),;{}])/,
};

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let s = src;
  const take = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(s);
    if (m) s = s.slice(m[0].length);
    return m;
  };
  while (s.length > 0) {
    let m: RegExpExecArray | null;
    if (take(LEX.space)) continue;
    if ((m = take(LEX.str))) out.push({ t: "str", v: m[1].replace(/""/g, '"') });
    else if ((m = take(LEX.err))) out.push({ t: "err", v: m[0].toUpperCase() });
    else if ((m = take(LEX.sheet))) {
      const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
      const r = take(LEX.ref);
      if (!r) throw new Error(`expected a cell reference after ${sheet}!`);
      out.push({ t: "ref", sheet, v: r[1], to: r[2] ?? r[1] });
    } else if ((m = take(LEX.ref))) out.push({ t: "ref", sheet: null, v: m[1], to: m[2] ?? m[1] });
    else if ((m = take(LEX.num))) out.push({ t: "num", v: Number(m[0]) });
    else if ((m = take(LEX.id))) out.push({ t: "id", v: m[0] });
    else if ((m = take(LEX.op))) out.push({ t: "op", v: m[0] });
    else throw new Error(`unexpected "${s[0]}" at position ${src.length - s.length + 1}`);
  }
  return out;
}

type Node =
  | { k: "lit"; v: Scalar }
  | { k: "ref"; sheet: string | null; r1: number; c1: number; r2: number; c2: number }
  | { k: "name"; name: string }
  | { k: "arr"; rows: Grid }
  | { k: "un"; op: string; x: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "call"; name: string; args: (Node | null)[] };

/** 0-based row and column of an A1 address ($ allowed). */
export function parseA1(a: string): { r: number; c: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a);
  if (!m || Number(m[2]) < 1) throw new Error(`Not an A1 address: ${a}`);
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
}

function a1(r: number, c: number): string {
  let s = "";
  for (let x = c + 1; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return `${s}${r + 1}`;
}

class Parser {
  private i = 0;
  private constructor(private readonly toks: Tok[]) {}

  /** The syntax tree of a formula (with or without its leading "="). */
  static parse(formula: string): Node {
    const p = new Parser(tokenize(formula.replace(/^=/, "")));
    const n = p.comparison();
    if (p.i < p.toks.length) throw new Error(`unexpected ${p.describe()}`);
    return n;
  }

  private describe(): string {
    const t = this.toks[this.i];
    return t ? `"${t.v}"` : "end of formula";
  }
  private op(...ops: string[]): string | null {
    const t = this.toks[this.i];
    if (t?.t !== "op" || !ops.includes(t.v)) return null;
    this.i++;
    return t.v;
  }
  private expect(op: string): void {
    if (!this.op(op)) throw new Error(`expected "${op}" but found ${this.describe()}`);
  }
  private binary(next: () => Node, ops: string[]): Node {
    let a = next();
    for (let op = this.op(...ops); op; op = this.op(...ops)) a = { k: "bin", op, a, b: next() };
    return a;
  }

  private comparison = (): Node => this.binary(this.concat, Object.keys(COMPARISONS));
  private concat = (): Node => this.binary(this.additive, ["&"]);
  private additive = (): Node => this.binary(this.multiplicative, ["+", "-"]);
  private multiplicative = (): Node => this.binary(this.power, ["*", "/"]);
  private power = (): Node => this.binary(this.unary, ["^"]);
  private unary = (): Node => {
    const op = this.op("-", "+");
    return op ? { k: "un", op, x: this.unary() } : this.postfix();
  };
  private postfix(): Node {
    let x = this.primary();
    while (this.op("%")) x = { k: "un", op: "%", x };
    return x;
  }

  private primary(): Node {
    const t = this.toks[this.i++];
    if (t?.t === "num" || t?.t === "str") return { k: "lit", v: t.v };
    if (t?.t === "err") return { k: "lit", v: err(t.v) };
    if (t?.t === "ref") {
      const a = parseA1(t.v);
      const b = parseA1(t.to);
      return {
        k: "ref",
        sheet: t.sheet,
        r1: Math.min(a.r, b.r),
        c1: Math.min(a.c, b.c),
        r2: Math.max(a.r, b.r),
        c2: Math.max(a.c, b.c),
      };
    }
    if (t?.t === "id") {
      const name = t.v.toUpperCase();
      if (this.op("(")) return { k: "call", name: name.replace(/^_XLFN\./, ""), args: this.args() };
      return name === "TRUE" || name === "FALSE"
        ? { k: "lit", v: name === "TRUE" }
        : { k: "name", name };
    }
    if (t?.t === "op" && t.v === "(") {
      const x = this.comparison();
      this.expect(")");
      return x;
    }
    if (t?.t === "op" && t.v === "{") return { k: "arr", rows: this.arrayConstant() };
    this.i--;
    throw new Error(`unexpected ${this.describe()}`);
  }

  /** Arguments after "(": an empty slot (f(a,,b)) is null. */
  private args(): (Node | null)[] {
    const args: (Node | null)[] = [];
    if (this.op(")")) return args;
    for (;;) {
      const t = this.toks[this.i];
      args.push(t?.t === "op" && (t.v === "," || t.v === ")") ? null : this.comparison());
      if (this.op(",")) continue;
      this.expect(")");
      return args;
    }
  }

  /** {1,2;3,4} after "{". */
  private arrayConstant(): Grid {
    const rows: Grid = [[]];
    for (;;) {
      const neg = this.op("-") !== null;
      const t = this.toks[this.i++];
      let v: Scalar;
      if (t?.t === "num") v = neg ? -t.v : t.v;
      else if (!neg && t?.t === "str") v = t.v;
      else if (!neg && t?.t === "err") v = err(t.v);
      else if (!neg && t?.t === "id" && /^(TRUE|FALSE)$/i.test(t.v))
        v = t.v.toUpperCase() === "TRUE";
      else throw new Error("an array constant holds numbers, text, booleans or errors");
      rows[rows.length - 1].push(v);
      if (this.op(",")) continue;
      if (this.op(";")) rows.push([]);
      else break;
    }
    this.expect("}");
    if (rows.some((r) => r.length !== rows[0].length))
      throw new Error("array constant rows differ in length");
    return rows;
  }
}

// ------------------------------------------------------------------ arrays

function tabulate<T>(rows: number, cols: number, f: (i: number, j: number) => T): T[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(i, j)));
}

/** Element (i, j) with Excel's broadcast: one row repeats down, one column across; else #N/A. */
function at<T>(g: T[][], i: number, j: number): T | ExcelErrorValue {
  const r = g.length === 1 ? 0 : i;
  const c = g[0].length === 1 ? 0 : j;
  return r < g.length && c < g[0].length ? g[r][c] : err("#N/A");
}

/** The cells of a one-row or one-column array. */
function vector(g: Grid): Scalar[] {
  if (g.length === 1) return g[0];
  if (g[0].length === 1) return g.map((r) => r[0]);
  return fail("#N/A", "expected one row or one column");
}

// ------------------------------------------------------------------ lookups and criteria

/** Case-insensitive text equality with Excel's wildcards (* ? and ~ to escape). */
function textMatcher(pattern: string): (s: string) => boolean {
  const up = pattern.toUpperCase();
  if (!/[*?~]/.test(up)) return (s) => s.toUpperCase() === up;
  const literal = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let re = "";
  for (let i = 0; i < up.length; i++) {
    if (up[i] === "~" && i + 1 < up.length) re += literal(up[++i]);
    else re += up[i] === "*" ? "[\\s\\S]*" : up[i] === "?" ? "[\\s\\S]" : literal(up[i]);
  }
  const rx = new RegExp(`^${re}$`);
  return (s) => rx.test(s.toUpperCase());
}

/** Exact-match test of MATCH(…,0) and VLOOKUP(…,FALSE): same type, text case-insensitive. */
function equalTo(x: Scalar): (y: Scalar) => boolean {
  if (typeof x === "string") {
    const m = textMatcher(x);
    return (y) => typeof y === "string" && m(y);
  }
  return (y) => y === x;
}

/** Index of `x` in `list` (exact for type 0, else the last same-type item ≤ x, ≥ x for −1), or −1. */
function find(x: Scalar, list: Scalar[], type: number): number {
  if (x === null || isFormulaError(x)) return -1;
  if (type === 0) return list.findIndex(equalTo(x));
  let best = -1;
  list.forEach((y, i) => {
    if (y === null || typeof y !== typeof x || isFormulaError(y)) return;
    const c = compare(y, x);
    if (type > 0 ? c <= 0 : c >= 0) best = i;
  });
  return best;
}

const numberIn = (y: Scalar): number | null =>
  typeof y === "number" ? y : typeof y === "string" ? textToNumber(y) : null;

/** SUMIF/SUMIFS/COUNTIF criterion: 5, "5", ">=5", "<>x", "a*", "" (blank), "=" and "<>". */
function criterion(c: Scalar): (y: Scalar) => boolean {
  if (isFormulaError(c)) throw new Fail(c);
  if (typeof c === "number") return (y) => numberIn(y) === c;
  if (typeof c === "boolean") return (y) => y === c;
  const [, op = "=", operand] = /^(<=|>=|<>|=|<|>)?([\s\S]*)$/.exec(c ?? "") as RegExpExecArray;
  if (operand === "") {
    if (op === "=") return c === "=" ? (y) => y === null : (y) => y === null || y === "";
    return op === "<>" ? (y) => y !== null : () => false;
  }
  const holds = (cmp: number | null) => (cmp === null ? op === "<>" : COMPARISONS[op](cmp));
  const n = textToNumber(operand);
  if (n !== null)
    return (y) => {
      const v = numberIn(y);
      return holds(v === null ? null : Math.sign(v - n));
    };
  if (/^(TRUE|FALSE)$/i.test(operand)) {
    const b = operand.toUpperCase() === "TRUE";
    return (y) => holds(typeof y === "boolean" ? Number(y) - Number(b) : null);
  }
  if (op === "=" || op === "<>") {
    const m = textMatcher(operand);
    return (y) => holds(typeof y === "string" ? (m(y) ? 0 : 1) : null);
  }
  return (y) => holds(typeof y === "string" ? compare(y, operand) : null);
}

// ------------------------------------------------------------------ built-in functions

/** What built-ins need from the engine. */
interface Env {
  /** Cell values of a reference, the cells of an array, a scalar as 1×1. */
  grid(v: Value | undefined): Grid;
  /** One value: a one-cell reference or 1×1 array; larger ones give #VALUE!. */
  scalar(v: Value | undefined): Arg;
}

/** Element-wise functions: arguments in the caller's mode, lifted over arrays. */
const LIFTED: Record<string, [min: number, max: number, fn: (xs: Arg[]) => Scalar]> = {
  ISNUMBER: [1, 1, ([x]) => typeof x === "number"],
  ISTEXT: [1, 1, ([x]) => typeof x === "string"],
  ISBLANK: [1, 1, ([x]) => x === null],
  ISERROR: [1, 1, ([x]) => isFormulaError(x)],
  ISNA: [1, 1, ([x]) => isFormulaError(x) && x.error === "#N/A"],
  NOT: [1, 1, ([x]) => !B(x)],
  ABS: [1, 1, ([x]) => Math.abs(N(x))],
  SQRT: [1, 1, ([x]) => (N(x) < 0 ? err("#NUM!") : Math.sqrt(N(x)))],
  EXP: [1, 1, ([x]) => num(Math.exp(N(x)))],
  LN: [1, 1, ([x]) => (N(x) <= 0 ? err("#NUM!") : Math.log(N(x)))],
  ACOS: [1, 1, ([x]) => (Math.abs(N(x)) > 1 ? err("#NUM!") : Math.acos(N(x)))],
  DEGREES: [1, 1, ([x]) => (N(x) * 180) / Math.PI],
  INT: [1, 1, ([x]) => Math.floor(N(x))],
  ROUND: [2, 2, ([x, d]) => num(round(N(x), Math.trunc(N(d))))],
  MOD: [
    2,
    2,
    ([x, d]) => (N(d) === 0 ? err("#DIV/0!") : num(N(x) - N(d) * Math.floor(N(x) / N(d)))),
  ],
  LEN: [1, 1, ([x]) => T(x).length],
  UPPER: [1, 1, ([x]) => T(x).toUpperCase()],
  LOWER: [1, 1, ([x]) => T(x).toLowerCase()],
  TRIM: [
    1,
    1,
    ([x]) =>
      T(x)
        .replace(/^ +| +$/g, "")
        .replace(/ {2,}/g, " "),
  ],
  LEFT: [1, 2, ([x, n]) => T(x).slice(0, count(n, 1))],
  RIGHT: [
    1,
    2,
    ([x, n]) => {
      const s = T(x);
      return s.slice(Math.max(0, s.length - count(n, 1)));
    },
  ],
  MID: [
    3,
    3,
    ([x, start, n]) => {
      const s = Math.trunc(N(start));
      return s < 1 ? err("#VALUE!", "MID start < 1") : T(x).slice(s - 1, s - 1 + count(n, 0));
    },
  ],
  FIND: [
    2,
    3,
    ([what, within, start]) => {
      const s = start === undefined ? 1 : Math.trunc(N(start));
      const text = T(within);
      const i = s < 1 || s > text.length + 1 ? -1 : text.indexOf(T(what), s - 1);
      return i < 0 ? err("#VALUE!", `"${T(what)}" not found`) : i + 1;
    },
  ],
  SUBSTITUTE: [
    3,
    4,
    ([x, old, rep, nth]) => {
      const [s, o, r] = [T(x), T(old), T(rep)];
      if (o === "") return s;
      if (nth === undefined) return s.split(o).join(r);
      const k = Math.trunc(N(nth));
      if (k < 1) return err("#VALUE!", "SUBSTITUTE instance < 1");
      let i = -1;
      for (let seen = 0; seen < k; seen++) if ((i = s.indexOf(o, i + 1)) < 0) return s;
      return s.slice(0, i) + r + s.slice(i + o.length);
    },
  ],
  CONCATENATE: [1, 255, (xs) => xs.map(T).join("")],
  VALUE: [
    1,
    1,
    ([x]) =>
      typeof x === "string"
        ? (textToNumber(x) ?? err("#VALUE!", `"${x}" is not a number`))
        : typeof x === "boolean"
          ? err("#VALUE!")
          : N(x),
  ],
  TEXT: [2, 2, ([x, f]) => textFormat(x, T(f))],
  /** The shown text (or the link when there is none): a link cannot be followed here. */
  HYPERLINK: [1, 2, ([link, text]) => (text === undefined ? T(link) : (text ?? 0))],
  /** ADDRESS(row, column, [abs]): 1 $A$1, 2 A$1, 3 $A1, 4 A1. */
  ADDRESS: [
    2,
    3,
    ([r, c, abs]) => {
      const [row, col, mode] = [Math.trunc(N(r)), Math.trunc(N(c)), abs === undefined ? 1 : N(abs)];
      if (row < 1 || col < 1 || ![1, 2, 3, 4].includes(mode)) return err("#VALUE!", "ADDRESS");
      let letters = "";
      for (let x = col; x > 0; x = Math.floor((x - 1) / 26))
        letters = String.fromCharCode(65 + ((x - 1) % 26)) + letters;
      return `${mode === 1 || mode === 3 ? "$" : ""}${letters}${mode === 1 || mode === 2 ? "$" : ""}${row}`;
    },
  ],
};

/** Numbers of SUM-like arguments: ranges and arrays give their numbers, scalars are coerced. */
function numbers(args: (Value | undefined)[], e: Env): number[] {
  const out: number[] = [];
  for (const a of args) {
    if (a instanceof Ref || a instanceof Arr) {
      for (const row of e.grid(a))
        for (const x of row)
          if (typeof x === "number") out.push(x);
          else if (isFormulaError(x)) throw new Fail(x);
    } else if (a !== undefined && a !== null) out.push(N(a));
  }
  return out;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** AND (all) / OR (any) of booleans and numbers; text and blanks in ranges are ignored. */
function logical(args: (Value | undefined)[], e: Env, all: boolean): boolean {
  const bs: boolean[] = [];
  for (const a of args) {
    if (a instanceof Ref || a instanceof Arr) {
      for (const row of e.grid(a))
        for (const x of row)
          if (typeof x === "boolean" || typeof x === "number") bs.push(B(x));
          else if (isFormulaError(x)) throw new Fail(x);
    } else if (a !== undefined && a !== null) bs.push(B(a));
  }
  if (bs.length === 0) fail("#VALUE!", "no logical values");
  return all ? bs.every(Boolean) : bs.some(Boolean);
}

/** The cells meeting every (range, criterion) pair, as a mask. */
function mask(pairs: (Value | undefined)[], e: Env): boolean[][] {
  if (pairs.length === 0 || pairs.length % 2 !== 0)
    fail("#VALUE!", "criteria come in range, criterion pairs");
  let out: boolean[][] | null = null;
  for (let k = 0; k < pairs.length; k += 2) {
    const g = e.grid(pairs[k]);
    const test = criterion(e.scalar(pairs[k + 1]) ?? null);
    if (out && (g.length !== out.length || g[0].length !== out[0].length))
      fail("#VALUE!", "criteria ranges differ in size");
    const prev: boolean[][] | null = out;
    out = g.map((row, i) => row.map((y, j) => (prev === null || prev[i][j]) && test(y)));
  }
  return out as boolean[][];
}

function sumWhere(values: Grid, m: boolean[][]): number {
  if (values.length !== m.length || values[0].length !== m[0].length)
    fail("#VALUE!", "sum range and criteria range differ in size");
  let s = 0;
  m.forEach((row, i) =>
    row.forEach((b, j) => {
      const x = values[i][j];
      if (b && isFormulaError(x)) throw new Fail(x);
      if (b && typeof x === "number") s += x;
    })
  );
  return s;
}

const countTrue = (m: boolean[][]) => m.reduce((n, row) => n + row.filter(Boolean).length, 0);
const blankAsZero = (x: Scalar): Scalar => (x === null ? 0 : x);

/** Range functions: arguments evaluated as arrays (references kept); undefined = omitted. */
const RAW: Record<
  string,
  [min: number, max: number, fn: (a: (Value | undefined)[], e: Env) => Value]
> = {
  SUM: [1, 255, (a, e) => num(sum(numbers(a, e)))],
  SUMSQ: [1, 255, (a, e) => num(sum(numbers(a, e).map((x) => x * x)))],
  PRODUCT: [1, 255, (a, e) => num(numbers(a, e).reduce((p, x) => p * x, 1))],
  AVERAGE: [
    1,
    255,
    (a, e) => {
      const xs = numbers(a, e);
      return xs.length ? num(sum(xs) / xs.length) : err("#DIV/0!");
    },
  ],
  MIN: [
    1,
    255,
    (a, e) => {
      const xs = numbers(a, e);
      return xs.length ? Math.min(...xs) : 0;
    },
  ],
  MAX: [
    1,
    255,
    (a, e) => {
      const xs = numbers(a, e);
      return xs.length ? Math.max(...xs) : 0;
    },
  ],
  GEOMEAN: [
    1,
    255,
    (a, e) => {
      const xs = numbers(a, e);
      return xs.length === 0 || xs.some((x) => x <= 0)
        ? err("#NUM!")
        : num(Math.exp(sum(xs.map(Math.log)) / xs.length));
    },
  ],
  COUNT: [
    1,
    255,
    (a, e) =>
      a.reduce<number>((n, x) => {
        if (x instanceof Ref || x instanceof Arr)
          return (
            n +
            e
              .grid(x)
              .flat()
              .filter((y) => typeof y === "number").length
          );
        return (
          n +
          (typeof x === "number" ||
          typeof x === "boolean" ||
          (typeof x === "string" && textToNumber(x) !== null)
            ? 1
            : 0)
        );
      }, 0),
  ],
  COUNTA: [
    1,
    255,
    (a, e) =>
      a.reduce<number>(
        (n, x) =>
          n +
          (x instanceof Ref || x instanceof Arr
            ? e
                .grid(x)
                .flat()
                .filter((y) => y !== null).length
            : x === undefined
              ? 0
              : 1),
        0
      ),
  ],
  AND: [1, 255, (a, e) => logical(a, e, true)],
  OR: [1, 255, (a, e) => logical(a, e, false)],
  SUMPRODUCT: [
    1,
    255,
    (a, e) => {
      const gs = a.map((x) => e.grid(x));
      const [rows, cols] = [gs[0].length, gs[0][0].length];
      if (gs.some((g) => g.length !== rows || g[0].length !== cols))
        return err("#VALUE!", "SUMPRODUCT arrays differ in size");
      let s = 0;
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          let p = 1;
          for (const g of gs) {
            const x = ok(g[i][j]);
            p *= typeof x === "number" ? x : 0; // text, booleans and blanks count as 0
          }
          s += p;
        }
      }
      return num(s);
    },
  ],
  MMULT: [
    2,
    2,
    ([x, y], e) => {
      const [p, q] = [e.grid(x), e.grid(y)];
      if ([p, q].some((g) => g.some((row) => row.some((v) => typeof v !== "number"))))
        return err("#VALUE!", "MMULT needs numbers only");
      if (p[0].length !== q.length) return err("#VALUE!", "MMULT sizes do not match");
      return new Arr(
        tabulate(p.length, q[0].length, (i, j) =>
          num(p[i].reduce<number>((s, v, k) => s + (v as number) * (q[k][j] as number), 0))
        )
      );
    },
  ],
  TRANSPOSE: [
    1,
    1,
    ([x], e) => {
      const g = e.grid(x);
      return new Arr(tabulate(g[0].length, g.length, (i, j) => g[j][i]));
    },
  ],
  ROWS: [1, 1, ([x], e) => (x instanceof Ref ? x.rows : e.grid(x).length)],
  COLUMNS: [1, 1, ([x], e) => (x instanceof Ref ? x.cols : e.grid(x)[0].length)],
  INDEX: [
    2,
    3,
    (a, e) => {
      const [src, r, c] = a;
      const g = src instanceof Ref ? null : e.grid(src);
      const [rows, cols] =
        src instanceof Ref ? [src.rows, src.cols] : [(g as Grid).length, (g as Grid)[0].length];
      let row = r === undefined ? 0 : Math.trunc(N(e.scalar(r)));
      let col = c === undefined ? null : Math.trunc(N(e.scalar(c)));
      if (col === null) [row, col] = rows === 1 && a.length < 3 ? [1, row] : [row, 0];
      if (row < 0 || col < 0) return err("#VALUE!", "negative INDEX");
      if (row > rows || col > cols)
        return err("#REF!", `INDEX (${row}, ${col}) outside ${rows}×${cols}`);
      const [r1, r2] = row === 0 ? [0, rows - 1] : [row - 1, row - 1];
      const [c1, c2] = col === 0 ? [0, cols - 1] : [col - 1, col - 1];
      if (src instanceof Ref)
        return new Ref(src.sheet, src.r1 + r1, src.c1 + c1, src.r1 + r2, src.c1 + c2);
      const sub = (g as Grid).slice(r1, r2 + 1).map((x) => x.slice(c1, c2 + 1));
      return sub.length === 1 && sub[0].length === 1 ? sub[0][0] : new Arr(sub);
    },
  ],
  MATCH: [
    2,
    3,
    ([v, arr, t], e) => {
      const i = find(
        ok(e.scalar(v) ?? null),
        vector(e.grid(arr)),
        t === undefined ? 1 : Math.sign(N(e.scalar(t)))
      );
      return i < 0 ? err("#N/A") : i + 1;
    },
  ],
  LOOKUP: [
    2,
    3,
    ([v, a, b], e) => {
      const g = e.grid(a);
      let keys: Scalar[];
      let results: Scalar[];
      if (b !== undefined) [keys, results] = [vector(g), vector(e.grid(b))];
      else if (g.length === 1 || g[0].length === 1) keys = results = vector(g);
      else if (g[0].length > g.length) [keys, results] = [g[0], g[g.length - 1]];
      else [keys, results] = [g.map((r) => r[0]), g.map((r) => r[r.length - 1])];
      const i = find(ok(e.scalar(v) ?? null), keys, 1);
      return i < 0 || i >= results.length ? err("#N/A") : blankAsZero(results[i]);
    },
  ],
  VLOOKUP: [
    3,
    4,
    (a, e) => {
      const [v, table, c, approx] = a;
      const x = ok(e.scalar(v) ?? null);
      const g = e.grid(table);
      const col = Math.trunc(N(e.scalar(c)));
      if (col < 1) return err("#VALUE!", "VLOOKUP column < 1");
      if (col > g[0].length) return err("#REF!", "VLOOKUP column beyond the table");
      const exact = a.length === 4 && (approx === undefined || !B(e.scalar(approx)));
      const first = g.map((r) => r[0]);
      const i = exact ? (x === null ? -1 : first.findIndex(equalTo(x))) : find(x, first, 1);
      return i < 0 ? err("#N/A") : blankAsZero(g[i][col - 1]);
    },
  ],
  SUMIF: [
    2,
    3,
    ([range, c, values], e) => {
      const m = mask([range, c], e);
      // Like Excel, the sum range takes the criteria range's size from its top-left cell.
      const fit =
        values instanceof Ref
          ? new Ref(
              values.sheet,
              values.r1,
              values.c1,
              values.r1 + m.length - 1,
              values.c1 + m[0].length - 1
            )
          : values;
      return num(sumWhere(e.grid(values === undefined ? range : fit), m));
    },
  ],
  SUMIFS: [3, 255, ([values, ...pairs], e) => num(sumWhere(e.grid(values), mask(pairs, e)))],
  COUNTIF: [2, 2, (a, e) => countTrue(mask(a, e))],
  COUNTIFS: [2, 255, (a, e) => countTrue(mask(a, e))],
  NA: [0, 0, () => err("#N/A")],
  /** CORREL: pairs where either value is not a number are left out, as in Excel. */
  CORREL: [
    2,
    2,
    ([x, y], e) => {
      const [a, b] = [e.grid(x), e.grid(y)].map((g) => g.flat());
      if (a.length !== b.length) return err("#N/A", "CORREL arrays differ in size");
      const pairs = a
        .map((v, i) => [v, b[i]])
        .filter(([p, q]) => typeof p === "number" && typeof q === "number") as number[][];
      const n = pairs.length;
      const ma = pairs.reduce((t, [p]) => t + p, 0) / n;
      const mb = pairs.reduce((t, [, q]) => t + q, 0) / n;
      let [sab, saa, sbb] = [0, 0, 0];
      for (const [p, q] of pairs) {
        sab += (p - ma) * (q - mb);
        saa += (p - ma) ** 2;
        sbb += (q - mb) ** 2;
      }
      return n < 2 || saa === 0 || sbb === 0 ? err("#DIV/0!") : sab / Math.sqrt(saa * sbb);
    },
  ],
  LARGE: [
    2,
    2,
    ([x, k], e) => {
      const xs = numbers([x], e).sort((a, b) => b - a);
      const i = Math.trunc(N(e.scalar(k)));
      return i < 1 || i > xs.length ? err("#NUM!", "LARGE k outside the data") : xs[i - 1];
    },
  ],
  /** ROW / COLUMN of a range: a column (row) of its 1-based row (column) numbers. */
  ROW: [
    1,
    1,
    ([x]) =>
      x instanceof Ref
        ? x.rows === 1
          ? x.r1 + 1
          : new Arr(tabulate(x.rows, 1, (i) => x.r1 + i + 1))
        : err("#VALUE!", "ROW needs a reference"),
  ],
  COLUMN: [
    1,
    1,
    ([x]) =>
      x instanceof Ref
        ? x.cols === 1
          ? x.c1 + 1
          : new Arr(tabulate(1, x.cols, (_, j) => x.c1 + j + 1))
        : err("#VALUE!", "COLUMN needs a reference"),
  ],
};

// ------------------------------------------------------------------ custom functions

const isErrorLike = (x: unknown): x is { code: string; message?: unknown } =>
  typeof x === "object" &&
  x !== null &&
  typeof (x as { code?: unknown }).code === "string" &&
  (x as { code: string }).code.startsWith("#");

/** A cell as a custom function receives it: blank as "", errors as { code, message }. */
function toCustomCell(x: Scalar): unknown {
  if (x === null) return "";
  return isFormulaError(x)
    ? x.message === undefined
      ? { code: x.error }
      : { code: x.error, message: x.message }
    : x;
}

function fromCustomCell(x: unknown): Scalar {
  if (x === null || x === undefined) return null;
  if (typeof x === "number") return num(x);
  if (typeof x === "string" || typeof x === "boolean") return x;
  if (isErrorLike(x))
    return err(x.code, typeof x.message === "string" && x.message !== "" ? x.message : undefined);
  return err("#VALUE!", `unsupported result ${JSON.stringify(x)}`);
}

/** A custom function's result as a value: a 2-D array is an array, an error object an error. */
function fromCustom(out: unknown): Value {
  if (Array.isArray(out)) {
    const rows = out as unknown[];
    if (rows.length === 0 || !rows.every((r) => Array.isArray(r) && r.length > 0))
      return err("#VALUE!", "a result array must be 2-D and not empty");
    const grid = rows as unknown[][];
    const width = Math.max(...grid.map((r) => r.length));
    return new Arr(
      tabulate(grid.length, width, (i, j) =>
        j < grid[i].length ? fromCustomCell(grid[i][j]) : err("#N/A")
      )
    );
  }
  if (
    typeof out === "object" &&
    out !== null &&
    typeof (out as { then?: unknown }).then === "function"
  )
    return err("#VALUE!", "asynchronous results are not supported");
  return fromCustomCell(out);
}

/** Parameter shapes per function from a functions.json document. */
export function dimensionalityFrom(metadata: unknown): Record<string, Dimensionality[]> {
  const out: Record<string, Dimensionality[]> = {};
  const fns = (metadata as { functions?: unknown } | null)?.functions;
  for (const f of Array.isArray(fns)
    ? (fns as { id?: unknown; parameters?: { dimensionality?: unknown }[] }[])
    : []) {
    if (typeof f.id === "string")
      out[f.id.toUpperCase()] = (f.parameters ?? []).map((p) =>
        p.dimensionality === "matrix" ? "matrix" : "scalar"
      );
  }
  return out;
}

// ------------------------------------------------------------------ engine

interface Sheet {
  name: string;
  label: string;
  cells: Map<number, EngineCellSpec>;
  /** Cell → its array formula's anchor, for every non-anchor cell of an array area. */
  covered: Map<number, number>;
}

const WIDTH = 1 << 14; // Excel's column count: cell key = row · WIDTH + column
const keyOf = (r: number, c: number) => r * WIDTH + c;
const hasFormula = (c: EngineCellSpec | undefined): c is EngineCellSpec & { formula: string } =>
  typeof c?.formula === "string" && c.formula !== "";

export class FormulaEngine {
  /** Calls per custom function (upper-case name) since construction or the last recalculate(). */
  readonly calls = new Map<string, number>();
  private readonly sheets: Sheet[] = [];
  private readonly sheetIndex = new Map<string, number>();
  private readonly names = new Map<string, string>();
  private readonly functions = new Map<string, CustomFunction>();
  private readonly shapes = new Map<string, Dimensionality[]>();
  private readonly parsed = new Map<string, Node>();
  private values: Map<number, Scalar>[] = [];
  private areas: Map<number, Grid>[] = [];
  private ranges = new Map<string, Grid>();
  /** Cells being evaluated, innermost last (circular reference detection). */
  private readonly active: string[] = [];
  private readonly activeSet = new Set<string>();
  private readonly env: Env = {
    grid: (v) => (v === undefined ? fail("#VALUE!", "missing argument") : this.grid(v)),
    scalar: (v) => (v === undefined ? undefined : this.scalar(v)),
  };

  constructor(spec: WorkbookSpec, options: EngineOptions = {}) {
    spec.sheets.forEach((sh, s) => {
      const sheet: Sheet = {
        name: sh.name,
        label: /^[A-Za-z_][\w.]*$/.test(sh.name) ? sh.name : `'${sh.name.replace(/'/g, "''")}'`,
        cells: new Map(),
        covered: new Map(),
      };
      for (const [address, cell] of sh.cells) {
        const { r, c } = parseA1(address);
        sheet.cells.set(keyOf(r, c), cell);
      }
      this.sheets.push(sheet);
      this.sheetIndex.set(sh.name.toUpperCase(), s);
    });
    for (const sheet of this.sheets) this.registerArrays(sheet);
    for (const n of spec.names) this.names.set(n.name.toUpperCase(), n.ref);
    for (const [name, fn] of Object.entries(options.functions ?? {}))
      this.functions.set(name.toUpperCase(), fn);
    for (const [name, dims] of Object.entries(options.dimensionality ?? {}))
      this.shapes.set(name.toUpperCase(), dims);
    this.reset();
  }

  /** Value of a cell: number | string | boolean | null (empty) | ExcelErrorValue. */
  value(sheet: string, address: string): CellResult {
    const s = this.sheetIndex.get(sheet.toUpperCase());
    if (s === undefined) throw new Error(`No sheet named ${sheet}`);
    const { r, c } = parseA1(address);
    return this.cell(s, r, c);
  }

  /** Evaluates every formula cell of every sheet once, from scratch; `calls` restarts at zero. */
  recalculate(): void {
    this.reset();
    this.sheets.forEach((sheet, s) => {
      for (const [k, cell] of sheet.cells)
        if (hasFormula(cell)) this.cell(s, Math.floor(k / WIDTH), k % WIDTH);
    });
  }

  private reset(): void {
    this.values = this.sheets.map(() => new Map());
    this.areas = this.sheets.map(() => new Map());
    this.ranges = new Map();
    this.calls.clear();
  }

  private registerArrays(sheet: Sheet): void {
    for (const [k, cell] of sheet.cells) {
      if (!cell.array || !hasFormula(cell)) continue;
      const { rows, columns } = cell.array;
      if (!(Number.isInteger(rows) && Number.isInteger(columns) && rows >= 1 && columns >= 1))
        throw new Error(`${this.label(sheet, k)}: bad array area ${rows}×${columns}`);
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < columns; j++) {
          const x = k + i * WIDTH + j;
          if (x === k) continue;
          const own = sheet.cells.get(x);
          if (sheet.covered.has(x) || own?.array)
            throw new Error(`${this.label(sheet, x)} lies in two array formulas`);
          if (hasFormula(own) || (own?.value !== undefined && own.value !== null))
            throw new Error(
              `${this.label(sheet, x)} has its own content inside the array formula at ${this.label(sheet, k)}`
            );
          sheet.covered.set(x, k);
        }
      }
    }
  }

  private label(sheet: Sheet, k: number): string {
    return `${sheet.label}!${a1(Math.floor(k / WIDTH), k % WIDTH)}`;
  }

  // ---------------------------------------------------------------- cells

  private cell(s: number, r: number, c: number): Scalar {
    const k = keyOf(r, c);
    const cache = this.values[s];
    const hit = cache.get(k);
    if (hit !== undefined || cache.has(k)) return hit as Scalar;
    const sheet = this.sheets[s];
    const anchor = sheet.covered.get(k);
    if (anchor !== undefined)
      return this.area(s, anchor)[r - Math.floor(anchor / WIDTH)][c - (anchor % WIDTH)];
    const spec = sheet.cells.get(k);
    if (!hasFormula(spec)) return spec?.value ?? null;
    if (spec.array) return this.area(s, k)[0][0];
    const x = this.evaluate(s, k, spec.formula, false);
    const v = blankAsZero(Array.isArray(x) ? x[0][0] : x);
    cache.set(k, v);
    return v;
  }

  /** The values an array formula distributes over its area (broadcast, cut, #N/A beyond). */
  private area(s: number, k: number): Grid {
    const cached = this.areas[s].get(k);
    if (cached) return cached;
    const spec = this.sheets[s].cells.get(k) as EngineCellSpec & {
      formula: string;
      array: ArrayArea;
    };
    const g = this.evaluate(s, k, spec.formula, true) as Grid;
    const out = tabulate(spec.array.rows, spec.array.columns, (i, j) => blankAsZero(at(g, i, j)));
    this.areas[s].set(k, out);
    return out;
  }

  /**
   * A formula's result, resolved while the cell is marked active (a result that is a reference
   * is read here, so its cells are part of the cycle check): a grid for array formulas.
   */
  private evaluate(s: number, k: number, formula: string, array: boolean): Scalar | Grid {
    const label = this.label(this.sheets[s], k);
    if (this.activeSet.has(label))
      throw new CircularReferenceError([...this.active.slice(this.active.indexOf(label)), label]);
    let node: Node;
    try {
      node = this.parse(formula);
    } catch (e) {
      throw new Error(`${label}: cannot parse ${formula}: ${(e as Error).message}`);
    }
    this.active.push(label);
    this.activeSet.add(label);
    try {
      const v = this.eval(node, s, array);
      return array ? this.grid(v) : this.operand(v, false);
    } finally {
      this.active.pop();
      this.activeSet.delete(label);
    }
  }

  private parse(formula: string): Node {
    let n = this.parsed.get(formula);
    if (!n) this.parsed.set(formula, (n = Parser.parse(formula)));
    return n;
  }

  // ---------------------------------------------------------------- values

  /** Values of a reference's cells (cached per recalculation), an array's cells, or [[scalar]]. */
  private grid(v: Value): Grid {
    if (v instanceof Arr) return v.cells;
    if (!(v instanceof Ref)) return [[v]];
    const id = `${v.sheet}:${v.r1}:${v.c1}:${v.r2}:${v.c2}`;
    let g = this.ranges.get(id);
    if (!g)
      this.ranges.set(
        id,
        (g = tabulate(v.rows, v.cols, (i, j) => this.cell(v.sheet, v.r1 + i, v.c1 + j)))
      );
    return g;
  }

  private scalar(v: Value): Scalar {
    if (v instanceof Ref)
      return v.rows === 1 && v.cols === 1
        ? this.cell(v.sheet, v.r1, v.c1)
        : err("#VALUE!", "a range where one value is expected");
    if (v instanceof Arr)
      return v.cells.length === 1 && v.cells[0].length === 1
        ? v.cells[0][0]
        : err("#VALUE!", "an array where one value is expected");
    return v;
  }

  /** An operand: a value, or a grid in array mode (the implicit-intersection simplification). */
  private operand(v: Value, array: boolean): Scalar | Grid {
    if (v instanceof Ref) {
      if (v.rows === 1 && v.cols === 1) return this.cell(v.sheet, v.r1, v.c1);
      return array
        ? this.grid(v)
        : err(
            "#VALUE!",
            `${this.sheets[v.sheet].label}!${a1(v.r1, v.c1)}:${a1(v.r2, v.c2)} where one value is expected (implicit intersection is not supported)`
          );
    }
    if (v instanceof Arr)
      return v.cells.length === 1 && v.cells[0].length === 1 ? v.cells[0][0] : v.cells;
    return v;
  }

  /** Applies `f` to scalars, or element-wise with broadcast when an argument is an array. */
  private lift(args: (Value | undefined)[], array: boolean, f: (xs: Arg[]) => Scalar): Value {
    const parts = args.map((a) => (a === undefined ? undefined : this.operand(a, array)));
    const apply = (xs: Arg[]) => guard(() => f(xs)) as Scalar;
    if (!parts.some((p) => Array.isArray(p))) return apply(parts as Arg[]);
    const grids = parts.map((p): Arg[][] => (Array.isArray(p) ? p : [[p]]));
    const rows = Math.max(...grids.map((g) => g.length));
    const cols = Math.max(...grids.map((g) => g[0].length));
    return new Arr(tabulate(rows, cols, (i, j) => apply(grids.map((g) => at(g, i, j)))));
  }

  private eval(n: Node, s: number, array: boolean): Value {
    switch (n.k) {
      case "lit":
        return n.v;
      case "arr":
        return new Arr(n.rows);
      case "ref": {
        const sheet = n.sheet === null ? s : this.sheetIndex.get(n.sheet.toUpperCase());
        return sheet === undefined
          ? err("#REF!", `no sheet named ${n.sheet}`)
          : new Ref(sheet, n.r1, n.c1, n.r2, n.c2);
      }
      case "name": {
        const ref = this.names.get(n.name);
        return ref === undefined
          ? err("#NAME?", `unknown name ${n.name}`)
          : this.eval(this.parse(ref), s, array);
      }
      case "un":
        return this.lift([this.eval(n.x, s, array)], array, ([x]) => unary(n.op, x));
      case "bin":
        return this.lift([this.eval(n.a, s, array), this.eval(n.b, s, array)], array, ([a, b]) =>
          binary(n.op, a, b)
        );
      case "call":
        return this.call(n.name, n.args, s, array);
    }
  }

  private arity(name: string, args: unknown[], min: number, max: number): void {
    if (args.length < min || args.length > max)
      throw new Error(
        `${this.active[this.active.length - 1]}: ${name} takes ${min}–${max} arguments, not ${args.length}`
      );
  }

  private call(name: string, args: (Node | null)[], s: number, array: boolean): Value {
    const custom = this.functions.get(name);
    if (custom) return this.callCustom(name, custom, args, s, array);
    if (name === "IF") return this.choose(args, s, array);
    if (name === "IFERROR" || name === "IFNA")
      return this.catchError(args, s, array, name === "IFNA");
    const lifted = LIFTED[name];
    if (lifted) {
      this.arity(name, args, lifted[0], lifted[1]);
      return this.lift(
        args.map((a) => (a === null ? undefined : this.eval(a, s, array))),
        array,
        lifted[2]
      );
    }
    const raw = RAW[name];
    if (raw) {
      this.arity(name, args, raw[0], raw[1]);
      const values = args.map((a) => (a === null ? undefined : this.eval(a, s, true)));
      return guard(() => raw[2](values, this.env));
    }
    return err("#NAME?", `unknown function ${name}`);
  }

  /** IF evaluates only the branch it takes, unless the condition is an array. */
  private choose(args: (Node | null)[], s: number, array: boolean): Value {
    this.arity("IF", args, 2, 3);
    const branch = (i: number): Value =>
      i >= args.length ? false : args[i] === null ? 0 : this.eval(args[i] as Node, s, array);
    const cond = this.operand(args[0] === null ? null : this.eval(args[0], s, array), array);
    if (!Array.isArray(cond)) {
      const b = toBool(cond);
      return isFormulaError(b) ? b : branch(b ? 1 : 2);
    }
    return this.lift(
      [new Arr(cond), branch(1), branch(2)],
      array,
      ([c, x, y]) => (B(c) ? x : y) ?? null
    );
  }

  /** IFERROR (any error) / IFNA (#N/A only); the fallback is evaluated only when needed. */
  private catchError(args: (Node | null)[], s: number, array: boolean, onlyNA: boolean): Value {
    this.arity(onlyNA ? "IFNA" : "IFERROR", args, 2, 2);
    const caught = (x: Arg) => isFormulaError(x) && (!onlyNA || x.error === "#N/A");
    const fallback = (): Value => (args[1] === null ? 0 : this.eval(args[1], s, array));
    const v = this.operand(args[0] === null ? 0 : this.eval(args[0], s, array), array);
    if (!Array.isArray(v)) return caught(v) ? fallback() : (v ?? "");
    if (!v.some((row) => row.some(caught))) return new Arr(v);
    return this.lift([new Arr(v), fallback()], array, ([x, y]) => (caught(x) ? y : x) ?? null);
  }

  /** Calls a custom function with Excel-shaped arguments and counts the call. */
  private callCustom(
    name: string,
    fn: CustomFunction,
    nodes: (Node | null)[],
    s: number,
    array: boolean
  ): Value {
    const shapes = this.shapes.get(name);
    const args: unknown[] = [];
    for (let i = 0; i < Math.max(nodes.length, shapes?.length ?? 0, fn.length); i++) {
      const node = nodes[i];
      if (node === undefined || node === null) {
        args.push(null);
        continue;
      }
      const shape = shapes?.[i];
      const v = this.eval(node, s, shape !== "scalar" || array);
      if (v instanceof Ref || v instanceof Arr) {
        const g = this.grid(v).map((row) => row.map(toCustomCell));
        if (shape !== "scalar") args.push(g);
        else if (g.length === 1 && g[0].length === 1) args.push(g[0][0]);
        else return err("#VALUE!", `${name}: argument ${i + 1} takes one value, not a range`);
      } else args.push(shape === "matrix" ? [[toCustomCell(v)]] : toCustomCell(v));
    }
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    try {
      return fromCustom(fn(...args));
    } catch (e) {
      if (isErrorLike(e)) return fromCustomCell(e);
      return err("#VALUE!", `${name} threw: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
