/** Global weights in a hierarchy (docs/methods.md §1.6). */
import { describe } from "../cells";
import { InputError } from "../errors";

/**
 * Global weight of each node: its local weight times its parent's global weight (a node
 * without parent hangs from the goal, whose weight is 1). Node names match case-insensitively
 * after trimming.
 *
 * @example globalWeights(["A", "B", "A1", "A2"], ["", "", "A", "A"], [0.6, 0.4, 0.5, 0.5])
 * // [0.6, 0.4, 0.3, 0.3]
 */
export function globalWeights(
  nodes: string[],
  parents: (string | null)[],
  local: number[]
): number[] {
  const n = nodes.length;
  if (parents.length !== n || local.length !== n) {
    throw new InputError(
      `nodes, parents and local_weights must have the same number of cells (${n}, ${parents.length}, ${local.length})`
    );
  }
  const key = (s: string) => s.trim().toLowerCase();
  const index = new Map<string, number>();
  nodes.forEach((name, i) => {
    const k = key(name);
    if (index.has(k))
      throw new InputError(
        `Node ${describe(name)} appears twice (rows ${(index.get(k) as number) + 1} and ${i + 1})`
      );
    index.set(k, i);
  });
  local.forEach((x, i) => {
    if (!(x >= 0))
      throw new InputError(
        `Local weight of ${describe(nodes[i])} (row ${i + 1}) is ${describe(x)}; weights must be ≥ 0`
      );
  });
  const parentOf = parents.map((p, i) => {
    if (p === null || p.trim() === "") return -1;
    const at = index.get(key(p));
    if (at === undefined)
      throw new InputError(
        `Parent ${describe(p)} of ${describe(nodes[i])} (row ${i + 1}) is not among the nodes`,
        "na"
      );
    return at;
  });
  const result = new Array<number>(n).fill(NaN);
  const state = new Array<number>(n).fill(0); // 0 new, 1 on the current path, 2 done
  const visit = (i: number): number => {
    if (state[i] === 2) return result[i];
    const path: number[] = [];
    let at = i;
    while (at >= 0 && state[at] !== 2) {
      if (state[at] === 1) {
        const cycle = path.slice(path.indexOf(at)).map((x) => describe(nodes[x]));
        throw new InputError(
          `The hierarchy has a cycle: ${cycle.concat(describe(nodes[at])).join(" → ")}`
        );
      }
      state[at] = 1;
      path.push(at);
      at = parentOf[at];
    }
    let g = at < 0 ? 1 : result[at];
    for (let k = path.length - 1; k >= 0; k--) {
      g *= local[path[k]];
      result[path[k]] = g;
      state[path[k]] = 2;
    }
    return result[i];
  };
  for (let i = 0; i < n; i++) visit(i);
  result.forEach((g, i) => {
    if (!Number.isFinite(g)) {
      throw new InputError(
        `The global weight of ${describe(nodes[i])} (row ${i + 1}) is beyond Excel's largest number; local weights are normally fractions of 1`,
        "num"
      );
    }
  });
  return result;
}
