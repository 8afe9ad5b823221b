/**
 * GREY.* custom functions: adapters from Excel ranges to src/core/grey. An evaluation is
 * computed once per content of its arguments, so GREY.CLASSES, GREY.EVAL and GREY.SENSITIVITY
 * on the same criterion cost one evaluation.
 */
import { describe, isBlank, parseNumber, toGrid } from "../core/cells";
import { InputError, cellName } from "../core/errors";
import {
  GreyGroups,
  GreyResult,
  GreyScale,
  customScale,
  gradeOf,
  greyEvaluate,
  greyMatrix as buildGreyMatrix,
  greySensitivity as sensitivityRows,
  namedScale,
  whiten,
} from "../core/grey";
import { memoized } from "./cache";
import {
  checkCells,
  excel,
  excelGrid,
  isOmitted,
  optionalNumber,
  readNumberList,
  readNumbers,
} from "./excel";

/** The largest evaluation a GREY function takes: indicators × experts (200 × 50 is a large real one). */
export const MAX_SCORES = 100_000;
/** A custom scale: centres and labels of at most 50 classes. */
const MAX_SCALE_CELLS = 100;

/** Throws unless scores and the per-indicator arguments are within MAX_SCORES cells. */
function checkEvaluationSize(scores: unknown, ...perIndicator: [unknown, string][]): void {
  checkCells(scores, MAX_SCORES, "scores");
  for (const [v, what] of perIndicator) checkCells(v, MAX_SCORES, what);
}

/** True for a cell holding text that is not a number (a label). */
function isLabel(v: unknown): boolean {
  return typeof v === "string" && Number.isNaN(parseNumber(v) ?? NaN);
}

/**
 * The scale argument: omitted → "4"; a name ("4", 10, "10-5", "5-3"); or a range of class
 * centres in descending order, optionally beside a row or column of labels.
 */
export function readScale(scale: unknown): GreyScale {
  checkCells(scale, MAX_SCALE_CELLS, "scale");
  const r = toGrid(scale)
    .map((row) => (Array.isArray(row) ? row : [row]))
    .filter((row) => row.some((v) => !isBlank(v)));
  if (r.length === 0) return namedScale(null);
  const cells = r.flat().filter((v) => !isBlank(v));
  if (cells.length === 1) {
    const only = cells[0];
    if (typeof only !== "string" && typeof only !== "number")
      throw new InputError(`scale must be a name or class centres, not ${describe(only)}`);
    return namedScale(only);
  }
  // Two rows or two columns, one of them text: labels beside centres.
  const rowsOf = r.length === 2 && r[0].length > 1 ? [r[0], r[1]] : null;
  const colsOf =
    r[0].length === 2 && r.length > 1 ? [r.map((row) => row[0]), r.map((row) => row[1])] : null;
  let labels: string[] | undefined;
  let centreCells: unknown[] = cells;
  let where = (k: number) => `Scale centre ${k + 1}`;
  const pairs: { label: unknown[]; centre: unknown[]; at: (k: number) => string }[] = [];
  const consider = (a: unknown[], b: unknown[], at: (first: boolean, k: number) => string) => {
    if (a.every(isLabel) !== b.every(isLabel)) {
      const textFirst = a.every(isLabel);
      pairs.push({
        label: textFirst ? a : b,
        centre: textFirst ? b : a,
        at: (k) => at(!textFirst, k),
      });
    }
  };
  if (rowsOf)
    consider(rowsOf[0], rowsOf[1], (first, k) => `Scale centre at ${cellName(first ? 0 : 1, k)}`);
  if (colsOf)
    consider(colsOf[0], colsOf[1], (first, k) => `Scale centre at ${cellName(k, first ? 0 : 1)}`);
  if (pairs.length > 0) {
    const p = pairs[0];
    labels = p.label.map((v) => String(v).trim());
    centreCells = p.centre;
    where = p.at;
  } else if (r.length > 1 && r[0].length > 1) {
    throw new InputError(
      "A custom scale is one row or column of centres, or centres beside their labels"
    );
  }
  const centres = centreCells.map((v, k) => {
    const x = parseNumber(v);
    if (x === null || Number.isNaN(x))
      throw new InputError(`${where(k)} is not a number (${describe(v)})`);
    return x;
  });
  return customScale(centres, labels);
}

/** An optional weights range: null when omitted or blank. */
function optionalWeights(v: unknown, what: string): number[] | null {
  return isOmitted(v) ? null : readNumberList(v, what);
}

