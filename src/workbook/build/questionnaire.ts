/**
 * The Questionnaire sheets (setting `questionnaire`): one per comparison block set (per expert,
 * or one for the agreed judgments), as BPMSG's template and paper questionnaires ask. For every
 * parent node, one row per pair of its children: "A vs B: which is more important, and how
 * much?" answered from a drop-down of the 17 answers of the verbal Saaty scale
 * (src/workbook/verbalScale.ts), kept on the very hidden sheet _SaatyScale. The answer cells are
 * the judgment input cells (the same keys as the matrix cells when the setting is off), so a
 * rebuild carries every judgment from one route to the other; a hidden helper column turns each
 * answer into its number, which the Comparisons sheet reads.
 */
import { comparisonParents } from "../model";
import { SCALE_SHEET, questionnaireSheets } from "../layout";
import { blockId, judgmentKey, resultKey } from "../keys";
import { FORMATS, addr, colName, parseAddr, rangeOf, sheetRef, textWidth } from "../spec";
import type { CellSpec } from "../spec";
import { VERBAL_SCALE, isVerbal, verbalScale } from "../verbalScale";
import type { Language } from "../../core/language";
import { messagesOf } from "../i18n";
import type { BuildContext, SheetBuilder } from "./context";
import { judgmentNumber } from "./comparisons";

/** Columns: #, Element A, Element B, question, answer, and the hidden numeric judgment. */
const COL = { no: 0, a: 1, b: 2, question: 3, answer: 4, number: 5 };
/** The header row (0-based); the questions start below it. */
const HEADER = 3;

/** What the Comparisons sheet and the build summary need from the questionnaires. */
export interface Questionnaires {
  /** Judgment key → sheet-qualified reference of its numeric judgment (the helper cell). */
  numbers: Map<string, string>;
  /** Answers that are not one of the 17 (kept as typed), one line each. */
  notes: string[];
  /** Adds each section's CR (read from the Comparisons sheet, once it is built). */
  finish: () => void;
}

/** The question of a pair, with the elements' names (in `language`, English by default). */
export const questionText = (a: string, b: string, language?: Language) =>
  messagesOf(language).questionnaire.question(a, b);

/** The very hidden sheet of the 17 answers (column A) and their values (column B); returns both ranges. */
function scaleSheet(ctx: BuildContext): { labels: string; values: string } {
  const sh = ctx.namedSheet(SCALE_SHEET);
  sh.spec.hidden = true;
  verbalScale(ctx.language).forEach((v, i) => {
    sh.put(i, 0, { value: v.label });
    sh.put(i, 1, { value: v.value });
  });
  const last = VERBAL_SCALE.length - 1;
  return {
    labels: `${sheetRef(SCALE_SHEET)}${rangeOf(0, 0, last, 0, true)}`,
    values: `${sheetRef(SCALE_SHEET)}${rangeOf(0, 1, last, 1, true)}`,
  };
}

