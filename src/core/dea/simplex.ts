/**
 * A dense revised simplex method for the linear programs of DEA (docs/methods.md §8.6): a few
 * rows (one per input and output, plus one for returns to scale or the SBM normalisation) and
 * many columns (one per unit). min c·x subject to rows of A x ≤, = or ≥ b, and x ≥ 0.
 *
 * Method: rows are signed so that b ≥ 0; a row whose slack can start in the basis takes it,
 * the others get an artificial variable. Phase 1 minimises the sum of the artificials, phase 2
 * the objective. The basis inverse is kept dense (rows × rows), updated by one elimination step
 * per pivot and recomputed from the basis columns by Gauss–Jordan elimination with partial
 * pivoting every 32 pivots and before optimality is declared, so that the reported solution is
 * the basic solution of the final basis to rounding error. Pricing is Dantzig's rule (most
 * negative reduced cost). When phase 2 stalls (2·rows + 8 consecutive degenerate pivots), the
 * basic values are perturbed by about 1e-7 (see perturb) so that the ties are broken; at the
 * optimum the perturbation is removed and a few dual simplex pivots restore feasibility on the
 * true right-hand side, then the primal method confirms optimality. If a phase stalls again,
 * Bland's rule (lowest index), which cannot cycle, takes over until a pivot makes progress.
 *
 * Tolerances (on data scaled to column means of 1, as src/core/dea/data.ts does): a pivot
 * element must exceed 1e-9; a reduced cost below −1e-11 × max(1, largest |cost|) enters (a
 * column that has just left in a degenerate pivot may not re-enter at the next one, so rounding
 * noise between identical columns cannot cycle); an artificial sum above
 * 1e-9·(1 + max b) means infeasible. A solve stops after 50·(rows + 10) pivots ("iteration
 * limit"), so no call can hang.
 *
 * tests/core/dea/simplex.test.ts cross-checks it against HiGHS and YALPS on thousands of random
 * problems (optimal value to 1e-9 relative, the same status) and bench/dea.ts measures it
 * against YALPS on the DEA problems.
 */

/** The sense of a constraint row: −1 for ≤, 0 for =, 1 for ≥. */
export type RowSense = -1 | 0 | 1;

/** A linear program min c·x s.t. a_i·x (≤ | = | ≥) b_i, x ≥ 0, stored densely column by column. */
export interface LinearProgram {
  readonly rows: number;
  readonly cols: number;
  /** Coefficient (i, j) at a[j·rows + i]. */
  readonly a: Float64Array;
  readonly sense: Int8Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
}

export type LpStatus = "optimal" | "infeasible" | "unbounded" | "iteration limit";

export interface LpSolution {
  readonly status: LpStatus;
  /** c·x at the optimum; NaN unless optimal. */
  readonly objective: number;
  /** The structural variables (zeros unless optimal). */
  readonly x: Float64Array;
  /** The dual value of each row at the optimum (∂objective/∂b_i). */
  readonly duals: Float64Array;
  /** Pivots made in both phases. */
  readonly pivots: number;
}

/** Any solver of a LinearProgram (the DEA models take one, so tests and benchmarks can swap in HiGHS or YALPS). */
export type LpSolver = (lp: LinearProgram) => LpSolution;

/** The solver's tolerances, stated in the README and docs/methods.md. */
export const SIMPLEX_TOLERANCES = { pivot: 1e-9, reducedCost: 1e-11, feasibility: 1e-9 } as const;

const PIVOT_TOL = SIMPLEX_TOLERANCES.pivot;
const DUAL_TOL = SIMPLEX_TOLERANCES.reducedCost;
const REFACTOR_EVERY = 32;

/**
 * An empty LinearProgram of `rows` × `cols` (all coefficients 0, rows "=", b = c = 0) to fill in.
 *
 * @example const lp = newLinearProgram(1, 2); lp.a[0] = 1; lp.a[1] = 1; lp.b[0] = 1; lp.c[0] = 1; // min x₀ s.t. x₀ + x₁ = 1
 */