/** groups and group_weights arguments → GreyGroups (null for a one-level evaluation). */
function readGroups(groups: unknown, groupWeights: unknown): GreyGroups | null {
  if (isOmitted(groups)) {
    if (!isOmitted(groupWeights))
      throw new InputError(
        "group_weights needs groups: label each indicator row with its criterion"
      );
    return null;
  }
  const labels = toGrid(groups)
    .flat()
    .map((v) =>
      isBlank(v)
        ? ""
        : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
          ? String(v)
          : describe(v)
    );
  const w = toGrid(groupWeights)
    .map((row) => (Array.isArray(row) ? row : [row]))
    .filter((row) => row.some((v) => !isBlank(v)));
  if (w.length === 0) throw new InputError("groups are given but group_weights is missing");
  const known = new Set(labels.filter((l) => l !== "").map((l) => l.trim().toLowerCase()));
  const labelledRows =
    w[0].length === 2 &&
    w.every((row) => !isBlank(row[0]) && known.has(String(row[0]).trim().toLowerCase()));
  const textLabels = w[0].length === 2 && w.every((row) => isLabel(row[0]));
  if (labelledRows || textLabels) {
    const byLabel = new Map<string, number>();
    w.forEach((row, i) => {
      const x = parseNumber(row[1]);
      if (x === null || Number.isNaN(x))
        throw new InputError(
          `group_weights: ${cellName(i, 1)} is not a number (${describe(row[1])})`
        );
      const key = String(row[0]).trim().toLowerCase();
      if (byLabel.has(key)) throw new InputError(`group_weights names ${describe(row[0])} twice`);
      byLabel.set(key, x);
    });
    return { labels, weights: byLabel };
  }
  return { labels, weights: readNumberList(groupWeights, "group_weights") };
}

/** The evaluation of the arguments of GREY.CLASSES and GREY.EVAL, once per content. */
function evaluate(
  scores: unknown,
  weights: unknown,
  groups: unknown,
  groupWeights: unknown,
  scale: unknown
): { result: GreyResult; scale: GreyScale } {
  return memoized(
    "grey evaluation",
    [scores, weights, groups, groupWeights, scale],
    () => {
      checkEvaluationSize(
        scores,
        [weights, "weights"],
        [groups, "groups"],
        [groupWeights, "group_weights"]
      );
      const s = readScale(scale);
      const d = readNumbers(scores, "scores");
      const w = readNumberList(weights, "weights");
      return { result: greyEvaluate(d, w, s, readGroups(groups, groupWeights)), scale: s };
    },
    (v) => 64 * v.scale.centres.length * (v.result.criteria.length + 2) + 512
  );
}

/**
 * Whitening-function values of a score for each grey class.
 * @customfunction GREY.WHITEN GREY.WHITEN
 * @helpurl https://localhost:3000/help.html#greywhiten
 * @param score A score ≥ 0 (or a column of scores: one row each).
 * @param [scale] 4 (default: 4,3,2,1), 10 (9,7,5,3), "10-5" (9,7,5,3,1), "5-3" (5,3,1), or a range of class centres in descending order.
 * @returns {unknown[][]} 1×g row of values f₁(d) … f_g(d).
 */
export function greyWhiten(score: unknown[][], scale?: unknown[][]) {
  return excelGrid(() => {
    checkCells(score, MAX_SCORES, "score");
    const s = readScale(scale);
    const m = readNumbers(score, "score");
    const out: (number | string)[][] = [];
    m.forEach((row, i) =>
      row.forEach((x, j) =>
        out.push(x === null ? s.centres.map(() => "") : whiten(x, s, `Score at ${cellName(i, j)}`))
      )
    );
    if (out.length === 0) throw new InputError("score is empty");
    return out;
  });
}

/**
 * Grey evaluation weight matrix R from expert scores (rows indicators, columns experts).
 * @customfunction GREY.MATRIX GREY.MATRIX
 * @helpurl https://localhost:3000/help.html#greymatrix
 * @param scores Evaluation sample matrix: one row per indicator, one column per expert; blanks are skipped.
 * @param [scale] 4 (default), 10, "10-5", "5-3", or a range of class centres.
 * @param [expert_weights] One weight per expert column (default equal).
 * @returns {unknown[][]} Indicators × classes matrix of grey weights rᵢₑ.
 */
export function greyMatrix(scores: unknown[][], scale?: unknown[][], expert_weights?: unknown[][]) {
  return excelGrid(() =>
    memoized(
      "grey matrix",
      [scores, scale, expert_weights],
      () => {
        checkEvaluationSize(scores, [expert_weights, "expert_weights"]);
        return buildGreyMatrix(
          readNumbers(scores, "scores"),
          readScale(scale),
          optionalWeights(expert_weights, "expert_weights")
        );
      },
      (r) => 16 * r.length * (r[0]?.length ?? 1) + 256
    ).map((row) => row.slice())
  );
}

