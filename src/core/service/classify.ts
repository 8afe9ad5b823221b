/** Outsourcing class (ITO, BPO, KPO, OTHER or a user label) of EBOPS 2010 codes. */
import { Classifier, Outcome, PrefixMapping, lookupPrefix, memoizeClassifier } from "../classify";
import { InputError } from "../errors";
import { DEFAULT_SERVICE_MAPPING, normalizeEbops } from "./ebops";

let defaultMapping: PrefixMapping | null = null;

/** The default mapping as a PrefixMapping (labels ITO, BPO, KPO, OTHER). */
export function defaultServiceMapping(): PrefixMapping {
  if (!defaultMapping) {
    const labels = ["ITO", "BPO", "KPO", "OTHER"];
    const byPrefix = new Map<string, number>();
    let maxLength = 0;
    for (const [p, c] of DEFAULT_SERVICE_MAPPING) {
      byPrefix.set(p, labels.indexOf(c));
      maxLength = Math.max(maxLength, p.length);
    }
    defaultMapping = { labels, byPrefix, maxLength };
  }
  return defaultMapping;
}

function rawServiceClassifier(mapping: PrefixMapping): Classifier {
  return (v: unknown): Outcome => {
    const code = normalizeEbops(v);
    if (typeof code !== "string") return code;
    const li = lookupPrefix(mapping, code);
    return li < 0
      ? InputError.about(`EBOPS code ${code}`, "matches no prefix of the mapping", "na")
      : mapping.labels[li];
  };
}

let shared: Classifier | null = null;

/** The classifier of raw cells: the default mapping (shared, memoised) or a user mapping. */
export function serviceClassifier(mapping: PrefixMapping | null = null): Classifier {
  if (mapping === null) {
    if (!shared)
      shared = memoizeClassifier(rawServiceClassifier(defaultServiceMapping()), { numbers: false });
    return shared;
  }
  return memoizeClassifier(rawServiceClassifier(mapping), { numbers: false });
}

/** The class of one code under the default mapping (throws nothing; failures are returned). */
export function serviceClass(code: unknown): Outcome {
  return serviceClassifier()(code);
}
