/**
 * The pane's words for the problems src/workbook reports in English (validateModel,
 * expertsProblem, unitsProblem, windowProblem in model.ts; nameProblems and siblingNameErrors
 * in nodeNames.ts; objectiveWeightsProblem and alphaProblem in objectiveWeights.ts): each is
 * recognised by its English form and worded again by the table `t.problems`. A message not
 * recognised stays English (`english: true`, shown with lang="en").
 */
import type { Messages } from "./en";

type Problems = Messages["problems"];

/** A problem as the pane shows it. */
export interface LocalizedProblem {
  text: string;
  /** True when it is the English original (not one of the known forms). */
  english: boolean;
}

/** A path of names "A › B" or "the goal", in the words of `p`. */
const path = (p: Problems, where: string) => (where === "the goal" ? p.theGoal : where);

/** describeNode's text ("Patents" under A › B, Indicator 2 under the goal), or null. */
function node(p: Problems, text: string): string | null {
  let m = /^"(.*)" under (.+)$/s.exec(text);
  if (m) return p.node(m[1], m[2]);
  m = /^"(.*)"$/s.exec(text);
  if (m) return p.node(m[1], "");
  m = /^(Criterion|Indicator) (\d+) under (.+)$/s.exec(text);
  if (m) return p.unnamed(m[1] === "Criterion", Number(m[2]), m[3] === "the goal" ? "" : m[3]);
  return null;
}

/** Each known form: its pattern and its words from the match (null: not this form after all). */
const FORMS: [RegExp, (p: Problems, m: RegExpExecArray) => string | null][] = [
  [/^(.+) and (.+) have the same id (\S+)$/s, (p, m) => sameId(p, m)],
  [/^(.+) has no name$/s, (p, m) => mapNode(p, m[1], p.noName)],
  [/^Node "(.*)" has an unknown parent (.+)$/s, (p, m) => p.unknownParent(m[1], m[2])],
  [/^Some nodes are not connected to the goal \(a cycle\?\)$/, (p) => p.notConnected],
  [/^The hierarchy has no indicators$/, (p) => p.noIndicators],
  [/^A node has more than 15 children: /, (p) => p.over15],
  [/^At least one expert is needed$/, (p) => p.oneExpert],
  [/^An expert has no name$/, (p) => p.expertNoName],
  [/^The unit "(.*)" is listed twice$/s, (p, m) => p.unitTwice(m[1])],
  [/^"(.*)" is listed twice$/s, (p, m) => p.listedTwice(m[1])],
  [/^At most (\d+) units \((\d+) are listed\)$/, (p, m) => p.atMostUnits(+m[1], +m[2])],
  [/^A unit has no name$/, (p) => p.unitNoName],
  [/^The window must be a whole number ≥ 1$/, (p) => p.windowWhole],
  [
    /^A window of (\d+) needs at least \d+ years of data \((\d+) years? (?:is|are) set\)/,
    (p, m) => p.windowYears(+m[1], +m[2]),
  ],
  [
    /^(?:Two|(\d+)) nodes under (.+) are called "(.*)": siblings need different names$/s,
    (p, m) => p.siblings(m[1] ? +m[1] : 2, path(p, m[2]), m[3]),
  ],
  [
    /^"(.*)" is also the name of a node under (.+); the sheets will show both$/s,
    (p, m) => p.alsoElsewhere(m[1], path(p, m[2])),
  ],
  [/^Entropy weights compare units: /, (p) => p.entropyUnits],
  [
    /^Entropy weights need at least two quantitative indicators \(the hierarchy has (none|one)\)\.$/,
    (p, m) => p.entropyIndicators(m[1] === "none" ? 0 : 1),
  ],
  [/^α is the share of the AHP weights, between 0 and 1, not (.+)$/s, (p, m) => p.alphaRange(m[1])],
];

function mapNode(p: Problems, text: string, say: (node: string) => string): string | null {
  const n = node(p, text);
  return n === null ? null : say(n);
}

function sameId(p: Problems, m: RegExpExecArray): string | null {
  const a = node(p, m[1]);
  const b = node(p, m[2]);
  return a === null || b === null ? null : p.sameId(a, b, m[3]);
}

/**
 * `english` (a problem of src/workbook) in the words of `t`.
 *
 * @example localizeProblem("At least one expert is needed", zhCN) // { text: "至少需要一位专家", english: false }
 */
export function localizeProblem(english: string, t: Messages): LocalizedProblem {
  for (const [re, say] of FORMS) {
    const m = re.exec(english);
    if (!m) continue;
    const text = say(t.problems, m);
    if (text !== null) return { text, english: false };
  }
  return { text: english, english: true };
}
