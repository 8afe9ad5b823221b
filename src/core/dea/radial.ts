/**
 * Radial DEA models (docs/methods.md §8.1–8.4): the envelopment linear programs of Charnes,
 * Cooper & Rhodes (1978, CRS) and Banker, Charnes & Cooper (1984, VRS), with the NIRS and NDRS
 * variants, in input orientation (min θ) or output orientation (max φ); the second stage that
 * maximises the sum of slacks at the radial optimum; and Andersen & Petersen's (1993)
 * super-efficiency.
 *
 * Input orientation, unit o against reference units R:
 *   min θ  s.t.  Σ_R λ_j x_ij ≤ θ x_io,  Σ_R λ_j y_rj ≥ y_ro,  λ ≥ 0,  RTS row
 * Output orientation:
 *   max φ  s.t.  Σ_R λ_j x_ij ≤ x_io,  Σ_R λ_j y_rj ≥ φ y_ro,  λ ≥ 0,  RTS row
 * RTS row: none (CRS), Σλ = 1 (VRS), Σλ ≤ 1 (NIRS), Σλ ≥ 1 (NDRS).
 * Scores are reported as θ, or 1/φ, so that 1 is efficient in both orientations.
 *
 * Restricted basis entry (Barr & Durchholz 1997): a unit found inefficient against the reference
 * set is dropped from it for the units evaluated after it and for the second stage. That changes
 * no optimum: its column is dominated by a combination of the others (with the same Σλ
 * constraint), so any solution using it has an equal or better one without it.
 */
import { InputError } from "../errors";
import { DeaData, Orientation, Rts } from "./data";
import { LinearProgram, LpSolution, LpSolver, newLinearProgram, solveLp } from "./simplex";

/** The model choices of a radial DEA function. */
export interface DeaOptions {
  readonly rts: Rts;
  readonly orientation: Orientation;
  /** The LP solver (default: src/core/dea/simplex.ts). */
  readonly solver?: LpSolver;
}

/** A score within this of 1 is reported as exactly 1; a unit scoring below 1 − this is inefficient. */
export const SCORE_TOLERANCE = 1e-9;
/** Slacks and λ below this (on the scaled data) are reported as 0. */
const ZERO = 1e-10;

const RTS_SENSE: Record<Exclude<Rts, "CRS">, -1 | 0 | 1> = { VRS: 0, NIRS: -1, NDRS: 1 };

/** 0, 1, …, n − 1. */
export function allUnits(n: number): number[] {
  return Array.from({ length: n }, (_, j) => j);
}

/** Adds the RTS row (the last row) to an LP whose λ columns are cols first … first + count − 1. */
function rtsRow(lp: LinearProgram, rts: Rts, first: number, count: number): void {
  if (rts === "CRS") return;
  const k = lp.rows;
  const row = k - 1;
  lp.sense[row] = RTS_SENSE[rts];
  lp.b[row] = 1;
  for (let c = 0; c < count; c++) lp.a[(first + c) * k + row] = 1;
}

/** Copies the inputs and outputs of the reference units into λ columns first, first + 1, …. */
function referenceColumns(lp: LinearProgram, d: DeaData, ref: readonly number[], first: number) {
  const { m, s, x, y } = d;
  const k = lp.rows;
  for (let c = 0; c < ref.length; c++) {
    const base = (first + c) * k;
    const j = ref[c];
    for (let i = 0; i < m; i++) lp.a[base + i] = x[j * m + i];
    for (let r = 0; r < s; r++) lp.a[base + m + r] = y[j * s + r];
  }
}

/**
 * The radial LP of unit o (a row of d, not necessarily in ref) against the reference units ref:
 * column 0 is θ (or φ), columns 1 … |ref| the λ of ref in order.
 */
export function radialLp(
  d: DeaData,
  o: number,
  ref: readonly number[],
  rts: Rts,
  orientation: Orientation
): LinearProgram {
  const { m, s, x, y } = d;
  const k = m + s + (rts === "CRS" ? 0 : 1);
  const lp = newLinearProgram(k, ref.length + 1);
  referenceColumns(lp, d, ref, 1);
  for (let i = 0; i < m; i++) {
    lp.sense[i] = -1;
    if (orientation === "IN") lp.a[i] = -x[o * m + i];
    else lp.b[i] = x[o * m + i];
  }
  for (let r = 0; r < s; r++) {
    lp.sense[m + r] = 1;
    if (orientation === "IN") lp.b[m + r] = y[o * s + r];
    else lp.a[m + r] = -y[o * s + r];
  }
  rtsRow(lp, rts, 1, ref.length);
  lp.c[0] = orientation === "IN" ? 1 : -1;
  return lp;
}

