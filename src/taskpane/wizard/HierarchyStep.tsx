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
import { en, Messages } from "../i18n/en";
import { useMessages } from "../i18n/context";
import { localizeProblem } from "../i18n/problems";

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

/** A node's name for labels and messages (an empty one shown as such, in the words of `t`). */
const nameOf = (m: EvaluationModel, id: string, t: Messages = en) => {
  const name = m.nodes.find((n) => n.id === id)?.name.trim() ?? "";
  return name === "" ? t.common.noName : name;
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
  const m = useMessages();
  const t = m.hierarchy;
  const name = (id: string) => nameOf(model, id, m);
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
  const found = node ? problems.get(node.id) : undefined;
  const problem = found && { level: found.level, ...localizeProblem(found.message, m) };

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
      status: t.added(what),
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
      act(next, t.indentEdit(name(node.id)), {
        status: parent ? t.nowUnder(name(node.id), name(parent)) : "",
      });
      if (parent) setCollapsed(new Set([...collapsed].filter((c) => c !== parent)));
    },
    outdent: () => {
      if (!node) return;
      const next = outdentNode(model, node.id);
      const after = node.parent === null ? "" : name(node.parent);
      act(next, t.outdentEdit(name(node.id)), {
        status: next
          ? `${t.nowAfter(name(node.id), after)} ${becameIndicator(model, next, node.parent, m)}`.trim()
          : "",
      });
    },
    move: (delta) => {
      if (!node || !canMove(model, node.id, delta)) return;
      const up = delta < 0;
      act(moveNode(model, node.id, delta), t.moveEdit(name(node.id), up), {
        status: t.moved(name(node.id), up),
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
      if (next === null) {
        setStatus(t.ownSubtree(name(id)));
        return;
      }
      act(next, t.dropEdit(name(id), place, name(target)), {
        select: id,
        status:
          `${t.dropped(name(id), place, name(target))} ${becameIndicator(model, next, from, m)}`.trim(),
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
    act(next, t.removeEdit(name(gone)), {
      select,
      then: select ? { item: select } : null,
      status: t.removed(name(gone), below > 0 && !parentToo ? below : 0),
    });
  };

  const rename = (field: "name" | "unit", value: string) => {
    if (!node) return;
    setStatus(null);
    history.edit(
      updateNode(model, node.id, { [field]: value }),
      field === "name" ? t.renameEdit(name(node.id)) : t.unitEdit(name(node.id)),
      `${field}:${node.id}:${session.current}`
    );
  };
  return (
    <div className="step">
      <Field label={t.goal}>
        <Input
          value={model.goal}
          onFocus={() => session.current++}
          onChange={(_, d) =>
            history.edit({ ...model, goal: d.value }, t.goalEdit, `goal:${session.current}`)
          }
        />
      </Field>
      <Text as="p" size={200} id="tree-keys">
        {/* markup of the message table (a constant): <em>Italic</em> */}
        <span dangerouslySetInnerHTML={{ __html: t.keysHtml }} />
      </Text>
      <Toolbar aria-label={t.historyToolbar} size="small" className="tree-toolbar">
        <Action
          label={t.undo}
          onClick={history.undo}
          disabled={history.undoLabel === null}
          title={history.undoLabel ? t.undoTitle(history.undoLabel) : t.nothingToUndo}
        />
        <Action
          label={t.redo}
          onClick={history.redo}
          disabled={history.redoLabel === null}
          title={history.redoLabel ? t.redoTitle(history.redoLabel) : t.nothingToRedo}
        />
        <ToolbarDivider />
        <Action
          label={t.addCriterion}
          onClick={() =>
            added(addCriterion(model, null), t.aCriterionWithIndicator, t.addCriterionEdit)
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
          <Toolbar aria-label={t.actionsOn(name(node.id))} size="small" className="tree-toolbar">
            <Action
              label={t.addChild}
              onClick={() =>
                added(addChild(model, node.id, t.newIndicator), t.anIndicator, t.addChildEdit)
              }
            />
            <Action
              label={t.addSibling}
              onClick={() =>
                added(
                  addSibling(model, node.id, leaf ? t.newIndicator : t.newCriterion),
                  leaf ? t.anIndicator : t.aNode,
                  t.addSiblingEdit
                )
              }
            />
            <Action
              label={t.indent}
              onClick={commands.indent}
              disabled={indentNode(model, node.id) === null}
              title={t.indentTitle}
            />
            <Action
              label={t.outdent}
              onClick={commands.outdent}
              disabled={node.parent === null}
              title={t.outdentTitle}
            />
            <Action
              label={t.up}
              onClick={() => commands.move(-1)}
              disabled={!canMove(model, node.id, -1)}
              title={t.upTitle}
            />
            <Action
              label={t.down}
              onClick={() => commands.move(1)}
              disabled={!canMove(model, node.id, 1)}
              title={t.downTitle}
            />
            <Action
              label={t.remove}
              onClick={commands.remove}
              disabled={false}
              title={t.removeTitle}
            />
          </Toolbar>
          <section className="editor" aria-label={t.editor(name(node.id))}>
            <Field
              label={t.name}
              validationState={problem ? problem.level : "none"}
              validationMessage={
                problem ? (
                  <span lang={problem.english ? "en" : undefined}>{problem.text}</span>
                ) : undefined
              }
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
                <Field label={t.type}>
                  <Select
                    value={node.type}
                    onChange={(_, d) =>
                      act(
                        updateNode(model, node.id, { type: d.value as "qualitative" }),
                        t.typeEdit(name(node.id)),
                        { then: null }
                      )
                    }
                  >
                    <option value="qualitative">{t.qualitative}</option>
                    <option value="quantitative">{t.quantitative}</option>
                  </Select>
                </Field>
                <Field label={t.direction}>
                  <Select
                    value={node.direction}
                    onChange={(_, d) =>
                      act(
                        updateNode(model, node.id, { direction: d.value as "benefit" }),
                        t.directionEdit(name(node.id)),
                        { then: null }
                      )
                    }
                  >
                    <option value="benefit">{t.benefit}</option>
                    <option value="cost">{t.cost}</option>
                  </Select>
                </Field>
              </div>
            )}
            {leaf && (
              <Field label={t.unit}>
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
        label={t.continue}
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
  parent: string | null,
  t: Messages
): string {
  if (parent === null || childrenOf(after, parent).length > 0) return "";
  return t.hierarchy.becameIndicator(nameOf(before, parent, t));
}
