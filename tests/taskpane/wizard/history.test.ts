import { updateNode, removeNode } from "../../../src/workbook/edit";
import { paperTemplate } from "../../../src/workbook/template";
import {
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  History,
  nextRedo,
  nextUndo,
  record,
  redo,
  restore,
  snapshotOf,
  undo,
} from "../../../src/taskpane/wizard/history";
import type { EvaluationModel } from "../../../src/workbook/model";

/** Applies an edit the way the wizard does: record the state before it, then change. */
function edit(
  state: { m: EvaluationModel; h: History },
  next: EvaluationModel,
  label: string,
  group: string | null = null
) {
  return { m: next, h: record(state.h, snapshotOf(state.m), label, group) };
}

describe("the hierarchy's undo history", () => {
  it("undoes and redoes edits in order, with their labels", () => {
    let s = { m: paperTemplate(), h: EMPTY_HISTORY };
    const original = s.m;
    s = edit(
      s,
      updateNode(s.m, "I112", { name: "Platforms" }),
      'Rename "Low-carbon technology platforms"'
    );
    s = edit(s, removeNode(s.m, "C12"), 'Remove "Financial support"');
    expect(nextUndo(s.h)).toBe('Remove "Financial support"');
    expect(nextRedo(s.h)).toBeNull();
    const u1 = undo(s.h, snapshotOf(s.m))!;
    expect(u1.label).toBe('Remove "Financial support"');
    let m = restore(s.m, u1.snapshot);
    expect(m.nodes.some((n) => n.id === "C12")).toBe(true);
    expect(m.nodes.find((n) => n.id === "I112")?.name).toBe("Platforms");
    const u2 = undo(u1.history, snapshotOf(m))!;
    m = restore(m, u2.snapshot);
    expect(m.nodes).toEqual(original.nodes);
    expect(undo(u2.history, snapshotOf(m))).toBeNull();
    expect(nextRedo(u2.history)).toBe('Rename "Low-carbon technology platforms"');
    const r1 = redo(u2.history, snapshotOf(m))!;
    m = restore(m, r1.snapshot);
    expect(m.nodes.find((n) => n.id === "I112")?.name).toBe("Platforms");
    expect(m.nodes.some((n) => n.id === "C12")).toBe(true);
    // a new edit drops what could be redone
    const after = record(r1.history, snapshotOf(m), "Rename the goal", null);
    expect(nextRedo(after)).toBeNull();
    expect(after.past).toHaveLength(2);
  });

  it("a name typed letter by letter is one step; the next time the field is entered is another", () => {
    let s = { m: paperTemplate(), h: EMPTY_HISTORY };
    for (const name of ["P", "Pl", "Pla"])
      s = edit(s, updateNode(s.m, "I112", { name }), "Rename", "name:I112:1");
    expect(s.h.past).toHaveLength(1);
    s = edit(s, updateNode(s.m, "I112", { name: "Plat" }), "Rename", "name:I112:2");
    expect(s.h.past).toHaveLength(2);
    let m = restore(s.m, undo(s.h, snapshotOf(s.m))!.snapshot);
    expect(m.nodes.find((n) => n.id === "I112")?.name).toBe("Pla");
    const h = undo(s.h, snapshotOf(s.m))!.history;
    m = restore(m, undo(h, snapshotOf(m))!.snapshot);
    expect(m.nodes.find((n) => n.id === "I112")?.name).toBe("Low-carbon technology platforms");
  });

  it("undo restores goal and nodes only: settings changed since stay", () => {
    const m = paperTemplate();
    const h = record(EMPTY_HISTORY, snapshotOf(m), "Rename the goal", null);
    const renamed = { ...m, goal: "New goal", settings: { ...m.settings, crThreshold: 0.05 } };
    const back = restore(renamed, undo(h, snapshotOf(renamed))!.snapshot);
    expect(back.goal).toBe(m.goal);
    expect(back.settings.crThreshold).toBe(0.05);
  });

  it(`keeps the last ${HISTORY_LIMIT} edits`, () => {
    let s = { m: paperTemplate(), h: EMPTY_HISTORY };
    for (let i = 0; i < HISTORY_LIMIT + 20; i++)
      s = edit(s, { ...s.m, goal: `Goal ${i}` }, `Edit ${i}`);
    expect(s.h.past).toHaveLength(HISTORY_LIMIT);
    expect(s.h.past[0].label).toBe("Edit 20");
    expect(s.h.past[0].snapshot.goal).toBe("Goal 19");
  });
});
