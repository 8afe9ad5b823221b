/**
 * The words of the wizard's Check step (src/workbook/check.ts) in English: its own module, with
 * no dependency, so the task pane's message tables can hold it without the check's code.
 */

/**
 * The words of the check's titles, details and warning, in one language (the task pane passes
 * its own; the workbook's Status sheet uses the English default).
 */
export interface CheckMessages {
  /** "Goal — Expert 1": a comparison block of a criterion. */
  block: (parent: string, block: string) => string;
  /** The block of agreed judgments, and the AIJ aggregate's. */
  agreed: string;
  aggregate: string;
  pair: (a: string, b: string) => string;
  notAJudgment: (value: string) => string;
  judgmentMissing: (block: string) => string;
  suggestion: (pair: string, judgment: string) => string;
  consistentValue: (value: string, deviation: string) => string;
  /** A unit's indicator: "North — Patents". */
  inUnit: (unit: string, name: string) => string;
  scoreMissing: (indicator: string) => string;
  scoreInvalid: (indicator: string) => string;
  invalidScore: (expert: string, value: string) => string;
  dataMissing: (indicator: string) => string;
  years: (years: string) => string;
  thresholdMissing: (indicator: string) => string;
  thresholdEnd: (end: "worst" | "best") => string;
  /** A block not consistent in the warning: "Goal — Expert 3 (CR 0.131)". */
  withCr: (block: string, cr: string) => string;
  notConsistent: (n: number, listed: string) => string;
  andMore: (n: number) => string;
  listSeparator: string;
  judgments: (n: number) => string;
  scores: (n: number) => string;
  series: (n: number) => string;
  missing: (list: string) => string;
  provisional: (parts: string) => string;
}

/** The English CheckMessages (what the Check step, the results' warning and the Status sheet say). */
export const CHECK_MESSAGES_EN: CheckMessages = {
  block: (parent, block) => `${parent} — ${block}`,
  agreed: "agreed judgments",
  aggregate: "aggregate (AIJ)",
  pair: (a, b) => `${a} vs ${b}`,
  notAJudgment: (value) => `"${value}" is not a judgment`,
  judgmentMissing: (block) => `Judgment missing: ${block}`,
  suggestion: (pair, judgment) => `${pair}: ${judgment}`,
  consistentValue: (value, deviation) => `consistent value ${value} (deviation ${deviation})`,
  inUnit: (unit, name) => `${unit} — ${name}`,
  scoreMissing: (indicator) => `Score missing: ${indicator}`,
  scoreInvalid: (indicator) => `Score invalid: ${indicator}`,
  invalidScore: (expert, value) => `${expert}: "${value}"`,
  dataMissing: (indicator) => `Data missing: ${indicator}`,
  years: (years) => `years ${years}`,
  thresholdMissing: (indicator) => `Threshold missing: ${indicator}`,
  thresholdEnd: (end) => `the ${end} value`,
  withCr: (block, cr) => `${block} (CR ${cr})`,
  notConsistent: (n, listed) =>
    `${n} comparison block${n === 1 ? " is" : "s are"} not consistent: ${listed}.`,
  andMore: (n) => `; and ${n} more`,
  listSeparator: ", ",
  judgments: (n) => `${n} ${n === 1 ? "judgment" : "judgments"}`,
  scores: (n) => `${n} ${n === 1 ? "score" : "scores"}`,
  series: (n) => `${n} data series`,
  missing: (list) => `Missing: ${list}.`,
  provisional: (parts) =>
    `${parts} The results are provisional until this is fixed (see the Check step).`,
};
