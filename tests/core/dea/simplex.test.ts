/**
 * The DEA simplex (src/core/dea/simplex.ts) against two independent solvers, HiGHS (WebAssembly)
 * and YALPS (pure JavaScript), on thousands of random problems: general LPs with ≤, = and ≥
 * rows and signed right-hand sides (small integer coefficients, so many are degenerate), and the
 * DEA problems themselves (radial CRS/VRS/NIRS/NDRS in both orientations, second stage, SBM) on
 * log-normal data with repeated and dominated units. Statuses must agree; optimal values must
 * agree to 1e-9 relative with HiGHS (tolerances 1e-10) and to 1e-8 with YALPS (it rounds to its
 * precision, 1e-11 absolute); every optimal x must satisfy the rows to 1e-9, and the duals must
 * close the duality gap (b·y = c·x) to 1e-9.
 */
import fc from "fast-check";
import {
  LinearProgram,
  LpSolution,
  Rts,
  deaData,
  newLinearProgram,
  radialLp,
  sbmLp,
  slackLp,
  solveLp,
} from "../../../src/core/dea";
import { highsSolver, loadHighs, yalpsSolver } from "../../support/lpSolvers";

beforeAll(loadHighs);

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A random LP with small integer coefficients (degenerate often), some rows infeasible or unbounded. */
function randomLp(r: () => number): LinearProgram {
  const rows = 1 + Math.floor(r() * 6);
  const cols = 1 + Math.floor(r() * 10);
  const lp = newLinearProgram(rows, cols);
  for (let k = 0; k < rows * cols; k++) lp.a[k] = r() < 0.3 ? 0 : Math.floor(r() * 7) - 2;
  for (let i = 0; i < rows; i++) {
    lp.sense[i] = r() < 0.5 ? -1 : r() < 0.5 ? 1 : 0;
    lp.b[i] = r() < 0.2 ? 0 : Math.floor(r() * 11) - 3;
  }
  for (let j = 0; j < cols; j++) lp.c[j] = Math.floor(r() * 9) - 3;
  return lp;
}

function checkFeasible(lp: LinearProgram, s: LpSolution): void {
  for (let i = 0; i < lp.rows; i++) {
    let v = 0;
    for (let j = 0; j < lp.cols; j++) v += lp.a[j * lp.rows + i] * s.x[j];
    const scale = 1 + Math.abs(lp.b[i]);
    if (lp.sense[i] === -1) expect(v).toBeLessThanOrEqual(lp.b[i] + 1e-9 * scale);
    else if (lp.sense[i] === 1) expect(v).toBeGreaterThanOrEqual(lp.b[i] - 1e-9 * scale);
    else expect(Math.abs(v - lp.b[i])).toBeLessThanOrEqual(1e-9 * scale);
  }
  for (let j = 0; j < lp.cols; j++) expect(s.x[j]).toBeGreaterThanOrEqual(0);
  let by = 0;
  for (let i = 0; i < lp.rows; i++) by += lp.b[i] * s.duals[i];
  expect(Math.abs(by - s.objective)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(s.objective)));
}

function agree(lp: LinearProgram, label: string, yalpsToo: boolean): void {
  const ours = solveLp(lp);
  const ref = highsSolver(lp);
  if (ours.status !== ref.status)
    throw new Error(`${label}: ours ${ours.status}, HiGHS ${ref.status}`);
  if (ours.status !== "optimal") return;
  const tol = 1e-9 * Math.max(1, Math.abs(ref.objective));
  if (!(Math.abs(ours.objective - ref.objective) <= tol))
    throw new Error(`${label}: ours ${ours.objective}, HiGHS ${ref.objective}`);
  checkFeasible(lp, ours);
  if (yalpsToo) {
    const y = yalpsSolver(lp);
    expect([label, y.status]).toEqual([label, "optimal"]);
    expect(Math.abs(y.objective - ours.objective)).toBeLessThanOrEqual(
      1e-8 * Math.max(1, Math.abs(ours.objective))
    );
  }
}

