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

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

/** A 32-bit hash of a list of primitive values (FNV-1a over their bits and characters). */
function hashParts(parts: readonly unknown[]): number {
  let h = 2166136261;
  const mix = (x: number) => {
    h ^= x;
    h = Math.imul(h, 16777619);
  };
  for (const p of parts) {
    if (typeof p === "number") {
      scratch[0] = p;
      mix(scratchWords[0]);
      mix(scratchWords[1]);
    } else if (typeof p === "string") {
      mix(p.length + 0x51ed);
      for (let i = 0; i < p.length; i++) mix(p.charCodeAt(i));
    } else mix(p === null ? 0x1001 : p === undefined ? 0x1002 : p === true ? 0x1003 : 0x1004);
  }
  return h >>> 0;
}

function sameParts(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** What a computation gave: its value, or the error it threw. */
type Settled<V> = { ok: true; value: V } | { ok: false; error: unknown };

/**
 * A cache of computations by the content of their inputs, given as a flat list of primitive
 * parts (numbers, strings, booleans, null, undefined). Equal contents give the stored value (or
 * rethrow the stored error) without computing again; `computed` counts the computations.
 *
 * @example memo.get(["SQRT", 2, 2, 1, 3, "", 1], () => weightsOf(m), 200)
 */
export class ContentMemo<V> {
  private readonly memo: BoundedMemo<number, { parts: readonly unknown[]; result: Settled<V> }>;
  /** Computations run (cache misses). */
  computed = 0;
  /** Lookups answered from the cache. */
  reused = 0;

  constructor(maxEntries: number, maxBytes: number) {
    this.memo = new BoundedMemo(maxEntries, maxBytes);
  }

  get(parts: readonly unknown[], compute: () => V, resultBytes: (v: V) => number): V {
    const h = hashParts(parts);
    const hit = this.memo.get(h);
    if (hit !== undefined && sameParts(hit.parts, parts)) {
      this.reused++;
      if (hit.result.ok) return hit.result.value;
      throw hit.result.error;
    }
    this.computed++;
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
