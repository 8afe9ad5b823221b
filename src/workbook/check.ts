/**
 * The wizard's Check step: reads the filled comparison blocks, scores and data (by input key)
 * and lists, per block, its CR and state, the worst judgments with the consistent value
 * (AHP.SUGGEST's logic), and every missing judgment, score or yearly value, each with the cell
 * to select.
 */
import { consistencyRatio } from "../core/ahp/consistency";
import { aggregateJudgments } from "../core/ahp/group";
import { Judgments, parseJudgments } from "../core/ahp/judgments";
import { suggestions } from "../core/ahp/suggest";
import { priorities } from "../core/ahp/weights";
import { parseNumber } from "../core/cells";
import { blockMatrix } from "./evaluate";
import { aggregated, comparisonBlocks, effectiveMethod } from "./layout";
import { EvaluationModel, comparisonParents, indicators } from "./model";
import type { CellValue } from "./spec";
import { dataKey, judgmentKey, parseInputKey, scoreKey } from "./keys";

export interface CheckItem {
  severity: "ok" | "warning" | "error" | "missing";
  title: string;
  detail: string;
  /** For an entry of the missing list: what is missing or invalid. */
  kind?: "judgment" | "score" | "data";
  /** The cell to select when the item is clicked. */
  sheet?: string;
  address?: string;
}

export interface BlockCheck {
  parent: string;
  block: string;
  cr: number | null;
  state: "consistent" | "inconsistent" | "incomplete" | "invalid";
  items: CheckItem[];
}

type Cells = Map<string, { sheet: string; address: string }>;

export function checkEvaluation(
  model: EvaluationModel,
  inputs: Map<string, CellValue>,
  cells: Cells
): { blocks: BlockCheck[]; missing: CheckItem[] } {
  const s = model.settings;
  const method = effectiveMethod(s);
  const blocks: BlockCheck[] = [];
  const missing: CheckItem[] = [];
  const at = (key: string) => cells.get(key) ?? {};

  for (const p of comparisonParents(model)) {
    const ids = p.children.map((c) => c.id);
    const parsed: Judgments[] = [];
    for (const b of comparisonBlocks(s)) {
      const label = `${p.name} — ${b.label}`;
      const m = blockMatrix(p.id, b.key, ids, inputs);
      const items: CheckItem[] = [];
      const gaps: string[] = [];
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = judgmentKey(p.id, b.key, ids[i], ids[j]);
          if (m[i][j] === null) gaps.push(key);
          else if (Number.isNaN(m[i][j] as number))
            items.push({
              severity: "error",
              title: `${p.children[i].name} vs ${p.children[j].name}`,
              detail: `"${inputs.get(key)}" is not a judgment`,
              ...at(key),
            });
        }
      }
      for (const key of gaps) {
        const k = parseInputKey(key);
        if (k?.kind !== "judgment") continue;
        missing.push({
          severity: "missing",
          kind: "judgment",
          title: `Judgment missing: ${label}`,
          detail: `${p.children[ids.indexOf(k.row)].name} vs ${p.children[ids.indexOf(k.column)].name}`,
          ...at(key),
        });
      }
      let cr: number | null = null;
      let state: BlockCheck["state"] = "incomplete";
      if (items.length > 0) state = "invalid";
      else if (gaps.length < (ids.length * (ids.length - 1)) / 2) {
        try {
          const j = parseJudgments(m);
          parsed.push(j);
          const pr = priorities(j, method);
          cr = consistencyRatio(pr.lambdaMax, j.n, s.riTable);
          state =
            gaps.length > 0 ? "incomplete" : cr < s.crThreshold ? "consistent" : "inconsistent";
          if (state === "inconsistent") {
            for (const sug of suggestions(pr, j.a, 3)) {
              const key = judgmentKey(p.id, b.key, ids[sug.row - 1], ids[sug.column - 1]);
              items.push({
                severity: "warning",
                title: `${p.children[sug.row - 1].name} vs ${p.children[sug.column - 1].name}: ${fmt(sug.judgment)}`,
                detail: `consistent value ${fmt(sug.suggested)} (deviation ${sug.deviation.toFixed(2)})`,
                ...at(key),
              });
            }
          }
        } catch (e) {
          state = "invalid";
          items.push({
            severity: "error",
            title: label,
            detail: e instanceof Error ? e.message : String(e),
          });
        }
      }
      blocks.push({ parent: p.name, block: b.label, cr, state, items });
    }
    if (aggregated(s)) {
      const n = comparisonBlocks(s).length;
      if (parsed.length < n) {
        blocks.push({
          parent: p.name,
          block: "aggregate (AIJ)",
          cr: null,
          state: "incomplete",
          items: [],
        });
      } else {
        const a = parseJudgments(
          aggregateJudgments(parsed).map((r) => r.map((x) => (Number.isNaN(x) ? null : x)))
        );
        const pr = priorities(a, method);
        const cr = consistencyRatio(pr.lambdaMax, a.n, s.riTable);
        blocks.push({
          parent: p.name,
          block: "aggregate (AIJ)",
          cr,
          state: cr < s.crThreshold ? "consistent" : "inconsistent",
          items: [],
        });
      }
    }
  }
  for (const node of indicators(model)) {
    if (node.type === "qualitative") {
      s.experts.forEach((e, h) => {
        const key = scoreKey(node.id, h + 1);
        const x = parseNumber(inputs.get(key));
        if (x === null)
          missing.push({
            severity: "missing",
            kind: "score",
            title: `Score missing: ${node.name}`,
            detail: e,
            ...at(key),
          });
        else if (Number.isNaN(x) || x < 0)
          missing.push({
            severity: "error",
            kind: "score",
            title: `Score invalid: ${node.name}`,
            detail: `${e}: "${inputs.get(key)}"`,
            ...at(key),
          });
      });
    } else {
      const empty = s.years.filter((y) => parseNumber(inputs.get(dataKey(node.id, y))) === null);
      if (empty.length > 0) {
        missing.push({
          severity: "missing",
          kind: "data",
          title: `Data missing: ${node.name}`,
          detail: `years ${empty.join(", ")}`,
          ...at(dataKey(node.id, empty[0])),
        });
      }
    }
  }
  return { blocks, missing };
}

