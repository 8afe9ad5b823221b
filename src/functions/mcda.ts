/**
 * WEIGHT.*, TOPSIS.*, GRA.*, FUZZY.* and CCD.* custom functions: adapters from Excel ranges to
 * src/core/mcda.
 * `data` has one row per unit (alternative) and one column per indicator; `directions` is a row
 * (or column) of BENEFIT/COST, one per indicator or one for all.
 */
import { describe, gridWidth, isBlank, toGrid } from "../core/cells";
import { InputError, cellName } from "../core/errors";
import {
  DecisionMatrix,
  MAX_MATRIX_CELLS,
  MAX_ROW_CELLS,
  combineWeights,
  couplingCoordination,
  decisionMatrix,
  directionsFor,
  entropyWeights,
  fuzzyEvaluate,
  fuzzyOperator,
  greyRelationalGrades,
  parseEntropyNormalise,
  topsis,
  weightsFor,
} from "../core/mcda";
import { Direction, direction } from "../core/scoring";
import {
  checkCells,
  column,
  excelGrid,
  isOmitted,
  optionalNumber,
  optionalText,
  readNumbers,
  readVector,
} from "./excel";

/** The decision matrix of `data`, its size checked before its cells are read. */
function dataOf(data: unknown): DecisionMatrix {
  checkCells(data, MAX_MATRIX_CELLS, "data");
  return decisionMatrix(readNumbers(data, "data"), "data");
}

/** The cells of a one-row or one-column range, row by row, with their cell names. */
function lineCells(range: unknown, what: string): { value: unknown; at: string }[] {
  checkCells(range, MAX_ROW_CELLS, what);
  const g = toGrid(range);
  const rows = g.length;
  const cols = gridWidth(g);
  if (rows > 1 && cols > 1)
    throw new InputError(
      `${what} must be one row (or one column), not ${rows} rows × ${cols} columns`
    );
  const out: { value: unknown; at: string }[] = [];
  for (let i = 0; i < rows; i++) {
    const row = g[i];
    for (let j = 0; j < cols; j++)
      out.push({ value: Array.isArray(row) ? row[j] : row, at: cellName(i, j) });
  }
  return out;
}

/** The direction of each of m indicators; omitted → all BENEFIT, one cell → the same for all. */
function directionsOf(range: unknown, m: number): Direction[] {
  if (isOmitted(range)) return directionsFor([], m);
  const given = lineCells(range, "directions").map(({ value, at }) => {
    if (isBlank(value)) return "BENEFIT";
    if (typeof value !== "string" && typeof value !== "number")
      throw new InputError(`directions: ${at} is ${describe(value)}; use BENEFIT or COST`);
    try {
      return direction(String(value));
    } catch (e) {
      if (e instanceof InputError) throw new InputError(`directions: ${at}: ${e.message}`);
      throw e;
    }
  });
  return directionsFor(given, m);
}

/** A row (or column) of weights as numbers, blanks refused. */
function weightList(range: unknown, what: string): number[] {
  checkCells(range, MAX_ROW_CELLS, what);
  const cells = lineCells(range, what);
  const values = readVector(range, what, true);
  return values.map((v, k) => {
    if (v === null)
      throw new InputError(`${what}: ${cells[k].at} is blank; every weight is needed`);
    if (v < 0) throw new InputError(`${what}: ${cells[k].at} is ${v}; weights must be ≥ 0`);
    return v;
  });
}

/**
 * Entropy weights of the indicators: indicators on which the units differ more weigh more.
 * @customfunction WEIGHT.ENTROPY WEIGHT.ENTROPY
 * @helpurl https://localhost:3000/help.html#weightentropy
 * @param data One row per unit, one column per indicator; numbers, no blanks.
 * @param [directions] A row of BENEFIT/COST per column (default all BENEFIT; also + / -, 正向 / 负向).
 * @param [normalise] MINMAX (default, reversed for cost) or NONE (proportions of the raw data, which must be ≥ 0).
 * @returns {unknown[][]} 1 × m row of weights summing to 1.
 */
