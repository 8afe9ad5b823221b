/**
 * The recognition report as lines of text (for the command line, and for the wizard's preview
 * before anything is written): the layout and its columns, the unit, editions, years and flows,
 * and what became of every value read.
 */
import { formatNumber } from "./accumulate";
import type { TradeFileReport } from "./accumulate";

/**
 * Years as ranges.
 *
 * @example yearRanges([2016, 2017, 2018, 2020]) // "2016–2018, 2020"
 */
export function yearRanges(years: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    out.push(j > i ? `${years[i]}–${years[j]}` : String(years[i]));
    i = j + 1;
  }
  return out.join(", ");
}

const count = (n: number) => n.toLocaleString("en-US");
/** "1 row", "2 rows". */
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * The report as lines: what was recognised and what was kept, skipped (with the reason) and
 * left unclassified (with the codes). Every value read is in exactly one of these counts.
 *
 * @example reportLines(result.report)[0] // "Layout: UN Comtrade (current API or bulk file), header on row 1"
 */
export function reportLines(r: TradeFileReport): string[] {
  const L = r.layout;
  const lines: string[] = [];
  lines.push(`Layout: ${L.name}, header on row ${L.headerRow + 1}`);
  lines.push(
    `Columns: ${r.columns.map((c) => `${c.header || `column ${c.column + 1}`} (${c.role})`).join(", ")}`
  );
  if (
    L.fixed.code !== undefined ||
    L.fixed.reporter !== undefined ||
    L.fixed.partner !== undefined
  ) {
    const f: string[] = [];
    if (L.fixed.code !== undefined) f.push(`product ${L.fixed.code}`);
    if (L.fixed.reporter !== undefined) f.push(`reporter ${L.fixed.reporter}`);
    if (L.fixed.partner !== undefined) f.push(`partner ${L.fixed.partner}`);
    lines.push(`From the title: ${f.join(", ")}`);
  }
  lines.push(
    L.unit.factor === 1
      ? `Unit: ${L.unit.label} (values as in the file)`
      : `Unit: ${L.unit.label}${L.unit.stated ? "" : " (assumed)"}: values × ${count(L.unit.factor)} = US$`
  );
  const editions = r.editions.map((e) => `${e.system} (${count(e.values)})`).join(", ");
  lines.push(
    `Classification: ${editions || "none"}${
      L.columns.edition === undefined ? " (the file names none)" : ""
    }; HS means the newest edition that has the code`
  );
  lines.push(`Years: ${r.years.length > 0 ? yearRanges(r.years) : "none"}`);
  lines.push(`Flows: ${r.flows.map((f) => f || "(none given)").join(", ") || "none"}`);
  if (r.reporters.some((x) => x !== ""))
    lines.push(
      `Reporters: ${r.reporters.slice(0, 10).join(", ")}${r.reporters.length > 10 ? ` and ${r.reporters.length - 10} more` : ""}`
    );
  lines.push(`Partners: ${r.partners === 1 && r.worldOnly ? "World" : count(r.partners)}`);
  const wide = L.values.length > 1;
  lines.push(
    wide
      ? `Read: ${plural(r.records, "row")} × ${L.values.length} value columns = ${plural(r.values, "value")}${r.blankLines ? ` (${plural(r.blankLines, "blank row")} ignored)` : ""}`
      : `Read: ${plural(r.values, "row")}${r.blankLines ? ` (${plural(r.blankLines, "blank row")} ignored)` : ""}`
  );
  const unit = wide ? "value" : "row";
  lines.push(
    `Kept: ${plural(r.kept, unit)} (${count(r.classified)} classified, ${count(r.unclassified.values)} unclassified)`
  );
  const skipped = r.skipped.reduce((s, x) => s + x.values, 0);
  lines.push(`Skipped: ${plural(skipped, unit)}`);
  for (const s of r.skipped) lines.push(`  ${count(s.values)}: ${s.label}`);
  if (r.unclassified.distinct > 0) {
    lines.push(
      `Unclassified: ${plural(r.unclassified.distinct, "distinct code")}, US$ ${formatNumber(r.unclassified.value)}${
        r.unclassified.distinct > r.unclassified.codes.length
          ? ` (the ${r.unclassified.codes.length} with the most value listed)`
          : ""
      }`
    );
    for (const u of r.unclassified.codes)
      lines.push(
        `  ${u.code} (${u.system}): ${plural(u.values, unit)}, US$ ${formatNumber(u.value)}: ${u.reason}`
      );
  }
  for (const n of r.notes) lines.push(`Note: ${n}`);
  return lines;
}
