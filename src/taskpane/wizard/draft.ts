/**
 * The wizard's draft as saved with the workbook (see Host.saveDraft): the step, the model, the
 * model the user started from, the raw text of the settings fields and the last build's
 * summary. A saved text that is not such a draft (another version, damaged) reads as null.
 */
import { DEFAULT_SETTINGS, EvaluationModel } from "../../workbook/model";
import type { Draft, Drafts } from "./fields";
import type { BuildSummary } from "./host";

export const STEP_IDS = ["start", "system", "settings", "build", "check", "results"] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface WizardDraft {
  step: StepId;
  model: EvaluationModel | null;
  /** The model as Start produced it: edits are differences from it. */
  origin: EvaluationModel | null;
  drafts: Drafts;
  built: boolean;
  summary: BuildSummary | null;
}

const VERSION = 1;

export const encodeDraft = (d: WizardDraft): string => JSON.stringify({ version: VERSION, ...d });

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A model read back: nodes with string ids and names; settings missing a field take the default. */
function modelOf(v: unknown): EvaluationModel | null {
  if (!isObject(v) || typeof v.goal !== "string" || !Array.isArray(v.nodes)) return null;
  const nodes = v.nodes.filter(
    (n): n is EvaluationModel["nodes"][number] =>
      isObject(n) &&
      typeof n.id === "string" &&
      typeof n.name === "string" &&
      (n.parent === null || typeof n.parent === "string")
  );
  if (nodes.length !== v.nodes.length) return null;
  const settings = isObject(v.settings) ? v.settings : {};
  return { goal: v.goal, nodes, settings: { ...DEFAULT_SETTINGS, ...settings } };
}

function draftsOf(v: unknown): Drafts {
  if (!isObject(v)) return {};
  const out: Record<string, Draft> = {};
  for (const [k, d] of Object.entries(v))
    if (isObject(d) && typeof d.text === "string" && typeof d.base === "string")
      out[k] = { text: d.text, base: d.base, left: d.left === true };
  return out;
}

const strings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string");

function summaryOf(v: unknown): BuildSummary | null {
  if (!isObject(v) || !strings(v.created) || !strings(v.updated) || !strings(v.changes))
    return null;
  if (!Array.isArray(v.dropped) || typeof v.kept !== "number") return null;
  return {
    created: v.created,
    updated: v.updated,
    changes: v.changes,
    dropped: v.dropped.filter(isObject).map((d) => ({
      key: String(d.key),
      value: d.value as BuildSummary["dropped"][number]["value"],
    })),
    kept: v.kept,
    ...(typeof v.file === "string" ? { file: v.file } : {}),
    ...(strings(v.removed) ? { removed: v.removed } : {}),
    ...(strings(v.notes) ? { notes: v.notes } : {}),
  };
}

/**
 * Reads a saved draft, or null when the text is not one.
 *
 * @example decodeDraft(encodeDraft(d))?.step === d.step
 */
export function decodeDraft(text: string | null): WizardDraft | null {
  if (text === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(v) || v.version !== VERSION) return null;
  const step = STEP_IDS.find((s) => s === v.step) ?? "start";
  const model = modelOf(v.model);
  return {
    step: model ? step : "start",
    model,
    origin: modelOf(v.origin),
    drafts: draftsOf(v.drafts),
    built: v.built === true,
    summary: summaryOf(v.summary),
  };
}
