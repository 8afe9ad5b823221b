/**
 * A deterministic measure of the work synchronous code does, for tests that would otherwise time
 * it: while `run` runs, the built-in methods of strings, arrays, Maps, Sets and regular
 * expressions are counted, each weighted by the elements it touches, and every regular expression
 * executed is recorded. The same code on the same input always gives the same count, on a loaded
 * machine as on an idle one, so a test can assert that work grows linearly with the input
 * (10 × the rows → about 10 × the steps) or stays within a bound per character or per cell.
 *
 * Weights:
 * - an element read or write (`charCodeAt`, `push`, `Map.get`, `Set.add`, …): 1;
 * - a method taking a callback (`map`, `find`, `some`, `sort`'s comparator, …): one per callback
 *   call (and one for the call), so an early exit is counted as it happens;
 * - a search (`indexOf`, `includes`): the characters or elements it passed over;
 * - a method building or scanning a whole string or array (`slice`, `trim`, `toLowerCase`, `join`,
 *   `reverse`, `Array.from`): its length;
 * - an iteration (`for … of`, spread, `new Set(array)`): one per step, the last (done) included;
 * - a regular expression: the characters from where it starts to the end of the text (its
 *   backtracking cannot be seen, which is why the sources are recorded: a test can refuse
 *   quantified patterns on long text).
 * Plain loops over indices (`a[i]`) and arithmetic are not seen; the built-ins they call are.
 * Not reentrant, and nothing else must run meanwhile (run is synchronous).
 */

export interface Work {
  /** Weighted count of built-in operations. */
  steps: number;
  /** Calls by method, e.g. "Map.delete" → 3, "String.charCodeAt" → 120. */
  calls: Record<string, number>;
  /** The source of each regular expression executed, once per execution, in order. */
  regexps: string[];
}

type Weigh = (self: unknown, args: unknown[], result: unknown) => number;

/** The length of a string or array `self` (its size for a Map or Set). */
const sizeOf = (self: unknown): number =>
  typeof self === "string"
    ? self.length
    : self instanceof Map || self instanceof Set
      ? self.size
      : ((self as { length?: number } | null)?.length ?? 0);

/** A start position as the built-ins read it: a number clamped to [0, length]. */
function startOf(arg: unknown, length: number): number {
  const x = Math.trunc(Number(arg ?? 0)) || 0;
  return x < 0 ? Math.max(0, length + x) : Math.min(x, length);
}

const one: Weigh = () => 1;
const whole: Weigh = (self) => sizeOf(self) + 1;
const resultLength: Weigh = (_self, _args, result) => sizeOf(result) + 1;
/** indexOf and includes: from the start position to the match (or the end). */
const search =
  (position: (result: unknown, self: unknown, args: unknown[]) => number): Weigh =>
  (self, args, result) => {
    const n = sizeOf(self);
    const from = startOf(args[1], n);
    const at = position(result, self, args);
    return (at >= 0 ? at - from : n - from) + 1;
  };
const indexSearch = search((r) => r as number);
// The originals, for weighing `includes` without counting the search twice.
const stringIndexOf = String.prototype.indexOf;
const arrayIndexOf = Array.prototype.indexOf;

const CALLBACK_METHODS = [
  "forEach",
  "map",
  "filter",
  "some",
  "every",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "reduce",
  "reduceRight",
  "flatMap",
  "sort",
] as const;

/**
 * Runs `run` with the built-ins counted, and gives its value and the work it did. The built-ins
 * are restored before this returns, also when `run` throws.
 */
