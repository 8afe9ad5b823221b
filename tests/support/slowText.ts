/**
 * Text of `length` characters in the four shapes that once made a backtracking pattern of
 * parseNumber take seconds for one cell: digits then a letter, digits then "%x", a fraction
 * "1/…a", digits with an "e" in the middle then a letter. For tests/core/cells.test.ts (which
 * counts the work) and bench/cells.ts (which times it).
 *
 * @example slowTextShapes(4) // ["111a", "11%x", "1/1a", "1e1z"]
 */
export function slowTextShapes(length: number): string[] {
  const d = (k: number) => "1".repeat(k);
  const half = length >> 1;
  return [
    d(length - 1) + "a",
    d(length - 2) + "%x",
    "1/" + d(length - 3) + "a",
    d(half - 1) + "e" + d(length - half - 1) + "z",
  ];
}
