/**
 * Argument generators for the fuzz runner: mostly malformed Excel-shaped arguments, with enough
 * plausible input (judgment matrices, score tables, series, trade codes, supermatrices, …) to
 * reach deep code paths, and about 1 % large inputs (built once per process, cloned per use).
 *
 * Everything is deterministic: case k of function f draws from a PRNG seeded by (seed, f, k).
 */

// ---------------------------------------------------------------- PRNG

/** 128-bit string hash (cyrb128): four 32-bit words. */
function hash128(s: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** Small fast PRNG (sfc32) seeded from a string key. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(key: string) {
    [this.a, this.b, this.c, this.d] = hash128(key);
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    const t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    const r = (t + this.d) | 0;
    this.c = (this.c + r) | 0;
    return (r >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }

  /** One of the choices, by weight; each choice is a thunk so only the chosen one runs. */
  weighted<T>(choices: readonly (readonly [number, () => T])[]): T {
    let total = 0;
    for (const [w] of choices) total += w;
    let r = this.next() * total;
    for (const [w, f] of choices) {
      r -= w;
      if (r < 0) return f();
    }
    return choices[choices.length - 1][1]();
  }
}

// ---------------------------------------------------------------- metadata

export interface ParamInfo {
  name: string;
  optional: boolean;
  /** True for a range parameter (dimensionality "matrix"). */
  matrix: boolean;
}

export interface FunctionInfo {
  id: string;
  params: ParamInfo[];
  /** True when the function is declared to return a matrix. */
  matrixResult: boolean;
}

interface RawMeta {
  id: string;
  parameters?: { name: string; optional?: boolean; dimensionality?: string }[];
  result?: { dimensionality?: string };
}

/** The functions listed in functions.json, with what the generators need to know. */
export function functionInfos(metadata: unknown): FunctionInfo[] {
  const fns = (metadata as { functions?: RawMeta[] }).functions ?? [];
  return fns.map((f) => ({
    id: f.id.toUpperCase(),
    params: (f.parameters ?? []).map((p) => ({
      name: p.name,
      optional: p.optional === true,
      matrix: p.dimensionality === "matrix",
    })),
    matrixResult: f.result?.dimensionality === "matrix",
  }));
}

// ---------------------------------------------------------------- vocabulary

type Grid = unknown[][];

const SPECIAL_NUMBERS = [
  0,
  -0,
  -1,
  1,
  2,
  0.5,
  1 / 3,
  1e-320,
  5e-324,
  -5e-324,
  1e-300,
  9e307,
  1.7976931348623157e308,
  -9e307,
  -1.7976931348623157e308,
  2 ** 53,
  2 ** 31,
  -(2 ** 31),
  1e15 + 0.3,
  0.1 + 0.2,
];
const TEXT_NUMBERS = [
  "3",
  "1/3",
  "1/0",
  "0/0",
  "12%",
  "-0.5",
  "1e400",
  "1e309%",
  "1/1e-320",
  "1e308/1e-308",
  "2/50%",
  "1/3/4",
  "0x1F",
  " 7 ",
  "1,5",
  "−3",
  "+4",
  ".5",
  "5.",
  "1e-400",
  "9".repeat(400),
  "1/9",
  "9/1",
  "0.333",
  "1 / 3",
  "%",
  "/",
  "1/",
  "/3",
  "e5",
  "1e",
  "١٢",
  "７",
];
const JS_NAMES = [
  "toString",
  "valueOf",
  "constructor",
  "__proto__",
  "hasOwnProperty",
  "prototype",
  "isPrototypeOf",
  "__defineGetter__",
  "toLocaleString",
  "length",
];
const OPTION_NAMES = [
  "EIGEN",
  "SQRT",
  "SUM",
  "eigen",
  " sqrt ",
  "Geometric-Mean",
  "LLSM",
  "POWER",
  "特征向量法",
  "方根法",
  "和积法",
  "SAATY",
  "SAATY2005",
  "CN",
  "ALONSO",
  "DD",
  "al2006",
  "Donegan",
  "DEFAULT",
  "4",
  "10",
  "10-5",
  "5-3",
  "10–5",
  "5",
  "2",
  "BENEFIT",
  "COST",
  "B",
  "C",
  "+",
  "-",
  "−",
  "MAX",
  "MIN",
  "higher",
  "down",
  "HS",
  "HS2017",
  "HS1992",
  "HS2022",
  "HS 2012",
  "hs2007",
  "H0",
  "H5",
  "H6",
  "H7",
  "SITC",
  "SITC3",
  "SITC4",
  "SITC5",
  "HS2030",
  "TRUE",
  "FALSE",
  "true",
  "yes",
  "Rev.4",
  "NaN",
  "Infinity",
  "-Infinity",
  "undefined",
  "null",
  "#N/A",
  "#VALUE!",
];
const CHINESE = [
  "方根法",
  "正向",
  "负向",
  "定量",
  "定性",
  "权重",
  "一致性",
  "资源密集型",
  "服务外包",
];
const HS_CODES: readonly unknown[] = [
  "010121",
  10121,
  "0101.21",
  "0101 21",
  "01.01.21",
  999999,
  "999998",
  "27",
  "2710",
  "271019",
  271019,
  "847130",
  847130,
  "8471.30",
  "610910",
  "710812",
  "382311",
  "3502",
  "4115",
  "44",
  "84",
  "01",
  "1",
  1,
  "9999",
  "0",
  0,
  "00",
  "12345",
  "1234567",
  "01012",
  "abc",
  "8471.3",
  "0101.2.1",
  "01-01-21",
  " 010121 ",
  "010121\u00a0",
];
const SITC_CODES: readonly unknown[] = [
  "334.1",
  7764,
  "9",
  15,
  "0015",
  "00151",
  "752",
  "3346",
  "7",
  "99999",
  "334.",
  ".1",
];
const EBOPS_CODES: readonly unknown[] = [
  "SI2",
  "sj31",
  "SX",
  "SA",
  "SB",
  "SC1",
  "SD",
  "SE",
  "SF",
  "SG",
  "SH",
  "SI",
  "SI1",
  "SI3",
  "SJ",
  "SJ1",
  "SJ2",
  "SJ3",
  "SJ31",
  "SK",
  "SK1",
  "SL",
  "S",
  "SI.2",
  "si 2",
  "SJ 31",
  "SZ",
  "S-I-2",
  "SI22",
  "I2",
  "SI2SI2",
];
const GROUP_LABELS = [
  "RIB",
  "LIB",
  "TIB",
  "OTHER",
  "Agri",
  "ICT",
  "ITO",
  "BPO",
  "KPO",
  "Total",
  "Group",
  "Unclassified",
  "toString",
  "__proto__",
  "资源",
  "A",
  "a",
];
const SHORT_CHARS = "abcXYZ019 .,-+/%eE#!?\"'()[]{}:;\\\t\n\u00a0\u2212\u3000一二三é😀";

/** Long strings up to Excel's 32,767-character cell limit (built once). */
let longStrings: string[] | null = null;
function longStringsOnce(): string[] {
  if (!longStrings) {
    longStrings = [
      "9".repeat(32766) + "x",
      "1/".repeat(16383) + "1",
      "9".repeat(32767),
      "0." + "3".repeat(32765),
      "1e" + "9".repeat(32765),
      " ".repeat(32767),
      "SI".repeat(16383) + "2",
      "01".repeat(16383) + "0",
      "ab ".repeat(10922) + "a",
      "(".repeat(32767),
    ];
  }
  return longStrings;
}

function shortString(rng: Rng): string {
  const n = rng.int(0, 8);
  let s = "";
  for (let i = 0; i < n; i++) s += SHORT_CHARS[rng.int(0, SHORT_CHARS.length - 1)];
  return s;
}

// ---------------------------------------------------------------- scalars

/** One Excel-ish cell or scalar argument, from a weighted mix of the interesting kinds. */
export function scalar(rng: Rng): unknown {
  return rng.weighted<unknown>([
    [10, () => rng.pick(["", null, undefined, " ", "\t", "\u00a0"])],
    [8, () => rng.int(-10, 10)],
    [5, () => rng.pick([rng.next() * 20 - 10, rng.next() * 1e6, rng.next() * 1e-6, rng.next()])],
    [6, () => rng.pick(SPECIAL_NUMBERS)],
    [3, () => rng.chance(0.5)],
    [8, () => rng.pick(TEXT_NUMBERS)],
    [3, () => rng.pick(JS_NAMES)],
    [10, () => rng.pick(OPTION_NAMES)],
    [2, () => rng.pick(CHINESE)],
    [6, () => rng.pick(HS_CODES)],
    [2, () => rng.pick(SITC_CODES)],
    [4, () => rng.pick(EBOPS_CODES)],
    [6, () => shortString(rng)],
    [0.3, () => rng.pick(longStringsOnce())],
    [
      0.5,
      () =>
        rng.pick<() => unknown>([
          () => [1, 2],
          () => [[3]],
          () => [],
          () => ({}),
          () => ({ a: 1 }),
          () => ({ code: "#N/A", message: "x" }),
          () => ({ valueOf: 5 }),
        ])(),
    ],
  ]);
}

// ---------------------------------------------------------------- plausible building blocks

const SAATY_UP = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** A Saaty-scale judgment: 1…9 or 1/9…1/2. */
function saatyValue(rng: Rng): number {
  const v = rng.pick(SAATY_UP);
  return rng.chance(0.5) ? v : 1 / v;
}

/** Nearest Saaty scale value to x > 0. */
function snapSaaty(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  if (x >= 1) return Math.min(9, Math.max(1, Math.round(x)));
  return 1 / Math.min(9, Math.max(1, Math.round(1 / x)));
}

/** How a judgment appears in a cell: a number, a fraction as text, or a rounded decimal. */
function judgmentCell(rng: Rng, v: number, style: number): unknown {
  const k = Math.round(1 / v);
  const isFraction = v < 1 && Math.abs(1 / k - v) < 1e-12;
  if (style === 0) return v;
  if (style === 1) return isFraction ? `1/${k}` : String(v);
  if (style === 2) return Math.round(v * 1000) / 1000;
  return rng.chance(0.5) ? (isFraction ? `1/${k}` : v) : v;
}

interface JudgmentOptions {
  /** Probability that a pair is missing (both cells blank). */
  missing?: number;
  upperOnly?: boolean;
}

/** An n×n judgment matrix: near-consistent or random, full or upper triangle, some pairs blank. */
export function judgmentMatrix(rng: Rng, n: number, opts: JudgmentOptions = {}): Grid {
  const consistent = rng.chance(0.6);
  const w = Array.from({ length: n }, () => 0.2 + rng.next() * 5);
  const noise = rng.pick([0, 0, 0.1, 0.5]);
  const style = rng.int(0, 3);
  const upperOnly = opts.upperOnly ?? rng.chance(0.3);
  const pMissing = opts.missing ?? rng.pick([0, 0, 0, 0.1, 0.3, 0.6]);
  const blank = rng.pick<unknown>(["", null]);
  const m: Grid = Array.from({ length: n }, () => new Array<unknown>(n).fill(blank));
  for (let i = 0; i < n; i++) {
    m[i][i] = rng.chance(0.95) ? 1 : rng.pick<unknown>(["", "1", 1.0000001, blank]);
    for (let j = i + 1; j < n; j++) {
      if (rng.chance(pMissing)) continue;
      const raw = consistent
        ? (w[i] / w[j]) * Math.exp(noise * (rng.next() - 0.5))
        : saatyValue(rng);
      const v = rng.chance(0.7) ? snapSaaty(raw) : raw;
      m[i][j] = judgmentCell(rng, v, style);
      if (!upperOnly) m[j][i] = judgmentCell(rng, 1 / v, style);
    }
  }
  return m;
}

/** Replaces one cell by something wrong (zero, negative, non-reciprocal, text, extreme). */
function perturbCell(rng: Rng, m: Grid): void {
  if (m.length === 0 || !Array.isArray(m[0]) || m[0].length === 0) return;
  const i = rng.int(0, m.length - 1);
  const row = m[i];
  if (!Array.isArray(row) || row.length === 0) return;
  const j = rng.int(0, row.length - 1);
  row[j] = rng.weighted<unknown>([
    [3, () => scalar(rng)],
    [1, () => 0],
    [1, () => -rng.int(1, 9)],
    [1, () => rng.pick([1e300, 1e-300, 1e-320, 9e307, 5e-324])],
    [1, () => (Array.isArray(m[j]) ? m[j][i] : 2)], // breaks reciprocity
    [1, () => rng.pick(["1/0", "abc", "1e400", "NaN", "TRUE"])],
  ]);
}

/** A small random supermatrix: column-stochastic, periodic, reducible, zero columns, …. */
function supermatrix(rng: Rng, n: number): Grid {
  const kind = rng.int(0, 6);
  const m: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  if (kind === 0) {
    // permutation (periodic chain)
    const p = Array.from({ length: n }, (_, i) => (i + 1) % n);
    for (let j = 0; j < n; j++) m[p[j]][j] = 1;
  } else if (kind === 1) {
    for (let i = 0; i < n; i++) m[i][i] = 1; // identity
  } else {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = rng.chance(kind === 2 ? 0.7 : 0.3) ? 0 : rng.next() * (kind === 3 ? 100 : 1);
        m[i][j] = x;
        s += x;
      }
      if (kind >= 4 && s > 0) for (let i = 0; i < n; i++) m[i][j] /= s;
    }
    if (kind === 5) {
      // two disconnected blocks
      const h = Math.floor(n / 2);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i < h !== j < h) m[i][j] = 0;
    }
  }
  const out: Grid = m.map((r) => r.map((x) => (x === 0 && rng.chance(0.3) ? "" : x)));
  if (rng.chance(0.2)) perturbCell(rng, out);
  return out;
}

