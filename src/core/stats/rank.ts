/** Ranks and rank correlation, for comparing evaluation models across units. */

/**
 * Average ranks, largest first: 1 + the number of larger values + (the number of equal values
 * − 1)/2, so ties share the mean of the ranks they span; null where a value is missing (not
 * counted).
 *
 * @example averageRanks([3, 1, 3, null]) // [1.5, 3, 1.5, null]
 */
export function averageRanks(values: readonly (number | null)[]): (number | null)[] {
  const xs = values.filter((v): v is number => v !== null);
  return values.map((v) => {
    if (v === null) return null;
    let above = 0;
    let same = 0;
    for (const x of xs) {
      if (x > v) above++;
      else if (x === v) same++;
    }
    return 1 + above + (same - 1) / 2;
  });
}

/**
 * Pearson's correlation of two equally long series (Spearman's ρ when they are average ranks);
 * null when a series is constant or shorter than 2.
 *
 * @example correlation([1, 2, 3], [1, 3, 2]) // 0.5
 */
export function correlation(a: readonly number[], b: readonly number[]): number | null {
  const n = a.length;
  if (n < 2 || b.length !== n) return null;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return saa === 0 || sbb === 0 ? null : sab / Math.sqrt(saa * sbb);
}
