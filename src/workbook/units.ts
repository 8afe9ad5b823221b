/**
 * Carrying typed scores and data between one unit and several when the units change: the keys
 * of one unit have no unit part (`s|id|eh`), those of several name their unit (`s|id|eh|u:name`).
 */
import type { EvaluationSettings } from "./model";
import { severalUnits, unitNames } from "./model";
import { inputKey, parseInputKey } from "./keys";
import type { CellValue } from "./spec";

/**
 * The inputs with the scores, yearly data and Coupling scores (U₂, U₃) moved to the units of `settings`: going from one
 * unit to several, those typed without a unit go to the first unit (where it has none of its
 * own); going to one unit of a name the several had, that unit's go to the keys without a unit.
 * `moved` maps each carried key to its new key; `note` says what was carried (null: nothing).
 *
 * @example carryUnits(new Map([["s|I1|e1", 3]]), { ...s, units: ["Hubei", "Hunan"] }).moved // Map { "s|I1|e1" => "s|I1|e1|u:Hubei" }
 */
export function carryUnits(
  inputs: Map<string, CellValue>,
  settings: EvaluationSettings
): { inputs: Map<string, CellValue>; moved: Map<string, string>; note: string | null } {
  const several = severalUnits(settings);
  const target = unitNames(settings)[0];
  const moved = new Map<string, string>();
  const out = new Map(inputs);
  for (const [key, value] of inputs) {
    if (!key.startsWith("s|") && !key.startsWith("q|") && !key.startsWith("cp|u")) continue;
    const k = parseInputKey(key);
    if (k?.kind !== "score" && k?.kind !== "data" && k?.kind !== "coupling") continue;
    let to: string | null = null;
    if (several && k.unit === undefined) to = inputKey({ ...k, unit: target });
    else if (!several && target !== "" && k.unit === target)
      to = inputKey({ ...k, unit: undefined });
    if (to === null || inputs.has(to)) continue;
    out.set(to, value);
    moved.set(key, to);
  }
  const note =
    moved.size === 0
      ? null
      : several
        ? `The scores and data entered before there were several units now belong to the first unit, ${target} (${moved.size} entries)`
        : `The scores and data of ${target} are now those of the one unit (${moved.size} entries)`;
  return { inputs: out, moved, note };
}