/**
 * The second-stage LP of unit o at the radial optimum `raw` (θ* or φ*): columns λ (ref), then
 * the input slacks s⁻ (m) and output slacks s⁺ (s); it maximises Σ s⁻ + Σ s⁺ on the scaled data
 * (so the choice among several slack solutions does not depend on the units of the data).
 */
export function slackLp(
  d: DeaData,
  o: number,
  ref: readonly number[],
  rts: Rts,
  orientation: Orientation,
  raw: number
): LinearProgram {
  const { m, s, x, y } = d;
  const k = m + s + (rts === "CRS" ? 0 : 1);
  const r0 = ref.length;
  const lp = newLinearProgram(k, r0 + m + s);
  referenceColumns(lp, d, ref, 0);
  for (let i = 0; i < m; i++) {
    lp.b[i] = (orientation === "IN" ? raw : 1) * x[o * m + i];
    lp.a[(r0 + i) * k + i] = 1;
    lp.c[r0 + i] = -1;
  }
  for (let r = 0; r < s; r++) {
    lp.b[m + r] = (orientation === "OUT" ? raw : 1) * y[o * s + r];
    lp.a[(r0 + m + r) * k + m + r] = -1;
    lp.c[r0 + m + r] = -1;
  }
  rtsRow(lp, rts, 0, r0);
  return lp;
}

/** Solves an LP that must be optimal (the unit is in its own reference set): anything else is a #NUM! naming the unit. */
export function solved(solver: LpSolver, lp: LinearProgram, unit: number): LpSolution {
  const sol = solver(lp);
  if (sol.status !== "optimal" || !Number.isFinite(sol.objective)) {
    throw new InputError(
      `The linear program of unit ${unit + 1} (row ${unit + 1}) could not be solved (${sol.status}); please report this with the data`,
      "num"
    );
  }
  return sol;
}

/** θ (input) or φ (output) snapped to 1 within SCORE_TOLERANCE. */
function snap(v: number): number {
  return Math.abs(v - 1) <= SCORE_TOLERANCE ? 1 : v;
}

/** The reported score of a raw radial value: θ, or 1/φ. */
export function reported(raw: number, orientation: Orientation): number {
  return orientation === "IN" ? raw : 1 / raw;
}

/** The result of a radial pass over the units of a data set. */
export interface RadialPass {
  /** Per unit: θ, or 1/φ (1 = efficient). */
  readonly score: Float64Array;
  /** Per unit: θ or φ as solved. */
  readonly raw: Float64Array;
  /** The units not found inefficient, in order: the reference set the second stage needs. */
  readonly frontier: number[];
  /** Per evaluated unit: the units with λ > 0 in its optimal solution. */
  readonly support: (readonly number[])[];
  /** Per evaluated unit: Σλ of that solution. */
  readonly lambdaSum: Float64Array;
}

/** Units ordered by a rough productivity (outputs over inputs, scaled), least productive first. */
function byProductivity(d: DeaData, units: readonly number[]): number[] {
  const { m, s, x, y } = d;
  const p = new Map<number, number>();
  for (const j of units) {
    let a = 0;
    let b = 0;
    for (let i = 0; i < m; i++) a += x[j * m + i];
    for (let r = 0; r < s; r++) b += y[j * s + r];
    p.set(j, b / a);
  }
  return [...units].sort((u, v) => (p.get(u) as number) - (p.get(v) as number));
}

/** Screening blocks: a pass over more units than twice this first solves blocks of this size. */
const BLOCK = 64;

/**
 * Evaluates every unit of `units` against the reference set `units` itself, where
 * `solve(o, ref, final)` solves unit o against the units ref and returns its score (1 =
 * efficient, below 1 − SCORE_TOLERANCE inefficient), recording its results when `final`.
 * Returns the units not found inefficient.
 *
 * Two speed-ups change no result, for any model whose score can only fall when the reference
 * set grows and whose inefficient units are dominated by combinations of the others:
 * (1) restricted basis entry (see above); (2) hierarchical screening (Barr & Durchholz 1997):
 * with more than 128 units, the units are first evaluated within interleaved blocks of 64, and a
 * unit inefficient within its block, being inefficient against all units, leaves the reference
 * set before the units are evaluated against all the others.
 */
