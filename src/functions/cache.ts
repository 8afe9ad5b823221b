/**
 * Memos of the adapters by the content of their arguments. A workbook calls several functions
 * on the same range (AHP.WEIGHTS and AHP.CR on one block, GREY.CLASSES and GREY.EVAL on one
 * criterion): the first call computes, the others cost a lookup. Every memo is bounded by entries
 * and bytes, and counts its computations, so tests can check that a recalculation evaluates each
 * block once.
 */
import { BoundedMemo, ContentMemo, smallHash, valueBytes } from "../core/memo";
import { parseNumber } from "../core/cells";
import { type ExcelValue, readNumberGridInto } from "./excel";

/** What every memo here counts and holds. */
interface Memo {
  computed: number;
  reused: number;
  readonly size: number;
  readonly bytes: number;
  clear(): void;
}

const memos = new Map<string, Memo>();

/** The memo named `name`, made by `make` on first use. */
function named<M extends Memo>(name: string, make: () => M): M {
  let m = memos.get(name);
  if (m === undefined) {
    m = make();
    memos.set(name, m);
  }
  return m as M;
}

/** The memo named `name` (created on first use). */
export function contentMemo<V>(
  name: string,
  maxEntries = 512,
  maxBytes = 16 << 20
): ContentMemo<V> {
  return named(name, () => new ContentMemo<V>(maxEntries, maxBytes));
}

/** The numbers memo named `name` (created on first use; see NumbersMemo). */
export function numbersMemo<V>(
  name: string,
  maxEntries = 512,
  maxBytes = 16 << 20
): NumbersMemo<V> {
  return named(name, () => new NumbersMemo<V>(maxEntries, maxBytes));
}

/**
 * FNV-1a over the first `length` numbers of a list (each scaled by 2²⁰ and truncated to 32 bits)
 * and its width, folded to 30 bits (smallHash). Equal lists hash equal; lists that differ by less
 * than 2⁻²⁰ in every number may collide, which the comparison of every number on a hit settles.
 * About half the cost, in V8, of hashing the bits of each double through a typed-array view.
 */
function numbersHash(values: ArrayLike<number>, length: number, cols: number): number {
  let h = Math.imul(2166136261 ^ cols, 16777619);
  for (let k = 0; k < length; k++) h = Math.imul(h ^ ((values[k] * 1048576) | 0), 16777619);
  return smallHash(h);
}

/** True when the first `length` numbers of `a` are the list `b`, NaN equal to NaN. */
function sameNumbers(a: ArrayLike<number>, length: number, b: ArrayLike<number>): boolean {
  if (length !== b.length) return false;
  for (let k = 0; k < length; k++) {
    const x = a[k];
    const y = b[k];
    if (x !== y && !(x !== x && y !== y)) return false;
  }
  return true;
}

/** An entry of a NumbersMemo: the numbers of a grid `cols` wide, and its result or error. */
interface NumbersEntry<V> {
  values: number[];
  cols: number;
  result: V;
  failed: boolean;
}

/**
 * True when `range` holds the numbers of `entry` (as readNumberGridInto reads them: a blank is
 * NaN, a number typed as text its number), compared while reading, so a range that differs is
 * told at its first differing cell.
 */
function holds<V>(range: unknown, entry: NumbersEntry<V>): boolean {
  const { values, cols } = entry;
  if (!Array.isArray(range) || range.length * cols !== values.length) return false;
  let k = 0;
  for (let i = 0; i < range.length; i++) {
    const row: unknown = range[i];
    if (!Array.isArray(row) || row.length !== cols) return false;
    for (let j = 0; j < cols; j++, k++) {
      const v: unknown = row[j];
      const x = values[k];
      if (typeof v === "number") {
        if (v !== x) return false; // never equal for NaN, which readNumberGridInto refuses
      } else if (v === null || v === undefined) {
        if (x === x) return false;
      } else if (typeof v === "string") {
        const y = parseNumber(v);
        if (y === null ? x === x : y !== x) return false;
      } else return false;
    }
  }
  return true;
}

/**
 * A cache of computations on a grid of numbers (row-major `values` with NaN for blanks, and the
 * grid's width, as readNumberGrid reads a range), for adapters whose result depends on the
 * numbers a range holds and not on how they were typed ("1/2" or 0.5). Compact: an entry keeps
 * the list of numbers (unboxed) and the result, so a memo of many matrices costs the garbage
 * collector little. Equal numbers give the stored value (or rethrow the stored error); a hash
 * hit is confirmed by comparing every number. `computed` counts computations.
 */
export class NumbersMemo<V> {
  private readonly memo: BoundedMemo<number, NumbersEntry<V>>;
  /**
   * The entry the last call used: the next call is often on the same range (AHP.CR after
   * AHP.WEIGHTS on one block), and comparing the range with it while reading costs less than
   * reading, hashing and comparing.
   */
  private last: NumbersEntry<V> | undefined;
  computed = 0;
  reused = 0;
  /** Where getRange reads a range (grown as needed, kept between calls). */
  private buffer: Float64Array = new Float64Array(256);

  constructor(maxEntries: number, maxBytes: number) {
    this.memo = new BoundedMemo(maxEntries, maxBytes);
  }

