/** Small timing helpers shared by the benchmarks. Figures are printed, never asserted. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}

/** Median of per-call times (µs) over `rounds` rounds of `calls` calls each. */
export function medianMicros(fn: () => unknown, calls = 1000, rounds = 15): number {
  for (let i = 0; i < calls; i++) fn(); // warm-up
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) fn();
    per.push(Number(process.hrtime.bigint() - t0) / 1000 / calls);
  }
  per.sort((a, b) => a - b);
  return per[Math.floor(per.length / 2)];
}

/** Median wall time (ms) of `rounds` runs of `fn`. */
export function medianMillis(fn: () => unknown, rounds = 11): number {
  fn();
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    per.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  per.sort((a, b) => a - b);
  return per[Math.floor(per.length / 2)];
}

/** Prints one figure as a table row and returns it. */
export function report(
  name: string,
  value: number,
  unit: string,
  target: string,
  ok: boolean
): Figure {
  const v = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
  console.log(`| ${name} | ${v} ${unit} | ${target} | ${ok ? "ok" : "MISSED"} |`);
  return { name, value, unit, target, ok };
}

import { loadBundle } from "../tests/support/bundle";

let bound: Map<string, (...args: unknown[]) => unknown> | null = null;

/** The custom functions of the built dist/functions.js by id, loaded once into this realm (as Excel holds them). */
export function bundleFunction(id: string): (...args: unknown[]) => unknown {
  if (!bound) bound = loadBundle({ inThisRealm: true }).bound;
  const fn = bound.get(id.toUpperCase());
  if (!fn) throw new Error(`dist/functions.js does not bind ${id}`);
  return fn;
}
