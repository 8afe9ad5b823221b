/**
 * Text as a workbook cell can hold it. An .xlsx file is XML, which cannot carry most control
 * characters, U+FFFE, U+FFFF or half of a surrogate pair (one such character makes a file that
 * openpyxl rejects and in which LibreOffice shows every text cell empty); Excel holds at most
 * 32,767 characters in a cell and stores a line break as "\n". Names are made storable before a
 * workbook is described, and every change is reported in the user's terms.
 */
import type { EvaluationModel } from "./model";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Characters XML 1.0 cannot carry (tab and line breaks it can), and unpaired surrogates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu; // with u, only unpaired surrogates match

/** "U+FFFE" for a character. */
function codeOf(ch: string): string {
  return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * `text` as a cell can store it, and what was changed: unstorable characters removed, "\r\n"
 * and "\r" written as "\n", and text beyond 32,767 characters cut (never inside a character).
 *
 * @example storableText("CO\u2082\uFFFE") // { text: "CO₂", changes: ["removed 1 character a workbook cannot store (U+FFFE)"] }
 */
export function storableText(text: string): { text: string; changes: string[] } {
  const changes: string[] = [];
  let out = text;
  if (out.includes("\r")) {
    out = out.replace(/\r\n?/g, "\n");
    changes.push('line breaks written as Excel\'s ("\\n")');
  }
  const removed = out.match(UNSTORABLE);
  if (removed) {
    out = out.replace(UNSTORABLE, "");
    const codes = [...new Set(removed.map(codeOf))].slice(0, 5).join(", ");
    changes.push(
      `removed ${removed.length} character${removed.length === 1 ? "" : "s"} a workbook cannot store (${codes})`
    );
  }
  if (out.length > MAX_CELL_TEXT) {
    let cut = MAX_CELL_TEXT;
    const last = out.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut--;
    changes.push(
      `cut from ${out.length.toLocaleString("en-US")} to ${cut.toLocaleString("en-US")} characters (a cell holds at most ${MAX_CELL_TEXT.toLocaleString("en-US")})`
    );
    out = out.slice(0, cut);
  }
  return { text: out, changes };
}

/** A short, readable form of a name for a message: its first 40 characters. */
function shortName(text: string): string {
  const chars = [...text];
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : text;
}

/**
 * The model with every name (goal, nodes, units, experts) storable in a cell, and one message
 * per changed name: "Indicator “R&D staff” (N3), name: removed 1 character a workbook cannot store (U+FFFE)".
 */
export function storableModel(model: EvaluationModel): {
  model: EvaluationModel;
  changes: string[];
} {
  const changes: string[] = [];
  /** The storable text, and its changes reported as `where(cleaned)`: "…: removed 1 character …". */
  const clean = (text: string, where: (cleaned: string) => string) => {
    const r = storableText(text);
    for (const c of r.changes) changes.push(`${where(r.text)}: ${c}`);
    return r.text;
  };
  const goal = clean(model.goal, () => "Goal");
  const nodes = model.nodes.map((n) => {
    const name = clean(n.name, (s) => `“${shortName(s)}” (${n.id}), name`);
    const unit = clean(n.unit, () => `“${shortName(name)}” (${n.id}), unit`);
    return name === n.name && unit === n.unit ? n : { ...n, name, unit };
  });
  const experts = model.settings.experts.map((e, i) => clean(e, () => `Expert ${i + 1}, name`));
  const units = model.settings.units?.map((u, i) => clean(u, () => `Unit ${i + 1}, name`));
  if (changes.length === 0) return { model, changes };
  const settings = { ...model.settings, experts };
  if (units) settings.units = units;
  return { model: { ...model, goal, nodes, settings }, changes };
}