export type CheckResult = ReturnType<typeof checkEvaluation>;

/** Counts of what keeps results provisional: blocks not consistent, and missing entries by kind. */
export interface CheckSummary {
  /** "Parent — block" of every inconsistent or invalid comparison block, AIJ aggregates included. */
  inconsistent: string[];
  judgments: number;
  scores: number;
  /** Quantitative indicators with at least one year missing. */
  series: number;
}

export function summarizeCheck(r: CheckResult): CheckSummary {
  const count = (kind: CheckItem["kind"]) => r.missing.filter((m) => m.kind === kind).length;
  return {
    inconsistent: r.blocks
      .filter((b) => b.state === "inconsistent" || b.state === "invalid")
      .map((b) => `${b.parent} — ${b.block}${b.cr !== null ? ` (CR ${b.cr.toFixed(3)})` : ""}`),
    judgments: count("judgment"),
    scores: count("score"),
    series: count("data"),
  };
}

/**
 * The warning results carry while they are provisional, or null when every block is consistent
 * and nothing is missing.
 *
 * @example resultsWarning({ inconsistent: ["Goal — Expert 3 (CR 0.131)"], judgments: 2, scores: 0, series: 0 })
 * // "1 comparison block is not consistent: Goal — Expert 3 (CR 0.131). Missing: 2 judgments. The results are provisional …"
 */
export function resultsWarning(c: CheckSummary): string | null {
  const parts: string[] = [];
  const n = c.inconsistent.length;
  if (n > 0) {
    const listed = c.inconsistent.slice(0, 5).join("; ") + (n > 5 ? `; and ${n - 5} more` : "");
    parts.push(`${n} comparison block${n === 1 ? " is" : "s are"} not consistent: ${listed}.`);
  }
  const counts: [number, string, string][] = [
    [c.judgments, "judgment", "judgments"],
    [c.scores, "score", "scores"],
    [c.series, "data series", "data series"],
  ];
  const missing = counts
    .filter(([k]) => k > 0)
    .map(([k, one, many]) => `${k} ${k === 1 ? one : many}`);
  if (missing.length > 0) parts.push(`Missing: ${missing.join(", ")}.`);
  if (parts.length === 0) return null;
  return `${parts.join(" ")} The results are provisional until this is fixed (see the Check step).`;
}

function fmt(x: number): string {
  return x >= 1 ? String(Math.round(x * 100) / 100) : `1/${Math.round((1 / x) * 100) / 100}`;
}
