/**
 * EBOPS 2010 service codes (the letter codes of the BPM6 / EBOPS 2010 SDMX code list that IMF,
 * OECD, WTO and Eurostat publish: SA manufacturing services … SL government goods and services)
 * and the default mapping to the outsourcing classes ITO, BPO and KPO (docs/methods.md §6).
 *
 * Input as users paste it: any case, with or without separators ("SI2", "si2", "SI.2", "S I 2",
 * "SI-2"). A code that does not read as S + a letter A…L + letters/digits is malformed
 * (#VALUE!); a well-formed code that is not in the list below is unknown (#N/A), with or
 * without a user mapping: the mapping changes the classes, not which codes exist.
 */
import { describe } from "../cells";
import { InputError } from "../errors";

/** The known codes: components SA…SL, their sub-codes, the alternative presentations and memo items. */
export const EBOPS_CODES: readonly string[] = [
  "SA",
  "SAY",
  "SAZ",
  "SB",
  "SC",
  "SC1",
  "SC11",
  "SC12",
  "SC13",
  "SC2",
  "SC21",
  "SC22",
  "SC23",
  "SC3",
  "SC31",
  "SC32",
  "SC33",
  "SC3A",
  "SC3B",
  "SC3B1",
  "SC3B2",
  "SC3B3",
  "SC3C",
  "SC3C1",
  "SC3C2",
  "SC3C3",
  "SC3D",
  "SC3D1",
  "SC3D2",
  "SC3D3",
  "SC3E",
  "SC3F",
  "SC3G",
  "SC4",
  "SC41X",
  "SCA",
  "SCB",
  "SCC",
  "SCC1",
  "SD",
  "SDA",
  "SDA1",
  "SDA2",
  "SDB",
  "SDB1",
  "SDB2",
  "SDB3",
  "SD1",
  "SD2",
  "SD3",
  "SD4",
  "SD5",
  "SD5Y",
  "SD5Z",
  "SDZ",
  "SE",
  "SE1",
  "SE2",
  "SF",
  "SF1",
  "SF11",
  "SF11Y",
  "SF11Z",
  "SF12",
  "SF12Y",
  "SF12Z",
  "SF13",
  "SF13Y",
  "SF13Z",
  "SF2",
  "SF3",
  "SF4",
  "SF41",
  "SF42",
  "SG",
  "SG1",
  "SG2",
  "SH",
  "SH1",
  "SH2",
  "SH3",
  "SH4",
  "SH41",
  "SH42",
  "SI",
  "SI1",
  "SI2",
  "SI21",
  "SI21Z",
  "SI22",
  "SI3",
  "SI31",
  "SI32",
  "SJ",
  "SJ1",
  "SJ11",
  "SJ111",
  "SJ112",
  "SJ1121",
  "SJ1122",
  "SJ1123",
  "SJ1124",
  "SJ12",
  "SJ2",
  "SJ21",
  "SJ211",
  "SJ212",
  "SJ213",
  "SJ22",
  "SJ22Z",
  "SJ3",
  "SJ31",
  "SJ311",
  "SJ312",
  "SJ313",
  "SJ32",
  "SJ321",
  "SJ322",
  "SJ323",
  "SJ32X",
  "SJ33",
  "SJ34",
  "SJ35",
  "SJ35Z",
  "SK",
  "SK1",
  "SK11",
  "SK11Z",
  "SK12",
  "SK2",
  "SK21",
  "SK22",
  "SK23",
  "SK24",
  "SL",
  "SL1",
  "SL2",
  "SL3",
];

/** The outsourcing classes, in the order SERVICE.SHARE lists them. */
export const SERVICE_CLASSES = ["ITO", "BPO", "KPO", "OTHER"] as const;
export type ServiceClass = (typeof SERVICE_CLASSES)[number];