export function screenedPass(
  d: DeaData,
  units: readonly number[],
  solve: (o: number, ref: readonly number[], final: boolean) => number
): number[] {
  const dropped = new Uint8Array(d.n);
  const run = (evaluated: readonly number[], reference: readonly number[], final: boolean) => {
    let ref = reference.filter((j) => !dropped[j]);
    let stale = false;
    for (const o of evaluated) {
      if (stale) {
        ref = ref.filter((j) => !dropped[j]);
        stale = false;
      }
      if (solve(o, ref, final) < 1 - SCORE_TOLERANCE && !dropped[o]) {
        dropped[o] = 1;
        stale = true;
      }
    }
  };
  const order = byProductivity(d, units);
  if (units.length > 2 * BLOCK) {
    const blocks = Math.ceil(units.length / BLOCK);
    for (let b = 0; b < blocks; b++) {
      const block = order.filter((_, k) => k % blocks === b);
      run(block, block, false);
    }
  }
  run(order, units, true);
  return units.filter((j) => !dropped[j]);
}

/**
 * Radial efficiency of every unit of `units` against the reference set `units` itself (with the
 * speed-ups of screenedPass).
 *
 * @example radialPass(deaData(...), { rts: "CRS", orientation: "IN" }).score // θ per unit
 */
export function radialPass(
  d: DeaData,
  opts: DeaOptions,
  units: readonly number[] = allUnits(d.n)
): RadialPass {
  const solver = opts.solver ?? solveLp;
  const score = new Float64Array(d.n);
  const raw = new Float64Array(d.n);
  const support: number[][] = new Array(d.n);
  const lambdaSum = new Float64Array(d.n);
  const frontier = screenedPass(d, units, (o, ref, final) => {
    const sol = solved(solver, radialLp(d, o, ref, opts.rts, opts.orientation), o);
    const value = snap(sol.x[0]);
    const sc = reported(value, opts.orientation);
    if (final) {
      raw[o] = value;
      score[o] = sc;
      const used: number[] = [];
      let sum = 0;
      for (let c = 0; c < ref.length; c++) {
        if (sol.x[1 + c] > ZERO) used.push(ref[c]);
        sum += sol.x[1 + c];
      }
      support[o] = used;
      lambdaSum[o] = sum;
    }
    return sc;
  });
  return { score, raw, frontier, support, lambdaSum };
}

/** Slacks and intensities of the second stage, per unit, on the scaled data. */
export interface SlackPass extends RadialPass {
  /** Unit o's input slacks then output slacks at slacks[o·(m + s) …], scaled. */
  readonly slacks: Float64Array;
  /** λ of unit o over all units at lambda[o·n …]. */
  readonly lambda: Float64Array;
}

/**
 * The second stage for every unit: the slacks that maximise their (scaled) sum at the radial
 * optimum of `pass`, and the intensities λ that reach them.
 */
export function slackPass(d: DeaData, opts: DeaOptions, pass: RadialPass): SlackPass {
  const solver = opts.solver ?? solveLp;
  const { n, m, s } = d;
  const w = m + s;
  const slacks = new Float64Array(n * w);
  const lambda = new Float64Array(n * n);
  const ref = pass.frontier;
  for (let o = 0; o < n; o++) {
    const sol = solved(solver, slackLp(d, o, ref, opts.rts, opts.orientation, pass.raw[o]), o);
    for (let c = 0; c < ref.length; c++) {
      const v = sol.x[c];
      if (v > ZERO) lambda[o * n + ref[c]] = v;
    }
    for (let q = 0; q < w; q++) {
      const v = sol.x[ref.length + q];
      slacks[o * w + q] = v > ZERO ? v : 0;
    }
  }
  return { ...pass, slacks, lambda };
}

/** Slacks in the units of the data: n rows of m input slacks then s output slacks. */
export function slackTable(d: DeaData, p: SlackPass): number[][] {
  const { n, m, s } = d;
  const w = m + s;
  return Array.from({ length: n }, (_, o) =>
    Array.from(
      { length: w },
      (_, q) => p.slacks[o * w + q] * (q < m ? d.xScale[q] : d.yScale[q - m])
    )
  );
}

/**
 * Targets in the units of the data: inputs θx − s⁻ (input orientation) or x − s⁻; outputs
 * y + s⁺ or φy + s⁺.
 */
export function targetTable(d: DeaData, p: SlackPass, orientation: Orientation): number[][] {
  const { n, m, s, x, y } = d;
  const w = m + s;
  return Array.from({ length: n }, (_, o) => {
    const row = new Array<number>(w);
    const inScale = orientation === "IN" ? p.raw[o] : 1;
    const outScale = orientation === "OUT" ? p.raw[o] : 1;
    for (let i = 0; i < m; i++)
      row[i] = Math.max(0, inScale * x[o * m + i] - p.slacks[o * w + i]) * d.xScale[i];
    for (let r = 0; r < s; r++)
      row[m + r] = (outScale * y[o * s + r] + p.slacks[o * w + m + r]) * d.yScale[r];
    return row;
  });
}