describe("solveLp", () => {
  test("the documented example", () => {
    const lp = newLinearProgram(2, 2);
    lp.a.set([1, 3, 2, 1]);
    lp.sense.set([-1, -1]);
    lp.b.set([4, 6]);
    lp.c.set([-1, -1]);
    const s = solveLp(lp);
    expect(s.status).toBe("optimal");
    expect(s.objective).toBeCloseTo(-2.8, 12);
    expect(Array.from(s.x)).toEqual([expect.closeTo(1.6, 12), expect.closeTo(1.2, 12)]);
  });

  test("infeasible, unbounded, a redundant equality row", () => {
    const inf = newLinearProgram(2, 1); // x ≤ 1, x ≥ 2
    inf.a.set([1, 1]);
    inf.sense.set([-1, 1]);
    inf.b.set([1, 2]);
    expect(solveLp(inf).status).toBe("infeasible");
    const unb = newLinearProgram(1, 2); // min −x₀ s.t. x₀ − x₁ ≤ 1
    unb.a.set([1, -1]);
    unb.sense.set([-1]);
    unb.b.set([1]);
    unb.c.set([-1, 0]);
    expect(solveLp(unb).status).toBe("unbounded");
    const red = newLinearProgram(2, 2); // x₀ + x₁ = 1 twice, min x₀
    red.a.set([1, 1, 1, 1]);
    red.b.set([1, 1]);
    red.c.set([1, 0]);
    const s = solveLp(red);
    expect(s.status).toBe("optimal");
    expect(s.objective).toBe(0);
  });

  test("2,000 random general LPs: the same status and optimum as HiGHS (and YALPS on 500)", () => {
    const r = rng(20261202);
    for (let k = 0; k < 2000; k++) agree(randomLp(r), `general LP #${k}`, k < 500);
  });

  test("2,400 random DEA LPs: radial, second stage and SBM agree with HiGHS (and YALPS on 300)", () => {
    const r = rng(7);
    const ln = () => Math.exp(Math.sqrt(-2 * Math.log(r() || 1e-12)) * Math.cos(2 * Math.PI * r()));
    let count = 0;
    for (let set = 0; set < 40; set++) {
      const n = 3 + Math.floor(r() * 25);
      const m = 1 + Math.floor(r() * 3);
      const s = 1 + Math.floor(r() * 3);
      const x: number[][] = [];
      const y: number[][] = [];
      for (let j = 0; j < n; j++) {
        if (j > 0 && r() < 0.15) {
          // a repeated unit, or a scaled copy: degenerate problems
          const c = Math.floor(r() * j);
          const f = r() < 0.5 ? 1 : 2;
          x.push(x[c].map((v) => v * f));
          y.push(y[c].map((v) => v * f));
          continue;
        }
        const size = ln();
        x.push(Array.from({ length: m }, () => size * ln()));
        y.push(Array.from({ length: s }, () => (r() < 0.1 ? 0 : size * Math.sqrt(ln()))));
        if (y[j].every((v) => v === 0)) y[j][0] = 1;
      }
      const d = deaData({ what: "inputs", grid: x }, [{ what: "outputs", grid: y }]);
      const all = Array.from({ length: n }, (_, j) => j);
      for (let t = 0; t < 60; t++) {
        const o = Math.floor(r() * n);
        const rts = (["CRS", "VRS", "NIRS", "NDRS"] as Rts[])[Math.floor(r() * 4)];
        const orient = r() < 0.5 ? "IN" : "OUT";
        const kind = t % 3;
        const ref = r() < 0.3 ? all.filter((j) => j !== o) : all; // super-efficiency LPs too
        let lp: LinearProgram;
        if (kind === 0) lp = radialLp(d, o, ref, rts, orient);
        else if (kind === 1) {
          const first = solveLp(radialLp(d, o, all, rts, orient));
          lp = slackLp(d, o, all, rts, orient, first.x[0]);
        } else lp = sbmLp(d, o, all, rts, 0, new Float64Array(s).fill(0.01));
        agree(
          lp,
          `DEA LP set ${set} #${t} (${["radial", "slacks", "SBM"][kind]} ${rts} ${orient})`,
          count < 300
        );
        count++;
      }
    }
    expect(count).toBe(2400);
  });

  // The solver is made for well-scaled data (the DEA data are scaled to column means of 1):
  // coefficients here are 0 or of magnitude 1e-3 … 10. With coefficients near its tolerances
  // (1e-9) feasibility is a matter of tolerance and solvers may differ.
  test("fast-check: random dense LPs with real coefficients", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), {
          minLength: 6 * 8 + 14,
          maxLength: 6 * 8 + 14,
        }),
        fc.array(fc.constantFrom(-1, 0, 1), { minLength: 6, maxLength: 6 }),
        (rows, cols, raw, senses) => {
          const v = raw.map((x) => (Math.abs(x) < 1e-3 ? 0 : x));
          const lp = newLinearProgram(rows, cols);
          for (let k = 0; k < rows * cols; k++) lp.a[k] = v[k];
          for (let i = 0; i < rows; i++) {
            lp.sense[i] = senses[i];
            lp.b[i] = v[48 + i];
          }
          for (let j = 0; j < cols; j++) lp.c[j] = v[54 + j];
          agree(lp, "fast-check LP", false);
        }
      ),
      { numRuns: 500, seed: 42 }
    );
  });
});
