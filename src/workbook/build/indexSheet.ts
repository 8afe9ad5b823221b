/** The Index System sheet: one row per node with its stable id, parent, level, kind, type, direction and unit. */
import { childrenOf, depthFirst } from "../model";
import type { BuildContext } from "./context";

export function buildIndexSheet(ctx: BuildContext): void {
  const sh = ctx.sheet("index");
  const model = ctx.model;
  sh.put(0, 0, { value: "Index system", style: "title" });
  ["Id", "Parent", "Name", "Level", "Kind", "Type", "Direction", "Unit", "Note"].forEach((h, c) =>
    sh.put(3, c, { value: h, style: "header" })
  );
  sh.put(4, 0, { value: "GOAL" });
  sh.put(4, 2, { value: model.goal, style: "label" });
  sh.put(4, 3, { value: 0 });
  sh.put(4, 4, { value: "goal" });
  depthFirst(model).forEach(({ node, depth }, i) => {
    const r = 5 + i;
    const leaf = childrenOf(model, node.id).length === 0;
    sh.put(r, 0, { value: node.id });
    sh.put(r, 1, { value: node.parent ?? "GOAL" });
    sh.put(r, 2, {
      value: `${"  ".repeat(depth - 1)}${node.name}`,
      style: node.example ? "example" : undefined,
    });
    sh.put(r, 3, { value: depth });
    sh.put(r, 4, { value: leaf ? "indicator" : "criterion" });
    sh.put(r, 5, { value: leaf ? node.type : "" });
    sh.put(r, 6, { value: leaf ? node.direction : "" });
    sh.put(r, 7, { value: node.unit });
    sh.put(r, 8, {
      value: node.example ? "Example indicator: rename or replace it" : "",
      style: "note",
    });
  });
  Object.assign(sh.spec.columnWidths, {
    A: 8,
    B: 8,
    C: 46,
    D: 6,
    E: 10,
    F: 13,
    G: 10,
    H: Math.min(40, Math.max(24, ...model.nodes.map((n) => [...n.unit].length + 2))),
    I: 36,
  });
  sh.note(
    1,
    `Goal: ${model.goal}. Edit the hierarchy in the task pane (Indicator system step); ids are stable and match judgments and scores when rebuilding.`,
    8
  );
  sh.page({ freeze: { rows: 4, columns: 1 }, landscape: true, titleRows: { first: 3, last: 3 } });
}
