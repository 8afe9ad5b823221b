/**
 * Tone's slacks-based measure (docs/methods.md §8.5): non-oriented, non-radial efficiency
 * (Tone 2001), with undesirable outputs treated as in Tone (2004):
 *
 *   ρ = min (1 − (1/m) Σ s⁻_i/x_io) / (1 + (1/(s₁ + s₂)) (Σ s^g_r/y^g_ro + Σ s^b_r/y^b_ro))
 *   s.t. x_o = Xλ + s⁻,  y^g_o = Y^g λ − s^g,  y^b_o = Y^b λ + s^b,  λ, s ≥ 0,  RTS row on λ,
 *
 * solved as one LP by the Charnes–Cooper transformation (t = 1/denominator, Λ = tλ, S = ts):
 *
 *   min t − (1/m) Σ S⁻_i/x_io
 *   s.t. t + (1/(s₁ + s₂)) (Σ S^g_r/y^g_ro + Σ S^b_r/y^b_ro) = 1,
 *        XΛ + S⁻ − t x_o = 0,  Y^g Λ − S^g − t y^g_o = 0,  Y^b Λ + S^b − t y^b_o = 0,
 *        RTS row: ΣΛ − t (= | ≤ | ≥) 0.
 *
 * An output the unit does not produce (y_ro = 0) enters the objective with y_ro replaced by
 * 1/100 of the smallest positive value of that output among the units (Tone 2001's "small
 * positive number", the value R deaR uses), so that a shortfall there is penalised; an output
 * no unit produces drops out of the objective. Units found SBM-inefficient are dropped from the
 * reference set of the units after them (restricted basis entry, as in radial.ts: a dominated
 * column never improves the objective).
 */
import { InputError } from "../errors";
import { DeaData, Rts } from "./data";
import { allUnits, SCORE_TOLERANCE, screenedPass, solved } from "./radial";
import { LinearProgram, LpSolver, newLinearProgram, solveLp } from "./simplex";

const RTS_SENSE: Record<Exclude<Rts, "CRS">, -1 | 0 | 1> = { VRS: 0, NIRS: -1, NDRS: 1 };

/**
 * The SBM linear program of unit o: columns t, Λ (ref), S⁻ (m), S⁺ (s; the last `bad` of the
 * outputs are undesirable).
 */
export function sbmLp(
  d: DeaData,
  o: number,
  ref: readonly number[],
  rts: Rts,
  bad: number,
  floor: Float64Array
): LinearProgram {
  const { m, s, x, y } = d;
  const k = 1 + m + s + (rts === "CRS" ? 0 : 1);
  const r0 = ref.length;
  const cols = 1 + r0 + m + s;
  const lp = newLinearProgram(k, cols);
  // Row 0: the normalisation; rows 1 … m inputs; rows m + 1 … m + s outputs.
  lp.sense[0] = 0;
  lp.b[0] = 1;
  lp.a[0] = 1; // t
  lp.c[0] = 1;
  for (let i = 0; i < m; i++) {
    lp.a[1 + i] = -x[o * m + i];
    lp.sense[1 + i] = 0;
  }
  for (let r = 0; r < s; r++) {
    lp.a[1 + m + r] = -y[o * s + r];
    lp.sense[1 + m + r] = 0;
  }
  for (let c = 0; c < r0; c++) {
    const j = ref[c];
    const base = (1 + c) * k;
    for (let i = 0; i < m; i++) lp.a[base + 1 + i] = x[j * m + i];
    for (let r = 0; r < s; r++) lp.a[base + 1 + m + r] = y[j * s + r];
  }
  for (let i = 0; i < m; i++) {
    const col = 1 + r0 + i;
    lp.a[col * k + 1 + i] = 1;
    lp.c[col] = -1 / (m * x[o * m + i]);
  }
  for (let r = 0; r < s; r++) {
    const col = 1 + r0 + m + r;
    const undesirable = r >= s - bad;
    lp.a[col * k + 1 + m + r] = undesirable ? 1 : -1;
    const yo = y[o * s + r] > 0 ? y[o * s + r] : floor[r];
    // floor[r] is 0 only when no unit produces output r; then its slack is 0 and its term is dropped.
    if (yo > 0) lp.a[col * k] = 1 / (s * yo);
  }
  if (rts !== "CRS") {
    const row = k - 1;
    lp.sense[row] = RTS_SENSE[rts];
    lp.a[row] = -1;
    for (let c = 0; c < r0; c++) lp.a[(1 + c) * k + row] = 1;
  }
  return lp;
}

/** Per output: 1/100 of its smallest positive value among the units (0 if none is positive). */
function outputFloors(d: DeaData): Float64Array {
  const { n, s, y } = d;
  const f = new Float64Array(s);
  for (let r = 0; r < s; r++) {
    let min = Infinity;
    for (let j = 0; j < n; j++) if (y[j * s + r] > 0) min = Math.min(min, y[j * s + r]);
    f[r] = Number.isFinite(min) ? min / 100 : 0;
  }
  return f;
}

/**
 * SBM efficiency ρ ∈ (0, 1] per unit; `bad` is the number of undesirable outputs (the last
 * columns of d's outputs).
 *
 * @example sbmEfficiency(data, "CRS", 0) // Float64Array of ρ
 */
export function sbmEfficiency(d: DeaData, rts: Rts, bad: number, solver?: LpSolver): Float64Array {
  const run = solver ?? solveLp;
  const floor = outputFloors(d);
  const score = new Float64Array(d.n);
  screenedPass(d, allUnits(d.n), (o, ref, final) => {
    const sol = solved(run, sbmLp(d, o, ref, rts, bad, floor), o);
    let rho = sol.objective;
    if (Math.abs(rho - 1) <= SCORE_TOLERANCE) rho = 1;
    if (!(rho > 0) || rho > 1 + 1e-6)
      throw new InputError(
        `The SBM linear program of unit ${o + 1} (row ${o + 1}) gave ${rho}; please report this with the data`,
        "num"
      );
    rho = Math.min(1, rho);
    if (final) score[o] = rho;
    return rho;
  });
  return score;
}
