/**
 * Caches for the add-in's long-lived runtime, bounded by entries and by an estimate of the bytes
 * they keep alive: when an entry would exceed either bound, the oldest entries go. Whatever users
 * pass, no cache grows past its bounds.
 */

/** Estimated bytes a JavaScript string keeps alive (UTF-16 plus the object header). */
export function textBytes(s: string): number {
  return 2 * s.length + 32;
}

/** Estimated bytes of a primitive cell value. */
export function valueBytes(v: unknown): number {
  return typeof v === "string" ? textBytes(v) : 16;
}

/**
 * A map bounded by entries and bytes, in two generations: new entries go to the young one; when
 * it is full it becomes the old one and the previous old one is dropped, so each generation
 * holds at most half of each bound. An entry found in the old generation moves to the young one.
 * Every operation takes constant time (evicting one entry at a time from a Map's front is
 * quadratic in V8, which leaves deleted slots to skip).
 */
export class BoundedMemo<K, V> {
  private young = new Map<K, { value: V; bytes: number }>();
  private old = new Map<K, { value: V; bytes: number }>();
  private youngBytes = 0;
  private oldBytes = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number
  ) {}

  get(key: K): V | undefined {
    const e = this.young.get(key);
    if (e !== undefined) return e.value;
    const o = this.old.get(key);
    if (o === undefined) return undefined;
    this.old.delete(key);
    this.oldBytes -= o.bytes;
    this.put(key, o);
    return o.value;
  }

  /** Keeps `value` under `key`, `bytes` being its estimated size (key included). */
  set(key: K, value: V, bytes: number): void {
    if (bytes > this.maxBytes / 2) return; // never worth keeping
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.oldBytes -= o.bytes;
    }
    const y = this.young.get(key);
    if (y !== undefined) {
      this.young.delete(key);
      this.youngBytes -= y.bytes;
    }
    this.put(key, { value, bytes });
  }

  private put(key: K, entry: { value: V; bytes: number }): void {
    if (
      this.young.size + 1 > Math.max(1, this.maxEntries / 2) ||
      this.youngBytes + entry.bytes > this.maxBytes / 2
    ) {
      this.old = this.young;
      this.oldBytes = this.youngBytes;
      this.young = new Map();
      this.youngBytes = 0;
    }
    this.young.set(key, entry);
    this.youngBytes += entry.bytes;
  }

  /** Entries held. */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** Estimated bytes held. */
  get bytes(): number {
    return this.youngBytes + this.oldBytes;
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
    this.youngBytes = 0;
    this.oldBytes = 0;
  }
}

/** Markers in a content's flat form (objects, so no cell value can equal one). */
const RANGE = { range: true };
const SCALAR = { scalar: true };

const scratch = new Float64Array(1);
const scratchWords = new Int32Array(scratch.buffer);
/** The FNV-1a prime. */
const P = 16777619;

/**
 * A 32-bit hash folded to 30 bits: a small integer in V8, so a Map keyed by it neither boxes the
 * key in a heap number nor hashes one (about a quarter of a microsecond per miss of the AHP memo).
 *
 * @example smallHash(0xffffffff) // 0x3ffffffc
 */
export function smallHash(h: number): number {
  return (h ^ (h >>> 30)) & 0x3fffffff;
}

/**
 * The hash of one cell folded into h, or NaN for a value that cannot be part of a key (an
 * object). It need not tell every pair of texts apart (a hit is confirmed by comparing the
 * content itself), only spread them: numbers by their bits, text by its length and three
 * characters. Written out in full: this runs for every cell of every call.
 */
function mixCell(h: number, v: unknown): number {
  if (typeof v === "number") {
    scratch[0] = v;
    return Math.imul(Math.imul(h ^ scratchWords[0], P) ^ scratchWords[1], P);
  }
  if (typeof v === "string") {
    const n = v.length;
    return n === 0
      ? Math.imul(h ^ 0x51ed, P)
      : Math.imul(
          Math.imul(h ^ n, P) ^
            (v.charCodeAt(0) * 65599 + v.charCodeAt(n >> 1) * 31 + v.charCodeAt(n - 1)),
          P
        );
  }
  if (v === null || v === undefined) return Math.imul(h ^ (v === null ? 0x1001 : 0x1002), P);
  if (typeof v === "boolean") return Math.imul(h ^ (v ? 0x1003 : 0x1004), P);
  return NaN;
}

/**
 * A 30-bit hash (smallHash) of the content of function arguments (scalars, rows of cells, ranges
 * of rows; every cell a primitive), or null when an argument holds an object or the arguments
 * have more than `maxCells` cells: such content is not worth a key.
 */