/**
 * Grey class memberships B of the whole evaluation (one or two levels).
 * @customfunction GREY.CLASSES GREY.CLASSES
 * @helpurl https://localhost:3000/help.html#greyclasses
 * @param scores Expert scores: one row per indicator, one column per expert.
 * @param weights Indicator weights, one per row (local within their group; normalised within each group).
 * @param [groups] Each indicator row's first-level criterion label; omit for one level.
 * @param [group_weights] Criteria weights in order of first appearance, or a 2-column range (label, weight).
 * @param [scale] 4 (default), 10, "10-5", "5-3", or a range of class centres.
 * @returns {unknown[][]} 1×g row B.
 */
export function greyClasses(
  scores: unknown[][],
  weights: unknown[][],
  groups?: unknown[][],
  group_weights?: unknown[][],
  scale?: unknown[][]
) {
  return excelGrid(() => [
    evaluate(scores, weights, groups, group_weights, scale).result.classes.slice(),
  ]);
}

/**
 * Comprehensive evaluation value W = B·Cᵀ of the grey evaluation.
 * @customfunction GREY.EVAL GREY.EVAL
 * @helpurl https://localhost:3000/help.html#greyeval
 * @param scores Expert scores: one row per indicator, one column per expert.
 * @param weights Indicator weights, one per row (local within their group).
 * @param [groups] Each indicator row's first-level criterion label; omit for one level.
 * @param [group_weights] Criteria weights in order of first appearance, or a 2-column range (label, weight).
 * @param [scale] 4 (default), 10, "10-5", "5-3", or a range of class centres.
 * @returns {number} W on the scale of the class centres.
 */
export function greyEval(
  scores: unknown[][],
  weights: unknown[][],
  groups?: unknown[][],
  group_weights?: unknown[][],
  scale?: unknown[][]
) {
  return excel(() => evaluate(scores, weights, groups, group_weights, scale).result.value);
}

/**
 * Grade label of the largest class membership (ties go to the higher class).
 * @customfunction GREY.GRADE GREY.GRADE
 * @helpurl https://localhost:3000/help.html#greygrade
 * @param classes The row B of class memberships (e.g. from GREY.CLASSES).
 * @param [scale] 4 (default), 10, "10-5", "5-3", or a range of centres (beside labels).
 * @returns {string} Excellent, Good, Medium, Poor or Very poor, as the scale names them.
 */
export function greyGrade(classes: unknown[][], scale?: unknown[][]) {
  return excel(() => {
    checkCells(classes, MAX_SCALE_CELLS, "classes");
    return gradeOf(readNumberList(classes, "classes"), readScale(scale));
  });
}

/**
 * How W and the grade respond to each first-level criterion's weight, the others rescaled proportionally.
 * @customfunction GREY.SENSITIVITY GREY.SENSITIVITY
 * @helpurl https://localhost:3000/help.html#greysensitivity
 * @param scores Expert scores: one row per indicator, one column per expert.
 * @param weights Indicator weights, one per row (local within their group).
 * @param groups Each indicator row's first-level criterion label.
 * @param group_weights Criteria weights in order of first appearance, or a 2-column range (label, weight).
 * @param [scale] 4 (default), 10, "10-5", "5-3", or a range of class centres.
 * @param [step] The weight change in (0, 1] (default 0.1).
 * @returns {unknown[][]} A header row, then per criterion: label, weight, W and grade at weight − step and + step, the smallest decrease and increase of the weight that change the grade ("" when none).
 */
export function greySensitivity(
  scores: unknown[][],
  weights: unknown[][],
  groups: unknown[][],
  group_weights: unknown[][],
  scale?: unknown[][],
  step?: unknown
) {
  return excelGrid(() => {
    const h = optionalNumber(step, 0.1, "step");
    if (!(h > 0 && h <= 1)) throw new InputError(`step must be in (0, 1], not ${h}`);
    if (isOmitted(groups) || isOmitted(group_weights))
      throw new InputError(
        "GREY.SENSITIVITY moves the weights of the first-level criteria: give groups and group_weights"
      );
    const { result, scale: s } = evaluate(scores, weights, groups, group_weights, scale);
    const shown = Number(h.toPrecision(6));
    const out: (string | number)[][] = [
      [
        "Criterion",
        "Weight",
        `W at -${shown}`,
        `Grade at -${shown}`,
        `W at +${shown}`,
        `Grade at +${shown}`,
        "Decrease that changes the grade",
        "Increase that changes the grade",
      ],
    ];
    for (const r of sensitivityRows(result, s, h))
      out.push([
        r.label,
        r.weight,
        r.down.value,
        r.down.grade,
        r.up.value,
        r.up.grade,
        r.decrease ?? "",
        r.increase ?? "",
      ]);
    return out;
  });
}
