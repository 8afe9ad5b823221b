/**
 * The Results sheet: local and global weights of every node; the grey evaluation (each
 * indicator's sample and its grey weights r per class); B per first-level criterion and overall,
 * W and the grade; named results and charts. Add-in style: one GREY.MATRIX array formula per
 * criterion and one GREY.CLASSES per criterion and overall (GREY.EVAL on the same arguments costs
 * a lookup), so each indicator set is evaluated once.
 */
import type { GreyScale } from "../../core/grey/scales";
import { IndicatorNode, depthFirst, indicators, topCriteria } from "../model";
import { effectiveMethod, scaleOf } from "../layout";
import { forUnit, resultKey } from "../keys";
import { FORMATS, addr, colName, parseAddr, rangeOf, sheetRef } from "../spec";
import { BuildContext, SheetBuilder, UnitLayout, quoted } from "./context";
import { WARNING_ADDRESS } from "./status";
import { modelsTable } from "./models";
import { EvaluationCells, robustnessBlock } from "./robustness";
import { objectiveWeightsTable } from "./objectiveWeights";

/** The leaves of one first-level criterion: consecutive rows r1 … r2 of the grey table. */
interface CriterionRows {
  id: string;
  label: string;
  r1: number;
  r2: number;
}

/** Columns of the grey table: the first sample column; r starts after the samples and a gap. */
const SAMPLE = 4;
const sampleColumns = (experts: number) => ({ sample: SAMPLE, r: SAMPLE + experts + 1 });

export function buildResultsSheet(ctx: BuildContext): void {
  const s = ctx.settings;
  const sh = ctx.sheet("results", true);
  const scale = scaleOf(s);
  sh.put(0, 0, { value: ctx.t.results.title(ctx.model.goal), style: "title" });
  Object.assign(sh.spec.columnWidths, { A: 30, B: 40, C: 16, D: 13, E: 13 });
  const { globalRef, next } = weightsTable(ctx, sh, 3);
  const objective = objectiveWeightsTable(ctx, sh, next + 1, globalRef);
  // One grey table per unit (one, as a rule), each with the unit's samples.
  const greys: GreyTable[] = [];
  let r = (objective?.next ?? next) + 1;
  for (const unit of ctx.units) {
    const w = objective?.weightRef ?? globalRef;
    const grey = greyTable(ctx, sh, r, w, scale, unit, greys.length === 0);
    greys.push(grey);
    r = grey.last + 2;
  }
  evaluationTable(ctx, sh, r, greys, globalRef, scale, objective?.use === true);
  sh.note(
    1,
    ctx.t.results.note(
      effectiveMethod(s),
      s.riTable,
      s.scale,
      scale.centres.join(", "),
      s.style === "native",
      objective?.summary ?? ""
    ),
    4
  );
  // While the results are provisional, the Status sheet's warning shows above them (frozen).
  const warning = `${sheetRef(ctx.names.status)}${WARNING_ADDRESS}`;
  sh.put(2, 0, { formula: `=IF(${warning}="","",${warning})`, style: "warning" });
  sh.spec.merges.push(rangeOf(2, 0, 2, 4));
  sh.spec.rowHeights[2] = 45;
  sh.spec.conditionalFormats.push({
    range: "A3",
    formula: `$A$3<>""`,
    fill: "FFC7CE",
    font: "9C0006",
  });
  objective?.helpers();
  sh.page({ freeze: { rows: 3, columns: 2 }, landscape: true });
}

