/**
 * Undo and redo of hierarchy edits: a bounded history of the goal and nodes before each edit.
 * The settings are not part of it (they have their own fields), so undoing a rename never
 * changes a setting made since. Consecutive edits of one group (typing into one Name field)
 * are one step.
 */
import type { EvaluationModel, IndicatorNode } from "../../workbook/model";

/** What an undo puts back: the goal and the nodes. */
export interface Snapshot {
  goal: string;
  nodes: readonly IndicatorNode[];
}

/** A snapshot and the edit that was made from it (or, in `future`, that undo took back). */
interface Entry {
  snapshot: Snapshot;
  label: string;
}

export interface History {
  past: readonly Entry[];
  future: readonly Entry[];
  /** The group of the last edit; an edit of the same group joins it. */
  group: string | null;
}

/** The most edits that can be undone. */
export const HISTORY_LIMIT = 100;

export const EMPTY_HISTORY: History = { past: [], future: [], group: null };

export const snapshotOf = (m: EvaluationModel): Snapshot => ({ goal: m.goal, nodes: m.nodes });

/** The model with a snapshot's goal and nodes, and its own settings. */
export const restore = (m: EvaluationModel, s: Snapshot): EvaluationModel => ({
  ...m,
  goal: s.goal,
  nodes: s.nodes.map((n) => ({ ...n })),
});

/**
 * Records an edit made from `before`. With a `group` equal to the last edit's, it joins that
 * edit (one undo step for a name typed letter by letter). Any redo is dropped.
 *
 * @example record(h, snapshotOf(m), 'Rename "Policy"', "name:N3:1")
 */
export function record(h: History, before: Snapshot, label: string, group: string | null): History {
  if (group !== null && group === h.group && h.past.length > 0)
    return { past: h.past, future: [], group };
  const past = [...h.past, { snapshot: before, label }].slice(-HISTORY_LIMIT);
  return { past, future: [], group };
}

/** Takes back the last edit: the snapshot to restore and the edit's label, or null with nothing to undo. */
export function undo(
  h: History,
  current: Snapshot
): { history: History; snapshot: Snapshot; label: string } | null {
  const e = h.past[h.past.length - 1];
  if (!e) return null;
  return {
    history: {
      past: h.past.slice(0, -1),
      future: [{ snapshot: current, label: e.label }, ...h.future],
      group: null,
    },
    snapshot: e.snapshot,
    label: e.label,
  };
}

/** Makes again the last edit taken back, or null with nothing to redo. */
export function redo(
  h: History,
  current: Snapshot
): { history: History; snapshot: Snapshot; label: string } | null {
  const e = h.future[0];
  if (!e) return null;
  return {
    history: {
      past: [...h.past, { snapshot: current, label: e.label }].slice(-HISTORY_LIMIT),
      future: h.future.slice(1),
      group: null,
    },
    snapshot: e.snapshot,
    label: e.label,
  };
}

/** The label of the edit undo would take back, and of the one redo would make, for the buttons. */
export const nextUndo = (h: History): string | null => h.past[h.past.length - 1]?.label ?? null;
export const nextRedo = (h: History): string | null => h.future[0]?.label ?? null;

/** The edits the hierarchy step can make and take back. */
export interface HierarchyHistory {
  /** Applies an edit; edits of one `group` (a name typed letter by letter) are one undo step. */
  edit: (m: EvaluationModel, label: string, group?: string) => void;
  undo: () => void;
  redo: () => void;
  /** Labels of the edits undo and redo would take back or make again (null: none). */
  undoLabel: string | null;
  redoLabel: string | null;
  /** What the last undo or redo did, for the step's status line. */
  announced: string | null;
}
