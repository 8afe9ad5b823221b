/**
 * SERVICE.* custom functions: EBOPS 2010 service codes → outsourcing classes (ITO, BPO, KPO,
 * OTHER) and their shares; thin adapters to src/core/service.
 */
import { RESERVED_LABELS, classifyGrid, parseMapping, shareTable } from "../core/classify";
import type { PrefixMapping } from "../core/classify";
import { toGrid } from "../core/cells";
import { SERVICE_CLASSES, normalizeEbopsPrefix, serviceClassifier } from "../core/service";
import { SingleCellMemo, perCell } from "./cache";
import { ExcelValue, excelGrid, isOmitted, readNumbers } from "./excel";

function readMapping(mapping: unknown, reserved: readonly string[] = []): PrefixMapping | null {
  return isOmitted(mapping) ? null : parseMapping(mapping, normalizeEbopsPrefix, reserved);
}

const memo = new SingleCellMemo<ExcelValue>();

/**
 * Classifies EBOPS 2010 service codes as ITO, BPO, KPO or OTHER (service outsourcing).
 * @customfunction SERVICE.CLASS SERVICE.CLASS
 * @helpurl https://localhost:3000/help.html#serviceclass
 * @param codes EBOPS 2010 codes such as SI2, SJ1 or SG (any case, separators allowed): a cell or a range.
 * @param [mapping] Optional 2-column range (code prefix, class) that replaces the default mapping; longest prefix wins.
 * @returns {unknown[][]} Same shape as codes: ITO, BPO, KPO, OTHER, or a per-cell error.
 */
export function serviceClass(codes: unknown[][], mapping?: unknown[][]) {
  const classify = () =>
    excelGrid(() => classifyGrid(toGrid(codes), serviceClassifier(readMapping(mapping))));
  return mapping === null || mapping === undefined
    ? perCell(memo, "", codes, classify)
    : classify();
}

/**
 * Sums services trade by outsourcing class: a table of Group, Value, Share with Total and Unclassified rows.
 * @customfunction SERVICE.SHARE SERVICE.SHARE
 * @helpurl https://localhost:3000/help.html#serviceshare
 * @param codes EBOPS 2010 service codes.
 * @param values Trade values, one per code (same number of cells).
 * @param [mapping] Optional 2-column range (code prefix, class) that replaces the default mapping.
 * @returns {unknown[][]} Table: header, ITO, BPO, KPO, OTHER (or the mapping's classes), Total, Unclassified.
 */
export function serviceShare(codes: unknown[][], values: unknown[][], mapping?: unknown[][]) {
  return excelGrid(() => {
    const map = readMapping(mapping, RESERVED_LABELS);
    return shareTable(
      toGrid(codes),
      readNumbers(values, "values"),
      serviceClassifier(map),
      map ? map.labels : SERVICE_CLASSES
    );
  });
}
