import * as React from "react";
import {
  Field,
  Input,
  Select,
  Text,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
} from "@fluentui/react-components";
import {
  DropPlace,
  addChild,
  addCriterion,
  addSibling,
  canMove,
  dropNode,
  indentNode,
  moveNode,
  outdentNode,
  removeNode,
  updateNode,
} from "../../workbook/edit";
import {
  EvaluationModel,
  childrenOf,
  expertsProblem,
  unitsProblem,
  validateModel,
  windowProblem,
} from "../../workbook/model";
import { nameProblems, siblingNameErrors } from "../../workbook/nodeNames";
import { ContinueButton, Drafts } from "./fields";
import type { HierarchyHistory } from "./history";
import { IndicatorTree, TreeCommands, itemId } from "./IndicatorTree";
import { RemoveDialog, RemoveRequest, removeRequest } from "./RemoveDialog";
import { useOpener } from "./ConfirmDialog";

const NO_DRAFTS: Drafts = {};

/** The model's problems this step can fix (those of the settings are the next step's). */
function hierarchyProblems(m: EvaluationModel): string[] {
  const settings = [
    expertsProblem(m.settings.experts),
    unitsProblem(m.settings.units ?? []),
    windowProblem(m.settings.window, m.settings.years.length),
  ];
  return [...validateModel(m).filter((p) => !settings.includes(p)), ...siblingNameErrors(m)];
}

/** A node's name for labels and messages (an empty one shown as such). */
const nameOf = (m: EvaluationModel, id: string) => {
  const name = m.nodes.find((n) => n.id === id)?.name.trim() ?? "";
  return name === "" ? "(no name)" : name;
};

/**
 * Where focus goes after the next render: a tree item, the Name field (its text selected), or
 * "keep" (where it is, e.g. on the toolbar button pressed again and again), or null (nowhere).
 */
type FocusRequest = { item: string } | "name" | "keep" | null;

/** Whether focus is on a toolbar button (which keeps it through Up, Down, Indent, Outdent). */
const onToolbar = () => document.activeElement?.closest(".tree-toolbar") != null;

/**
 * Step 2: the hierarchy as a tree (see IndicatorTree) with the selected node's editor: add,
 * rename, indent, outdent, reorder, drag, remove (asking first for a subtree or a criterion's
 * last child); every edit can be undone (buttons, Ctrl+Z / Ctrl+Y).
 */