/** Expert scores: rows of 0…10 (or 1…4) numbers with blanks. */
function scoreMatrix(rng: Rng, rows: number, cols: number): Grid {
  const top = rng.pick([4, 5, 10, 10]);
  const pBlank = rng.pick([0, 0, 0.1, 0.4]);
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () =>
      rng.chance(pBlank)
        ? ""
        : rng.chance(0.8)
          ? rng.int(0, top)
          : Math.round(rng.next() * top * 100) / 100
    )
  );
}

/** A time series of n values (trend + noise) with occasional blanks. */
function seriesValues(rng: Rng, n: number): unknown[] {
  const base = rng.pick([1, 100, 1e6, 0.01, -50]);
  const slope = (rng.next() - 0.5) * base * 0.2;
  const out: unknown[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      rng.chance(0.08)
        ? ""
        : Math.round((base + slope * i + (rng.next() - 0.5) * base * 0.1) * 1000) / 1000
    );
  if (rng.chance(0.3)) for (let i = 0; i < rng.int(1, 3); i++) out.push(""); // trailing blanks
  return out;
}

/** A row or a column of values. */
function line(rng: Rng, values: unknown[], asRow = rng.chance(0.5)): Grid {
  return asRow ? [values] : values.map((v) => [v]);
}

/** n positive weights (normalised or not), as a column or a row. */
function weights(rng: Rng, n: number): Grid {
  const w = Array.from({ length: n }, () => rng.next());
  const s = w.reduce((a, b) => a + b, 0) || 1;
  const norm = rng.chance(0.6);
  return line(
    rng,
    w.map((x) => (norm ? x / s : Math.round(x * 100))),
    rng.chance(0.3)
  );
}