/** A. Local and global weights of every node; returns where each global weight is and the next free row. */
function weightsTable(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number
): { globalRef: Map<string, string>; next: number } {
  let r = top;
  sh.put(r++, 0, { value: ctx.t.results.weights, style: "subtitle" });
  ctx.t.results.weightHeaders.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  const globalRef = new Map<string, string>();
  for (const { node, depth } of depthFirst(ctx.model)) {
    sh.put(r, 0, { value: node.id });
    sh.put(r, 1, {
      value: `${"  ".repeat(depth - 1)}${node.name}`,
      style: node.example ? "example" : undefined,
    });
    sh.put(r, 2, { value: depth });
    const local = ctx.localWeightRef.get(node.id) as string;
    sh.result(r, 3, resultKey.localWeight(node.id), {
      formula: local === "1" ? "=1" : `=IF(${local}="","",${local})`,
      style: "formula",
      numFmt: FORMATS.weight,
    });
    const parent = node.parent ? globalRef.get(node.parent) : null;
    sh.result(r, 4, resultKey.globalWeight(node.id), {
      formula: parent
        ? `=IF(OR(${addr(r, 3)}="",${parent}=""),"",${addr(r, 3)}*${parent})`
        : `=${addr(r, 3)}`,
      style: "result",
      numFmt: FORMATS.weight,
    });
    globalRef.set(node.id, addr(r, 4, true));
    r++;
  }
  return { globalRef, next: r };
}

interface GreyTable {
  first: number;
  last: number;
  criteria: CriterionRows[];
  /** First column of the r block. */
  rColumn: number;
  /** First column right of the table (and its helper columns). */
  nextColumn: number;
}

/** B. Each indicator's global weight, sample (expert scores, or its quantitative score for every expert) and grey weights r. */
function greyTable(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  globalRef: Map<string, string>,
  scale: GreyScale,
  unit: UnitLayout,
  first1: boolean
): GreyTable {
  const s = ctx.settings;
  const native = s.style === "native";
  const g = scale.centres.length;
  const experts = s.experts;
  const p = experts.length;
  const cols = sampleColumns(p);
  const XC = cols.r + g + 1; // native: x (grey coefficients), then whitening values
  let r = top;
  const t = ctx.t.results;
  sh.put(r++, 0, { value: t.grey(ctx.several ? unit.name : null), style: "subtitle" });
  t.greyHeaders.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  experts.forEach((e, h) => sh.put(r, cols.sample + h, { value: e, style: "header" }));
  scale.labels.forEach((l, e) => {
    sh.put(r, cols.r + e, { value: t.r(l), style: "header" });
    sh.spec.columnWidths[colName(cols.r + e)] = 11;
  });
  if (native) {
    scale.labels.forEach((l, e) => sh.put(r, XC + e, { value: t.x(l), style: "header" }));
    experts.forEach((ex, h) =>
      scale.labels.forEach((l, e) =>
        sh.put(r, XC + g + h * g + e, { value: t.f(l, ex), style: "header" })
      )
    );
  }
  r++;
  const leaves = indicators(ctx.model);
  const tops = topCriteria(ctx.model);
  const first = r;
  const criteria: CriterionRows[] = [];
  leaves.forEach((node, i) => {
    const row = first + i;
    const crit = tops.get(node.id) as IndicatorNode;
    const current = criteria[criteria.length - 1];
    if (current === undefined || current.id !== crit.id)
      criteria.push({ label: crit.name, id: crit.id, r1: row, r2: row });
    else current.r2 = row;
    sh.put(row, 0, { value: node.id });
    sh.put(row, 1, { value: node.name, style: node.example ? "example" : undefined });
    sh.put(row, 2, { value: crit.name });
    const weight = {
      formula: `=${globalRef.get(node.id)}`,
      style: "formula" as const,
      numFmt: FORMATS.weight,
    };
    if (first1) sh.result(row, 3, resultKey.indicatorWeight(node.id), weight);
    else sh.put(row, 3, weight);
    experts.forEach((_, h) => {
      const src =
        node.type === "quantitative"
          ? unit.quantScoreRef.get(node.id)
          : (unit.expertScoreRefs.get(node.id) as string[])[h];
      sh.put(row, cols.sample + h, {
        formula: `=IF(${src}="","",${src})`,
        style: "formula",
        numFmt: FORMATS.score,
      });
    });
    if (native) nativeGreyWeights(sh, node.id, unit.key, row, cols.sample, cols.r, XC, p, scale);
  });
  if (!native) {
    for (const c of criteria) {
      const samples = rangeOf(c.r1, cols.sample, c.r2, cols.sample + p - 1, true);
      sh.array(
        c.r1,
        cols.r,
        c.r2 - c.r1 + 1,
        g,
        {
          formula: `=IFERROR(GREY.MATRIX(${samples},${quoted(s.scale)}),"")`,
          style: "formula",
          numFmt: FORMATS.weight,
        },
        (i, e) => forUnit(resultKey.greyWeight(leaves[c.r1 - first + i].id, e), unit.key)
      );
    }
  }
  if (native && first1) sh.helpers(XC, XC + g + p * g - 1);
  return {
    first,
    last: first + leaves.length - 1,
    criteria,
    rColumn: cols.r,
    nextColumn: native ? XC + g + p * g : cols.r + g,
  };
}