export function newLinearProgram(rows: number, cols: number): LinearProgram {
  return {
    rows,
    cols,
    a: new Float64Array(rows * cols),
    sense: new Int8Array(rows),
    b: new Float64Array(rows),
    c: new Float64Array(cols),
  };
}

/**
 * Solves a LinearProgram by the two-phase revised simplex method described above.
 *
 * @example
 * // min −x₀ − x₁ s.t. x₀ + 2x₁ ≤ 4, 3x₀ + x₁ ≤ 6 → x = (1.6, 1.2), objective −2.8
 * const lp = newLinearProgram(2, 2);
 * lp.a.set([1, 3, 2, 1]); lp.sense.set([-1, -1]); lp.b.set([4, 6]); lp.c.set([-1, -1]);
 * solveLp(lp).objective // −2.8
 */
export function solveLp(lp: LinearProgram): LpSolution {
  const k = lp.rows;
  const n = lp.cols;
  // Sign the rows so that b ≥ 0; a row with b = 0 is signed so that its slack enters with +1.
  const sign = new Float64Array(k);
  const kind = new Int8Array(k); // after signing: −1 ≤, 0 =, 1 ≥
  let slacks = 0;
  let artificials = 0;
  let bMax = 0;
  for (let i = 0; i < k; i++) {
    const b = lp.b[i];
    const s = lp.sense[i];
    sign[i] = b < 0 || (b === 0 && s === 1) ? -1 : 1;
    kind[i] = (sign[i] < 0 ? -s : s) as RowSense;
    if (kind[i] !== 0) slacks++;
    if (kind[i] !== -1) artificials++;
    bMax = Math.max(bMax, Math.abs(b));
  }
  const total = n + slacks + artificials;
  const firstArtificial = n + slacks;
  const m = new Float64Array(k * total);
  for (let j = 0; j < n; j++) {
    const base = j * k;
    for (let i = 0; i < k; i++) m[i * total + j] = sign[i] * lp.a[base + i];
  }
  const b = new Float64Array(k);
  for (let i = 0; i < k; i++) b[i] = sign[i] * lp.b[i];
  const basis = new Int32Array(k);
  let nextSlack = n;
  let nextArtificial = firstArtificial;
  for (let i = 0; i < k; i++) {
    if (kind[i] !== 0) {
      m[i * total + nextSlack] = kind[i] === -1 ? 1 : -1;
      if (kind[i] === -1) basis[i] = nextSlack;
      nextSlack++;
    }
    if (kind[i] !== -1) {
      m[i * total + nextArtificial] = 1;
      basis[i] = nextArtificial++;
    }
  }
  const state: SimplexState = {
    k,
    total,
    firstArtificial,
    m,
    b,
    basis,
    inBasis: new Uint8Array(total),
    binv: new Float64Array(k * k),
    xb: Float64Array.from(b),
    y: new Float64Array(k),
    alpha: new Float64Array(k),
    d: new Float64Array(total),
    pivots: 0,
    maxPivots: 50 * (k + 10),
    rhs: Float64Array.from(b),
    perturbed: false,
    bScale: 1 + bMax,
  };
  for (let i = 0; i < k; i++) {
    state.binv[i * k + i] = 1;
    state.inBasis[basis[i]] = 1;
  }
  const fail = (status: LpStatus): LpSolution => ({
    status,
    objective: NaN,
    x: new Float64Array(n),
    duals: new Float64Array(k),
    pivots: state.pivots,
  });

  if (artificials > 0) {
    const phase1 = new Float64Array(total);
    for (let j = firstArtificial; j < total; j++) phase1[j] = 1;
    const status = iterate(state, phase1);
    if (status !== "optimal") return fail(status === "unbounded" ? "infeasible" : status);
    let infeasibility = 0;
    for (let i = 0; i < k; i++) if (basis[i] >= firstArtificial) infeasibility += state.xb[i];
    if (infeasibility > SIMPLEX_TOLERANCES.feasibility * (1 + bMax)) return fail("infeasible");
    driveOutArtificials(state);
  }
  const cost = new Float64Array(total);
  cost.set(lp.c);
  let status = iterate(state, cost, true);
  if (status === "optimal" && state.perturbed) {
    // Back to the true b: the basis stays dual feasible; a few dual simplex pivots restore
    // primal feasibility if the perturbation had hidden a degenerate tie, then a primal check.
    state.rhs.set(b);
    state.perturbed = false;
    refactor(state);
    status = dualCleanup(state, cost) ? iterate(state, cost, false) : "iteration limit";
  }
  if (status !== "optimal") return fail(status);

  const x = new Float64Array(n);
  for (let i = 0; i < k; i++) if (basis[i] < n) x[basis[i]] = Math.max(0, state.xb[i]);
  let objective = 0;
  for (let j = 0; j < n; j++) objective += lp.c[j] * x[j];
  const duals = new Float64Array(k);
  for (let i = 0; i < k; i++) duals[i] = sign[i] * state.y[i];
  return { status: "optimal", objective, x, duals, pivots: state.pivots };
}

