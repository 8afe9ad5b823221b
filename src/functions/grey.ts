/** GREY.* custom functions: adapters from Excel ranges to src/core/grey. */
import { InputError, cellName } from "../core/errors";
import { GreyGroups, GreyScale, customScale, gradeOf, greyEvaluate, greyMatrix as buildGreyMatrix, namedScale, whiten } from "../core/grey";
import { asRange, describe, excel, isBlank, parseNumber, readNumbers, readVector } from "./excel";

/**
 * The scale argument: omitted → "4"; a name ("4", 10, "10-5", "5-3"); or a range of class
 * centres in descending order, optionally beside a row/column of labels.
 */
export function readScale(scale: unknown): GreyScale {
  const r = asRange(scale).filter((row) => row.some((v) => !isBlank(v)));
  if (r.length === 0) return namedScale(null);
  const cells = r.flat().filter((v) => !isBlank(v));
  if (cells.length === 1) return namedScale(cells[0] as string | number);
  // Two rows or two columns, one of them text: labels beside centres.
  const isText = (v: unknown) => typeof v === "string" && Number.isNaN(parseNumber(v) ?? NaN);
  const rowsOf = r.length === 2 && r[0].length > 1 ? [r[0], r[1]] : null;
  const colsOf = r[0].length === 2 && r.length > 1 ? [r.map((row) => row[0]), r.map((row) => row[1])] : null;
  let labels: string[] | undefined;
  let centreCells: unknown[] = cells;
  const pairs: unknown[][][] = [];
  if (rowsOf) pairs.push(rowsOf);
  if (colsOf) pairs.push(colsOf);
  if (pairs.length > 0) {
    const labelled = pairs.find(([a, b]) => a.every(isText) !== b.every(isText));
    if (!labelled) {
      if (r.length > 1 && r[0].length > 1) throw new InputError("A custom scale is one row or column of centres, or centres beside their labels");
    } else {
      const textFirst = labelled[0].every(isText);
      labels = (textFirst ? labelled[0] : labelled[1]).map((v) => String(v).trim());
      centreCells = textFirst ? labelled[1] : labelled[0];
    }
  }
  const centres = centreCells.map((v, i) => {
    const x = parseNumber(v);
    if (x === null || Number.isNaN(x)) throw new InputError(`Scale centre ${i + 1} is not a number (${describe(v)})`);
    return x;
  });
  return customScale(centres, labels);
}

/** Optional weights range: null when omitted or blank. */
function optionalVector(v: unknown, what: string): number[] | null {
  const r = asRange(v);
  if (r.every((row) => row.every(isBlank))) return null;
  return readVector(v, what) as number[];
}

/** groups and group_weights arguments → GreyGroups (null for a one-level evaluation). */
function readGroups(groups: unknown, groupWeights: unknown): GreyGroups | null {
  const g = asRange(groups);
  if (g.every((row) => row.every(isBlank))) {
    if (!asRange(groupWeights).every((row) => row.every(isBlank))) {
      throw new InputError("group_weights needs groups: label each indicator row with its criterion");
    }
    return null;
  }
  const labels = g.flat().map((v) => (isBlank(v) ? "" : String(v)));
  const w = asRange(groupWeights).filter((row) => row.some((v) => !isBlank(v)));
  if (w.length === 0) throw new InputError("groups are given but group_weights is missing");
  const known = new Set(labels.filter((l) => l !== "").map((l) => l.trim().toLowerCase()));
  const labelledRows = w[0].length === 2 && w.every((row) => !isBlank(row[0]) && known.has(String(row[0]).trim().toLowerCase()));
  const textLabels = w[0].length === 2 && w.every((row) => typeof row[0] === "string" && Number.isNaN(parseNumber(row[0]) ?? NaN));
  if (labelledRows || textLabels) {
    const byLabel = new Map<string, number>();
    w.forEach((row, i) => {
      const x = parseNumber(row[1]);
      if (x === null || Number.isNaN(x)) throw new InputError(`group_weights: row ${i + 1}, column 2 is not a number (${describe(row[1])})`);
      const key = String(row[0]).trim().toLowerCase();
      if (byLabel.has(key)) throw new InputError(`group_weights names "${row[0]}" twice`);
      byLabel.set(key, x);
    });
    return { labels, weights: byLabel };
  }
  return { labels, weights: readVector(groupWeights, "group_weights") as number[] };
}