/** A code column from a vocabulary, with a few random cells. */
function codeColumn(rng: Rng, vocab: readonly unknown[], n: number): Grid {
  return Array.from({ length: n }, () => [rng.chance(0.9) ? rng.pick(vocab) : scalar(rng)]);
}

/** A (prefix, group) mapping range. */
function mapping(rng: Rng, prefixes: readonly unknown[]): Grid {
  const rows = rng.int(1, 6);
  const m: Grid = Array.from({ length: rows }, () => [rng.pick(prefixes), rng.pick(GROUP_LABELS)]);
  if (rng.chance(0.2)) m.unshift(["Prefix", "Group"]);
  if (rng.chance(0.15)) m.push([m[0][0], rng.pick(GROUP_LABELS)]); // duplicate prefix
  if (rng.chance(0.1)) m.forEach((r) => r.push(rng.pick(GROUP_LABELS))); // three columns
  if (rng.chance(0.1)) m.push(["", rng.pick(GROUP_LABELS)]);
  if (rng.chance(0.1)) perturbCell(rng, m);
  return m;
}

const MAPPING_PREFIXES_HS: readonly unknown[] = [
  "01",
  "0101",
  "010121",
  1,
  84,
  "8471",
  "27",
  "2710",
  "6109",
  "71",
  "9",
  "abc",
  "",
  "0101.21",
  847130,
];
const MAPPING_PREFIXES_EBOPS: readonly unknown[] = [
  "SI",
  "SJ",
  "SJ3",
  "SI2",
  "S",
  "SA",
  "sk",
  "SX",
  "I",
  "",
  1,
];

/** Grey scale argument: named, numeric, or a range of centres (optionally labelled). */
function greyScale(rng: Rng): unknown {
  return rng.weighted<unknown>([
    [4, () => null],
    [4, () => rng.pick<unknown>(["4", 4, "10", 10, "10-5", "5-3", 5, 2, "10–5", " 10 - 5 ", "3"])],
    [
      3,
      () =>
        line(
          rng,
          rng.pick([
            [9, 7, 5, 3],
            [5, 3, 1],
            [4, 3, 2, 1],
            [10, 1],
            [3, 3, 1],
            [1, 3, 5],
            [5, 0, -1],
            [7],
          ])
        ),
    ],
    [
      2,
      () => {
        const c = rng.pick([
          [9, 7, 5, 3],
          [5, 3, 1],
          [2, 1],
        ]);
        const labels = c.map((_, i) =>
          rng.pick(["Good", "Bad", "Excellent", "Poor", "toString", "", `L${i}`, "1"])
        );
        return rng.chance(0.5) ? [labels, c] : c.map((x, i) => [labels[i], x]);
      },
    ],
    [1, () => randomGrid(rng)],
  ]);
}

/** A hierarchy for AHP.GLOBAL: nodes, parents and local weights columns. */
function hierarchy(rng: Rng): unknown[] {
  const names: string[] = ["A", "B", "C"].slice(0, rng.int(1, 3));
  const parents: unknown[] = names.map(() => "");
  const count = rng.int(0, 8);
  for (let i = 0; i < count; i++) {
    const p = rng.pick(names);
    names.push(`${p}${i}`);
    parents.push(p);
  }
  const w: unknown[] = names.map(() => Math.round(rng.next() * 100) / 100);
  const n = names.length;
  const mut = rng.int(0, 9);
  const nodes: unknown[] = [...names];
  if (mut === 0) parents[0] = names[n - 1]; // cycle
  if (mut === 1) parents[rng.int(0, n - 1)] = "Z"; // unknown parent
  if (mut === 2) nodes[rng.int(0, n - 1)] = names[0]; // duplicate name
  if (mut === 3) parents[0] = names[0]; // own parent
  if (mut === 4) w[rng.int(0, n - 1)] = rng.pick<unknown>(["", -1, "abc", 1e308]);
  if (mut === 5) w.pop(); // length mismatch
  if (mut === 6)
    nodes[rng.int(0, n - 1)] = rng.pick<unknown>(["", "toString", "__proto__", 1, true]);
  return [nodes.map((v) => [v]), parents.map((v) => [v]), w.map((v) => [v])];
}

// ---------------------------------------------------------------- random ranges

/** A small grid of random cells (possibly 0 rows or 0 columns). */
function randomGrid(rng: Rng): Grid {
  const r = rng.int(0, 6);
  const c = rng.int(0, 6);
  return Array.from({ length: r }, () => Array.from({ length: c }, () => scalar(rng)));
}

/** A range argument from the weighted mix of shapes. */
export function range(rng: Rng): unknown {
  return rng.weighted<unknown>([
    [20, () => randomGrid(rng)],
    [
      5,
      () =>
        Array.from({ length: rng.int(1, 5) }, () =>
          Array.from({ length: rng.int(0, 5) }, () => scalar(rng))
        ),
    ], // jagged
    [
      4,
      () =>
        rng.pick<() => unknown>([
          () => [],
          () => [[]],
          () => [[null]],
          () => [[""]],
          () => [[], []],
          () => [1, 2, 3],
          () => [[1], 2],
        ])(),
    ],
    [
      15,
      () => {
        const m = judgmentMatrix(rng, rng.int(2, 15));
        if (rng.chance(0.2)) perturbCell(rng, m);
        return m;
      },
    ],
    [8, () => scoreMatrix(rng, rng.int(1, 8), rng.int(1, 6))],
    [8, () => line(rng, seriesValues(rng, rng.int(1, 15)))],
    [6, () => codeColumn(rng, HS_CODES, rng.int(1, 8))],
    [3, () => codeColumn(rng, EBOPS_CODES, rng.int(1, 8))],
    [4, () => mapping(rng, rng.chance(0.5) ? MAPPING_PREFIXES_HS : MAPPING_PREFIXES_EBOPS)],
    [6, () => supermatrix(rng, rng.int(2, 8))],
    [6, () => weights(rng, rng.int(1, 8))],
    [2, () => hierarchy(rng)[0]],
  ]);
}

/** A random argument for a parameter: mostly ranges for range parameters, scalars otherwise. */
function randomArg(rng: Rng, p: ParamInfo | undefined): unknown {
  const matrix = p?.matrix ?? rng.chance(0.5);
  return rng.weighted<unknown>([
    [
      matrix ? 70 : 20,
      () => {
        const r = range(rng);
        return !matrix && Array.isArray(r) && rng.chance(0.5) ? [[scalar(rng)]] : r;
      },
    ],
    [matrix ? 25 : 75, () => scalar(rng)],
    [5, () => rng.pick<unknown>([undefined, [], [[]], null])],
  ]);
}

// ---------------------------------------------------------------- large inputs

