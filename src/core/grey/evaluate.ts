/** Grey multi-level evaluation (docs/methods.md §2, steps 4–6). */
import { InputError, cellName } from "../errors";
import { normaliseWeights } from "../numeric";
import type { GreyScale } from "./scales";
import { whiten } from "./whiten";

/**
 * Grey evaluation weight matrix R (indicators × classes) from the sample matrix D (rows
 * indicators, columns experts; null = no score). x_ie = Σ_h λ_h f_e(d_ih), r_ie = x_ie / Σ_e x_ie.
 * Expert weights λ are optional (equal when omitted); an indicator with no usable score is an
 * error naming its row.
 *
 * @example greyMatrix([[3.5, 3, 4, 2.5]], NAMED_SCALES["4"])[0] // [0.402062, 0.412371, 0.185567, 0]
 */
export function greyMatrix(
  scores: (number | null)[][],
  scale: GreyScale,
  lambda?: number[] | null
): number[][] {
  if (scores.length === 0 || scores[0].length === 0)
    throw new InputError("The score matrix is empty");
  const p = scores[0].length;
  if (lambda && lambda.length > 0 && lambda.length !== p)
    throw new InputError(`There are ${p} experts but ${lambda.length} expert weights`);
  const weights = lambda && lambda.length > 0 ? normaliseWeights(lambda, "Expert weight") : null;
  const g = scale.centres.length;
  return scores.map((row, i) => {
    const x = new Array<number>(g).fill(0);
    row.forEach((d, h) => {
      if (d === null) return;
      const f = whiten(d, scale, `Score at ${cellName(i, h)}`);
      const l = weights ? weights[h] : 1;
      for (let e = 0; e < g; e++) x[e] += l * f[e];
    });
    const total = x.reduce((s, v) => s + v, 0);
    if (!(total > 0)) throw new InputError(`Indicator in row ${i + 1} has no usable score`);
    return x.map((v) => v / total);
  });
}

/** Row vector times matrix: (Σ_i a_i R_ie)_e. */
function combine(a: number[], r: number[][]): number[] {
  const g = r[0].length;
  const out = new Array<number>(g).fill(0);
  a.forEach((ai, i) => {
    for (let e = 0; e < g; e++) out[e] += ai * r[i][e];
  });
  return out;
}

export interface GreyGroups {
  /** The criterion label of each indicator row. */
  labels: string[];
  /** Criterion weights: in order of first appearance of each label, or by label. */
  weights: number[] | Map<string, number>;
}

export interface GreyResult {
  /** B = A · R (1 × g). */
  classes: number[];
  /** W = B · Cᵀ. */
  value: number;
  /** Per criterion (in order of first appearance): label, weight a_i (normalised), B_i and W_i. */
  criteria: { label: string; weight: number; classes: number[]; value: number }[];
}

/** W = B · Cᵀ. */
export function comprehensiveValue(b: number[], scale: GreyScale): number {
  return b.reduce((s, x, e) => s + x * scale.centres[e], 0);
}

/**
 * The grey evaluation: R from the scores, then B_i = A_i · R_i per criterion and B = A · [B_i],
 * or B = A · R in one level without groups. Weights are normalised within each criterion (and
 * the criteria weights overall), so local and global weights give the same B.
 */
export function greyEvaluate(
  scores: (number | null)[][],
  weights: number[],
  scale: GreyScale,
  groups?: GreyGroups | null,
  lambda?: number[] | null
): GreyResult {
  const m = scores.length;
  if (weights.length !== m)
    throw new InputError(`There are ${m} indicator rows but ${weights.length} weights`);
  const r = greyMatrix(scores, scale, lambda);
  if (!groups) {
    const b = combine(normaliseWeights(weights, "Weight"), r);
    return { classes: b, value: comprehensiveValue(b, scale), criteria: [] };
  }
  if (groups.labels.length !== m)
    throw new InputError(`There are ${m} indicator rows but ${groups.labels.length} group labels`);
  const order: string[] = [];
  const members = new Map<string, number[]>();
  groups.labels.forEach((label, i) => {
    const k = label.trim();
    if (k === "") throw new InputError(`Indicator row ${i + 1} has no group label`);
    const key = k.toLowerCase();
    if (!members.has(key)) {
      members.set(key, []);
      order.push(k);
    }
    (members.get(key) as number[]).push(i);
  });
  let a: number[];
  if (groups.weights instanceof Map) {
    const byLabel = groups.weights;
    a = order.map((label) => {
      const x = byLabel.get(label.toLowerCase());
      if (x === undefined)
        throw new InputError(`group_weights has no weight for group "${label}"`, "na");
      return x;
    });
    const known = new Set(order.map((l) => l.toLowerCase()));
    for (const label of byLabel.keys()) {
      if (!known.has(label))
        throw new InputError(`group_weights names "${label}", which no indicator row belongs to`);
    }
  } else {
    a = groups.weights;
    if (a.length !== order.length) {
      throw new InputError(
        `There are ${order.length} groups (${order.join(", ")}) but ${a.length} group weights`
      );
    }
  }
  a = normaliseWeights(a, "Group weight");
  const criteria = order.map((label, k) => {
    const rows = members.get(label.toLowerCase()) as number[];
    const local = normaliseWeights(
      rows.map((i) => weights[i]),
      `Weight in group "${label}", item`
    );
    const bi = combine(
      local,
      rows.map((i) => r[i])
    );
    return { label, weight: a[k], classes: bi, value: comprehensiveValue(bi, scale) };
  });
  const b = combine(
    a,
    criteria.map((c) => c.classes)
  );
  return { classes: b, value: comprehensiveValue(b, scale), criteria };
}

/**
 * The label of the class with the largest b_e; ties (within 1e-12) go to the higher class.
 *
 * @example gradeOf([0.1, 0.5, 0.3, 0.1], NAMED_SCALES["4"]) // "Good"
 */
export function gradeOf(b: number[], scale: GreyScale): string {
  if (b.length !== scale.centres.length) {
    throw new InputError(
      `classes has ${b.length} values but the scale has ${scale.centres.length} classes`
    );
  }
  b.forEach((x, e) => {
    if (!(x >= 0)) throw new InputError(`Class value ${e + 1} is ${x}; memberships must be ≥ 0`);
  });
  return scale.labels[gradeIndex(b)];
}

/**
 * The index of the class gradeOf names: the largest b_e, ties (within 1e-12) to the higher
 * class (the lower index). No checks: b is a row of memberships.
 *
 * @example gradeIndex([0.4, 0.4, 0.2]) // 0
 */
export function gradeIndex(b: readonly number[]): number {
  let best = 0;
  for (let e = 1; e < b.length; e++) if (b[e] > b[best] + 1e-12) best = e;
  return best;
}
