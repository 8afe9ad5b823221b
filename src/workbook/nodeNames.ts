/**
 * Problems with the names of the hierarchy's nodes, per node, as the Indicator system step marks
 * them on the Name field: an empty name or a name repeated among siblings is an error (the
 * comparison block of their parent could not tell them apart); the same name elsewhere in the
 * hierarchy is a warning. Names compare trimmed and ignoring case.
 */
import { EvaluationModel, childrenOf, describeNode, pathOf } from "./model";

export interface NameProblem {
  level: "error" | "warning";
  message: string;
}

const key = (name: string) => name.trim().toLowerCase();
const under = (m: EvaluationModel, id: string) => pathOf(m, id) || "the goal";

/**
 * The name problem of every node that has one.
 *
 * @example nameProblems(m).get("N7") // { level: "error", message: 'Two nodes under Innovation input are called "Policy"' }
 */
export function nameProblems(model: EvaluationModel): Map<string, NameProblem> {
  const out = new Map<string, NameProblem>();
  const byName = new Map<string, string[]>();
  for (const n of model.nodes) {
    if (n.name.trim() === "") {
      out.set(n.id, { level: "error", message: `${describeNode(model, n)} has no name` });
      continue;
    }
    byName.set(key(n.name), [...(byName.get(key(n.name)) ?? []), n.id]);
  }
  for (const n of model.nodes) {
    if (out.has(n.id) || n.name.trim() === "") continue;
    const same = childrenOf(model, n.parent).filter(
      (s) => s.id !== n.id && key(s.name) === key(n.name)
    );
    if (same.length > 0) {
      out.set(n.id, {
        level: "error",
        message: `${same.length === 1 ? "Two nodes" : `${same.length + 1} nodes`} under ${under(model, n.id)} are called "${n.name.trim()}": siblings need different names`,
      });
      continue;
    }
    const elsewhere = (byName.get(key(n.name)) ?? []).filter((id) => id !== n.id);
    if (elsewhere.length > 0)
      out.set(n.id, {
        level: "warning",
        message: `"${n.name.trim()}" is also the name of a node under ${under(model, elsewhere[0])}; the sheets will show both`,
      });
  }
  return out;
}

/** The errors among sibling names, once per repeated name (empty names are validateModel's). */
export function siblingNameErrors(model: EvaluationModel): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [id, p] of nameProblems(model)) {
    const n = model.nodes.find((x) => x.id === id);
    if (!n || p.level !== "error" || n.name.trim() === "") continue;
    const k = `${n.parent}\u0000${key(n.name)}`;
    if (!seen.has(k)) out.push(p.message);
    seen.add(k);
  }
  return out;
}
