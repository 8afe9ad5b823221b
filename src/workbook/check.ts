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
import { blockMatrix } from "./judgmentMatrix";
import { aggregated, comparisonBlocks, effectiveMethod } from "./layout";
import { messagesOf } from "./i18n";
import {
  EvaluationModel,
  comparisonParents,
  indicators,
  severalUnits,
  thresholdsOf,
  unitNames,
} from "./model";
import type { CellValue } from "./spec";
import { CHECK_MESSAGES_EN, CheckMessages } from "./checkMessages";

export { CHECK_MESSAGES_EN } from "./checkMessages";
export type { CheckMessages } from "./checkMessages";
import {
  blockId,
  dataKey,
  judgmentKey,
  parseInputKey,
  resultKey,
  scoreKey,
  thresholdKey,
} from "./keys";

export interface CheckItem {
  severity: "ok" | "warning" | "error" | "missing";
  title: string;
  detail: string;
  /** For an entry of the missing list: what is missing or invalid. */
  kind?: "judgment" | "score" | "data" | "threshold";
  /** With several units: the unit a missing score or series belongs to. */
  unit?: string;
  /** True when `detail` is an error message of src/core (English in every language). */
  coreDetail?: boolean;
  /** The cell to select when the item is clicked. */
  sheet?: string;
  address?: string;
}

export interface BlockCheck {
  /** The block's result key (parent|expert, parent|aggregate). */
  key: string;
  parent: string;
  block: string;
  cr: number | null;
  state: "consistent" | "inconsistent" | "incomplete" | "invalid";
  items: CheckItem[];
  /** Judgments entered as numbers, of `pairs` (the aggregate: 0 of 0). */
  entered: number;
  pairs: number;
  /** The three worst judgments' elements "A vs B", worst first, while the block is inconsistent. */
  worst: string[];
}

type Cells = Map<string, { sheet: string; address: string }>;

/**
 * Every comparison block's CR and state and every missing or invalid entry, worded by `text`
 * (English by default). An item whose detail is an error of src/core (a matrix the AHP code
 * refuses) has `coreDetail`: that text is English in every language.
 */
