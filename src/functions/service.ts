/**
 * SERVICE.* custom functions: EBOPS 2010 service codes → outsourcing classes (ITO, BPO, KPO,
 * OTHER) and their shares; thin adapters to src/core/service.
 */
import { SERVICE_CLASSES, normalizeEbopsPrefix, serviceClassifier } from "../core/service";
import { RESERVED_LABELS, classifyGrid, parseMapping, shareTable } from "../core/trade";
import type { PrefixMapping } from "../core/trade";
import { asRange, excel, readNumbers } from "./excel";
import { SingleCellMemo, omittedRange, toExcelGrid } from "./trade";

function readMapping(mapping: unknown, reserved: readonly string[] = []): PrefixMapping | null {
  if (omittedRange(mapping)) return null;
  return parseMapping(mapping, normalizeEbopsPrefix, reserved);
}

const memo = new SingleCellMemo();

function serviceClassRange(codes: unknown, mapping: unknown): any[][] {
  return excel(() => toExcelGrid(classifyGrid(asRange(codes), serviceClassifier(readMapping(mapping))))) as any;
}

/**
 * Classifies EBOPS 2010 service codes as ITO, BPO, KPO or OTHER (service outsourcing).
 * @customfunction SERVICE.CLASS SERVICE.CLASS
 * @helpurl https://localhost:3000/help.html#serviceclass
 * @param codes EBOPS 2010 codes such as SI2, SJ1 or SG (any case, separators allowed): a cell or a range.
 * @param [mapping] Optional 2-column range (code prefix, class) that replaces the default mapping; longest prefix wins.
 * @returns Same shape as codes: ITO, BPO, KPO, OTHER, or a per-cell error.
 */
export function serviceClass(codes: any[][], mapping?: any[][]): any[][] {
  if (mapping == null && Array.isArray(codes) && codes.length === 1 && Array.isArray(codes[0]) && codes[0].length === 1) {
    const v = codes[0][0];
    const hit = memo.get(null, v);
    if (hit !== undefined) return [[hit]];
    const result = serviceClassRange(codes, mapping);
    if (Array.isArray(result)) memo.set(null, v, result[0][0]);
    return result;
  }
  return serviceClassRange(codes, mapping);
}

/**
 * Sums services trade by outsourcing class: a table of Group, Value, Share with Total and Unclassified rows.
 * @customfunction SERVICE.SHARE SERVICE.SHARE
 * @helpurl https://localhost:3000/help.html#serviceshare
 * @param codes EBOPS 2010 service codes.
 * @param values Trade values, one per code (same number of cells).
 * @param [mapping] Optional 2-column range (code prefix, class) that replaces the default mapping.
 * @returns Table: header, ITO, BPO, KPO, OTHER (or the mapping's classes), Total, Unclassified.
 */
export function serviceShare(codes: any[][], values: any[][], mapping?: any[][]): any[][] {
  return excel(() => {
    const map = readMapping(mapping, RESERVED_LABELS);
    const nums = readNumbers(values, "values");
    const table = shareTable(asRange(codes), nums, serviceClassifier(map), map ? map.labels : SERVICE_CLASSES);
    return toExcelGrid(table);
  }) as any;
}