interface SimplexState {
  k: number;
  total: number;
  firstArtificial: number;
  /** All columns (structural, slacks, artificials), row by row: entry (i, j) at m[i·total + j]. */
  m: Float64Array;
  b: Float64Array;
  basis: Int32Array;
  inBasis: Uint8Array;
  /** The basis inverse, row by row. */
  binv: Float64Array;
  xb: Float64Array;
  y: Float64Array;
  alpha: Float64Array;
  /** Reduced costs. */
  d: Float64Array;
  pivots: number;
  maxPivots: number;
  /** The right-hand side x_B is computed from: b, or b perturbed while phase 2 stalls. */
  rhs: Float64Array;
  perturbed: boolean;
  /** 1 + max |b|. */
  bScale: number;
}

/** Minimises cost·x from the current basis; artificial columns never enter. */
function iterate(s: SimplexState, cost: Float64Array, mayPerturb = false): LpStatus {
  const { k, m, basis, inBasis, binv, xb, y, alpha, d } = s;
  let degenerate = 0;
  let bland = false;
  let fresh = false;
  let sincePivot = 0;
  /** The column that left at the last pivot, if it was degenerate: it may not re-enter at once. */
  let tabu = -1;
  // The optimality tolerance is relative to the largest cost.
  let cmax = 1;
  for (let j = 0; j < s.firstArtificial; j++) cmax = Math.max(cmax, Math.abs(cost[j]));
  const dualTol = DUAL_TOL * cmax;
  for (;;) {
    // Duals y = c_B B⁻¹.
    y.fill(0);
    for (let r = 0; r < k; r++) {
      const cb = cost[basis[r]];
      if (cb === 0) continue;
      const row = r * k;
      for (let i = 0; i < k; i++) y[i] += cb * binv[row + i];
    }
    // Pricing: d = c − yᵀM over the non-artificial columns, row by row. After a run of
    // degenerate pivots, Bland's rule for the rest of the phase (it cannot cycle).
    if (degenerate > 2 * k + 8 && mayPerturb && !s.perturbed) {
      perturb(s);
      degenerate = 0;
    }
    if (degenerate > 2 * k + 8) bland = true;
    const na = s.firstArtificial;
    const total = s.total;
    d.set(cost.subarray(0, na));
    for (let i = 0; i < k; i++) {
      const yi = y[i];
      if (yi === 0) continue;
      const row = i * total;
      for (let j = 0; j < na; j++) d[j] -= yi * m[row + j];
    }
    let q = -1;
    let best = -dualTol;
    for (let j = 0; j < na; j++) {
      if (d[j] < best && !inBasis[j] && j !== tabu) {
        q = j;
        if (bland) break;
        best = d[j];
      }
    }
    if (q < 0 && tabu >= 0) {
      tabu = -1;
      continue;
    }
    if (q < 0) {
      if (fresh) return "optimal";
      refactor(s);
      fresh = true;
      continue;
    }
    if (s.pivots >= s.maxPivots) return "iteration limit";
    // The entering column in terms of the basis.
    column(s, q);
    // Ratio test: the smallest ratio; among near-ties the largest pivot (Bland: the lowest index).
    let r = -1;
    let ratio = Infinity;
    for (let i = 0; i < k; i++) {
      const a = alpha[i];
      if (a <= PIVOT_TOL) continue;
      const t = Math.max(0, xb[i]) / a;
      if (r < 0 || t < ratio - 1e-12 * (1 + ratio)) {
        r = i;
        ratio = t;
      } else if (t <= ratio + 1e-12 * (1 + ratio)) {
        if (bland ? basis[i] < basis[r] : a > alpha[r]) {
          r = i;
          ratio = Math.min(ratio, t);
        }
      }
    }
    if (r < 0) return "unbounded";
    const leaving = basis[r];
    pivot(s, r, q, ratio);
    const stalled = ratio * Math.abs(d[q]) <= 1e-11 * cmax;
    degenerate = stalled ? degenerate + 1 : 0;
    tabu = stalled ? leaving : -1;
    fresh = false;
    if (++sincePivot >= REFACTOR_EVERY) {
      refactor(s);
      sincePivot = 0;
    }
  }
}