export function HierarchyStep(props: {
  model: EvaluationModel;
  history: HierarchyHistory;
  onNext: () => void;
}) {
  const { model, history } = props;
  const [selectedId, setSelected] = React.useState<string | null>(model.nodes[0]?.id ?? null);
  const [collapsed, setCollapsed] = React.useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = React.useState<string | null>(null);
  const [removing, setRemoving] = React.useState<RemoveRequest | null>(null);
  const focus = React.useRef<FocusRequest>(null);
  const session = React.useRef(0);
  const nameInput = React.useRef<HTMLInputElement>(null);
  const opener = useOpener();

  // an undo can take the selected node away: the first node is selected instead
  const node =
    model.nodes.find((n) => n.id === selectedId) ??
    (model.nodes.length > 0 ? model.nodes[0] : null);
  const selected = node?.id ?? null;
  // read when a dialog has closed, after renders this closure did not see
  const selectedNow = React.useRef(selected);
  React.useEffect(() => {
    selectedNow.current = selected;
  });
  const leaf = node ? childrenOf(model, node.id).length === 0 : false;
  const problems = nameProblems(model);
  const problem = node ? problems.get(node.id) : undefined;

  // the selected node is never hidden: its ancestors show as expanded
  const ancestors = ancestorsOf(model, selected);
  const shownCollapsed = new Set([...collapsed].filter((c) => !ancestors.has(c)));

  // after an action: focus what it asked for; and focus never stays on the page body
  React.useEffect(() => {
    const want = focus.current;
    focus.current = null;
    if (want === "keep") {
      if (selected) document.getElementById(itemId(selected))?.scrollIntoView({ block: "nearest" });
    } else if (want === "name") {
      nameInput.current?.focus();
      nameInput.current?.select();
    } else if (want !== null) {
      const el = document.getElementById(itemId(want.item));
      el?.scrollIntoView({ block: "nearest" });
      el?.focus();
    }
    if (document.activeElement === document.body && selected) {
      document.getElementById(itemId(selected))?.focus();
    }
  });

  /** Applies an edit, selects `select` and focuses its tree item (or the field `then` names). */
  const act = (
    next: EvaluationModel | null,
    label: string,
    opts: { select?: string; status?: string; then?: FocusRequest } = {}
  ) => {
    if (next === null) return;
    history.edit(next, label);
    const id = opts.select ?? selected;
    if (id) setSelected(id);
    setStatus(opts.status ?? null);
    focus.current =
      opts.then !== undefined ? opts.then : onToolbar() ? "keep" : id ? { item: id } : null;
  };
  const added = (r: { model: EvaluationModel; id: string }, what: string, label: string) =>
    act(r.model, label, {
      select: r.id,
      status: `Added ${what}. Press F2 to rename it.`,
      then: { item: r.id },
    });

  const commands: TreeCommands = {
    select: (id) => setSelected(id),
    rename: () => {
      setStatus(null);
      nameInput.current?.focus();
      nameInput.current?.select();
    },
    indent: () => {
      if (!node) return;
      const next = indentNode(model, node.id);
      const parent = next?.nodes.find((n) => n.id === node.id)?.parent;
      act(next, `Indent "${nameOf(model, node.id)}"`, {
        status: parent ? `"${nameOf(model, node.id)}" is now under "${nameOf(model, parent)}"` : "",
      });
      if (parent) setCollapsed(new Set([...collapsed].filter((c) => c !== parent)));
    },
    outdent: () => {
      if (!node) return;
      const next = outdentNode(model, node.id);
      const after = node.parent === null ? "" : nameOf(model, node.parent);
      act(next, `Outdent "${nameOf(model, node.id)}"`, {
        status: next
          ? `"${nameOf(model, node.id)}" is now after "${after}". ${becameIndicator(model, next, node.parent)}`.trim()
          : "",
      });
    },
    move: (delta) => {
      if (!node || !canMove(model, node.id, delta)) return;
      const way = delta < 0 ? "up" : "down";
      act(moveNode(model, node.id, delta), `Move "${nameOf(model, node.id)}" ${way}`, {
        status: `Moved "${nameOf(model, node.id)}" ${way}`,
      });
    },
    remove: () => {
      if (!node) return;
      const r = removeRequest(model, node.id);
      if (r.ask) {
        opener.remember();
        setRemoving(r);
      } else remove(r, false);
    },
    drop: (id: string, target: string, place: DropPlace) => {
      const next = dropNode(model, id, target, place);
      const from = model.nodes.find((n) => n.id === id)?.parent ?? null;
      const where =
        place === "inside"
          ? `under "${nameOf(model, target)}"`
          : `${place} "${nameOf(model, target)}"`;
      if (next === null) {
        setStatus(`"${nameOf(model, id)}" cannot go under its own subtree`);
        return;
      }
      act(next, `Move "${nameOf(model, id)}" ${where}`, {
        select: id,
        status:
          `Moved "${nameOf(model, id)}" ${where}. ${becameIndicator(model, next, from)}`.trim(),
      });
    },
  };

  /** Removes the node of `r` (with its parent when `parentToo`), then selects a neighbour. */
  const remove = (r: RemoveRequest, parentToo: boolean) => {
    const gone = parentToo && r.emptiedParent ? r.emptiedParent : r.id;
    const goneNode = model.nodes.find((n) => n.id === gone);
    if (!goneNode) return;
    const siblings = childrenOf(model, goneNode.parent);
    const i = siblings.indexOf(goneNode);
    const next = removeNode(model, gone);
    const neighbour = siblings[i + 1] ?? siblings[i - 1] ?? null;
    const select = neighbour?.id ?? goneNode.parent ?? next.nodes[0]?.id;
    const below = r.below.length;
    act(next, `Remove "${nameOf(model, gone)}"`, {
      select,
      then: select ? { item: select } : null,
      status: `Removed "${nameOf(model, gone)}"${below > 0 && !parentToo ? ` and ${below} below it` : ""}. Undo: Ctrl+Z.`,
    });
  };

  const rename = (field: "name" | "unit", value: string) => {
    if (!node) return;
    setStatus(null);
    history.edit(
      updateNode(model, node.id, { [field]: value }),
      `${field === "name" ? "Rename" : "Change the unit of"} "${nameOf(model, node.id)}"`,
      `${field}:${node.id}:${session.current}`
    );
  };
  return (
    <div className="step">
      <Field label="Goal">
        <Input
          value={model.goal}
          onFocus={() => session.current++}
          onChange={(_, d) =>
            history.edit({ ...model, goal: d.value }, "Rename the goal", `goal:${session.current}`)
          }
        />
      </Field>
      <Text as="p" size={200} id="tree-keys">
        Nodes with children are criteria; leaves are indicators. <em>Italic</em> names are the
        template&apos;s editable examples. Keys: arrows, F2 rename, Alt+Shift+arrows move, Delete
        remove, Ctrl+Z undo; or drag a node onto another.
      </Text>
      <Toolbar aria-label="Edit history" size="small" className="tree-toolbar">
        <Action
          label={"Undo"}
          onClick={history.undo}
          disabled={history.undoLabel === null}
          title={history.undoLabel ? `Undo: ${history.undoLabel} (Ctrl+Z)` : "Nothing to undo"}
        />
        <Action
          label={"Redo"}
          onClick={history.redo}
          disabled={history.redoLabel === null}
          title={history.redoLabel ? `Redo: ${history.redoLabel} (Ctrl+Y)` : "Nothing to redo"}
        />
        <ToolbarDivider />
        <Action
          label={"Add criterion"}
          onClick={() =>
            added(addCriterion(model, null), "a criterion with one indicator", "Add a criterion")
          }
        />
      </Toolbar>
      <IndicatorTree
        model={model}
        selected={selected}
        collapsed={shownCollapsed}
        onToggle={(id, open) => {
          if (!open && ancestors.has(id)) setSelected(id);
          setCollapsed(
            open ? new Set([...collapsed].filter((c) => c !== id)) : new Set([...collapsed, id])
          );
        }}
        problems={problems}
        commands={commands}
      />
      <p className="tree-status" role="status" aria-live="polite">
        {history.announced ?? status ?? ""}
      </p>
      {node && (
        <>
          <Toolbar
            aria-label={`Actions on "${nameOf(model, node.id)}"`}
            size="small"
            className="tree-toolbar"
          >
            <Action
              label={"Add child"}
              onClick={() =>
                added(addChild(model, node.id, "New indicator"), "an indicator", "Add a child")
              }
            />
            <Action
              label={"Add sibling"}
              onClick={() =>
                added(
                  addSibling(model, node.id, leaf ? "New indicator" : "New criterion"),
                  leaf ? "an indicator" : "a node",
                  "Add a sibling"
                )
              }
            />
            <Action
              label={"Indent"}
              onClick={commands.indent}
              disabled={indentNode(model, node.id) === null}
              title={"Under the node above (Alt+Shift+Right)"}
            />
            <Action
              label={"Outdent"}
              onClick={commands.outdent}
              disabled={node.parent === null}
              title={"Up one level (Alt+Shift+Left)"}
            />
            <Action
              label={"Up"}
              onClick={() => commands.move(-1)}
              disabled={!canMove(model, node.id, -1)}
              title={"Move up (Alt+Shift+Up)"}
            />
            <Action
              label={"Down"}
              onClick={() => commands.move(1)}
              disabled={!canMove(model, node.id, 1)}
              title={"Move down (Alt+Shift+Down)"}
            />
            <Action
              label={"Remove"}
              onClick={commands.remove}
              disabled={false}
              title={"Remove (Delete)"}
            />
          </Toolbar>
          <section className="editor" aria-label={`Edit "${nameOf(model, node.id)}"`}>
            <Field
              label="Name"
              validationState={problem ? problem.level : "none"}
              validationMessage={problem?.message}
            >
              <Input
                ref={nameInput}
                value={node.name}
                onFocus={() => session.current++}
                onChange={(_, d) => rename("name", d.value)}
                onKeyDown={(e) => {
                  if (e.key !== "Enter" && e.key !== "Escape") return;
                  e.preventDefault();
                  document.getElementById(itemId(node.id))?.focus();
                }}
              />
            </Field>
            {leaf && (
              <div className="row">
                <Field label="Type">
                  <Select
                    value={node.type}
                    onChange={(_, d) =>
                      act(
                        updateNode(model, node.id, { type: d.value as "qualitative" }),
                        `Change the type of "${nameOf(model, node.id)}"`,
                        { then: null }
                      )
                    }
                  >
                    <option value="qualitative">Qualitative (experts)</option>
                    <option value="quantitative">Quantitative (data)</option>
                  </Select>
                </Field>
                <Field label="Direction">
                  <Select
                    value={node.direction}
                    onChange={(_, d) =>
                      act(
                        updateNode(model, node.id, { direction: d.value as "benefit" }),
                        `Change the direction of "${nameOf(model, node.id)}"`,
                        { then: null }
                      )
                    }
                  >
                    <option value="benefit">Benefit</option>
                    <option value="cost">Cost</option>
                  </Select>
                </Field>
              </div>
            )}
            {leaf && (
              <Field label="Unit">
                <Input
                  value={node.unit}
                  onFocus={() => session.current++}
                  onChange={(_, d) => rename("unit", d.value)}
                />
              </Field>
            )}
          </section>
        </>
      )}
      <ContinueButton
        model={model}
        drafts={NO_DRAFTS}
        onChange={() => undefined}
        specs={[]}
        label="Continue to settings"
        problems={hierarchyProblems}
        onNext={props.onNext}
      />
      <RemoveDialog
        request={removing}
        model={model}
        onAnswer={(parentToo) => {
          if (removing) remove(removing, parentToo);
          setRemoving(null);
          opener.forget(); // focus goes to the node now selected, not back to the Remove button
        }}
        onCancel={() => setRemoving(null)}
        returnFocus={() =>
          opener.restore(() => {
            const now = selectedNow.current;
            if (now) document.getElementById(itemId(now))?.focus();
          })
        }
      />
    </div>
  );
}

/**
 * A toolbar button that stays focusable when it cannot act (so focus is not lost when Up
 * reaches the top), announced as unavailable.
 */
function Action(props: { label: string; onClick: () => void; disabled?: boolean; title?: string }) {
  return (
    <ToolbarButton
      appearance="subtle"
      disabledFocusable={props.disabled === true}
      onClick={props.disabled ? undefined : props.onClick}
      title={props.title}
    >
      {props.label}
    </ToolbarButton>
  );
}

/** Ids of the ancestors of `id`. */
function ancestorsOf(m: EvaluationModel, id: string | null): Set<string> {
  const out = new Set<string>();
  let p = m.nodes.find((n) => n.id === id)?.parent ?? null;
  while (p !== null && !out.has(p)) {
    out.add(p);
    p = m.nodes.find((n) => n.id === p)?.parent ?? null;
  }
  return out;
}

/** The status note when a move left the old parent without children (it is an indicator now). */
function becameIndicator(
  before: EvaluationModel,
  after: EvaluationModel,
  parent: string | null
): string {
  if (parent === null || childrenOf(after, parent).length > 0) return "";
  return `"${nameOf(before, parent)}" has no children left: it is an indicator now (Undo to take it back).`;
}