export function contentHash(args: readonly unknown[], maxCells: number): number | null {
  let h = 2166136261 | 0;
  let cells = 0;
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (!Array.isArray(a)) {
      h = mixCell(Math.imul(h ^ 0x2001, P), a);
      if (Number.isNaN(h)) return null;
      continue;
    }
    h = Math.imul(Math.imul(h ^ 0x2002, P) ^ a.length, P);
    for (let i = 0; i < a.length; i++) {
      const row: unknown = a[i];
      if (!Array.isArray(row)) {
        h = mixCell(Math.imul(h ^ 0x2001, P), row);
        if (Number.isNaN(h)) return null;
        cells++;
        continue;
      }
      cells += row.length;
      if (cells > maxCells) return null;
      h = Math.imul(h ^ row.length, P);
      for (let j = 0; j < row.length; j++) h = mixCell(h, row[j]);
      if (Number.isNaN(h)) return null;
    }
  }
  return smallHash(h);
}

/** The content of arguments as a flat list (kept with a memo entry to confirm a hit). */
function snapshot(args: readonly unknown[]): unknown[] {
  const parts: unknown[] = [];
  for (const a of args) {
    if (!Array.isArray(a)) {
      parts.push(SCALAR, a);
      continue;
    }
    parts.push(RANGE, a.length);
    for (const row of a) {
      if (Array.isArray(row)) parts.push(row.length, ...row);
      else parts.push(SCALAR, row);
    }
  }
  return parts;
}

/** True when the arguments have the content of `parts` (a snapshot). */
function sameContent(args: readonly unknown[], parts: readonly unknown[]): boolean {
  let k = 0;
  for (let x = 0; x < args.length; x++) {
    const a = args[x];
    if (!Array.isArray(a)) {
      if (parts[k++] !== SCALAR || !Object.is(parts[k++], a)) return false;
      continue;
    }
    if (parts[k++] !== RANGE || parts[k++] !== a.length) return false;
    for (let i = 0; i < a.length; i++) {
      const row: unknown = a[i];
      if (!Array.isArray(row)) {
        if (parts[k++] !== SCALAR || !Object.is(parts[k++], row)) return false;
        continue;
      }
      if (parts[k++] !== row.length) return false;
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        const p = parts[k++];
        if (p !== v && !(v !== v && p !== p)) return false; // NaN equals NaN here
      }
    }
  }
  return k === parts.length;
}

/** What a computation gave: its value, or the error it threw. */
type Settled<V> = { ok: true; value: V } | { ok: false; error: unknown };

/**
 * A cache of computations by the content of their arguments (scalars and ranges of primitive
 * cells, as Excel passes them). Equal contents give the stored value (or rethrow the stored
 * error) without computing again; `computed` counts the computations. A lookup hashes the
 * arguments and compares them with the stored copy: no key is built unless the value is new.
 *
 * @example memo.get([matrix, "SQRT"], () => weightsOf(matrix), (w) => 8 * w.length)
 */
export class ContentMemo<V> {
  private readonly memo: BoundedMemo<number, { parts: readonly unknown[]; result: Settled<V> }>;
  /** Computations run (cache misses, and arguments too large or odd to key). */
  computed = 0;
  /** Lookups answered from the cache. */
  reused = 0;

  constructor(
    maxEntries: number,
    maxBytes: number,
    /** Arguments with more cells than this are computed without a memo. */
    readonly maxCells = 20_000
  ) {
    this.memo = new BoundedMemo(maxEntries, maxBytes);
  }

  get(args: readonly unknown[], compute: () => V, resultBytes: (v: V) => number): V {
    const h = contentHash(args, this.maxCells);
    if (h === null) {
      this.computed++;
      return compute();
    }
    const hit = this.memo.get(h);
    if (hit !== undefined && sameContent(args, hit.parts)) {
      this.reused++;
      if (hit.result.ok) return hit.result.value;
      throw hit.result.error;
    }
    this.computed++;
    const parts = snapshot(args);
    let partBytes = 64;
    for (const p of parts) partBytes += valueBytes(p);
    try {
      const value = compute();
      this.memo.set(h, { parts, result: { ok: true, value } }, partBytes + resultBytes(value));
      return value;
    } catch (error) {
      this.memo.set(h, { parts, result: { ok: false, error } }, partBytes + 256);
      throw error;
    }
  }

  /** Entries and estimated bytes held. */
  get size(): number {
    return this.memo.size;
  }
  get bytes(): number {
    return this.memo.bytes;
  }

  clear(): void {
    this.memo.clear();
  }
}