/**
 * The default mapping (longest prefix wins). Reasons, after the NASSCOM / UNCTAD / China MOFCOM
 * practice of ITO = IT services, BPO = business processes run for a client, KPO = knowledge and
 * expertise:
 * - SI telecommunications, computer and information services → ITO (software development and
 *   testing, IT services, telecom projects: the core of ITO).
 * - SF insurance and pension, SG financial services → BPO (financial service outsourcing).
 * - SJ other business services → BPO as an aggregate (its largest part, SJ3, is business process
 *   services; report the sub-codes to split it), with
 *   SJ1 research and development → KPO, SJ2 professional and management consulting (legal,
 *   accounting, consulting, advertising and market research) → KPO,
 *   SJ3 technical, trade-related and other business services → BPO, except
 *   SJ31 architectural, engineering, scientific and other technical services → KPO (design and
 *   engineering: research and design outsourcing), SJ32 waste treatment, agricultural and mining
 *   services → OTHER and SJ33 operating leasing → OTHER (on-site or rental services, not
 *   processes delivered remotely); SJ34 trade-related and SJ35 other business services (incl.
 *   employment services) stay BPO.
 * - SH charges for the use of intellectual property → KPO (licensed knowledge: R&D outcomes,
 *   software, designs, trademarks).
 * - SK personal, cultural and recreational services → OTHER, except SK1 audiovisual and related
 *   services → KPO (creative content production, the "creative industry outsourcing" of seed 002).
 * - SA manufacturing services on inputs owned by others, SB maintenance and repair, SC
 *   transport, SD travel, SE construction, SL government goods and services → OTHER (goods-
 *   related, transport and travel, not outsourcing of IT, business processes or knowledge work).
 */
export const DEFAULT_SERVICE_MAPPING: readonly (readonly [string, ServiceClass])[] = [
  ["SA", "OTHER"],
  ["SB", "OTHER"],
  ["SC", "OTHER"],
  ["SD", "OTHER"],
  ["SE", "OTHER"],
  ["SF", "BPO"],
  ["SG", "BPO"],
  ["SH", "KPO"],
  ["SI", "ITO"],
  ["SJ", "BPO"],
  ["SJ1", "KPO"],
  ["SJ2", "KPO"],
  ["SJ3", "BPO"],
  ["SJ31", "KPO"],
  ["SJ32", "OTHER"],
  ["SJ33", "OTHER"],
  ["SK", "OTHER"],
  ["SK1", "KPO"],
  ["SL", "OTHER"],
];

const SEPARATORS = /[\s\u00a0.\-_]+/g;
const WELL_FORMED = /^S[A-L][0-9A-Z]*$/;
const PREFIX = /^S[0-9A-Z]*$/;
const MALFORMED = "is not an EBOPS 2010 code: use SA … SL and their sub-codes, e.g. SI2 or SJ31";

let known: Set<string> | null = null;

/** The set of known codes. */
export function ebopsCodes(): Set<string> {
  if (!known) known = new Set(EBOPS_CODES);
  return known;
}

/** Upper-case letters and digits of a text cell, or null when it is not text. */
function compact(v: unknown): string | null {
  if (typeof v !== "string" || v.length > 64) return null; // no code is that long
  return v.replace(SEPARATORS, "").toUpperCase();
}

/** Normalises an EBOPS code cell ("s i.2" → "SI2"); #VALUE! when malformed, #N/A when unknown. */
export function normalizeEbops(v: unknown): string | InputError {
  const s = compact(v);
  if (s === null || !WELL_FORMED.test(s)) return InputError.aboutValue("EBOPS code", v, MALFORMED);
  if (!ebopsCodes().has(s))
    return InputError.about(`EBOPS code ${s}`, "is not in EBOPS 2010", "na");
  return s;
}

/** Normalises a mapping prefix: S followed by letters and digits ("S" alone matches every code). */
export function normalizeEbopsPrefix(v: unknown): string | InputError {
  const s = compact(v);
  if (s === null || !PREFIX.test(s)) {
    return InputError.about(
      `EBOPS prefix ${describe(v)}`,
      "must be S followed by letters and digits, e.g. SI or SJ31"
    );
  }
  return s;
}
