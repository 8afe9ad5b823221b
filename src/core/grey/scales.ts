/** Grey class scales: class centres (descending) and labels (docs/methods.md §2, step 3). */
import { describe } from "../cells";
import { InputError } from "../errors";

export interface GreyScale {
  name: string;
  /** Class centres c_1 > c_2 > … > c_g > 0. */
  centres: number[];
  labels: string[];
}

export type ScaleName = "4" | "10" | "10-5" | "5-3";

export const NAMED_SCALES: Readonly<Record<ScaleName, GreyScale>> = {
  "4": { name: "4", centres: [4, 3, 2, 1], labels: ["Excellent", "Good", "Medium", "Poor"] },
  "10": { name: "10", centres: [9, 7, 5, 3], labels: ["Excellent", "Good", "Medium", "Poor"] },
  "10-5": {
    name: "10-5",
    centres: [9, 7, 5, 3, 1],
    labels: ["Excellent", "Good", "Medium", "Poor", "Very poor"],
  },
  "5-3": { name: "5-3", centres: [5, 3, 1], labels: ["Good", "Medium", "Poor"] },
};

const BY_NAME = new Map<string, GreyScale>(Object.entries(NAMED_SCALES));

/**
 * A named scale ("4" default, "10", "10-5", "5-3"). Excel users who type 10-5 without quotes
 * get the number 5: the message says to quote the name.
 */
export function namedScale(name: string | number | null | undefined): GreyScale {
  if (name === null || name === undefined || String(name).trim() === "") return NAMED_SCALES["4"];
  const key = String(name).trim().replace(/\s+/g, "").replace(/[–—]/g, "-");
  const s = BY_NAME.get(key);
  if (s) return s;
  const hint =
    key === "5"
      ? ' (10-5 typed without quotes is 5: write "10-5")'
      : key === "2"
        ? ' (5-3 typed without quotes is 2: write "5-3")'
        : "";
  throw new InputError(
    `Unknown grey scale ${describe(typeof name === "number" ? String(name) : name)}${hint}: use 4 (default), 10, "10-5", "5-3" or a range of class centres`
  );
}

/**
 * A custom scale from centres in descending order, with optional labels (default
 * "Class 1" … "Class g").
 *
 * @example customScale([5, 3, 1]).labels // ["Class 1", "Class 2", "Class 3"]
 */
export function customScale(centres: number[], labels?: string[]): GreyScale {
  if (centres.length < 2)
    throw new InputError("A custom grey scale needs at least 2 class centres");
  centres.forEach((c, i) => {
    if (!(c > 0) || !Number.isFinite(c))
      throw new InputError(`Class centre ${i + 1} is ${c}; centres must be positive`);
    if (i > 0 && !(c < centres[i - 1])) {
      throw new InputError(
        `Class centres must be in descending order: centre ${i + 1} (${c}) is not below centre ${i} (${centres[i - 1]})`
      );
    }
  });
  if (labels && labels.length !== centres.length) {
    throw new InputError(`${centres.length} class centres but ${labels.length} labels`);
  }
  return {
    name: "custom",
    centres: centres.slice(),
    labels: labels ?? centres.map((_, i) => `Class ${i + 1}`),
  };
}