export function meterWork<T>(run: () => T): { value: T; work: Work } {
  const work: Work = { steps: 0, calls: {}, regexps: [] };
  const restore: (() => void)[] = [];
  const count = (name: string, steps: number) => {
    work.steps += steps;
    work.calls[name] = (work.calls[name] ?? 0) + 1;
  };

  /** Replaces owner[key] by a counting wrapper; `wrapArgs` may wrap callbacks first. */
  function patch(
    owner: object,
    label: string,
    key: string | symbol,
    weigh: Weigh,
    wrapArgs?: (args: unknown[], name: string) => void
  ): void {
    const original = (owner as Record<string | symbol, unknown>)[key];
    if (typeof original !== "function") return;
    const name = `${label}.${typeof key === "symbol" ? key.description : key}`;
    const wrapper = function (this: unknown, ...args: unknown[]) {
      if (wrapArgs) wrapArgs(args, name);
      const result = Reflect.apply(original as (...a: unknown[]) => unknown, this, args);
      count(name, weigh(this, args, result));
      return result;
    };
    Object.defineProperty(owner, key, { value: wrapper, writable: true, configurable: true });
    restore.push(() =>
      Object.defineProperty(owner, key, { value: original, writable: true, configurable: true })
    );
  }

  /** A callback counted once per call (the method itself then weighs nothing more). */
  const countCallback = (args: unknown[], name: string) => {
    const f = args[0];
    if (typeof f !== "function") return;
    args[0] = function (this: unknown, ...a: unknown[]) {
      work.steps++;
      work.calls[`${name} callback`] = (work.calls[`${name} callback`] ?? 0) + 1;
      return Reflect.apply(f, this, a);
    };
  };

  /** An iterator whose every step counts one. */
  const countedIterator = (label: string, iterator: Iterator<unknown>) => {
    const next = iterator.next.bind(iterator);
    return {
      next() {
        count(`${label} step`, 1);
        return next();
      },
      [Symbol.iterator]() {
        return this;
      },
    };
  };
  function patchIterators(owner: object, label: string, keys: (string | symbol)[]): void {
    for (const key of keys) {
      const original = (owner as Record<string | symbol, unknown>)[key];
      if (typeof original !== "function") continue;
      const wrapper = function (this: unknown) {
        return countedIterator(
          label,
          Reflect.apply(original as () => Iterator<unknown>, this, []) as Iterator<unknown>
        );
      };
      Object.defineProperty(owner, key, { value: wrapper, writable: true, configurable: true });
      restore.push(() =>
        Object.defineProperty(owner, key, { value: original, writable: true, configurable: true })
      );
    }
  }

  const S = String.prototype;
  for (const k of ["charCodeAt", "codePointAt", "charAt", "at"]) patch(S, "String", k, one);
  patch(S, "String", "indexOf", indexSearch);
  patch(
    S,
    "String",
    "includes",
    search((r, self, args) => (r ? Reflect.apply(stringIndexOf, self, args) : -1))
  );
  for (const k of ["lastIndexOf", "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase"])
    patch(S, "String", k, whole);
  for (const k of ["startsWith", "endsWith"])
    patch(S, "String", k, (_self, args) => String(args[0]).length + 1);
  for (const k of ["slice", "substring", "substr", "padStart", "padEnd", "repeat", "normalize"])
    patch(S, "String", k, resultLength);
  for (const k of ["replace", "replaceAll", "split", "match", "matchAll", "search"])
    patch(S, "String", k, whole);

  const R = RegExp.prototype;
  patch(R, "RegExp", "exec", (self, args) => {
    const re = self as RegExp;
    work.regexps[work.regexps.length] = re.source; // not push: that is counted
    const n = String(args[0]).length;
    return n - (re.global || re.sticky ? Math.min(re.lastIndex, n) : 0) + 1;
  });

  const A = Array.prototype;
  for (const k of ["push", "unshift"])
    patch(A, "Array", k, (_self, args) => Math.max(1, args.length));
  patch(A, "Array", "pop", one);
  for (const k of ["shift", "splice", "reverse", "join", "fill", "copyWithin", "toString"])
    patch(A, "Array", k, whole);
  for (const k of ["slice", "concat", "flat"]) patch(A, "Array", k, resultLength);
  patch(A, "Array", "indexOf", indexSearch);
  patch(
    A,
    "Array",
    "includes",
    search((r, self, args) => (r ? Reflect.apply(arrayIndexOf, self, args) : -1))
  );
  patch(A, "Array", "lastIndexOf", whole);
  for (const k of CALLBACK_METHODS) {
    if (k === "sort") {
      // A comparator is counted per comparison; the default order as n·log₂n comparisons.
      patch(
        A,
        "Array",
        k,
        (self, args) =>
          typeof args[0] === "function"
            ? 1
            : Math.ceil(sizeOf(self) * Math.log2(sizeOf(self) + 1)) + 1,
        (args, name) => {
          const f = args[0];
          if (typeof f !== "function") return;
          args[0] = (x: unknown, y: unknown) => {
            count(`${name} comparison`, 1);
            return (f as (x: unknown, y: unknown) => number)(x, y);
          };
        }
      );
    } else patch(A, "Array", k, one, countCallback);
  }
  patchIterators(A, "Array", [Symbol.iterator, "values", "keys", "entries"]);
  patch(Array, "Array", "from", resultLength);

  for (const [proto, label] of [
    [Map.prototype, "Map"],
    [Set.prototype, "Set"],
  ] as const) {
    for (const k of ["get", "set", "has", "delete", "add"]) patch(proto, label, k, one);
    patch(proto, label, "clear", whole);
    patch(proto, label, "forEach", one, countCallback);
    patchIterators(proto, label, [Symbol.iterator, "keys", "values", "entries"]);
  }
  for (const k of ["keys", "values", "entries"]) patch(Object, "Object", k, resultLength);

  // Setting up used some of the counted built-ins: start from zero.
  work.steps = 0;
  work.calls = {};
  try {
    return { value: run(), work };
  } finally {
    for (let i = restore.length - 1; i >= 0; i--) restore[i]();
  }
}