export type BigKind =
  | "chain200"
  | "saaty50-incomplete"
  | "saaty100-incomplete"
  | "saaty50"
  | "saaty100"
  | "numbers1000"
  | "hs1000"
  | "text1000"
  | "ebops1000"
  | "column1M"
  | "codes1M"
  | "super1000"
  | "mapping100k"
  | "dea1000x2"
  | "dea75x10"
  | "io500"
  | "io500row";

/** Big inputs, all generated from the run seed only (never from the case). */
const BIG_BUILDERS: Record<BigKind, (rng: Rng) => Grid> = {
  // 200×200, mostly blank; a connected chain of judgments a(i, i+1) plus a few extra pairs.
  chain200: (rng) => {
    const n = 200;
    const m: Grid = Array.from({ length: n }, () => new Array<unknown>(n).fill(""));
    for (let i = 0; i < n; i++) m[i][i] = 1;
    for (let i = 0; i + 1 < n; i++) m[i][i + 1] = saatyValue(rng);
    for (let e = 0; e < 100; e++) {
      const i = rng.int(0, n - 3);
      const j = rng.int(i + 2, n - 1);
      m[i][j] = saatyValue(rng);
    }
    return m;
  },
  "saaty50-incomplete": (rng) => incompleteSaaty(rng, 50),
  "saaty100-incomplete": (rng) => incompleteSaaty(rng, 100),
  saaty50: (rng) => judgmentMatrix(rng, 50, { missing: 0, upperOnly: false }),
  saaty100: (rng) => judgmentMatrix(rng, 100, { missing: 0, upperOnly: false }),
  numbers1000: (rng) => grid1000(() => (rng.chance(0.5) ? rng.int(0, 100) : rng.next() * 1e4)),
  hs1000: (rng) =>
    grid1000(() =>
      rng.chance(0.95)
        ? rng.pick(["999998", "999997", "999999", 999998, "000000"])
        : rng.pick(HS_CODES)
    ),
  text1000: (rng) => {
    const texts = [
      ...longStringsOnce().slice(0, 3),
      "x".repeat(1000),
      "lorem ipsum ".repeat(50),
      "1/".repeat(500) + "1",
    ];
    return grid1000(() => rng.pick(texts));
  },
  ebops1000: (rng) =>
    grid1000(() => (rng.chance(0.9) ? rng.pick(["SZ9", "SX", "S99"]) : rng.pick(EBOPS_CODES))),
  column1M: (rng) =>
    Array.from({ length: 1_000_000 }, () => [rng.chance(0.02) ? "" : rng.int(0, 1000)]),
  codes1M: (rng) =>
    Array.from({ length: 1_000_000 }, () => [
      rng.chance(0.97) ? "999998" : rng.pick(rng.chance(0.5) ? HS_CODES : EBOPS_CODES),
    ]),
  super1000: (rng) => grid1000(() => (rng.chance(0.3) ? 0 : rng.next())),
  // DEA tables near the size limit (as inputs and outputs: 1,000 units × 4 measures, 75 × 20),
  // uniform so that most units are efficient: the slowest case of the DEA functions.
  dea1000x2: (rng) =>
    Array.from({ length: 1000 }, () => Array.from({ length: 2 }, () => 1 + 100 * rng.next())),
  dea75x10: (rng) =>
    Array.from({ length: 75 }, () => Array.from({ length: 10 }, () => 1 + 100 * rng.next())),
  // An input-output table at the size limit (500 sectors): productive coefficients (each column
  // summing to 0.9), and a row of 500 intensities or final demands to go with it.
  io500: (rng) => ioCoefficientGrid(rng, 500, 0.9),
  io500row: (rng) => [Array.from({ length: 500 }, () => rng.next())],
  mapping100k: (rng) =>
    Array.from({ length: 100_000 }, (_, i) => [
      String(100000 + i),
      rng.pick(["RIB", "LIB", "TIB", "ITO", "Grp" + (i % 50)]),
    ]),
};

function grid1000(cell: () => unknown): Grid {
  return Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, cell));
}

/** An n×n random Saaty matrix with about half of the pairs missing, still connected. */
function incompleteSaaty(rng: Rng, n: number): Grid {
  const m: Grid = Array.from({ length: n }, () => new Array<unknown>(n).fill(""));
  for (let i = 0; i < n; i++) m[i][i] = 1;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (j !== i + 1 && rng.chance(0.5)) continue; // keep the chain i → i+1 so the graph is connected
      const v = saatyValue(rng);
      m[i][j] = v;
      if (rng.chance(0.5)) m[j][i] = 1 / v;
    }
  }
  return m;
}

/** Labels of the big inputs handed out (by identity of the cloned array), for rendering. */
export const bigLabels = new WeakMap<object, string>();

/**
 * Per-process cache of big inputs; every use gets a fresh row-wise copy (functions may write to
 * their arguments). Only the most recently used kinds are kept, so that the live heap, and with
 * it the garbage collector's share of a call's time, stays about the same whatever ran before.
 */
export class BigInputs {
  private readonly cache = new Map<BigKind, Grid>();

  constructor(
    private readonly seed: string,
    private readonly keep = 2
  ) {}

  get(kind: BigKind): Grid {
    let g = this.cache.get(kind);
    if (g) {
      this.cache.delete(kind); // re-insert: Map order is least recently used first
    } else {
      g = BIG_BUILDERS[kind](new Rng(`${this.seed}|big|${kind}`));
      while (this.cache.size >= this.keep)
        this.cache.delete(this.cache.keys().next().value as BigKind);
    }
    this.cache.set(kind, g);
    const copy = g.map((row) => row.slice());
    const rows = copy.length;
    const cols = rows > 0 ? copy[0].length : 0;
    bigLabels.set(copy, `${kind} ${rows}×${cols}`);
    return copy;
  }
}

// ---------------------------------------------------------------- per-function generators

type Gen = (rng: Rng) => unknown[];

const METHODS = [
  "EIGEN",
  "SQRT",
  "SUM",
  null,
  "",
  "eigen",
  "GM",
  "方根法",
  "toString",
  "POWER",
  "NaN",
  "x",
];
const RI_TABLES = ["SAATY", "SAATY2005", "CN", "ALONSO", "DD", null, "china", "constructor", "X"];

function maybe<T>(rng: Rng, p: number, value: () => T): T | null {
  return rng.chance(p) ? value() : null;
}

/** A judgment matrix, sometimes perturbed or not square. */
function plausibleMatrix(rng: Rng): Grid {
  const m = judgmentMatrix(rng, rng.pick([2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10, 12, 15]));
  if (rng.chance(0.15)) perturbCell(rng, m);
  if (rng.chance(0.04)) m.push(m[0].slice()); // not square
  return m;
}

/** k expert matrices of size n×n stacked vertically, sometimes perturbed or badly stacked. */
function stackedExperts(rng: Rng): Grid {
  const n = rng.int(2, 8);
  const k = rng.int(1, 5);
  const stacked: Grid = [];
  for (let h = 0; h < k; h++) stacked.push(...judgmentMatrix(rng, n));
  if (rng.chance(0.1)) perturbCell(rng, stacked);
  if (rng.chance(0.05)) stacked.pop();
  return stacked;
}

function plausibleGreyScores(rng: Rng): { scores: Grid; rows: number } {
  const rows = rng.int(1, 8);
  return { scores: scoreMatrix(rng, rows, rng.int(1, 6)), rows };
}