/** A unit's super-efficiency: a number, or why it has none. */
export type SuperScore = number | { readonly reason: string };

/**
 * Andersen & Petersen's super-efficiency: each efficient unit against all the others (the unit
 * left out of its own reference set), reported as θ or 1/φ, so > 1 ranks efficient units. An
 * inefficient unit's score is its efficiency (leaving an inefficient unit out of its reference
 * set does not change its optimum), so only efficient units need a second LP. A unit the others
 * cannot envelop gets the reason instead of a number.
 */
export function superEfficiency(d: DeaData, opts: DeaOptions): SuperScore[] {
  const solver = opts.solver ?? solveLp;
  const pass = radialPass(d, opts);
  const frontier = new Uint8Array(d.n);
  for (const j of pass.frontier) frontier[j] = 1;
  return allUnits(d.n).map((o): SuperScore => {
    if (pass.score[o] < 1 - SCORE_TOLERANCE) return pass.score[o];
    // The other units, less each inefficient unit whose optimal λ uses only frontier units
    // other than o: that combination dominates it, so it is not needed (see the file comment).
    const others: number[] = [];
    for (let j = 0; j < d.n; j++) {
      if (j === o) continue;
      if (!frontier[j] && pass.support[j].every((k) => k !== o && frontier[k] === 1)) continue;
      others.push(j);
    }
    const sol = solver(radialLp(d, o, others, opts.rts, opts.orientation));
    if (sol.status === "infeasible")
      return {
        reason:
          opts.orientation === "IN"
            ? `no ${opts.rts} combination of the other units produces its outputs`
            : `no ${opts.rts} combination of the other units uses no more than its inputs`,
      };
    if (sol.status === "optimal" && opts.orientation === "OUT" && !(sol.x[0] > ZERO))
      return {
        reason:
          "the other units produce none of one of its outputs, so its outputs can grow without bound",
      };
    if (sol.status !== "optimal" || !Number.isFinite(sol.objective))
      throw new InputError(
        `The super-efficiency linear program of unit ${o + 1} (row ${o + 1}) could not be solved (${sol.status}); please report this with the data`,
        "num"
      );
    return reported(snap(sol.x[0]), opts.orientation);
  });
}

/** Returns to scale of a unit from the NIRS model, as DEAP does. */
export type ReturnsToScale = "CRS" | "IRS" | "DRS";

/** One row of DEA.SCALE. */
export interface ScaleRow {
  readonly crs: number;
  readonly vrs: number;
  readonly scale: number;
  readonly returns: ReturnsToScale;
}

/**
 * CRS and VRS efficiency, scale efficiency CRS/VRS and returns to scale per unit: CRS when
 * scale efficiency is 1; else DRS when the NIRS score equals the VRS score, IRS when it does
 * not (Coelli's DEAP 2.1; Färe, Grosskopf & Lovell 1994).
 */
export function scaleEfficiency(
  d: DeaData,
  orientation: Orientation,
  solver?: LpSolver
): ScaleRow[] {
  const crs = radialPass(d, { rts: "CRS", orientation, solver });
  const vrs = radialPass(d, { rts: "VRS", orientation, solver });
  const run = solver ?? solveLp;
  return allUnits(d.n).map((o) => {
    const c = crs.score[o];
    const v = vrs.score[o];
    const scale = c / v;
    if (Math.abs(scale - 1) <= SCORE_TOLERANCE) return { crs: c, vrs: v, scale: 1, returns: "CRS" };
    // A CRS optimum with Σλ ≤ 1 is feasible for NIRS, so NIRS = CRS < VRS: IRS, no LP needed.
    if (crs.lambdaSum[o] <= 1 - SCORE_TOLERANCE) return { crs: c, vrs: v, scale, returns: "IRS" };
    // NIRS against the VRS frontier: a VRS-inefficient unit is NIRS-inefficient too.
    const ref = vrs.frontier.includes(o) ? vrs.frontier : [...vrs.frontier, o];
    const sol = solved(run, radialLp(d, o, ref, "NIRS", orientation), o);
    const nirs = reported(snap(sol.x[0]), orientation);
    const same = Math.abs(nirs - v) <= SCORE_TOLERANCE * Math.max(1, v);
    return { crs: c, vrs: v, scale, returns: same ? "DRS" : "IRS" };
  });
}
