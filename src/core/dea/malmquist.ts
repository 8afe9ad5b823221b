/**
 * The Malmquist productivity index between consecutive periods (docs/methods.md §8.7), in the
 * geometric-mean form of Färe, Grosskopf, Norris & Zhang (1994) under CRS:
 *
 *   EC = D^{t+1}(x^{t+1}, y^{t+1}) / D^t(x^t, y^t)
 *   TC = [ D^t(x^{t+1}, y^{t+1}) / D^{t+1}(x^{t+1}, y^{t+1}) · D^t(x^t, y^t) / D^{t+1}(x^t, y^t) ]^½
 *   M  = EC · TC
 *
 * where D^t(x, y) is the CRS efficiency of (x, y) against the units of period t (it may exceed
 * 1 against another period's frontier). Under CRS the input-oriented θ equals the output-
 * oriented 1/φ for every point, so both orientations give the same indices; M > 1 is progress.
 */
import { DeaData, Orientation } from "./data";
import { RadialPass, SCORE_TOLERANCE, radialLp, radialPass, solved } from "./radial";
import { LpSolver, solveLp } from "./simplex";

/** One index, or why it is undefined. */
export type MalmquistValue = number | { readonly reason: string };

/** The indices of one unit between periods t and t + 1. */
export interface MalmquistRow {
  /** Index of period t (0-based). */
  readonly period: number;
  /** Index of the unit within a period (0-based). */
  readonly unit: number;
  readonly malmquist: MalmquistValue;
  readonly efficiencyChange: number;
  readonly technicalChange: MalmquistValue;
}

/**
 * Malmquist indices for data stacked by period: `periods[t]` lists the rows of d of period t,
 * the same units in the same order in every period. Rows: for each pair of consecutive periods,
 * one per unit.
 *
 * @example malmquist(data, [[0, 1], [2, 3]]) // 2 rows: units 1 and 2 from period 1 to 2
 */
export function malmquist(
  d: DeaData,
  periods: readonly (readonly number[])[],
  orientation: Orientation = "IN",
  solver?: LpSolver
): MalmquistRow[] {
  const run = solver ?? solveLp;
  // Both orientations give the same CRS indices (see above): solve in input orientation.
  void orientation;
  const opts = { rts: "CRS" as const, orientation: "IN" as const, solver: run };
  const own: RadialPass[] = periods.map((rows) => radialPass(d, opts, rows));
  /** D^t of row o: its θ against the frontier of period t. */
  const cross = (o: number, t: number): MalmquistValue => {
    const lp = radialLp(d, o, own[t].frontier, "CRS", "IN");
    const sol = run(lp);
    if (sol.status === "infeasible")
      return { reason: `no unit of period ${t + 1} produces all the outputs this unit produces` };
    const v = solved(() => sol, lp, o).x[0];
    return Math.abs(v - 1) <= SCORE_TOLERANCE ? 1 : v;
  };
  const out: MalmquistRow[] = [];
  for (let t = 0; t + 1 < periods.length; t++) {
    for (let u = 0; u < periods[t].length; u++) {
      const a = periods[t][u];
      const b = periods[t + 1][u];
      const dtt = own[t].score[a];
      const d11 = own[t + 1].score[b];
      const ec = d11 / dtt;
      const dtNext = cross(b, t);
      const dNextT = cross(a, t + 1);
      let tc: MalmquistValue;
      if (typeof dtNext !== "number") tc = dtNext;
      else if (typeof dNextT !== "number") tc = dNextT;
      else tc = Math.sqrt((dtNext / d11) * (dtt / dNextT));
      out.push({
        period: t,
        unit: u,
        efficiencyChange: ec,
        technicalChange: tc,
        malmquist: typeof tc === "number" ? ec * tc : tc,
      });
    }
  }
  return out;
}