function plausibleGroups(rng: Rng, rows: number): [unknown, unknown] {
  if (rng.chance(0.4)) return [null, rng.chance(0.1) ? weights(rng, 2) : null];
  const labels = ["C1", "C2", "C3", "c1", "", "toString"].slice(0, rng.int(1, 4));
  const groups = Array.from({ length: rows }, (_, i) => [labels[i % labels.length]]);
  const distinct = [...new Set(groups.map((g) => g[0]))];
  const gw = rng.chance(0.5)
    ? weights(rng, distinct.length + (rng.chance(0.1) ? 1 : 0))
    : distinct.map((l) => [rng.chance(0.9) ? l : "Zed", Math.round(rng.next() * 100) / 100]);
  return [groups, gw];
}

const SYSTEMS = [
  null,
  "HS",
  "HS2017",
  "HS1992",
  "HS2022",
  "hs 2012",
  "H5",
  "H0",
  "SITC",
  "SITC4",
  "HS2030",
  "",
  "toString",
];

/** Plausible argument lists, by function id (unknown ids use the random generator only). */
const PLAUSIBLE: Record<string, Gen> = {
  "AHP.WEIGHTS": (r) => [plausibleMatrix(r), r.pick(METHODS)],
  "AHP.LAMBDA": (r) => [plausibleMatrix(r), r.pick(METHODS)],
  "AHP.CI": (r) => [plausibleMatrix(r), r.pick(METHODS)],
  "AHP.CR": (r) => [plausibleMatrix(r), r.pick(METHODS), r.pick(RI_TABLES)],
  "AHP.RI": (r) => [
    r.pick<unknown>([
      r.int(1, 20),
      r.int(1, 200),
      0,
      -1,
      2.5,
      "15",
      1e9,
      9e307,
      1.7976931348623157e308,
      "1e308",
      [[7]],
    ]),
    r.pick(RI_TABLES),
  ],
  "AHP.GCI": (r) => [plausibleMatrix(r)],
  "AHP.REPORT": (r) => [
    plausibleMatrix(r),
    r.pick(METHODS),
    r.pick(RI_TABLES),
    r.pick<unknown>([null, 0.1, 0.05, "10%", 0, -1, 1e308, 5e-324, "x"]),
  ],
  "AHP.MATRIX": (r) => {
    const n = r.int(2, 15);
    let count = (n * (n - 1)) / 2;
    if (r.chance(0.15)) count += r.pick([-1, 1, 2]);
    const values = Array.from({ length: Math.max(0, count) }, () =>
      r.chance(0.1) ? "" : judgmentCell(r, snapSaaty(saatyValue(r)), r.int(0, 3))
    );
    const g = line(r, values);
    if (r.chance(0.1)) perturbCell(r, g);
    return [g];
  },
  "AHP.GROUP": (r) => {
    const stacked = stackedExperts(r);
    const k = Math.max(1, Math.round(stacked.length / Math.max(1, stacked[0]?.length ?? 1)));
    return [stacked, maybe(r, 0.5, () => weights(r, k + (r.chance(0.1) ? 1 : 0)))];
  },
  "AHP.CONSENSUS": (r) => [
    stackedExperts(r),
    r.pick(METHODS),
    r.pick<unknown>([null, 9, 5, 3.321928095, 1, 0, -2, "9", 1e308, "x"]),
  ],
  "AHP.AIP": (r) => {
    const stacked = stackedExperts(r);
    const k = Math.max(1, Math.round(stacked.length / Math.max(1, stacked[0]?.length ?? 1)));
    return [
      stacked,
      maybe(r, 0.5, () => weights(r, k + (r.chance(0.1) ? 1 : 0))),
      r.pick(METHODS),
      r.pick<unknown>([null, "GEOMETRIC", "ARITHMETIC", "am", "", "harmonic", 3]),
    ];
  },
  "AHP.UNCERTAINTY": (r) => [
    plausibleMatrix(r),
    r.pick<unknown>([null, 1, 10, 200, 1000, 0, -1, 2.5, "50", 1e6, 10000]),
    r.pick<unknown>([null, 0, 1, 2, 8, 9, -1, 1.5, "1"]),
    r.pick(METHODS),
    r.pick<unknown>([null, 1, 2, 0, -5, 2 ** 40, 1.5, "7", 1e300]),
  ],
  "AHP.SUGGEST": (r) => [
    plausibleMatrix(r),
    r.pick<unknown>([null, 1, 3, 5, 20, 0, -1, 2.5, "3", 1e9, 9e307]),
    r.pick(METHODS),
    r.pick<unknown>([null, true, false, "TRUE", "false", 1, "yes"]),
  ],
  "AHP.GLOBAL": (r) => hierarchy(r),
  "GREY.WHITEN": (r) => [
    r.chance(0.5)
      ? [[r.pick<unknown>([0, 1, 2.5, 4, 9, 10, -1, 11, 1e308, "3", ""])]]
      : line(r, seriesValues(r, r.int(1, 6)), false),
    greyScale(r),
  ],
  "GREY.MATRIX": (r) => {
    const { scores } = plausibleGreyScores(r);
    const cols = scores[0]?.length ?? 1;
    return [scores, greyScale(r), maybe(r, 0.4, () => weights(r, cols + (r.chance(0.1) ? 1 : 0)))];
  },
  "GREY.CLASSES": (r) => greyEval(r),
  "GREY.EVAL": (r) => greyEval(r),
  "GREY.SENSITIVITY": (r) => [
    ...greyEval(r),
    r.pick<unknown>([null, 0.1, 0.05, 1, 0, -0.1, 1.5, "0.2", "step", 1e-300]),
  ],
  "GREY.GRADE": (r) => {
    const g = r.pick([3, 4, 4, 5]);
    const b = Array.from(
      { length: g + (r.chance(0.1) ? 1 : 0) },
      () => Math.round(r.next() * 100) / 100
    );
    if (r.chance(0.1)) b.fill(0);
    if (r.chance(0.1)) b[1] = b[0]; // tie
    return [line(r, b, r.chance(0.8)), greyScale(r)];
  },
  "SCORE.SMOOTH": (r) => [
    line(r, seriesValues(r, r.int(1, 20))),
    r.pick<unknown>([1, 2, 3, 5, 0, -1, 1.5, "2", 1e9, 9e307, ""]),
  ],
  "SCORE.THRESHOLD": (r) => {
    const rows = r.int(1, 4);
    const cols = r.int(1, 4);
    const value = scoreMatrix(r, rows, cols);
    const bound = (): unknown =>
      r.chance(0.6)
        ? r.pick<unknown>([0, 1, 5, 10, -5, 1e308, 5e-324])
        : scoreMatrix(r, rows, cols);
    const worst = bound();
    return [
      value,
      worst,
      r.chance(0.1) ? worst : bound(),
      r.pick<unknown>([null, 0, 1, 4, 10, -1e308, "1"]),
      r.pick<unknown>([null, 4, 100, 1, 1e308, "x"]),
    ];
  },
  "SCORE.QUANT": (r) => {
    const s = seriesValues(r, r.int(1, 20));
    return [
      line(r, s),
      r.pick<unknown>([1, 2, 3, 5, s.length, s.length + 1, 0, 1.5, "3"]),
      r.pick<unknown>([null, "BENEFIT", "COST", "cost", "-", "正向", "x", "valueOf"]),
      r.pick<unknown>([null, 0, 1, 4, 1e308]),
      r.pick<unknown>([null, 4, 100, 1, -1e308]),
    ];
  },
  "ANP.LIMIT": (r) => [supermatrix(r, r.int(2, 12))],
  "ANP.PRIORITIES": (r) => {
    const n = r.int(2, 12);
    return [
      supermatrix(r, n),
      r.pick<unknown>([null, 1, 2, n, n + 1, 0, -1, 1.5, "2", 9e307]),
      r.pick<unknown>([null, n, n - 1, 1, n + 5, 0, 2.5, 9e307]),
    ];
  },
  "TRADE.CLASS": (r) => [
    r.chance(0.3)
      ? [[r.pick(HS_CODES)]]
      : codeColumn(r, r.chance(0.8) ? HS_CODES : SITC_CODES, r.int(1, 10)),
    r.pick(SYSTEMS),
    maybe(r, 0.3, () => mapping(r, MAPPING_PREFIXES_HS)),
  ],
  "TRADE.SITC": (r) => [
    r.chance(0.3) ? [[r.pick(HS_CODES)]] : codeColumn(r, HS_CODES, r.int(1, 10)),
    r.pick<unknown>([null, 3, 4, "3", 5, 3.5, "Rev.4", 0]),
    r.pick(SYSTEMS),
  ],
  "TRADE.SHARE": (r) => {
    const n = r.int(1, 10);
    return [
      codeColumn(r, HS_CODES, n),
      line(r, seriesValues(r, n + (r.chance(0.1) ? 1 : 0)), false),
      r.pick(SYSTEMS),
      maybe(r, 0.3, () => mapping(r, MAPPING_PREFIXES_HS)),
    ];
  },
  "TRADE.STRUCTURE": (r) => {
    const n = r.int(1, 12);
    const years = Array.from({ length: n + (r.chance(0.1) ? 1 : 0) }, () =>
      r.pick<unknown>([2019, 2020, 2021, "2022", "", 2020.5, 19, "x", -2020, 1e308])
    );
    return [
      codeColumn(r, HS_CODES, n),
      line(r, seriesValues(r, n + (r.chance(0.1) ? 1 : 0)), false),
      line(r, years, false),
      r.pick(SYSTEMS),
      maybe(r, 0.3, () => mapping(r, MAPPING_PREFIXES_HS)),
    ];
  },
  "TRADE.CHANGE": (r) => {
    const n = r.int(1, 6);
    const shares = () => line(r, shareCells(r, n), r.chance(0.3));
    return [
      shares(),
      shares(),
      r.pick<unknown>([null, "MOORE", "angle", "LILIEN", "MLI", "NAV", "x", 1]),
    ];
  },
  "TRADE.RCA": (r) => {
    const rows = r.int(1, 4);
    const cols = r.int(1, 4);
    const num = (rr: number, cc: number) => scoreMatrix(r, rr, cc);
    return [
      num(rows, cols),
      r.chance(0.5) ? num(rows, 1) : num(1, 1),
      r.chance(0.5) ? num(1, cols) : num(1, 1),
      r.chance(0.8) ? [[r.pick([100, 0, 1e308, 5e-324, -1])]] : num(rows, cols),
    ];
  },
  "TRADE.TC": (r) => tradePair(r),
  "TRADE.GL": (r) => tradePair(r),
  "TRADE.ESI": (r) => {
    const n = r.int(1, 8);
    const shares = () => line(r, shareCells(r, n), false);
    return [shares(), shares()];
  },
  "SERVICE.CLASS": (r) => [
    r.chance(0.3) ? [[r.pick(EBOPS_CODES)]] : codeColumn(r, EBOPS_CODES, r.int(1, 10)),
    maybe(r, 0.3, () => mapping(r, MAPPING_PREFIXES_EBOPS)),
  ],
  "DEA.EFFICIENCY": (r) => [...deaTable(r), r.pick(DEA_RTS), r.pick(DEA_ORIENTATIONS)],
  "DEA.SCALE": (r) => [...deaTable(r), r.pick(DEA_ORIENTATIONS)],
  "DEA.SLACKS": (r) => [...deaTable(r), r.pick(DEA_RTS), r.pick(DEA_ORIENTATIONS)],
  "DEA.TARGETS": (r) => [...deaTable(r), r.pick(DEA_RTS), r.pick(DEA_ORIENTATIONS)],
  "DEA.PEERS": (r) => [...deaTable(r), r.pick(DEA_RTS), r.pick(DEA_ORIENTATIONS)],
  "DEA.SUPER": (r) => [...deaTable(r), r.pick(DEA_RTS), r.pick(DEA_ORIENTATIONS)],
  "DEA.SBM": (r) => {
    const [x, y] = deaTable(r);
    return [x, y, r.pick(DEA_RTS), r.chance(0.5) ? null : deaColumns(r, x.length, r.int(1, 2))];
  },
  "DEA.MALMQUIST": (r) => {
    const t = r.int(1, 4);
    const n = r.int(1, 8);
    const [x, y] = deaTable(r, n * t);
    const periods = x.map((_, i) => [
      r.chance(0.03) ? "" : r.chance(0.5) ? 2000 + Math.floor(i / n) : `Y${Math.floor(i / n)}`,
    ]);
    if (r.chance(0.1)) periods.pop();
    const units = r.chance(0.5)
      ? null
      : Array.from({ length: r.chance(0.5) ? n : n * t }, (_, i) => [
          r.chance(0.05) ? "" : `U${i % n}`,
        ]);
    return [x, y, periods, units, r.pick(DEA_ORIENTATIONS)];
  },
  "WEIGHT.ENTROPY": (r) => {
    const x = mcdaTable(r);
    return [x, mcdaDirections(r, gridWidthOf(x)), r.pick(MCDA_NORMALISE)];
  },
  "WEIGHT.COMBINE": (r) => {
    const m = r.int(1, 8);
    const row = r.chance(0.5);
    const w = (k: number) => {
      const ws = Array.from({ length: k }, () =>
        r.weighted<unknown>([
          [90, () => r.next()],
          [10, () => r.pick<unknown>([0, -0.1, "", "x", "1/3", 1e308, "12%"])],
        ])
      );
      return row ? [ws] : ws.map((v) => [v]);
    };
    return [
      w(m),
      w(m + (r.chance(0.1) ? 1 : 0)),
      r.pick<unknown>([null, 0, 0.5, 1, "0.3", -0.1, 1.5, "half", ""]),
    ];
  },
  "TOPSIS.SCORE": (r) => {
    const x = mcdaTable(r);
    const m = gridWidthOf(x);
    return [x, mcdaWeights(r, m), mcdaDirections(r, m)];
  },
  "GRA.GRADE": (r) => {
    const x = mcdaTable(r);
    const m = gridWidthOf(x);
    return [
      x,
      mcdaDirections(r, m),
      r.pick<unknown>([null, 0.5, 0.1, 1, 0, -0.5, 2, "0.4", "rho"]),
      r.chance(0.5) ? null : mcdaWeights(r, m),
    ];
  },
  "FUZZY.EVAL": (r) => {
    const m = r.int(1, 8);
    const g = r.int(1, 6);
    const cell = () =>
      r.chance(0.9)
        ? Math.round(r.next() * 100) / 100
        : r.pick<unknown>(["", -0.1, 1.5, "0.5", "50%", "x", 0, 1, 5e-324]);
    const memberships = Array.from({ length: m + (r.chance(0.1) ? 1 : 0) }, () =>
      Array.from({ length: g }, cell)
    );
    if (r.chance(0.05)) for (const row of memberships) row.fill(0);
    return [
      weights(r, m),
      memberships,
      r.pick<unknown>([null, "WEIGHTED", "MINMAX", "PRODMAX", "minsum", "M(∧,∨)", "avg", 3]),
    ];
  },
  "CCD.DEGREE": (r) => {
    const k = r.pick([1, 2, 2, 3, 3, 5, 10]);
    const n = r.int(1, 12);
    const cell = () =>
      r.chance(0.9)
        ? Math.round(r.next() * 1000) / 1000
        : r.pick<unknown>(["", -0.1, 1.5, "0.5", "50%", "x", 0, 1, 5e-324, 1e-300]);
    const systems = Array.from({ length: n }, () => Array.from({ length: k }, cell));
    if (r.chance(0.1)) systems[0].fill(0);
    return [systems, r.chance(0.5) ? null : weights(r, k + (r.chance(0.1) ? 1 : 0))];
  },
  "IO.COEFFICIENTS": (r) => {
    const n = ioSectors(r);
    const flows = ioCells(r, ioCoefficientGrid(r, n, 0.3 + 0.8 * r.next(), 1000));
    const output = flows[0].map(() =>
      r.weighted<unknown>([
        [85, () => 2000 * (1 + r.next())],
        [5, () => 0],
        [10, () => r.pick<unknown>([-1, "", "x", "2000", 1e-300, 5e-324, 1e308])],
      ])
    );
    if (r.chance(0.1)) output.push(1000);
    return [flows, line(r, output)];
  },
  "IO.LEONTIEF": (r) => [ioCoefficients(r)],
  "IO.MULTIPLIERS": (r) => [ioCoefficients(r)],
  "IO.LINKAGES": (r) => [ioCoefficients(r), r.pick(IO_KINDS)],
  "IO.INTENSITY": (r) => {
    const a = ioCoefficients(r);
    return [a, ioVector(r, gridWidthOf(a))];
  },
  "IO.EMBODIED": (r) => {
    const a = ioCoefficients(r);
    return [a, ioVector(r, gridWidthOf(a)), ioVector(r, gridWidthOf(a))];
  },
  "SERVICE.SHARE": (r) => {
    const n = r.int(1, 10);
    return [
      codeColumn(r, EBOPS_CODES, n),
      line(r, seriesValues(r, n + (r.chance(0.1) ? 1 : 0)), false),
      maybe(r, 0.3, () => mapping(r, MAPPING_PREFIXES_EBOPS)),
    ];
  },
};