function evaluate(scores: unknown, weights: unknown, groups: unknown, groupWeights: unknown, scale: unknown) {
  const s = readScale(scale);
  const d = readNumbers(scores, "scores");
  const w = readVector(weights, "weights") as number[];
  return { result: greyEvaluate(d, w, s, readGroups(groups, groupWeights)), scale: s };
}

/**
 * Whitening-function values of a score for each grey class.
 * @customfunction GREY.WHITEN GREY.WHITEN
 * @helpurl https://localhost:3000/help.html#greywhiten
 * @param score A score ≥ 0 (or a column of scores: one row each).
 * @param [scale] 4 (default: 4,3,2,1), 10 (9,7,5,3), "10-5" (9,7,5,3,1), "5-3" (5,3,1), or a range of class centres in descending order.
 * @returns 1×g row of values f₁(d) … f_g(d).
 */
export function greyWhiten(score: any[][], scale?: any[][]): any[][] {
  return excel(() => {
    const s = readScale(scale);
    const m = readNumbers(score, "score");
    const out: (number | string)[][] = [];
    m.forEach((row, i) => row.forEach((x, j) => out.push(x === null ? s.centres.map(() => "") : whiten(x, s, `Score at ${cellName(i, j)}`))));
    if (out.length === 0) throw new InputError("score is empty");
    return out;
  }) as any;
}

/**
 * Grey evaluation weight matrix R from expert scores (rows indicators, columns experts).
 * @customfunction GREY.MATRIX GREY.MATRIX
 * @helpurl https://localhost:3000/help.html#greymatrix
 * @param scores Evaluation sample matrix: one row per indicator, one column per expert; blanks are skipped.
 * @param [scale] 4 (default), 10, "10-5", "5-3", or a range of class centres.
 * @param [expert_weights] One weight per expert column (default equal).
 * @returns Indicators × classes matrix of grey weights rᵢₑ.
 */
export function greyMatrix(scores: any[][], scale?: any[][], expert_weights?: any[][]): any[][] {
  return excel(() => buildGreyMatrix(readNumbers(scores, "scores"), readScale(scale), optionalVector(expert_weights, "expert_weights"))) as any;
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
 * @returns 1×g row B.
 */
export function greyClasses(scores: any[][], weights: any[][], groups?: any[][], group_weights?: any[][], scale?: any[][]): any[][] {
  return excel(() => [evaluate(scores, weights, groups, group_weights, scale).result.classes]) as any;
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
 * @returns W on the scale of the class centres.
 */
export function greyEval(scores: any[][], weights: any[][], groups?: any[][], group_weights?: any[][], scale?: any[][]): number {
  return excel(() => evaluate(scores, weights, groups, group_weights, scale).result.value) as any;
}

/**
 * Grade label of the largest class membership (ties go to the higher class).
 * @customfunction GREY.GRADE GREY.GRADE
 * @helpurl https://localhost:3000/help.html#greygrade
 * @param classes The row B of class memberships (e.g. from GREY.CLASSES).
 * @param [scale] 4 (default), 10, "10-5", "5-3", or a range of centres (beside labels).
 * @returns Excellent, Good, Medium, Poor or Very poor, as the scale names them.
 */
export function greyGrade(classes: any[][], scale?: any[][]): string {
  return excel(() => {
    const b = readVector(classes, "classes") as number[];
    return gradeOf(b, readScale(scale));
  }) as any;
}
