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

/** Ids of `id` and every node below it. */
export function subtreeIds(model: EvaluationModel, id: string): Set<string> {
  const ids = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const n of model.nodes)
      if (n.parent !== null && ids.has(n.parent) && !ids.has(n.id)) {
        ids.add(n.id);
        grew = true;
      }
  }
  return ids;
}

/**
 * Moves `id` with its subtree to be child number `index` (0-based, counted without the node
 * itself) of `parent` (null = the goal). Returns null, changing nothing, when `parent` is the
 * node itself or one of its descendants, or when either node does not exist.
 *
 * @example moveTo(paperTemplate(), "C12", "C21", 0) // Financial support becomes the first child of Comprehensive utilisation
 */
export function moveTo(
  model: EvaluationModel,
  id: string,
  parent: string | null,
  index: number
): EvaluationModel | null {
  if (!model.nodes.some((n) => n.id === id)) return null;
  if (parent !== null && !model.nodes.some((n) => n.id === parent)) return null;
  const moving = subtreeIds(model, id);
  if (parent !== null && moving.has(parent)) return null;
  const m = clone(model);
  const block = m.nodes.filter((n) => moving.has(n.id));
  m.nodes = m.nodes.filter((n) => !moving.has(n.id));
  block[0].parent = parent;
  const kids = childrenOf(m, parent);
  const at = Math.max(0, Math.min(index, kids.length));
  const insertAt =
    at < kids.length
      ? m.nodes.indexOf(kids[at])
      : kids.length > 0
        ? lastDescendantIndex(m, kids[kids.length - 1].id) + 1
        : parent === null
          ? m.nodes.length
          : m.nodes.findIndex((n) => n.id === parent) + 1;
  m.nodes.splice(insertAt, 0, ...block);
  return m;
}

/**
 * Indent: the node becomes the last child of the sibling above it. Null when it is the first
 * of its siblings (there is nothing to indent under).
 */
export function indentNode(model: EvaluationModel, id: string): EvaluationModel | null {
  const node = model.nodes.find((n) => n.id === id);
  if (!node) return null;
  const siblings = childrenOf(model, node.parent);
  const i = siblings.findIndex((s) => s.id === id);
  if (i <= 0) return null;
  const above = siblings[i - 1];
  return moveTo(model, id, above.id, childrenOf(model, above.id).length);
}

/** Outdent: the node becomes the sibling right after its parent. Null for a child of the goal. */
export function outdentNode(model: EvaluationModel, id: string): EvaluationModel | null {
  const node = model.nodes.find((n) => n.id === id);
  if (!node || node.parent === null) return null;
  const parent = model.nodes.find((n) => n.id === node.parent) as IndicatorNode;
  const siblings = childrenOf(model, parent.parent);
  return moveTo(model, id, parent.parent, siblings.indexOf(parent) + 1);
}

/** Where a dragged node is dropped relative to a target: before it, after it, or inside it (last child). */
export type DropPlace = "before" | "after" | "inside";

/**
 * Drops `id` on `target`: "inside" makes the target its parent (as last child), "before" and
 * "after" put it beside the target under the target's parent. Null when that is not a move
 * (onto itself) or would put the node under its own subtree.
 */
export function dropNode(
  model: EvaluationModel,
  id: string,
  target: string,
  place: DropPlace
): EvaluationModel | null {
  if (id === target) return null;
  const t = model.nodes.find((n) => n.id === target);
  if (!t) return null;
  if (place === "inside") return moveTo(model, id, t.id, childrenOf(model, t.id).length);
  const siblings = childrenOf(model, t.parent).filter((s) => s.id !== id);
  const i = siblings.findIndex((s) => s.id === target);
  return moveTo(model, id, t.parent, place === "before" ? i : i + 1);
}

/**
 * Adds a criterion under `parent` (null = the goal) with one indicator below it, so that it is
 * a criterion from the start (a node without children would be a scored indicator).
 */
export function addCriterion(
  model: EvaluationModel,
  parent: string | null,
  name = "New criterion",
  indicatorName = "New indicator"
): { model: EvaluationModel; id: string } {
  const c = addChild(model, parent, name);
  return { model: addChild(c.model, c.id, indicatorName).model, id: c.id };
}

/** Whether a node can move one place up (-1) or down (+1) among its siblings. */
export function canMove(model: EvaluationModel, id: string, delta: -1 | 1): boolean {
  const node = model.nodes.find((n) => n.id === id);
  if (!node) return false;
  const siblings = childrenOf(model, node.parent);
  const j = siblings.findIndex((s) => s.id === id) + delta;
  return j >= 0 && j < siblings.length;
}