const IO_KINDS = [
  null,
  "BACKWARD",
  "FORWARD",
  "forward",
  "后向",
  "前向",
  "",
  "GHOSH",
  "toString",
  1,
];

/** The number of sectors of an input-output case. */
function ioSectors(r: Rng): number {
  return r.pick([1, 2, 2, 3, 4, 6, 10, 25, 60]);
}

/**
 * An n×n non-negative matrix, each column scaled to sum to `colSum` (times `scale`), with about
 * 30 % zeros: technical coefficients (scale 1) or flows.
 */
function ioCoefficientGrid(r: Rng, n: number, colSum: number, scale = 1): Grid {
  const a = Array.from({ length: n }, () =>
    Array.from({ length: n }, () => (r.chance(0.3) ? 0 : r.next()))
  );
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[i][j];
    for (let i = 0; i < n; i++) a[i][j] = s > 0 ? (a[i][j] * colSum * scale) / s : 0;
  }
  return a;
}

/** A few cells of an input-output matrix made bad: negative, blank, text, extreme; sometimes one row too many. */
function ioCells(r: Rng, g: Grid): Grid {
  if (r.chance(0.3)) {
    const k = r.int(1, 3);
    for (let t = 0; t < k; t++) {
      const i = r.int(0, g.length - 1);
      const j = r.int(0, g[i].length - 1);
      g[i][j] = r.pick<unknown>([-0.01, "", "x", "25%", "1/3", 1e308, 5e-324, 0.999999, true]);
    }
  }
  if (r.chance(0.05)) g.push(g[0].slice());
  return g;
}