export function weightEntropy(data: unknown[][], directions?: unknown[][], normalise?: unknown) {
  return excelGrid(() => {
    const how = parseEntropyNormalise(optionalText(normalise, "MINMAX", "normalise"));
    const d = dataOf(data);
    return [Array.from(entropyWeights(d, directionsOf(directions, d.m), how))];
  });
}

/**
 * Combined subjective and objective weights: multiplicative a·b/Σa·b, or linear α·a + (1−α)·b with alpha.
 * @customfunction WEIGHT.COMBINE WEIGHT.COMBINE
 * @helpurl https://localhost:3000/help.html#weightcombine
 * @param subjective Subjective weights (e.g. AHP) in one row or column; ≥ 0.
 * @param objective Objective weights (e.g. entropy), the same shape; ≥ 0.
 * @param [alpha] Share of the subjective weights in [0, 1] for the linear combination; omitted: multiplicative.
 * @returns {unknown[][]} Combined weights summing to 1, in the shape of subjective.
 */
export function weightCombine(subjective: unknown[][], objective: unknown[][], alpha?: unknown) {
  return excelGrid(() => {
    const a = weightList(subjective, "subjective");
    const b = weightList(objective, "objective");
    const sg = toGrid(subjective);
    const og = toGrid(objective);
    if (a.length === b.length && (sg.length !== og.length || gridWidth(sg) !== gridWidth(og)))
      throw new InputError(
        `subjective and objective must have the same shape: subjective is ${sg.length} × ${gridWidth(sg)}, objective is ${og.length} × ${gridWidth(og)}`
      );
    let al: number | null = null;
    if (!isOmitted(alpha)) {
      al = optionalNumber(alpha, NaN, "alpha");
      if (!(al >= 0 && al <= 1)) throw new InputError(`alpha must be in [0, 1], not ${al}`);
    }
    const w = Array.from(combineWeights(a, b, al));
    return sg.length === 1 ? [w] : column(w);
  });
}

/**
 * TOPSIS closeness of each unit to the ideal: C = D⁻/(D⁺ + D⁻), vector normalisation.
 * @customfunction TOPSIS.SCORE TOPSIS.SCORE
 * @helpurl https://localhost:3000/help.html#topsisscore
 * @param data One row per unit, one column per indicator; numbers, no blanks.
 * @param weights One weight per column (≥ 0, rescaled to sum to 1).
 * @param [directions] A row of BENEFIT/COST per column (default all BENEFIT).
 * @returns {unknown[][]} n × 1 column of closeness in [0, 1] (1 = the ideal best).
 */
export function topsisScore(data: unknown[][], weights: unknown[][], directions?: unknown[][]) {
  return excelGrid(() => {
    const d = dataOf(data);
    const w = weightsFor(weightList(weights, "weights"), d.m);
    const r = topsis(d, w, directionsOf(directions, d.m));
    return column(Array.from(r.closeness));
  });
}

/**
 * Grey relational grade of each unit against the ideal unit (min-max normalisation by direction).
 * @customfunction GRA.GRADE GRA.GRADE
 * @helpurl https://localhost:3000/help.html#gragrade
 * @param data One row per unit, one column per indicator; numbers, no blanks.
 * @param [directions] A row of BENEFIT/COST per column (default all BENEFIT).
 * @param [rho] Distinguishing coefficient in (0, 1] (default 0.5).
 * @param [weights] One weight per column (≥ 0, rescaled to sum to 1); default equal weights.
 * @returns {unknown[][]} n × 1 column of grades in (0, 1] (1 = the ideal unit).
 */
