/**
 * Loads the production dist/functions.js the way Excel's runtime does: in a fresh JavaScript
 * context whose only custom global is a recording CustomFunctions (Error, ErrorCode, associate).
 * Build first: `npm run build` (npm test does).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { ErrorCode, FakeCustomFunctionsError } from "./customFunctions";

export const DIST = path.resolve(__dirname, "..", "..", "dist");
export const BUNDLE = path.join(DIST, "functions.js");
export const METADATA = path.join(DIST, "functions.json");

export type Fn = (...args: unknown[]) => unknown;

export interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters?: {
    name: string;
    description?: string;
    optional?: boolean;
    dimensionality?: string;
  }[];
}

/** What the bundle puts on globalThis besides binding the functions. */
export interface BundleStats {
  evaluationCounts(): Record<string, number>;
  memoSizes(): { entries: number; bytes: number };
  resetMemos(): void;
}

export interface LoadedBundle {
  /** Bound functions by upper-case id. */
  bound: Map<string, Fn>;
  /** Every associate call, in order. */
  calls: { id: string; kind: string }[];
  meta: FunctionMeta[];
  /** The bundle's globals: the core for the task pane, and the memo statistics. */
  globals: { LowCarbonCore?: Record<string, unknown>; LowCarbonAddinStats?: BundleStats };
}

/**
 * `inThisRealm`: run the bundle in this process's own realm (its globals become this process's)
 * instead of a fresh context, as benchmarks need: Excel passes arguments made in the realm of
 * the functions, and objects that cross contexts are slower.
 */
export function loadBundle(options: { inThisRealm?: boolean } = {}): LoadedBundle {
  if (!fs.existsSync(BUNDLE) || !fs.existsSync(METADATA)) {
    throw new Error(
      "dist/functions.js or dist/functions.json is missing: run npm run build first (npm test does)."
    );
  }
  const bound = new Map<string, Fn>();
  const calls: { id: string; kind: string }[] = [];
  const record = (id: unknown, fn: unknown) => {
    calls.push({ id: String(id), kind: typeof fn });
    if (typeof id === "string" && typeof fn === "function") bound.set(id.toUpperCase(), fn as Fn);
  };
  const CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode,
    associate(idOrMap: unknown, fn?: unknown) {
      if (typeof idOrMap === "object" && idOrMap !== null && fn === undefined) {
        for (const [k, v] of Object.entries(idOrMap)) record(k, v);
      } else record(idOrMap, fn);
    },
  };
  const source = fs.readFileSync(BUNDLE, "utf8");
  let context: object;
  if (options.inThisRealm) {
    Object.assign(globalThis, { CustomFunctions });
    vm.runInThisContext(source, { filename: BUNDLE });
    context = globalThis;
  } else {
    context = vm.createContext({ CustomFunctions, console });
    vm.runInContext(source, context, { filename: BUNDLE });
  }
  const meta = JSON.parse(fs.readFileSync(METADATA, "utf8")).functions as FunctionMeta[];
  return { bound, calls, meta, globals: context as LoadedBundle["globals"] };
}