/** Technical coefficients: mostly productive (column sums 0.2–0.99), sometimes a column ≥ 1 or near 1. */
function ioCoefficients(r: Rng): Grid {
  const n = ioSectors(r);
  const a = ioCoefficientGrid(
    r,
    n,
    r.weighted([
      [80, () => 0.2 + 0.79 * r.next()],
      [10, () => 1 - 1e-15],
      [10, () => 1 + r.next()],
    ])
  );
  return ioCells(r, a);
}

/** A row or a column of n intensities or demands (sometimes one too many, or with a bad cell). */
function ioVector(r: Rng, n: number): Grid {
  const v: unknown[] = Array.from({ length: Math.max(1, n) + (r.chance(0.1) ? 1 : 0) }, () =>
    r.weighted<unknown>([
      [90, () => r.next() * r.pick([1, 100, 1e6])],
      [10, () => r.pick<unknown>([0, -5, "", "x", "12%", 1e308, -1e308, 5e-324])],
    ])
  );
  return line(r, v);
}

const DEA_RTS = [null, "CRS", "VRS", "NIRS", "NDRS", "vrs", "BCC", "", "XRS", "toString", 1];
const DEA_ORIENTATIONS = [null, "IN", "OUT", "out", "Input", "", "sideways", "constructor", 0];

/** n rows × cols of DEA data: mostly positive numbers over six orders of magnitude, a few zeros, negatives, text and blanks. */
function deaColumns(r: Rng, n: number, cols: number): Grid {
  return Array.from({ length: n }, () =>
    Array.from({ length: cols }, () =>
      r.weighted<unknown>([
        [90, () => 10 ** (6 * r.next() - 2)],
        [3, () => 0],
        [2, () => r.pick<unknown>([-1, "", "x", "1/3", 1e308, 5e-324, "12%"])],
        [5, () => r.int(1, 20)],
      ])
    )
  );
}

const MCDA_NORMALISE = [null, "MINMAX", "NONE", "minmax", "none", "", "zscore", "valueOf", 1];
const MCDA_DIRECTIONS = [
  "BENEFIT",
  "COST",
  "+",
  "-",
  "正向",
  "负向",
  "逆向",
  "",
  "cost",
  "up",
  "sideways",
  1,
  -1,
  0,
];

/** The number of columns of a grid (its first row). */
function gridWidthOf(g: Grid): number {
  return g.length === 0 ? 0 : g[0].length;
}

/** A decision matrix for WEIGHT.ENTROPY, TOPSIS.SCORE and GRA.GRADE: DEA-like columns, sometimes a constant one. */
/** n share cells (one more one time in ten): fractions, whole percents, text, blanks, bad values. */
function shareCells(r: Rng, n: number): unknown[] {
  return Array.from({ length: n + (r.chance(0.1) ? 1 : 0) }, () =>
    r.pick<unknown>([Math.round(r.next() * 100) / 100, r.int(0, 100), "12%", "", 0, -1, 1e308])
  );
}

function mcdaTable(r: Rng): Grid {
  const x = deaColumns(r, r.pick([1, 2, 3, 5, 8, 12, 31]), r.int(1, 6));
  if (r.chance(0.1)) for (const row of x) row[0] = 7;
  return x;
}

/** A row of directions (sometimes of the wrong length, one cell, or omitted). */
function mcdaDirections(r: Rng, m: number): unknown {
  if (r.chance(0.3)) return null;
  if (r.chance(0.1)) return [[r.pick<unknown>(MCDA_DIRECTIONS)]];
  return [
    Array.from({ length: m + (r.chance(0.1) ? 1 : 0) }, () => r.pick<unknown>(MCDA_DIRECTIONS)),
  ];
}