export function graGrade(
  data: unknown[][],
  directions?: unknown[][],
  rho?: unknown,
  weights?: unknown[][]
) {
  return excelGrid(() => {
    const r = optionalNumber(rho, 0.5, "rho");
    if (!(r > 0 && r <= 1))
      throw new InputError(`rho (the distinguishing coefficient) must be in (0, 1], not ${r}`);
    const d = dataOf(data);
    const w = isOmitted(weights)
      ? weightsFor(new Array<number>(d.m).fill(1), d.m)
      : weightsFor(weightList(weights, "weights"), d.m);
    return column(Array.from(greyRelationalGrades(d, directionsOf(directions, d.m), r, w)));
  });
}

/**
 * The cells of a matrix argument as numbers, checked: no blanks, each in [0, 1], at most
 * MAX_MATRIX_CELLS cells. Errors name `what`, the cell and `meaning`.
 */
function unitMatrix(range: unknown, what: string, meaning: string): number[][] {
  checkCells(range, MAX_MATRIX_CELLS, what);
  const g = readNumbers(range, what);
  if (g.length === 0 || g[0].length === 0) throw new InputError(`${what} is empty`);
  return g.map((row, i) =>
    row.map((x, j) => {
      if (x === null) throw new InputError(`${what}: ${cellName(i, j)} is blank; ${meaning}`);
      if (!(x >= 0 && x <= 1))
        throw new InputError(`${what}: ${cellName(i, j)} is ${x}; values must be in [0, 1]`);
      return x;
    })
  );
}

/**
 * Fuzzy comprehensive evaluation B = A∘R of weights A and a membership matrix R.
 * @customfunction FUZZY.EVAL FUZZY.EVAL
 * @helpurl https://localhost:3000/help.html#fuzzyeval
 * @param weights Factor weights A, one per row of memberships (a row or column, ≥ 0, rescaled to sum to 1).
 * @param memberships Membership matrix R: one row per factor, one column per grade, values in [0, 1].
 * @param [operator] WEIGHTED (default, M(·,+), not normalised), MINMAX M(∧,∨), PRODMAX M(·,∨) or MINSUM M(∧,⊕); the last three normalised to sum to 1.
 * @returns {unknown[][]} 1×g row B.
 */
export function fuzzyEval(weights: unknown[][], memberships: unknown[][], operator?: unknown) {
  return excelGrid(() => {
    const op = fuzzyOperator(optionalText(operator, "WEIGHTED", "operator"));
    const a = weightList(weights, "weights");
    const r = unitMatrix(memberships, "memberships", "every membership is needed");
    return [fuzzyEvaluate(a, r, op)];
  });
}

/**
 * Coupling coordination degree of k systems for each unit: coupling C, coordination index T, degree D and its grade.
 * @customfunction CCD.DEGREE CCD.DEGREE
 * @helpurl https://localhost:3000/help.html#ccddegree
 * @param systems One row per unit, one column per system: the system levels Uᵢ in [0, 1] (at least 2 columns).
 * @param [weights] One weight per system (≥ 0, rescaled to sum to 1); default equal weights.
 * @returns {unknown[][]} A header row (C, T, D, Grade), then one row per unit.
 */
export function ccdDegree(systems: unknown[][], weights?: unknown[][]) {
  return excelGrid(() => {
    const u = unitMatrix(systems, "systems", "every unit needs a level for every system");
    const k = u[0].length;
    if (k < 2)
      throw new InputError(
        "systems needs at least 2 columns (one per system, one row per unit) to couple"
      );
    let w: Float64Array;
    if (isOmitted(weights)) w = new Float64Array(k).fill(1 / k);
    else {
      const given = weightList(weights, "weights");
      if (given.length !== k)
        throw new InputError(
          `weights needs one weight per column of systems (${k}), not ${given.length}`
        );
      w = weightsFor(given, k);
    }
    const undefinedC = new InputError(
      "C is 0/0 (no value) when every system level of the unit is 0; T and D are 0",
      "div0"
    );
    const out: unknown[][] = [["C", "T", "D", "Grade"]];
    for (const row of u) {
      const r = couplingCoordination(row, w);
      out.push([r.c ?? undefinedC, r.t, r.d, r.grade.en]);
    }
    return out;
  });
}
