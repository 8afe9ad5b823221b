/**
 * The trade class (RIB, LIB, TIB, OTHER) of an input-output sector from its ISIC Rev.4 code, for
 * the Embodied Carbon sheet: each division takes the group of the SITC section its products
 * mostly fall in, as the paper's Table 1 groups products (RIB = SITC 0–4, LIB = SITC 6 and 8,
 * TIB = SITC 5 and 7); services, utilities and construction are OTHER.
 */

/** Class of each ISIC Rev.4 division 01–99 (absent: not a division). */
const DIVISION_CLASS: Record<number, string> = {};
const span = (from: number, to: number, cls: string) => {
  for (let d = from; d <= to; d++) DIVISION_CLASS[d] = cls;
};
span(1, 3, "RIB"); // agriculture, forestry, fishing
span(5, 9, "RIB"); // mining and quarrying
span(10, 12, "RIB"); // food, beverages, tobacco (SITC 0, 1)
span(13, 18, "LIB"); // textiles, apparel, leather, wood, paper, printing (SITC 6, 8)
span(19, 19, "RIB"); // coke and refined petroleum (SITC 3)
span(20, 21, "TIB"); // chemicals, pharmaceuticals (SITC 5)
span(22, 25, "LIB"); // rubber and plastics, non-metallic minerals, basic and fabricated metals (SITC 6)
span(26, 30, "TIB"); // electronics, electrical, machinery, vehicles, other transport (SITC 7)
span(31, 32, "LIB"); // furniture, other manufacturing (SITC 8)
span(33, 33, "OTHER"); // repair and installation of machinery (a service)
span(35, 99, "OTHER"); // utilities, construction, services
for (const d of [4, 34]) delete DIVISION_CLASS[d];

/** Class of an ISIC Rev.4 section given alone (C, manufacturing, is mixed: none). */
const SECTION_CLASS: Record<string, string> = { A: "RIB", B: "RIB" };
for (const s of "DEFGHIJKLMNOPQRSTU") SECTION_CLASS[s] = "OTHER";

/** Division → class and section → class, as the native-formula workbook looks them up. */
export function isicClassTable(): [number | string, string][] {
  const rows: [number | string, string][] = Object.keys(DIVISION_CLASS).map((d) => [
    Number(d),
    DIVISION_CLASS[Number(d)],
  ]);
  for (const s of Object.keys(SECTION_CLASS)) rows.push([s, SECTION_CLASS[s]]);
  return rows;
}

/**
 * The class of a sector from its ISIC Rev.4 code as input-output tables write it: the division
 * in the two characters after an optional section letter ("10", "C10", "C10-C12", "D10T12" of the
 * OECD ICIO, "A01"; the first division of a range), or a section letter alone ("B", "F"). Null
 * when the code names neither (or is "C", manufacturing as a whole). The Embodied Carbon sheet's
 * formula reads codes by the same rule.
 *
 * @example isicClass("C10-C12") // "RIB"
 * @example isicClass("D26") // "TIB"
 * @example isicClass("G46") // "OTHER"
 */
export function isicClass(code: string | number): string | null {
  const s = String(code).trim().toUpperCase();
  if (/^[A-Z]$/.test(s)) return SECTION_CLASS[s] ?? null;
  const start = /^[0-9]/.test(s) ? 0 : 1;
  const digits = s.slice(start, start + 2);
  if (!/^\d{1,2}$/.test(digits)) return null;
  return DIVISION_CLASS[Number(digits)] ?? null;
}