  /**
   * The value for the numbers a range holds (read by readNumberGridInto, into a buffer the memo
   * reuses: a hit allocates nothing), computed by `compute` on a miss (from a copy of the
   * numbers, which the memo keeps); undefined when the range
   * is not a grid of numbers (the caller then reads it the slow way, which names the bad cell).
   */
  getRange(
    range: unknown,
    compute: (values: readonly number[], rows: number, cols: number) => V,
    resultBytes: (v: V) => number
  ): V | undefined {
    const last = this.last;
    if (last !== undefined && holds(range, last)) return this.reuse(last);
    const grid = readNumberGridInto(range, this.buffer);
    if (grid === null) return undefined;
    this.buffer = grid.values;
    const { rows, cols } = grid;
    const length = rows * cols;
    const h = numbersHash(grid.values, length, cols);
    const hit = this.memo.get(h);
    if (hit !== undefined && hit.cols === cols && sameNumbers(grid.values, length, hit.values)) {
      this.last = hit;
      return this.reuse(hit);
    }
    this.computed++;
    // A plain array of doubles: allocated on the JavaScript heap, where a Float64Array's buffer is
    // not (a typed array per entry made a miss about a microsecond slower in V8).
    const values = new Array<number>(length);
    for (let k = 0; k < length; k++) values[k] = grid.values[k];
    const bytes = 8 * length + 96;
    let entry: NumbersEntry<V>;
    try {
      const result = compute(values, rows, cols);
      entry = { values, cols, result, failed: false };
      this.memo.set(h, entry, bytes + resultBytes(result));
    } catch (error) {
      entry = { values, cols, result: error as V, failed: true };
      this.memo.set(h, entry, bytes + 256);
    }
    this.last = entry;
    if (entry.failed) throw entry.result;
    return entry.result;
  }

  /** The stored value of a hit (or its stored error, thrown). */
  private reuse(entry: NumbersEntry<V>): V {
    this.reused++;
    if (entry.failed) throw entry.result;
    return entry.result;
  }

  /** A computation whose input is not kept (counted like a miss). */
  uncached(compute: () => V): V {
    this.computed++;
    return compute();
  }

  get size(): number {
    return this.memo.size;
  }
  get bytes(): number {
    return this.memo.bytes;
  }

  clear(): void {
    this.memo.clear();
    this.last = undefined;
  }
}

/** Computations per memo since the last reset: what a recalculation really evaluated. */
export function evaluationCounts(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, m] of memos) out[name] = m.computed;
  return out;
}

/** Forgets every memo and zeroes the counts. */
export function resetMemos(): void {
  for (const m of memos.values()) {
    m.clear();
    m.computed = 0;
    m.reused = 0;
  }
}

/** Entries and estimated bytes held by every memo (for the memory benchmark). */
export function memoSizes(): { entries: number; bytes: number } {
  let entries = 0;
  let bytes = 0;
  for (const m of memos.values()) {
    entries += m.size;
    bytes += m.bytes;
  }
  return { entries, bytes };
}

/**
 * `compute()` once per content of `args` in the memo named `name`; `bytes` estimates the size
 * of a result.
 */
export function memoized<V>(
  name: string,
  args: readonly unknown[],
  compute: () => V,
  bytes: (v: V) => number
): V {
  return contentMemo<V>(name).get(args, compute, bytes);
}

/**
 * Results of single-cell calls (a formula filled down a column calls a function once per cell)
 * by option key and raw cell value (a number, or text of up to 64 characters), bounded like
 * every memo here.
 */
export class SingleCellMemo<V> {
  private readonly byOptions = new BoundedMemo<string, BoundedMemo<unknown, V>>(16, 1 << 30);

  private static cacheable(v: unknown): boolean {
    return (
      typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && v.length <= 64)
    );
  }

  get(options: string, v: unknown): V | undefined {
    return this.byOptions.get(options)?.get(v);
  }

  set(options: string, v: unknown, result: V): void {
    if (!SingleCellMemo.cacheable(v)) return;
    let m = this.byOptions.get(options);
    if (m === undefined) {
      m = new BoundedMemo<unknown, V>(1 << 16, 4 << 20);
      this.byOptions.set(options, m, 1);
    }
    m.set(v, result, valueBytes(v) + 64);
  }
}

/** The one cell of a 1×1 range argument, or undefined for anything else. */
export function singleCell(range: unknown): { value: unknown } | undefined {
  if (Array.isArray(range) && range.length === 1) {
    const row: unknown = range[0];
    if (Array.isArray(row) && row.length === 1) return { value: row[0] };
  }
  return undefined;
}

/**
 * A per-cell function with a fast path for single cells: `range` is answered from `memo` when
 * it is one cell already seen with the same `options`, else by `compute` (whose 1×1 result, not
 * a whole-call error, is remembered).
 */
export function perCell(
  memo: SingleCellMemo<ExcelValue>,
  options: string,
  range: unknown,
  compute: () => ExcelValue[][] | CustomFunctions.Error
): ExcelValue[][] | CustomFunctions.Error {
  const one = singleCell(range);
  if (one === undefined) return compute();
  const hit = memo.get(options, one.value);
  if (hit !== undefined) return [[hit]];
  const result = compute();
  if (Array.isArray(result) && result.length === 1 && result[0].length === 1)
    memo.set(options, one.value, result[0][0]);
  return result;
}
