/** The Index System sheet: one row per node with its stable id, parent, level, kind, type, direction and unit. */
import { childrenOf, depthFirst } from "../model";
import type { BuildContext } from "./context";
import { textWidth } from "../spec";

export function buildIndexSheet(ctx: BuildContext): void {
  const sh = ctx.sheet("index");
  const model = ctx.model;
  const t = ctx.t;
  sh.put(0, 0, { value: t.index.title, style: "title" });
  t.index.headers.forEach((h, c) => sh.put(3, c, { value: h, style: "header" }));
  sh.put(4, 0, { value: "GOAL" });
  sh.put(4, 2, { value: model.goal, style: "label" });
  sh.put(4, 3, { value: 0 });
  sh.put(4, 4, { value: t.index.goal });
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
    sh.put(r, 4, { value: leaf ? t.index.indicator : t.index.criterion });
    sh.put(r, 5, { value: leaf ? t.common[node.type] : "" });
    sh.put(r, 6, { value: leaf ? t.common[node.direction] : "" });
    sh.put(r, 7, { value: node.unit });
    sh.put(r, 8, {
      value: node.example ? t.common.exampleNote : "",
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
    H: Math.min(40, Math.max(24, ...model.nodes.map((n) => textWidth(n.unit) + 2))),
    I: 36,
  });
  sh.note(1, t.index.note(model.goal), 8);
  sh.page({ freeze: { rows: 4, columns: 1 }, landscape: true, titleRows: { first: 3, last: 3 } });
}