/** Native style: whitening values f per expert and class, their sums x and r = x / Σx, for one indicator row. */
function nativeGreyWeights(
  sh: SheetBuilder,
  leafId: string,
  unit: string | undefined,
  row: number,
  sampleColumn: number,
  rColumn: number,
  XC: number,
  experts: number,
  scale: GreyScale
): void {
  const g = scale.centres.length;
  const xs = rangeOf(row, XC, row, XC + g - 1, true);
  for (let e = 0; e < g; e++) {
    const c = scale.centres[e];
    const cells: string[] = [];
    for (let h = 0; h < experts; h++) {
      const d = addr(row, sampleColumn + h);
      const f =
        e === 0
          ? `MIN(1,${d}/${c})`
          : e === g - 1
            ? `IF(${d}<=${c},1,MAX(0,(${2 * c}-${d})/${c}))`
            : `IF(${d}<=${c},${d}/${c},MAX(0,(${2 * c}-${d})/${c}))`;
      sh.put(row, XC + g + h * g + e, {
        formula: `=IF(ISNUMBER(${d}),${f},"")`,
        style: "formula",
        numFmt: FORMATS.weight,
      });
      cells.push(addr(row, XC + g + h * g + e));
    }
    sh.put(row, XC + e, {
      formula: `=SUM(${cells.join(",")})`,
      style: "formula",
      numFmt: FORMATS.weight,
    });
    sh.result(row, rColumn + e, forUnit(resultKey.greyWeight(leafId, e), unit), {
      formula: `=IF(SUM(${xs})>0,${addr(row, XC + e)}/SUM(${xs}),"")`,
      style: "formula",
      numFmt: FORMATS.weight,
    });
  }
}