/** alpha = B⁻¹ times column q. */
function column(s: SimplexState, q: number): void {
  const { k, m, binv, alpha, total } = s;
  for (let i = 0; i < k; i++) {
    let a = 0;
    const row = i * k;
    for (let l = 0; l < k; l++) a += binv[row + l] * m[l * total + q];
    alpha[i] = a;
  }
}

/** Brings column q into the basis at row r with step `step` (alpha holds B⁻¹ a_q). */
function pivot(s: SimplexState, r: number, q: number, step: number): void {
  const { k, binv, xb, alpha, basis, inBasis } = s;
  for (let i = 0; i < k; i++) xb[i] -= step * alpha[i];
  xb[r] = step;
  const inv = 1 / alpha[r];
  const pr = r * k;
  for (let l = 0; l < k; l++) binv[pr + l] *= inv;
  for (let i = 0; i < k; i++) {
    if (i === r) continue;
    const f = alpha[i];
    if (f === 0) continue;
    const row = i * k;
    for (let l = 0; l < k; l++) binv[row + l] -= f * binv[pr + l];
  }
  inBasis[basis[r]] = 0;
  basis[r] = q;
  inBasis[q] = 1;
  s.pivots++;
}

/** Recomputes B⁻¹ from the basis columns (Gauss–Jordan, partial pivoting) and x_B = B⁻¹ b; keeps the old inverse if the basis is numerically singular. */
function refactor(s: SimplexState): void {
  const { k, m, basis, binv, xb } = s;
  const w = 2 * k;
  const t = new Float64Array(k * w);
  for (let c = 0; c < k; c++) {
    const q = basis[c];
    for (let i = 0; i < k; i++) t[i * w + c] = m[i * s.total + q];
  }
  for (let i = 0; i < k; i++) t[i * w + k + i] = 1;
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let i = c + 1; i < k; i++) if (Math.abs(t[i * w + c]) > Math.abs(t[p * w + c])) p = i;
    const pv = t[p * w + c];
    if (Math.abs(pv) < 1e-14) return;
    if (p !== c) {
      for (let l = 0; l < w; l++) {
        const tmp = t[c * w + l];
        t[c * w + l] = t[p * w + l];
        t[p * w + l] = tmp;
      }
    }
    const inv = 1 / pv;
    for (let l = 0; l < w; l++) t[c * w + l] *= inv;
    for (let i = 0; i < k; i++) {
      if (i === c) continue;
      const f = t[i * w + c];
      if (f === 0) continue;
      for (let l = 0; l < w; l++) t[i * w + l] -= f * t[c * w + l];
    }
  }
  // Row c of t now holds row c of B⁻¹, where column c of B is basis[c].
  for (let i = 0; i < k; i++) for (let l = 0; l < k; l++) binv[i * k + l] = t[i * w + k + l];
  for (let i = 0; i < k; i++) {
    let v = 0;
    for (let l = 0; l < k; l++) v += binv[i * k + l] * s.rhs[l];
    xb[i] = v;
  }
}

