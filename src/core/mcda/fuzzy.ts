/**
 * Fuzzy comprehensive evaluation B = A∘R with the four classic composition operators
 * (docs/methods.md §10).
 */
import { InputError, cellName } from "../errors";

/** The composition operators M(⊗, ⊕) of B = A∘R. */
export type FuzzyOperator = "WEIGHTED" | "MINMAX" | "PRODMAX" | "MINSUM";

const OPERATOR_NAMES: Readonly<Record<string, FuzzyOperator>> = {
  WEIGHTED: "WEIGHTED",
  "M(·,+)": "WEIGHTED",
  "M(*,+)": "WEIGHTED",
  "M(·,⊕)": "WEIGHTED",
  加权平均型: "WEIGHTED",
  MINMAX: "MINMAX",
  "M(∧,∨)": "MINMAX",
  "M(^,V)": "MINMAX",
  主因素决定型: "MINMAX",
  PRODMAX: "PRODMAX",
  "M(·,∨)": "PRODMAX",
  "M(*,∨)": "PRODMAX",
  "M(*,V)": "PRODMAX",
  主因素突出型: "PRODMAX",
  MINSUM: "MINSUM",
  "M(∧,⊕)": "MINSUM",
  "M(∧,+)": "MINSUM",
  "M(^,+)": "MINSUM",
  取小上界和型: "MINSUM",
};

/**
 * The operator named by `name` (case, spaces, hyphens and underscores ignored): WEIGHTED,
 * MINMAX, PRODMAX, MINSUM, their M(·,·) forms or their Chinese names.
 *
 * @example fuzzyOperator("min-max") // "MINMAX"
 */
export function fuzzyOperator(name: string): FuzzyOperator {
  const key = name
    .toUpperCase()
    .replace(/[\s_-]+/g, "")
    .replace(/[×⋅•]/g, "·");
  const op = OPERATOR_NAMES[key];
  if (op) return op;
  throw new InputError(
    `Unknown operator "${name.slice(0, 40)}": use WEIGHTED (default), MINMAX, PRODMAX or MINSUM`,
    "na"
  );
}

/**
 * The composite b_j of weights a (m, summing to 1) and memberships r (m × g) under `op`, before
 * any normalisation: WEIGHTED Σ_i a_i r_ij; MINMAX max_i min(a_i, r_ij); PRODMAX max_i a_i r_ij;
 * MINSUM min(1, Σ_i min(a_i, r_ij)).
 *
 * @example fuzzyCompose([0.1, 0.9], [[1, 0], [0.5, 0.5]], "MINMAX") // [0.5, 0.5]
 */
export function fuzzyCompose(
  a: readonly number[],
  r: readonly (readonly number[])[],
  op: FuzzyOperator
): number[] {
  const g = r[0].length;
  const b = new Array<number>(g).fill(0);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    const row = r[i];
    for (let j = 0; j < g; j++) {
      const x = row[j];
      if (op === "WEIGHTED") b[j] += ai * x;
      else if (op === "MINMAX") b[j] = Math.max(b[j], Math.min(ai, x));
      else if (op === "PRODMAX") b[j] = Math.max(b[j], ai * x);
      else b[j] += Math.min(ai, x);
    }
  }
  if (op === "MINSUM") for (let j = 0; j < g; j++) b[j] = Math.min(1, b[j]);
  return b;
}

/**
 * Fuzzy comprehensive evaluation B = A∘R: weights ≥ 0 rescaled to sum to 1, memberships r_ij
 * in [0, 1] (rows = factors, columns = grades), composed by `op`; MINMAX, PRODMAX and MINSUM
 * results are normalised to sum to 1, WEIGHTED is not (it sums to 1 when every row of R does).
 * Errors name the weight or the cell of R.
 *
 * @example fuzzyEvaluate([1, 3], [[1, 0], [0.5, 0.5]], "WEIGHTED") // [0.625, 0.375]
 */
export function fuzzyEvaluate(
  weights: readonly number[],
  r: readonly (readonly number[])[],
  op: FuzzyOperator = "WEIGHTED"
): number[] {
  const m = r.length;
  const g = m === 0 ? 0 : r[0].length;
  if (m === 0 || g === 0) throw new InputError("memberships is empty");
  if (weights.length !== m)
    throw new InputError(
      `There are ${m} factor rows in memberships but ${weights.length} weights (one per row)`
    );
  let sum = 0;
  weights.forEach((w, i) => {
    if (!(w >= 0) || !Number.isFinite(w))
      throw new InputError(`weights: weight ${i + 1} is ${w}; weights must be ≥ 0`);
    sum += w;
  });
  if (!(sum > 0) || !Number.isFinite(sum))
    throw new InputError(`weights ${sum > 0 ? "sum beyond Excel's numbers" : "are all 0"}`);
  r.forEach((row, i) =>
    row.forEach((x, j) => {
      if (!(x >= 0 && x <= 1))
        throw new InputError(
          `memberships: ${cellName(i, j)} is ${x}; memberships must be in [0, 1]`
        );
    })
  );
  const b = fuzzyCompose(
    weights.map((w) => w / sum),
    r,
    op
  );
  if (op === "WEIGHTED") return b;
  const total = b.reduce((s, x) => s + x, 0);
  if (!(total > 0))
    throw new InputError(
      `Every composite value is 0 under ${op} (no factor with a positive weight has a positive membership): B cannot be normalised`
    );
  return b.map((x) => x / total);
}