/** Builds the Questionnaire sheets (nothing when the setting is off). */
export function buildQuestionnaireSheets(ctx: BuildContext): Questionnaires {
  const numbers = new Map<string, string>();
  const notes: string[] = [];
  const crCells: { sh: SheetBuilder; r: number; block: string }[] = [];
  const sheets = questionnaireSheets(ctx.settings, ctx.names.questionnaire);
  if (sheets.length === 0) return { numbers, notes, finish: () => undefined };
  const scale = scaleSheet(ctx);
  const parents = comparisonParents(ctx.model);
  const threshold = ctx.settings.crThreshold;
  const t = ctx.t.questionnaire;
  const scaleLabels = verbalScale(ctx.language).map((v) => v.label);
  for (const { name, block } of sheets) {
    const sh = ctx.namedSheet(name, true);
    sh.put(0, 0, { value: t.title(block.label), style: "title" });
    t.headers.forEach((h, c) => sh.put(HEADER, c, { value: h, style: "header" }));
    sh.put(HEADER, COL.number, { value: t.judgment, style: "header" });
    let r = HEADER + 1;
    let no = 0;
    for (const p of parents) {
      sh.put(r, 0, { value: t.respect(p.name), style: "subtitle" });
      crCells.push({ sh, r, block: blockId(p.id, block.key) });
      r++;
      const first = r;
      const k = p.children.length;
      for (let i = 0; i < k; i++) {
        for (let j = i + 1; j < k; j++) {
          const a = p.children[i];
          const b = p.children[j];
          const key = judgmentKey(p.id, block.key, a.id, b.id);
          sh.put(r, COL.no, { value: ++no, wrap: true }); // wrapped cells align at the top, as the question does
          sh.put(r, COL.a, { value: a.name, wrap: true });
          sh.put(r, COL.b, { value: b.name, wrap: true });
          sh.put(r, COL.question, { value: t.question(a.name, b.name), wrap: true });
          const at = sh.input(r, COL.answer, key);
          (sh.spec.cells.get(at) as CellSpec).wrap = true;
          const typed = ctx.inputs.get(key) ?? null;
          if (typed !== null && typed !== "" && !isVerbal(typed))
            notes.push(t.kept(name, a.name, b.name, JSON.stringify(typed), VERBAL_SCALE.length));
          sh.put(r, COL.number, {
            formula: `=IFERROR(INDEX(${scale.values},MATCH(TRIM(${at}),${scale.labels},0)),${judgmentNumber(at)})`,
            style: "formula",
            numFmt: FORMATS.judgment,
          });
          numbers.set(key, sh.ref(r, COL.number));
          r++;
        }
      }
      const range = rangeOf(first, COL.answer, r - 1, COL.answer);
      // An answer that is not one of the 17 (a number kept as typed) stands out.
      sh.spec.conditionalFormats.push({
        range,
        formula: `ISNUMBER(${addr(first, COL.answer)})`,
        fill: "FCE4D6",
        font: "9C0006",
      });
      sh.spec.validations.push({
        range,
        kind: "list",
        formula: `=${scale.labels}`,
        prompt: t.prompt,
        error: t.error(scaleLabels.length, scaleLabels[0], scaleLabels[scaleLabels.length - 1]),
      });
      r++; // a blank row between parents
    }
    Object.assign(sh.spec.columnWidths, {
      [colName(COL.no)]: 5,
      [colName(COL.a)]: 24,
      [colName(COL.b)]: 24,
      [colName(COL.question)]: 50,
      [colName(COL.answer)]: Math.max(...scaleLabels.map(textWidth)) + 4,
      [colName(COL.number)]: 12,
    });
    sh.note(1, t.note(block.label, threshold), COL.answer);
    sh.helpers(COL.number, COL.number);
    sh.page({
      freeze: { rows: HEADER + 1, columns: 0 },
      landscape: true,
      titleRows: { first: HEADER, last: HEADER },
    });
  }
  const finish = () => {
    for (const { sh, r, block } of crCells) {
      const at = ctx.resultCells.get(resultKey.cr(block));
      if (!at) continue;
      const p = parseAddr(at.address);
      const cr = `${sheetRef(at.sheet)}${addr(p.r, p.c, true)}`;
      const a = sh.put(r, COL.answer, {
        formula: `=IF(ISNUMBER(${cr}),${cr},"")`,
        style: "note",
        numFmt: '"CR "0.000',
      });
      const abs = addr(r, COL.answer, true);
      sh.spec.conditionalFormats.push(
        {
          range: a,
          formula: `AND(ISNUMBER(${abs}),${abs}>=${threshold})`,
          fill: "F8CBAD",
          font: "9C0006",
        },
        {
          range: a,
          formula: `AND(ISNUMBER(${abs}),${abs}<${threshold})`,
          fill: "C6EFCE",
          font: "006100",
        }
      );
    }
  };
  return { numbers, notes, finish };
}