/** A row of weights (sometimes of the wrong length, negative or text). */
function mcdaWeights(r: Rng, m: number): unknown {
  return [
    Array.from({ length: m + (r.chance(0.1) ? 1 : 0) }, () =>
      r.weighted<unknown>([
        [90, () => r.next()],
        [10, () => r.pick<unknown>([0, -1, "", "x", 1e308])],
      ])
    ),
  ];
}

/** Inputs and outputs with the same rows (sometimes not). */
function deaTable(r: Rng, rows?: number): [Grid, Grid] {
  const n = rows ?? r.pick([1, 2, 3, 5, 8, 12, 20, 40]);
  const x = deaColumns(r, n, r.int(1, 4));
  const y = deaColumns(r, n + (r.chance(0.05) ? 1 : 0), r.int(1, 3));
  return [x, y];
}

function greyEval(r: Rng): unknown[] {
  const { scores, rows } = plausibleGreyScores(r);
  const [groups, gw] = plausibleGroups(r, rows);
  return [scores, weights(r, rows + (r.chance(0.1) ? 1 : 0)), groups, gw, greyScale(r)];
}

function tradePair(r: Rng): unknown[] {
  const rows = r.int(1, 4);
  const cols = r.int(1, 4);
  const cell = () => r.pick<unknown>([r.int(0, 100), 0, 0, "", -5, 1e308, 5e-324, r.next() * 1e6]);
  const grid = (rr: number, cc: number) =>
    Array.from({ length: rr }, () => Array.from({ length: cc }, cell));
  return [grid(rows, cols), r.chance(0.85) ? grid(rows, cols) : grid(1, 1)];
}

/** Big kinds relevant to a function, by id prefix; any kind may still be drawn. */
function bigKindsFor(id: string): BigKind[] {
  if (id === "AHP.MATRIX") return ["column1M", "text1000"];
  if (id === "AHP.GLOBAL") return ["column1M", "codes1M"];
  if (id === "AHP.RI") return ["numbers1000"];
  if (id.startsWith("AHP."))
    return [
      "chain200",
      "saaty50-incomplete",
      "saaty100-incomplete",
      "saaty50",
      "saaty100",
      "numbers1000",
    ];
  if (id.startsWith("GREY.")) return ["numbers1000", "column1M", "text1000"];
  if (id.startsWith("SCORE.")) return ["column1M", "numbers1000", "text1000"];
  if (id.startsWith("ANP.")) return ["super1000", "chain200", "saaty100", "numbers1000"];
  if (id.startsWith("SERVICE.")) return ["ebops1000", "codes1M", "text1000", "mapping100k"];
  if (id.startsWith("DEA.")) return ["dea1000x2", "dea75x10", "numbers1000", "column1M"];
  if (
    id.startsWith("WEIGHT.") ||
    id.startsWith("TOPSIS.") ||
    id.startsWith("GRA.") ||
    id.startsWith("FUZZY.") ||
    id.startsWith("CCD.")
  )
    return ["numbers1000", "dea1000x2", "column1M"];
  if (id.startsWith("IO.")) return ["io500", "numbers1000", "column1M", "text1000"];
  if (
    id.startsWith("TRADE.") &&
    ["TRADE.RCA", "TRADE.TC", "TRADE.GL", "TRADE.ESI", "TRADE.CHANGE"].includes(id)
  )
    return ["numbers1000", "column1M", "text1000"];
  return ["hs1000", "codes1M", "text1000", "mapping100k"];
}

const ALL_BIG = Object.keys(BIG_BUILDERS) as BigKind[];

/** A companion for another range argument of a big case: same shape, numbers. */
function companionKind(kind: BigKind): BigKind {
  if (kind === "io500") return "io500row";
  if (kind === "column1M" || kind === "codes1M") return "column1M";
  if (kind.endsWith("1000")) return "numbers1000";
  return kind;
}

/** Every 100th case (k ≡ 7 mod 100) is a big case: 1 %, and every function gets some. */
export function isBigCase(k: number): boolean {
  return k % 100 === 7;
}

function bigCase(rng: Rng, f: FunctionInfo, big: BigInputs): unknown[] {
  const args = (PLAUSIBLE[f.id] ?? ((r: Rng) => f.params.map((p) => randomArg(r, p))))(rng);
  const matrixParams = f.params.map((p, i) => (p.matrix ? i : -1)).filter((i) => i >= 0);
  if (matrixParams.length === 0) {
    args[0] = big.get(rng.pick(bigKindsFor(f.id)));
    return args;
  }
  const primary = rng.chance(0.7) ? matrixParams[0] : rng.pick(matrixParams);
  const kind = rng.chance(0.8) ? rng.pick(bigKindsFor(f.id)) : rng.pick(ALL_BIG);
  args[primary] = big.get(kind);
  for (const i of matrixParams) {
    if (i !== primary && rng.chance(0.5))
      args[i] = big.get(
        f.params[i].name === "mapping" && rng.chance(0.5) ? "mapping100k" : companionKind(kind)
      );
  }
  if (f.id === "AHP.GLOBAL" && rng.chance(0.5)) {
    // a deep chain: node i's parent is node i−1
    const n = 100_000;
    args[0] = Array.from({ length: n }, (_, i) => [`N${i}`]);
    args[1] = Array.from({ length: n }, (_, i) => [i === 0 ? "" : `N${i - 1}`]);
    args[2] = Array.from({ length: n }, () => [1]);
    bigLabels.set(args[0] as object, `chain hierarchy ${n}×1`);
  }
  return args;
}

/** Small mutations of a plausible argument list: a wrong cell, or one argument replaced. */
function mutate(rng: Rng, f: FunctionInfo, args: unknown[]): void {
  if (args.length === 0) return;
  const i = rng.int(0, args.length - 1);
  const a = args[i];
  if (Array.isArray(a) && rng.chance(0.6)) perturbCell(rng, a as Grid);
  else args[i] = randomArg(rng, f.params[i]);
}

/**
 * The arguments of case k of function f: 1 % big, about half plausible (sometimes mutated),
 * the rest random; then the arity is varied (trailing optionals null, fewer, or undefined).
 */
export function generateCase(f: FunctionInfo, seed: string, k: number, big: BigInputs): unknown[] {
  const rng = new Rng(`${seed}|${f.id}|${k}`);
  const plausible = PLAUSIBLE[f.id];
  let args: unknown[];
  if (isBigCase(k)) {
    args = bigCase(rng, f, big);
  } else if (plausible && rng.chance(0.5)) {
    args = plausible(rng);
    if (rng.chance(0.3)) mutate(rng, f, args);
  } else {
    args = f.params.map((p) => randomArg(rng, p));
  }
  while (args.length < f.params.length) args.push(null);
  const optionalFrom = f.params.findIndex((p) => p.optional);
  rng.weighted<void>([
    [70, () => undefined],
    [
      15,
      () => {
        if (optionalFrom < 0) return;
        const cut = rng.int(optionalFrom, args.length - 1);
        for (let i = cut; i < args.length; i++) args[i] = null;
      },
    ],
    [
      7,
      () => {
        args.length = rng.int(0, Math.max(0, args.length - 1));
      },
    ],
    [
      5,
      () => {
        if (args.length > 0) args[rng.int(0, args.length - 1)] = undefined;
      },
    ],
  ]);
  return args;
}
