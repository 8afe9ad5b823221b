/**
 * The indicator hierarchy as a WAI-ARIA tree: one Tab stop (roving tabindex on the selected
 * item), ArrowUp/Down to move, ArrowRight/Left to expand, collapse or go to the first child or
 * the parent, Home/End, F2 or Enter to rename, Alt+Shift+arrows to indent, outdent and reorder,
 * Delete to remove. Dragging a node (mouse, pen or touch) onto the middle of another makes that
 * one its parent; onto its top or bottom edge puts it before or after it.
 */
import * as React from "react";
import type { DropPlace } from "../../workbook/edit";
import { EvaluationModel, IndicatorNode, childrenOf, depthFirst } from "../../workbook/model";
import type { NameProblem } from "../../workbook/nodeNames";
import { useMessages } from "../i18n/context";

/** What the keyboard and the mouse can ask of the tree's owner. */
export interface TreeCommands {
  select: (id: string) => void;
  rename: () => void;
  indent: () => void;
  outdent: () => void;
  move: (delta: -1 | 1) => void;
  remove: () => void;
  drop: (id: string, target: string, place: DropPlace) => void;
}

/** The DOM id of a node's tree item. */
export const itemId = (id: string) => `tree-node-${id}`;

/** Visible rows: depth-first, without the descendants of collapsed criteria. */
function visibleRows(model: EvaluationModel, collapsed: ReadonlySet<string>) {
  const rows: { node: IndicatorNode; depth: number; kids: number }[] = [];
  let hideBelow: number | null = null;
  for (const { node, depth } of depthFirst(model)) {
    if (hideBelow !== null && depth > hideBelow) continue;
    hideBelow = null;
    const kids = childrenOf(model, node.id).length;
    rows.push({ node, depth, kids });
    if (kids > 0 && collapsed.has(node.id)) hideBelow = depth;
  }
  return rows;
}

/** Where in a row the pointer is: its top quarter is "before", its bottom quarter "after". */
function placeIn(rect: DOMRect, y: number): DropPlace {
  const f = (y - rect.top) / rect.height;
  return f < 0.25 ? "before" : f > 0.75 ? "after" : "inside";
}

