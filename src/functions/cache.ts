/**
 * Memos of the adapters by the content of their arguments. A workbook calls several functions
 * on the same range (AHP.WEIGHTS and AHP.CR on one block, GREY.CLASSES and GREY.EVAL on one
 * criterion): the first call computes, the others cost a lookup. Every memo is bounded by entries
 * and bytes, and counts its computations, so tests can check that a recalculation evaluates each
 * block once.
 */
import { BoundedMemo, ContentMemo, valueBytes } from "../core/memo";
import type { ExcelValue } from "./excel";

const memos = new Map<string, ContentMemo<unknown>>();

/** The memo named `name` (created on first use). */
export function contentMemo<V>(
  name: string,
  maxEntries = 512,
  maxBytes = 16 << 20
): ContentMemo<V> {
  let m = memos.get(name);
  if (m === undefined) {
    m = new ContentMemo<unknown>(maxEntries, maxBytes);
    memos.set(name, m);
  }
  return m as ContentMemo<V>;
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
