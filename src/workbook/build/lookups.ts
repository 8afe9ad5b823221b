/** Lookup tables the native-formula workbook carries, so it classifies codes without the add-in. */
import { EBOPS_CODES } from "../../core/service/ebops";
import { serviceClass } from "../../core/service/classify";
import { tradeClassifier } from "../../core/trade/classify";
import { parseSystem } from "../../core/trade/codes";
import { tradeTables } from "../../core/trade/tables";
import { rangeOf, sheetRef } from "../spec";
import type { BuildContext } from "./context";

/** HS6 code → group (newest edition wins) for every code of the shipped tables. */
export function hsGroupTable(): [string, string][] {
  const classify = tradeClassifier(parseSystem("HS"));
  return tradeTables().codes.map((code) => [code, String(classify(code))]);
}

/** EBOPS code → class under the default mapping. */
export function ebopsClassTable(): [string, string][] {
  return EBOPS_CODES.map((code) => [code, String(serviceClass(code))]);
}

/** A very hidden sheet with a two-column lookup table; returns its absolute range. */
export function lookupSheet(
  ctx: BuildContext,
  name: string,
  header: string,
  rows: [string | number, string][],
  valueHeader = "Group"
): string {
  const sh = ctx.namedSheet(name);
  sh.spec.hidden = true;
  sh.put(0, 0, { value: header, style: "header" });
  sh.put(0, 1, { value: valueHeader, style: "header" });
  rows.forEach(([code, group], i) => {
    sh.put(1 + i, 0, { value: code });
    sh.put(1 + i, 1, { value: group });
  });
  return `${sheetRef(name)}${rangeOf(1, 0, rows.length, 1, true)}`;
}