/** C. B per first-level criterion and overall (per unit), W and the grade; the Units table; names and charts. */
function evaluationTable(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  greys: GreyTable[],
  globalRef: Map<string, string>,
  scale: GreyScale,
  /** True when the criteria's weights are the sums of their indicators' weights (objective weights). */
  summed = false
): void {
  const s = ctx.settings;
  const native = s.style === "native";
  const g = scale.centres.length;
  const p = s.experts.length;
  const grey = greys[0];
  const { first, last } = grey;
  const gw = rangeOf(first, 3, last, 3, true);
  let r = top;
  const t = ctx.t;
  sh.put(r++, 0, { value: t.results.evaluation, style: "subtitle" });
  const BC = 2; // first B column
  sh.put(r, 0, { value: t.common.criterion, style: "header" });
  sh.put(r, 1, { value: t.common.weight, style: "header" });
  scale.labels.forEach((l, e) => sh.put(r, BC + e, { value: l, style: "header" }));
  sh.put(r, BC + g, { value: "W", style: "header" });
  sh.put(r, BC + g + 1, { value: t.common.grade, style: "header" });
  const labelsRow = rangeOf(r, BC, r, BC + g - 1, true);
  r++;
  sh.put(r, 0, { value: t.results.centre, style: "label" });
  scale.centres.forEach((c, e) => sh.put(r, BC + e, { value: c, style: "formula" }));
  const centres = rangeOf(r, BC, r, BC + g - 1, true);
  // GREY.GRADE reads the scale from the labels above their centres, so it answers in the
  // workbook's language (优 … in Chinese); the same formula in every language.
  const labelledScale = rangeOf(r - 1, BC, r, BC + g - 1, true);
  r++;
  const scaleName = quoted(s.scale);
  const rowB = (
    row: number,
    key: (k: string) => string,
    id: string,
    label: string,
    weight: string,
    r1: number,
    r2: number,
    rColumn: number
  ) => {
    sh.put(row, 0, { value: label, style: "label" });
    sh.put(row, 1, { formula: weight, style: "formula", numFmt: FORMATS.weight });
    const w = rangeOf(r1, 3, r2, 3, true);
    const samples = rangeOf(r1, SAMPLE, r2, SAMPLE + p - 1, true);
    const brow = rangeOf(row, BC, row, BC + g - 1, true);
    if (native) {
      for (let e = 0; e < g; e++) {
        const rcol = rangeOf(r1, rColumn + e, r2, rColumn + e, true);
        sh.result(row, BC + e, key(resultKey.membership(id, e)), {
          formula: `=IF(AND(COUNT(${rcol})=${r2 - r1 + 1},COUNT(${w})=${r2 - r1 + 1}),SUMPRODUCT(${w},${rcol})/SUM(${w}),"")`,
          style: "result",
          numFmt: FORMATS.weight,
        });
      }
    } else {
      sh.array(
        row,
        BC,
        1,
        g,
        {
          formula: `=IFERROR(GREY.CLASSES(${samples},${w},,,${scaleName}),"")`,
          style: "result",
          numFmt: FORMATS.weight,
        },
        (_, e) => key(resultKey.membership(id, e))
      );
    }
    const wFormula = native
      ? `=IF(COUNT(${brow})=${g},SUMPRODUCT(${brow},${centres}),"")`
      : `=IFERROR(GREY.EVAL(${samples},${w},,,${scaleName}),"")`;
    const value = sh.result(row, BC + g, key(resultKey.value(id)), {
      formula: wFormula,
      style: "result",
      numFmt: FORMATS.score,
    });
    const grade = native
      ? `=IF(COUNT(${brow})=${g},INDEX(${labelsRow},MATCH(MAX(${brow}),${brow},0)),"")`
      : `=IFERROR(GREY.GRADE(${brow},${labelledScale}),"")`;
    const gradeAt = sh.result(row, BC + g + 1, key(resultKey.grade(id)), {
      formula: grade,
      style: "result",
    });
    return { brow, value, grade: gradeAt };
  };
  const overall: { unit: UnitLayout; brow: string; value: string; grade: string; row: number }[] =
    [];
  const byUnit: EvaluationCells["units"] = [];
  let firstCriterionRow = 0;
  ctx.units.forEach((unit, k) => {
    const t = greys[k];
    const inUnit = (key: string) => forUnit(key, unit.key);
    if (ctx.several) sh.put(r++, 0, { value: unit.name, style: "subtitle" });
    const criterionW = new Map<string, string>();
    const criteriaTop = r;
    if (k === 0) firstCriterionRow = r;
    for (const c of t.criteria) {
      const w = rangeOf(c.r1, 3, c.r2, 3, true);
      const weight = summed
        ? `=IF(COUNT(${w})=${c.r2 - c.r1 + 1},SUM(${w}),"")`
        : `=${globalRef.get(c.id)}`;
      const row = rowB(r++, inUnit, c.id, c.label, weight, c.r1, c.r2, t.rColumn);
      criterionW.set(c.id, row.value);
    }
    byUnit.push({
      unit,
      w: addr(r, BC + g),
      grade: addr(r, BC + g + 1),
      criterionW,
      samples: rangeOf(t.first, SAMPLE, t.last, SAMPLE + p - 1, true),
      weights: rangeOf(t.first, 3, t.last, 3, true),
      groups: rangeOf(t.first, 2, t.last, 2, true),
      groupWeights: rangeOf(criteriaTop, 1, r - 1, 1, true),
    });
    overall.push({
      unit,
      row: r,
      ...rowB(r, inUnit, "overall", ctx.t.common.overall, "=1", t.first, t.last, t.rColumn),
    });
    r++;
  });
  r++;
  const rs = sheetRef(sh.name);
  const one = overall[0];
  ctx.spec.names.push(
    { name: "EvalScore", ref: `${rs}${addr(one.row, BC + g, true)}` },
    { name: "EvalGrade", ref: `${rs}${addr(one.row, BC + g + 1, true)}` },
    { name: "EvalClasses", ref: `${rs}${one.brow}` },
    { name: "GlobalWeights", ref: `${rs}${gw}` }
  );
  const units = ctx.several ? unitsTable(ctx, sh, r, overall, scale) : null;
  // Hidden helpers: rankedTable's two columns, then the Models table's, then the Robustness block's.
  const helperColumn = grey.nextColumn + 3;
  if (units)
    r = modelsTable(ctx, sh, units.next, units.values, globalRef, {
      firstRows: greys.map((t) => t.first),
      sampleColumn: SAMPLE,
      helperColumn,
      weightColumn: 3,
    });
  const robust = robustnessBlock(ctx, sh, r, {
    // The criteria weights the evaluation uses: the first unit's Weight column.
    criteria: grey.criteria.map((c, i) => ({
      id: c.id,
      name: c.label,
      weight: addr(firstCriterionRow + i, 1, true),
    })),
    units: byUnit,
    unitW: units ? { range: units.values, first: units.first } : undefined,
    helperColumn: helperColumn + indicators(ctx.model).length + 4,
    scale: labelledScale,
  });
  r = robust.next;
  const ranked = rankedTable(ctx, sh, r, grey, gw);
  sh.spec.charts.push(
    {
      kind: "bar",
      title: ctx.t.results.chartWeights,
      categories: ranked.names,
      series: [{ name: ctx.t.common.globalWeight, values: ranked.weights }],
      axisFormat: "0.00",
      anchor: addr(ranked.next, 0),
      width: 3,
      height: Math.max(14, last - first + 6),
    },
    {
      kind: "column",
      title: ctx.t.results.chartGrades,
      categories: labelsRow,
      series: ctx.several
        ? overall.map((o) => ({ name: o.unit.name, values: o.brow }))
        : [{ name: ctx.t.common.overall, values: one.brow }],
      axisFormat: "0%",
      anchor: addr(ranked.next, 3),
      width: 5,
      height: 14,
    }
  );
  if (units)
    sh.spec.charts.push({
      kind: "column",
      title: ctx.t.results.chartUnits,
      categories: units.names,
      series: [{ name: "W", values: units.values }],
      axisFormat: "0.00",
      anchor: addr(ranked.next + 15, 3),
      width: 5,
      height: 14,
    });
  if (robust.chart) sh.spec.charts.push(robust.chart);
}

