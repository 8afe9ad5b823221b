/**
 * Edits of the indicator hierarchy, as the wizard's Indicator system step makes them. Each
 * returns a new model (the input is never changed); ids stay stable so that judgments and
 * scores follow their nodes through a rebuild.
 */
import { EvaluationModel, IndicatorNode, childrenOf, newId } from "./model";

const clone = (m: EvaluationModel): EvaluationModel => ({
  ...m,
  settings: { ...m.settings },
  nodes: m.nodes.map((n) => ({ ...n })),
});

/** Adds a child under `parent` (null = the goal), after its last child. */
export function addChild(
  model: EvaluationModel,
  parent: string | null,
  name = "New node"
): { model: EvaluationModel; id: string } {
  const m = clone(model);
  const id = newId(m);
  const node: IndicatorNode = {
    id,
    parent,
    name,
    type: "qualitative",
    direction: "benefit",
    unit: "",
  };
  const kids = childrenOf(m, parent);
  const after = kids.length
    ? lastDescendantIndex(m, kids[kids.length - 1].id)
    : parent === null
      ? m.nodes.length - 1
      : m.nodes.findIndex((n) => n.id === parent);
  m.nodes.splice(after + 1, 0, node);
  return { model: m, id };
}

/** Adds a sibling right after `id`. */
export function addSibling(
  model: EvaluationModel,
  id: string,
  name = "New node"
): { model: EvaluationModel; id: string } {
  const m = clone(model);
  const at = m.nodes.find((n) => n.id === id) as IndicatorNode;
  const nid = newId(m);
  m.nodes.splice(lastDescendantIndex(m, id) + 1, 0, {
    id: nid,
    parent: at.parent,
    name,
    type: "qualitative",
    direction: "benefit",
    unit: "",
  });
  return { model: m, id: nid };
}

/** Removes a node and all its descendants. */
export function removeNode(model: EvaluationModel, id: string): EvaluationModel {
  const m = clone(model);
  const gone = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of m.nodes) {
      if (n.parent && gone.has(n.parent) && !gone.has(n.id)) {
        gone.add(n.id);
        grew = true;
      }
    }
  }
  m.nodes = m.nodes.filter((n) => !gone.has(n.id));
  return m;
}

/** Changes fields of one node (name, type, direction, unit). */
export function updateNode(
  model: EvaluationModel,
  id: string,
  patch: Partial<Omit<IndicatorNode, "id" | "parent">>
): EvaluationModel {
  const m = clone(model);
  const n = m.nodes.find((x) => x.id === id);
  if (n) Object.assign(n, patch, patch.name !== undefined ? { example: false } : {});
  return m;
}

/** Moves a node (with its subtree) one place up (-1) or down (+1) among its siblings. */
export function moveNode(model: EvaluationModel, id: string, delta: -1 | 1): EvaluationModel {
  const m = clone(model);
  const node = m.nodes.find((n) => n.id === id) as IndicatorNode;
  const siblings = childrenOf(m, node.parent);
  const i = siblings.findIndex((s) => s.id === id);
  const j = i + delta;
  if (j < 0 || j >= siblings.length) return m;
  const [first, second] = delta < 0 ? [siblings[j], node] : [node, siblings[j]];
  const block = (x: IndicatorNode) => {
    const start = m.nodes.indexOf(x);
    return m.nodes.slice(start, lastDescendantIndex(m, x.id) + 1);
  };
  const a = block(first);
  const b = block(second);
  const start = m.nodes.indexOf(first);
  m.nodes.splice(start, a.length + b.length, ...b, ...a);
  return m;
}

/** Index in model.nodes of the last node of id's subtree (nodes are kept in depth-first order). */
function lastDescendantIndex(m: EvaluationModel, id: string): number {
  let last = m.nodes.findIndex((n) => n.id === id);
  const inTree = new Set([id]);
  for (let i = last + 1; i < m.nodes.length; i++) {
    if (m.nodes[i].parent && inTree.has(m.nodes[i].parent as string)) {
      inTree.add(m.nodes[i].id);
      last = i;
    }
  }
  return last;
}

/** Depth (1 = child of the goal) of every node. */
export function depths(model: EvaluationModel): Map<string, number> {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  for (const n of model.nodes) {
    let d = 1;
    let p = n.parent;
    while (p && d < 100) {
      d++;
      p = byId.get(p)?.parent ?? null;
    }
    out.set(n.id, d);
  }
  return out;
}
