/**
 * A synthetic UN Comtrade bulk CSV in the real layout (the 47 columns of the current API's
 * `getFinalData`, descriptions quoted with commas inside), for the benchmark of `npm run trade`:
 * one reporter, `years` years (H4, H5 or H6 by year), exports and imports, World and
 * `partners - 1` single partners, and for each of these `codes` product codes: chapters,
 * headings and subheadings (aggrLevel 2, 4 and 6: the leaf rule drops the aggregates), some
 * without their leading zero. Deterministic.
 */
import * as fs from "fs";
import { tradeTables } from "../src/core/trade/tables";

export const COMTRADE_HEADER =
  "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";

const PARTNERS: [number, string, string][] = [
  [0, "W00", "World"],
  [156, "CHN", "China"],
  [392, "JPN", "Japan"],
  [276, "DEU", "Germany"],
  [484, "MEX", "Mexico"],
  [124, "CAN", "Canada"],
  [410, "KOR", "Rep. of Korea"],
  [826, "GBR", "United Kingdom"],
  [250, "FRA", "France"],
  [699, "IND", "India"],
];

export interface ComtradeFileSpec {
  years: number;
  /** World and up to 9 single partners. */
  partners: number;
  /** Product codes per year, flow and partner. */
  codes: number;
}

/**
 * `codes` product codes in code order: the subheadings of n HS2012 (H4) codes spread over the
 * whole list, with their headings and chapters, for the smallest n that gives enough.
 */
function codesOf(codes: number): string[] {
  const t = tradeTables();
  const all = t.codes.filter((_, i) => t.group[4][i] !== 255);
  const withParents = (n: number) => {
    const set = new Set<string>();
    for (let i = 0; i < n; i++) {
      const c = all[Math.floor((i * all.length) / n)];
      set.add(c.slice(0, 2));
      set.add(c.slice(0, 4));
      set.add(c);
    }
    return [...set].sort();
  };
  let lo = 1;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (withParents(mid).length >= codes) hi = mid;
    else lo = mid + 1;
  }
  return withParents(lo).slice(0, codes);
}

/**
 * Writes the file (synchronously, in 1 MB pieces); returns its number of data rows:
 * years × 2 flows × partners × codes.
 */
export function writeComtradeFile(file: string, spec: ComtradeFileSpec): number {
  const codes = codesOf(spec.codes);
  const fd = fs.openSync(file, "w");
  let buf = COMTRADE_HEADER + "\n";
  let rows = 0;
  let seed = 12345;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let y = 0; y < spec.years; y++) {
    const year = 2013 + y;
    const cls = year < 2017 ? "H4" : year < 2022 ? "H5" : "H6";
    for (const [flowCode, flowDesc] of [
      ["X", "Export"],
      ["M", "Import"],
    ]) {
      for (const [pc, piso, pdesc] of PARTNERS.slice(0, spec.partners)) {
        for (const code of codes) {
          const value = Math.round(rnd() * 1e7) / 100;
          const level = code.length;
          // Spreadsheet round trips lose leading zeros: some codes are written without them.
          const shown = rows % 7 === 0 && code[0] === "0" ? code.slice(1) : code;
          buf += `C,A,${year}0101,${year},52,${year},842,USA,USA,${flowCode},${flowDesc},${pc},${piso},${pdesc},0,W00,World,${cls},HS,True,${shown},"Goods of ${code}, n.e.s., other",${level},${level === 6 ? "True" : "False"},C00,TOTAL CPC,0,0,TOTAL MOT,8,kg,${Math.round(value)},False,-1,N/A,0,False,${Math.round(value / 3)},False,0,False,${value},${value},${value},0,True,${level === 6 ? "False" : "True"}\n`;
          rows++;
          if (buf.length > 1 << 20) {
            fs.writeSync(fd, buf);
            buf = "";
          }
        }
      }
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
  return rows;
}