/**
 * With several units, the Units table: each unit's W, grade, rank (1 = highest W; equal W, the
 * same rank, as RANK.EQ; built-in functions only) and memberships B, from the unit's Overall
 * row; named UnitScores, UnitGrades and UnitRanks.
 */
function unitsTable(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  overall: { unit: UnitLayout; brow: string; value: string; grade: string }[],
  scale: GreyScale
): { names: string; values: string; first: number; next: number } {
  let r = top;
  sh.put(r++, 0, { value: ctx.t.common.units, style: "subtitle" });
  ctx.t.results
    .unitsHeaders(scale.labels)
    .forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  const first = r;
  const last = first + overall.length - 1;
  const ws = rangeOf(first, 1, last, 1, true);
  for (const o of overall) {
    const name = o.unit.name;
    sh.put(r, 0, { value: name, style: "label" });
    const w = sh.result(r, 1, resultKey.unitValue(name), {
      formula: `=IF(ISNUMBER(${o.value}),${o.value},"")`,
      style: "result",
      numFmt: FORMATS.score,
    });
    sh.result(r, 2, resultKey.unitGrade(name), {
      formula: `=IF(${o.grade}="","",${o.grade})`,
      style: "result",
    });
    sh.result(r, 3, resultKey.unitRank(name), {
      formula: `=IF(ISNUMBER(${w}),SUMPRODUCT(ISNUMBER(${ws})*(${ws}>${w}))+1,"")`,
      style: "result",
      numFmt: "0",
    });
    const b = o.brow.split(":")[0].replace(/\$/g, "");
    const { r: br, c: bc } = parseAddr(b);
    scale.labels.forEach((_, e) =>
      sh.result(r, 4 + e, resultKey.unitMembership(name, e), {
        formula: `=IF(ISNUMBER(${addr(br, bc + e)}),${addr(br, bc + e)},"")`,
        style: "formula",
        numFmt: FORMATS.weight,
      })
    );
    r++;
  }
  const rs = sheetRef(sh.name);
  ctx.spec.names.push(
    { name: "UnitScores", ref: `${rs}${ws}` },
    { name: "UnitGrades", ref: `${rs}${rangeOf(first, 2, last, 2, true)}` },
    { name: "UnitRanks", ref: `${rs}${rangeOf(first, 3, last, 3, true)}` }
  );
  return { names: rangeOf(first, 0, last, 0, true), values: ws, first, next: r + 1 };
}

