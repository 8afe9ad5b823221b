/**
 * Test helper: the shared source tables (../shared/data/trade, outside the repository), read
 * independently of the derivation script. Absent on users' machines; CI has them.
 */
import * as fs from "fs";
import * as path from "path";

export const SHARED_TRADE_DIR = path.resolve(__dirname, "../../../../shared/data/trade");
export const HAVE_SHARED = fs.existsSync(path.join(SHARED_TRADE_DIR, "hs_to_sitc"));
export const EDITION_YEARS = [1992, 1996, 2002, 2007, 2012, 2017, 2022];

/** it, or it.skip with a console message saying why, when ../shared is absent. */
export function itWithShared(name: string, fn: () => void, timeout?: number): void {
  if (HAVE_SHARED) {
    it(name, fn, timeout);
  } else {
    it.skip(name, fn);
  }
}

if (!HAVE_SHARED) {
  console.warn(
    `SKIPPED trade data checks: ${SHARED_TRADE_DIR} is absent (the shared source tables are not on this machine)`
  );
}

/** One conversion table as rows [hs6, sitc] in file order. */
export function readConversion(year: number, revision: 3 | 4): [string, string][] {
  const file = path.join(
    SHARED_TRADE_DIR,
    "hs_to_sitc",
    `hs${year}_sitc${revision}_conversion.csv`
  );
  return fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [hs, sitc] = l.trim().split(",");
      return [hs, sitc];
    });
}

/** Group of a SITC section digit (paper, Table 1). */
export function sectionGroup(sitc: string): string {
  return ["RIB", "RIB", "RIB", "RIB", "RIB", "TIB", "LIB", "TIB", "LIB", "OTHER"][Number(sitc[0])];
}