export function IndicatorTree(props: {
  model: EvaluationModel;
  selected: string | null;
  collapsed: ReadonlySet<string>;
  onToggle: (id: string, open: boolean) => void;
  problems: ReadonlyMap<string, NameProblem>;
  commands: TreeCommands;
}) {
  const { model, selected, collapsed, commands } = props;
  const m = useMessages();
  const t = m.tree;
  const rows = visibleRows(model, collapsed);
  const [drag, setDrag] = React.useState<{ id: string; target: string; place: DropPlace } | null>(
    null
  );
  const justDragged = React.useRef(false);
  const focusRow = (id: string | undefined) => {
    if (id === undefined) return;
    commands.select(id);
    document.getElementById(itemId(id))?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    const row = rows[i];
    const open = row.kids > 0 && !collapsed.has(row.node.id);
    if (e.altKey && e.shiftKey) {
      const act: Record<string, () => void> = {
        ArrowRight: commands.indent,
        ArrowLeft: commands.outdent,
        ArrowUp: () => commands.move(-1),
        ArrowDown: () => commands.move(1),
      };
      if (!act[e.key]) return;
      act[e.key]();
    } else if (e.altKey || e.ctrlKey || e.metaKey) return;
    else if (e.key === "ArrowDown") focusRow(rows[i + 1]?.node.id);
    else if (e.key === "ArrowUp") focusRow(rows[i - 1]?.node.id);
    else if (e.key === "Home") focusRow(rows[0]?.node.id);
    else if (e.key === "End") focusRow(rows[rows.length - 1]?.node.id);
    else if (e.key === "ArrowRight") {
      if (row.kids > 0 && !open) props.onToggle(row.node.id, true);
      else if (open) focusRow(rows[i + 1]?.node.id);
    } else if (e.key === "ArrowLeft") {
      if (open) props.onToggle(row.node.id, false);
      else if (row.node.parent !== null) focusRow(row.node.parent);
    } else if (e.key === "F2" || e.key === "Enter") commands.rename();
    else if (e.key === "Delete") commands.remove();
    else if (e.key === " ") commands.select(row.node.id);
    else return;
    e.preventDefault();
  };

  const tree = React.useRef<HTMLDivElement>(null);
  /** While dragging near the tree's top or bottom edge, scrolls it towards the pointer. */
  const autoScroll = (y: number) => {
    const el = tree.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    if (y < r.top + 24) el.scrollTop -= 12;
    else if (y > r.bottom - 24) el.scrollTop += 12;
  };
  const onPointerDown = (e: React.PointerEvent, id: string) => {
    if (e.button !== 0) return;
    // pressing selects (a press that becomes a drag moves the selected node)
    commands.select(id);
    const start = { x: e.clientX, y: e.clientY };
    let current: { id: string; target: string; place: DropPlace } | null = null;
    let active = false;
    const move = (ev: PointerEvent) => {
      if (!active && Math.hypot(ev.clientX - start.x, ev.clientY - start.y) < 6) return;
      active = true;
      autoScroll(ev.clientY);
      const el = document
        .elementFromPoint(ev.clientX, ev.clientY)
        ?.closest<HTMLElement>('[role="treeitem"]');
      const target = el?.dataset.node;
      current =
        el && target && target !== id
          ? { id, target, place: placeIn(el.getBoundingClientRect(), ev.clientY) }
          : null;
      setDrag(current ?? { id, target: "", place: "inside" });
    };
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      window.removeEventListener("pointercancel", up);
      setDrag(null);
      if (!active) return;
      justDragged.current = true;
      setTimeout(() => (justDragged.current = false), 0);
      if (current) commands.drop(current.id, current.target, current.place);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
    window.addEventListener("pointercancel", up);
  };

  // the selected node, or the first row when it is hidden or gone, holds the tree's Tab stop
  const tabStop = rows.some((r) => r.node.id === selected) ? selected : (rows[0]?.node.id ?? null);
  return (
    <div
      ref={tree}
      className={`tree${drag ? " dragging" : ""}`}
      role="tree"
      aria-label={t.label}
      aria-describedby="tree-keys"
    >
      {rows.map(({ node: n, depth, kids }, i) => {
        const siblings = childrenOf(model, n.parent);
        const problem = props.problems.get(n.id);
        const dropHere = drag && drag.target === n.id ? ` drop-${drag.place}` : "";
        return (
          <div
            key={n.id}
            id={itemId(n.id)}
            data-node={n.id}
            role="treeitem"
            aria-level={depth}
            aria-setsize={siblings.length}
            aria-posinset={siblings.indexOf(n) + 1}
            aria-selected={n.id === selected}
            aria-expanded={kids > 0 ? !collapsed.has(n.id) : undefined}
            aria-invalid={problem?.level === "error" ? true : undefined}
            tabIndex={n.id === tabStop ? 0 : -1}
            className={`tree-item${n.id === selected ? " selected" : ""}${n.example ? " example" : ""}${drag?.id === n.id ? " dragged" : ""}${dropHere}`}
            style={{ paddingLeft: `${4 + (depth - 1) * 14}px` }}
            onClick={() => {
              if (!justDragged.current) focusRow(n.id);
            }}
            onKeyDown={(e) => onKeyDown(e, i)}
            onPointerDown={(e) => onPointerDown(e, n.id)}
          >
            <span
              className="tree-toggle"
              aria-hidden="true"
              onClick={(e) => {
                if (kids === 0) return;
                e.stopPropagation();
                props.onToggle(n.id, collapsed.has(n.id));
              }}
            >
              {kids > 0 ? (collapsed.has(n.id) ? "▸" : "▾") : ""}
            </span>
            <span className="tree-name">{n.name.trim() === "" ? m.common.noName : n.name}</span>
            {problem && (
              <span className={`tree-problem ${problem.level}`}>
                {n.name.trim() === "" ? "" : problem.level === "error" ? t.repeated : t.elsewhere}
              </span>
            )}
            <span className="tree-tag">
              {kids > 0
                ? t.below(kids)
                : `${n.type === "quantitative" ? t.data : t.experts}${n.direction === "cost" ? t.costTag : ""}`}
            </span>
          </div>
        );
      })}
    </div>
  );
}
