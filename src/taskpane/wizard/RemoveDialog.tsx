/**
 * Asking before Remove takes more than one leaf: a node with a subtree (its count and the first
 * names below it), or the last child of a criterion (which then becomes an indicator, unless
 * it goes too).
 */
import { subtreeIds } from "../../workbook/edit";
import { EvaluationModel, childrenOf, depthFirst } from "../../workbook/model";
import { ConfirmDialog } from "./ConfirmDialog";
import { useMessages } from "../i18n/context";

/** What removing a node takes with it. */
export interface RemoveRequest {
  id: string;
  /** Names of the nodes below it, depth-first. */
  below: string[];
  /** Its parent, when it is that criterion's only child (null otherwise). */
  emptiedParent: string | null;
  /** Whether to ask first (a subtree, or a criterion's last child). */
  ask: boolean;
}

const shown = (name: string) => (name.trim() === "" ? "(no name)" : name.trim());

/**
 * @example removeRequest(blankTemplate(), "N1") // { id: "N1", below: ["Indicator 1.1", "Indicator 1.2"], emptiedParent: null, ask: true }
 */
export function removeRequest(model: EvaluationModel, id: string): RemoveRequest {
  const inTree = subtreeIds(model, id);
  const below = depthFirst(model)
    .filter((x) => x.node.id !== id && inTree.has(x.node.id))
    .map((x) => shown(x.node.name));
  const parent = model.nodes.find((n) => n.id === id)?.parent ?? null;
  const emptiedParent = parent !== null && childrenOf(model, parent).length === 1 ? parent : null;
  return { id, below, emptiedParent, ask: below.length > 0 || emptiedParent !== null };
}

/** The most names listed in the question. */
const LISTED = 6;

export function RemoveDialog(props: {
  request: RemoveRequest | null;
  model: EvaluationModel;
  /** Remove; `parentToo`: the emptied criterion goes as well. */
  onAnswer: (parentToo: boolean) => void;
  onCancel: () => void;
  returnFocus: () => void;
}) {
  const r = props.request;
  const m = useMessages();
  const t = m.remove;
  const nameOf = (id: string | null) => {
    const name = shown(props.model.nodes.find((n) => n.id === id)?.name ?? "");
    return name === shown("") ? m.common.noName : name;
  };
  const name = r ? nameOf(r.id) : "";
  const parent = r?.emptiedParent ? nameOf(r.emptiedParent) : null;
  const below = r?.below ?? [];
  const title = below.length > 0 ? t.titleBelow(name, below.length) : t.title(name);
  const actions =
    parent === null
      ? [{ label: t.remove, primary: true, onClick: () => props.onAnswer(false) }]
      : [
          {
            label: t.becomesIndicator(parent),
            primary: true,
            onClick: () => props.onAnswer(false),
          },
          { label: t.parentToo(parent), onClick: () => props.onAnswer(true) },
        ];
  const listed = below.slice(0, LISTED).map((b) => (b === shown("") ? m.common.noName : b));
  return (
    <ConfirmDialog
      open={r !== null}
      title={title}
      actions={actions}
      onCancel={props.onCancel}
      returnFocus={props.returnFocus}
    >
      {below.length > 0 && (
        <p>{t.belowIt(listed.join(t.listSeparator), Math.max(0, below.length - LISTED))}</p>
      )}
      {parent !== null && <p>{t.noChildrenLeft(parent)}</p>}
      <p>{t.undoBrings(below.length > 0)}</p>
    </ConfirmDialog>
  );
}
