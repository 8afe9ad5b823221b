/**
 * The Models table of the Results sheet (several units): per unit the score and rank by each
 * evaluation model the workbook holds (src/workbook/models.ts), and Spearman's rank
 * correlation between the models. Built-in functions only: average ranks from SUMPRODUCT (ties
 * share the mean of their ranks) and CORREL of the rank columns.
 */
import { MODEL_LABELS, modelsKey, modelsOf } from "../models";
import { indicators } from "../model";
import { FORMATS, addr, parseAddr, rangeOf } from "../spec";
import type { BuildContext, SheetBuilder } from "./context";

/** Writes the table at `top`; `w` is the Units table's W column. Returns the next free row. */
export function modelsTable(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  w: string,
  globalRef: Map<string, string>
): number {
  const ids = modelsOf(ctx.model);
  if (ids.length === 0) return top;
  const quant = indicators(ctx.model).filter((n) => n.type === "quantitative");
  let r = top;
  sh.put(r++, 0, { value: "Models", style: "subtitle" });
  sh.put(r, 0, { value: "Unit", style: "header" });
  ids.forEach((m, k) => {
    sh.put(r, 1 + 2 * k, { value: MODEL_LABELS[m], style: "header" });
    sh.put(r, 2 + 2 * k, { value: "Rank", style: "header" });
  });
  r++;
  const first = r;
  const last = first + ctx.units.length - 1;
  const wTop = parseAddr(w.split(":")[0]).r;
  ctx.units.forEach((u, j) => {
    const row = first + j;
    sh.put(row, 0, { value: u.name, style: "label" });
    ids.forEach((m, k) => {
      const c = 1 + 2 * k;
      let formula: string;
      if (m === "grey") {
        const cell = addr(wTop + j, 1);
        formula = `=IF(ISNUMBER(${cell}),${cell},"")`;
      } else if (m === "dea") {
        const cell = ctx.deaScoreRef.get(u.name) as string;
        formula = `=IF(ISNUMBER(${cell}),${cell},"")`;
      } else {
        const terms = quant.map((n) => [globalRef.get(n.id), u.quantScoreRef.get(n.id)]);
        formula = `=IFERROR((${terms.map(([g, q]) => `${g}*${q}`).join("+")})/(${terms.map(([g]) => g).join("+")}),"")`;
      }
      sh.result(row, c, modelsKey.value(m, u.name), {
        formula,
        style: "result",
        numFmt: m === "grey" || m === "quant" ? FORMATS.score : FORMATS.weight,
      });
      const v = addr(row, c);
      const col = rangeOf(first, c, last, c, true);
      sh.result(row, c + 1, modelsKey.rank(m, u.name), {
        formula: `=IF(ISNUMBER(${v}),1+SUMPRODUCT(ISNUMBER(${col})*(${col}>${v}))+(SUMPRODUCT(ISNUMBER(${col})*(${col}=${v}))-1)/2,"")`,
        style: "formula",
        numFmt: "0.#",
      });
    });
  });
  r = last + 2;
  sh.put(r++, 0, { value: "Spearman's rank correlation between the models", style: "subtitle" });
  ids.forEach((m, k) => {
    sh.put(r, 1 + k, { value: MODEL_LABELS[m], style: "header" });
    sh.put(r + 1 + k, 0, { value: MODEL_LABELS[m], style: "label", wrap: true });
  });
  const ranks = (k: number) => rangeOf(first, 2 + 2 * k, last, 2 + 2 * k, true);
  ids.forEach((a, i) =>
    ids.forEach((b, k) => {
      const at = { r: r + 1 + i, c: 1 + k };
      if (i === k) sh.put(at.r, at.c, { value: 1, style: "diagonal", numFmt: FORMATS.consistency });
      else if (i < k)
        sh.result(at.r, at.c, modelsKey.rho(a, b), {
          formula: `=IFERROR(CORREL(${ranks(i)},${ranks(k)}),"")`,
          style: "result",
          numFmt: FORMATS.consistency,
        });
      else
        sh.put(at.r, at.c, {
          formula: `=${addr(r + 1 + k, 1 + i)}`,
          style: "formula",
          numFmt: FORMATS.consistency,
        });
    })
  );
  return r + ids.length + 2;
}
