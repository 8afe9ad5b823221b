/**
 * Independent LP solvers for cross-checking src/core/dea/simplex.ts: HiGHS (the WebAssembly
 * build of the Edinburgh solver, npm `highs`, a devDependency) and YALPS (npm `yalps`, the other
 * pure-JavaScript candidate). Each takes the same LinearProgram and returns an LpSolution, so the
 * DEA models can run on either (they take a `solver` option).
 *
 * HiGHS runs its simplex with presolve off and primal and dual feasibility tolerances 1e-10;
 * YALPS with precision 1e-11 (it rounds its results to that precision, and uses it as its pivot
 * and optimality tolerance).
 */
import type { LinearProgram, LpSolution, LpSolver, LpStatus } from "../../src/core/dea/simplex";

const yalps = require("yalps") as typeof import("yalps");

interface HighsModel {
  options: { set(o: Record<string, unknown>): unknown };
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  getSolution(): { colValue: Float64Array; rowDual: Float64Array };
  dispose(): void;
}
interface Highs {
  infinity: number;
  createModel(data: unknown): HighsModel;
}

let highs: Highs | undefined;

/** Loads HiGHS once (WebAssembly instantiation is asynchronous). */
export async function loadHighs(): Promise<void> {
  if (!highs) highs = (await (require("highs") as () => Promise<Highs>)()) as Highs;
}

const HIGHS_STATUS: Record<number, LpStatus> = {
  7: "optimal",
  8: "infeasible",
  10: "unbounded",
  14: "iteration limit",
};

/** HiGHS as an LpSolver (call loadHighs first). */
export const highsSolver: LpSolver = (lp: LinearProgram): LpSolution => {
  const h = highs;
  if (!h) throw new Error("call loadHighs() first");
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (let j = 0; j < lp.cols; j++) {
    for (let i = 0; i < lp.rows; i++) {
      const v = lp.a[j * lp.rows + i];
      if (v !== 0) {
        indices.push(i);
        values.push(v);
      }
    }
    starts.push(indices.length);
  }
  const rowLower = Array.from(lp.sense, (s, i) => (s === -1 ? -h.infinity : lp.b[i]));
  const rowUpper = Array.from(lp.sense, (s, i) => (s === 1 ? h.infinity : lp.b[i]));
  const model = h.createModel({
    numCols: lp.cols,
    numRows: lp.rows,
    colCost: Array.from(lp.c),
    colLower: new Array(lp.cols).fill(0),
    colUpper: new Array(lp.cols).fill(h.infinity),
    rowLower,
    rowUpper,
    matrix: { format: "csc", numRows: lp.rows, numCols: lp.cols, starts, indices, values },
  });
  try {
    model.options.set({
      output_flag: false,
      presolve: "off",
      solver: "simplex",
      primal_feasibility_tolerance: 1e-10,
      dual_feasibility_tolerance: 1e-10,
    });
    model.run();
    const code = model.getModelStatus();
    const status = HIGHS_STATUS[code] ?? (code === 9 ? "unbounded" : "iteration limit");
    if (status !== "optimal")
      return {
        status,
        objective: NaN,
        x: new Float64Array(lp.cols),
        duals: new Float64Array(lp.rows),
        pivots: 0,
      };
    const sol = model.getSolution();
    return {
      status,
      objective: model.getObjectiveValue(),
      x: Float64Array.from(sol.colValue),
      duals: Float64Array.from(sol.rowDual),
      pivots: 0,
    };
  } finally {
    model.dispose();
  }
};

/** YALPS as an LpSolver: variables x0, x1, …, rows r0, r1, …, objective "cost" minimised. */
export const yalpsSolver: LpSolver = (lp: LinearProgram): LpSolution => {
  const constraints: [string, { min?: number; max?: number; equal?: number }][] = [];
  for (let i = 0; i < lp.rows; i++) {
    const b = lp.b[i];
    constraints.push([
      `r${i}`,
      lp.sense[i] === -1 ? { max: b } : lp.sense[i] === 1 ? { min: b } : { equal: b },
    ]);
  }
  const variables: [string, [string, number][]][] = [];
  for (let j = 0; j < lp.cols; j++) {
    const coefs: [string, number][] = [["cost", lp.c[j]]];
    for (let i = 0; i < lp.rows; i++) {
      const v = lp.a[j * lp.rows + i];
      if (v !== 0) coefs.push([`r${i}`, v]);
    }
    variables.push([`x${j}`, coefs]);
  }
  const sol = yalps.solve(
    { direction: "minimize", objective: "cost", constraints, variables },
    { precision: 1e-11, includeZeroVariables: true }
  );
  const status: LpStatus =
    sol.status === "optimal"
      ? "optimal"
      : sol.status === "infeasible"
        ? "infeasible"
        : sol.status === "unbounded"
          ? "unbounded"
          : "iteration limit";
  const x = new Float64Array(lp.cols);
  if (status === "optimal") for (const [name, v] of sol.variables) x[Number(name.slice(1))] = v;
  return {
    status,
    objective: status === "optimal" ? sol.result : NaN,
    x,
    duals: new Float64Array(lp.rows),
    pivots: 0,
  };
};