/**
 * Phase 2 has stalled on a degenerate vertex: shifts each basic value up by a distinct amount
 * of about 1e-7 (and the right-hand side by B times the shift, so that refactoring keeps it), so
 * that ties are broken and Dantzig's rule makes progress (the perturbation of Wolfe 1963, as
 * production solvers do). solveLp removes it at the optimum.
 */
function perturb(s: SimplexState): void {
  const { k, m, basis, xb, rhs, total } = s;
  for (let r = 0; r < k; r++) {
    const e = 1e-7 * (1 + ((r * 0.6180339887) % 1)) * (1 + Math.abs(xb[r]));
    xb[r] += e;
    const col = basis[r];
    for (let l = 0; l < k; l++) rhs[l] += e * m[l * total + col];
  }
  s.perturbed = true;
}

/**
 * Dual simplex pivots from a dual-feasible basis until x_B ≥ 0 (to 1e-11 relative): the row
 * with the most negative basic value leaves, the column with the smallest ratio of reduced cost
 * to |pivot row entry| enters. False when no column can enter (numerically infeasible).
 */
function dualCleanup(s: SimplexState, cost: Float64Array): boolean {
  const { k, m, basis, inBasis, binv, xb, y, alpha, d, total } = s;
  const na = s.firstArtificial;
  const row = new Float64Array(na);
  let since = 0;
  while (s.pivots < s.maxPivots) {
    let r = -1;
    let worst = -1e-11 * s.bScale;
    for (let i = 0; i < k; i++) {
      if (xb[i] < worst) {
        worst = xb[i];
        r = i;
      }
    }
    if (r < 0) return true;
    y.fill(0);
    for (let i = 0; i < k; i++) {
      const cb = cost[basis[i]];
      if (cb === 0) continue;
      for (let l = 0; l < k; l++) y[l] += cb * binv[i * k + l];
    }
    d.set(cost.subarray(0, na));
    row.fill(0);
    for (let l = 0; l < k; l++) {
      const yl = y[l];
      const bl = binv[r * k + l];
      const base = l * total;
      for (let j = 0; j < na; j++) {
        d[j] -= yl * m[base + j];
        row[j] += bl * m[base + j];
      }
    }
    let q = -1;
    let ratio = Infinity;
    for (let j = 0; j < na; j++) {
      if (inBasis[j] || row[j] >= -PIVOT_TOL) continue;
      const t = Math.max(0, d[j]) / -row[j];
      if (t < ratio || (t === ratio && row[j] < row[q])) {
        ratio = t;
        q = j;
      }
    }
    if (q < 0) return false;
    column(s, q);
    pivot(s, r, q, xb[r] / alpha[r]);
    if (++since >= REFACTOR_EVERY) {
      refactor(s);
      since = 0;
    }
  }
  return false;
}

/** After phase 1: pivots each artificial still in the basis (at zero) out, where a structural or slack column allows it. */
function driveOutArtificials(s: SimplexState): void {
  const { k, m, basis, inBasis, binv } = s;
  for (let r = 0; r < k; r++) {
    if (basis[r] < s.firstArtificial) continue;
    let q = -1;
    let best: number = PIVOT_TOL;
    for (let j = 0; j < s.firstArtificial; j++) {
      if (inBasis[j]) continue;
      let v = 0;
      for (let l = 0; l < k; l++) v += binv[r * k + l] * m[l * s.total + j];
      if (Math.abs(v) > best) {
        best = Math.abs(v);
        q = j;
      }
    }
    if (q < 0) continue; // a redundant row: its artificial stays in the basis at zero
    column(s, q);
    pivot(s, r, q, s.xb[r] / s.alpha[r]);
  }
  refactor(s);
}