export function checkEvaluation(
  model: EvaluationModel,
  inputs: Map<string, CellValue>,
  cells: Cells,
  text: CheckMessages = CHECK_MESSAGES_EN
): { blocks: BlockCheck[]; missing: CheckItem[] } {
  const s = model.settings;
  const method = effectiveMethod(s);
  const blocks: BlockCheck[] = [];
  const missing: CheckItem[] = [];
  const at = (key: string) => cells.get(key) ?? {};
  const pairSeparator = messagesOf(s.language).status.pairSeparator;

  for (const p of comparisonParents(model)) {
    const ids = p.children.map((c) => c.id);
    const parsed: Judgments[] = [];
    for (const b of comparisonBlocks(s)) {
      const shown =
        b.key === "agreed" && b.label === CHECK_MESSAGES_EN.agreed ? text.agreed : b.label;
      const label = text.block(p.name, shown);
      const m = blockMatrix(p.id, b.key, ids, inputs);
      const items: CheckItem[] = [];
      const worst: string[] = [];
      const gaps: string[] = [];
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = judgmentKey(p.id, b.key, ids[i], ids[j]);
          if (m[i][j] === null) gaps.push(key);
          else if (Number.isNaN(m[i][j] as number))
            items.push({
              severity: "error",
              title: text.pair(p.children[i].name, p.children[j].name),
              detail: text.notAJudgment(String(inputs.get(key))),
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
          title: text.judgmentMissing(label),
          detail: text.pair(
            p.children[ids.indexOf(k.row)].name,
            p.children[ids.indexOf(k.column)].name
          ),
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
              const pair = text.pair(p.children[sug.row - 1].name, p.children[sug.column - 1].name);
              // The Status sheet lists the worst pairs in the workbook's language.
              worst.push(
                `${p.children[sug.row - 1].name}${pairSeparator}${p.children[sug.column - 1].name}`
              );
              items.push({
                severity: "warning",
                title: text.suggestion(pair, fmt(sug.judgment)),
                detail: text.consistentValue(fmt(sug.suggested), sug.deviation.toFixed(2)),
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
            coreDetail: true,
          });
        }
      }
      const pairs = (ids.length * (ids.length - 1)) / 2;
      const entered = m.flatMap((row, i) =>
        row.filter((x, jj) => jj > i && typeof x === "number" && !Number.isNaN(x))
      ).length;
      blocks.push({
        key: blockId(p.id, b.key),
        parent: p.name,
        block: shown,
        cr,
        state,
        items,
        entered,
        pairs,
        worst,
      });
    }
    if (aggregated(s)) {
      const n = comparisonBlocks(s).length;
      if (parsed.length < n) {
        blocks.push({
          key: blockId(p.id, "aggregate"),
          parent: p.name,
          block: text.aggregate,
          cr: null,
          state: "incomplete",
          items: [],
          entered: 0,
          pairs: 0,
          worst: [],
        });
      } else {
        const a = parseJudgments(
          aggregateJudgments(parsed).map((r) => r.map((x) => (Number.isNaN(x) ? null : x)))
        );
        const pr = priorities(a, method);
        const cr = consistencyRatio(pr.lambdaMax, a.n, s.riTable);
        blocks.push({
          key: blockId(p.id, "aggregate"),
          parent: p.name,
          block: text.aggregate,
          cr,
          state: cr < s.crThreshold ? "consistent" : "inconsistent",
          items: [],
          entered: 0,
          pairs: 0,
          worst: [],
        });
      }
    }
  }
  const several = severalUnits(s);
  for (const unit of several ? unitNames(s) : [undefined]) {
    const of = (name: string) => (unit === undefined ? name : text.inUnit(unit, name));
    const inUnit = unit === undefined ? {} : { unit };
    for (const node of indicators(model)) {
      if (node.type === "qualitative") {
        s.experts.forEach((e, h) => {
          const key = scoreKey(node.id, h + 1, unit);
          const x = parseNumber(inputs.get(key));
          if (x === null)
            missing.push({
              severity: "missing",
              kind: "score",
              title: text.scoreMissing(of(node.name)),
              detail: e,
              ...inUnit,
              ...at(key),
            });
          else if (Number.isNaN(x) || x < 0)
            missing.push({
              severity: "error",
              kind: "score",
              title: text.scoreInvalid(of(node.name)),
              ...inUnit,
              detail: text.invalidScore(e, String(inputs.get(key))),
              ...at(key),
            });
        });
      } else {
        const empty = s.years.filter(
          (y) => parseNumber(inputs.get(dataKey(node.id, y, unit))) === null
        );
        if (empty.length > 0) {
          missing.push({
            severity: "missing",
            kind: "data",
            title: text.dataMissing(of(node.name)),
            ...inUnit,
            detail: text.years(empty.join(text.listSeparator)),
            ...at(dataKey(node.id, empty[0], unit)),
          });
        }
      }
    }
  }
  if (thresholdsOf(s) === "typed")
    for (const node of indicators(model).filter((n) => n.type === "quantitative"))
      for (const end of ["worst", "best"] as const) {
        const key = thresholdKey(node.id, end);
        if (typeof inputs.get(key) !== "number")
          missing.push({
            severity: "missing",
            kind: "threshold",
            title: text.thresholdMissing(node.name),
            detail: text.thresholdEnd(end),
            ...at(key),
          });
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

export function summarizeCheck(
  r: CheckResult,
  text: CheckMessages = CHECK_MESSAGES_EN
): CheckSummary {
  const count = (kind: CheckItem["kind"]) => r.missing.filter((m) => m.kind === kind).length;
  return {
    inconsistent: r.blocks
      .filter((b) => b.state === "inconsistent" || b.state === "invalid")
      .map((b) => {
        const block = text.block(b.parent, b.block);
        return b.cr !== null ? text.withCr(block, b.cr.toFixed(3)) : block;
      }),
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
export function resultsWarning(
  c: CheckSummary,
  text: CheckMessages = CHECK_MESSAGES_EN
): string | null {
  const parts: string[] = [];
  const n = c.inconsistent.length;
  if (n > 0) {
    const listed = c.inconsistent.slice(0, 5).join("; ") + (n > 5 ? text.andMore(n - 5) : "");
    parts.push(text.notConsistent(n, listed));
  }
  const counts: [number, (n: number) => string][] = [
    [c.judgments, text.judgments],
    [c.scores, text.scores],
    [c.series, text.series],
  ];
  const missing = counts.filter(([k]) => k > 0).map(([k, say]) => say(k));
  if (missing.length > 0) parts.push(text.missing(missing.join(text.listSeparator)));
  if (parts.length === 0) return null;
  return text.provisional(parts.join(" "));
}

function fmt(x: number): string {
  return x >= 1 ? String(Math.round(x * 100) / 100) : `1/${Math.round((1 / x) * 100) / 100}`;
}

/**
 * What the Status sheet shows, by result key (src/workbook/build/status.ts): the progress
 * counts, each block's state, its worst judgments while inconsistent and the results' warning.
 * The sheet computes the same with formulas; tests compare the two.
 */
export function statusValues(
  model: EvaluationModel,
  inputs: Map<string, CellValue>,
  check: CheckResult = checkEvaluation(model, inputs, new Map())
): Map<string, CellValue> {
  const s = model.settings;
  const th = s.crThreshold;
  const out = new Map<string, CellValue>();
  const t = messagesOf(s.language).status;
  const judged = (b: BlockCheck) =>
    b.cr === null ? t.invalid : b.cr < th ? t.consistent : t.revise(th);
  let judgments = 0;
  let expected = 0;
  let experts: BlockCheck[] = [];
  const flagged: BlockCheck[] = [];
  for (const b of check.blocks) {
    const aggregate = b.key.endsWith("|aggregate");
    let state: string;
    let complete: boolean;
    if (aggregate) {
      complete = experts.every((e) => e.entered === e.pairs);
      state = complete ? judged(b) : t.waits;
      experts = [];
    } else {
      experts.push(b);
      judgments += b.entered;
      expected += b.pairs;
      complete = b.entered === b.pairs;
      state =
        b.entered === 0
          ? t.notStarted
          : !complete
            ? `${t.incomplete[0]}${b.pairs - b.entered}${t.incomplete[1]}`
            : judged(b);
    }
    const inconsistent = complete && b.cr !== null && b.cr >= th;
    if (inconsistent) flagged.push(b);
    out.set(resultKey.blockState(b.key), state);
    if (!aggregate)
      for (let t = 1; t <= Math.max(1, Math.min(3, b.pairs)); t++)
        out.set(resultKey.worstJudgment(b.key, t), inconsistent ? (b.worst[t - 1] ?? "") : "");
  }
  const leaves = indicators(model);
  const qual = leaves.filter((n) => n.type === "qualitative");
  const quant = leaves.filter((n) => n.type === "quantitative");
  const isNumber = (v: CellValue | undefined) => typeof v === "number" && Number.isFinite(v);
  const units = severalUnits(s) ? unitNames(s) : [undefined];
  let scores = 0;
  let series = 0;
  for (const unit of units) {
    let unitScores = 0;
    for (const n of qual)
      s.experts.forEach((_, h) => {
        if (isNumber(inputs.get(scoreKey(n.id, h + 1, unit)))) unitScores++;
      });
    const unitSeries = quant.filter((n) =>
      s.years.every((y) => isNumber(inputs.get(dataKey(n.id, y, unit))))
    ).length;
    if (unit !== undefined) {
      out.set(resultKey.unitProgress(unit, "scores"), unitScores);
      out.set(resultKey.unitProgress(unit, "series"), unitSeries);
    }
    scores += unitScores;
    series += unitSeries;
  }
  const scoresExpected = qual.length * s.experts.length * units.length;
  const seriesExpected = quant.length * units.length;
  const consistent = check.blocks.filter(
    (b) => out.get(resultKey.blockState(b.key)) === t.consistent
  ).length;
  const counts: ["judgments" | "scores" | "series" | "blocks", number, number][] = [
    ["judgments", judgments, expected],
    ["scores", scores, scoresExpected],
    ["series", series, seriesExpected],
    ["blocks", consistent, check.blocks.length],
  ];
  for (const [what, entered, of] of counts) {
    out.set(resultKey.progress(what, "entered"), entered);
    out.set(resultKey.progress(what, "expected"), of);
  }
  const missing = [
    [expected - judgments, t.words.judgments],
    [scoresExpected - scores, t.words.scores],
    [seriesExpected - series, t.words.series],
  ] as const;
  // As the sheet's formula assembles it (build/status.ts), piece by piece.
  const parts: string[] = [];
  const n = flagged.length;
  if (n > 0) {
    const f = flagged[0];
    parts.push(
      `${n}${t.notConsistent[n === 1 ? 0 : 1]}${t.first}${f.parent} — ${f.block}${t.cr[0]}${(f.cr as number).toFixed(3)}${t.cr[1]}${t.firstEnd}`
    );
  }
  const gaps = missing
    .filter(([k]) => k > 0)
    .map(([k, [one, many]]) => `${k}${k === 1 ? one : many}`);
  if (gaps.length > 0) parts.push(`${t.missing}${gaps.join(t.countsJoin)}${t.missingEnd}`);
  out.set(resultKey.warning, parts.length === 0 ? "" : `${parts.join("")}${t.provisional}`);
  return out;
}