/** A rank with two characters of space after it, so it does not run into the name beside it. */
const RANK_FORMAT = "0_W_W";

/**
 * D. The indicators sorted by global weight, largest first, live as judgments change: each
 * indicator's rank is the number of larger weights plus the number of equal weights above it
 * (so ties keep the indicators' order and every rank is used once), from two hidden helper
 * columns; the table looks each rank up with INDEX/MATCH. Blank weights rank last. Built-in
 * functions only (SORTBY is missing from Excel 2019 and LibreOffice).
 */
function rankedTable(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  grey: GreyTable,
  gw: string
): { names: string; weights: string; next: number } {
  const { first, last } = grey;
  const V = grey.nextColumn + 1; // the weight, or −1 when blank
  const K = V + 1; // its rank
  const values = rangeOf(first, V, last, V, true);
  const ranks = rangeOf(first, K, last, K, true);
  const t = ctx.t.results;
  sh.put(first - 1, V, { value: t.rankHelpers[0], style: "header" });
  sh.put(first - 1, K, { value: t.rankHelpers[1], style: "header" });
  for (let row = first; row <= last; row++) {
    const v = addr(row, V);
    sh.put(row, V, {
      formula: `=IF(ISNUMBER(${addr(row, 3)}),${addr(row, 3)},-1)`,
      style: "formula",
      numFmt: FORMATS.weight,
    });
    const above = row > first ? `+SUMPRODUCT((${rangeOf(first, V, row - 1, V, true)}=${v})*1)` : "";
    sh.put(row, K, { formula: `=SUMPRODUCT((${values}>${v})*1)${above}+1`, style: "formula" });
  }
  sh.helpers(V, K);
  let r = top;
  sh.put(r++, 0, { value: t.ranked, style: "subtitle" });
  t.rankedHeaders.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  const names = rangeOf(first, 1, last, 1, true);
  const n = last - first + 1;
  for (let k = 1; k <= n; k++, r++) {
    const at = `MATCH(${addr(r, 0)},${ranks},0)`;
    sh.put(r, 0, { value: k, style: "label", numFmt: RANK_FORMAT });
    sh.result(r, 1, resultKey.rankedIndicator(k), {
      formula: `=IFERROR(INDEX(${names},${at}),"")`,
      style: "formula",
    });
    sh.result(r, 2, resultKey.rankedWeight(k), {
      formula: `=IFERROR(INDEX(${gw},${at}),"")`,
      style: "result",
      numFmt: FORMATS.weight,
    });
  }
  return {
    names: rangeOf(r - n, 1, r - 1, 1, true),
    weights: rangeOf(r - n, 2, r - 1, 2, true),
    next: r + 1,
  };
}
