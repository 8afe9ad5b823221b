/**
 * Builds the declarative description of the evaluation workbook from a model (methods.md §1–3):
 * Index System, Comparisons, Expert Scores, Quantitative Data, Results (and optionally Trade
 * Structure and Service Outsourcing), plus a hidden sheet holding the model and the address of
 * every input cell, so that a rebuild keeps what the user typed.
 *
 * Formula style "addin" uses the add-in's functions (AHP.WEIGHTS, GREY.CLASSES, …); "native"
 * uses only built-in functions, so the workbook works without the add-in.
 */
import { randomIndex } from "../core/ahp/consistency";
import {
  EvaluationModel, IndicatorNode, childrenOf, comparisonParents, depthFirst, indicators, topCriterion,
} from "./model";
import {
  SheetId, aggregated, comparisonBlocks, effectiveMethod, scaleMax, scaleOf, scoreRange, sheetIds, DEFAULT_SHEET_NAMES,
} from "./layout";
import {
  CellSpec, CellValue, SheetSpec, WorkbookSpec, addr, colName, newSheet, put, rangeOf, sheetRef,
} from "./spec";
import { addTradeSheets } from "./trade";

export interface BuildOptions {
  /** Sheet names (default DEFAULT_SHEET_NAMES). */
  names?: Record<SheetId, string>;
  /** Values of input cells by key, from a previous build or sample data. */
  inputs?: Map<string, CellValue>;
}

export interface BuildResult {
  spec: WorkbookSpec;
  /** Every input cell: key → sheet and address. */
  inputCells: Map<string, { sheet: string; address: string }>;
  /** Result cells by key (weights, CR, r, B, W, grade …): key → sheet and address. */
  resultCells: Map<string, { sheet: string; address: string }>;
}

/** Excel string literal. */
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Numeric value of a judgment cell holding a number or a text fraction such as "1/3". */
function judgmentNumber(ref: string): string {
  return `IF(ISNUMBER(${ref}),${ref},IF(TRIM(${ref})="","",IFERROR(VALUE(LEFT(${ref},FIND("/",${ref})-1))/VALUE(MID(${ref},FIND("/",${ref})+1,20)),VALUE(${ref}))))`;
}

class Builder {
  readonly spec: WorkbookSpec = { sheets: [], names: [] };
  readonly inputCells = new Map<string, { sheet: string; address: string }>();
  readonly resultCells = new Map<string, { sheet: string; address: string }>();
  readonly names: Record<SheetId, string>;
  readonly inputs: Map<string, CellValue>;
  /** Where each node's local weight is computed (sheet-qualified absolute ref). */
  readonly localWeightRef = new Map<string, string>();
  /** Where each quantitative indicator's score is. */
  readonly quantScoreRef = new Map<string, string>();
  /** Where each qualitative indicator's expert scores are (one ref per expert). */
  readonly expertScoreRefs = new Map<string, string[]>();

  constructor(readonly model: EvaluationModel, options: BuildOptions) {
    this.names = options.names ?? DEFAULT_SHEET_NAMES;
    this.inputs = options.inputs ?? new Map();
  }

  get s() {
    return this.model.settings;
  }

  sheet(id: SheetId, protect = false): SheetSpec {
    return this.namedSheet(this.names[id], protect);
  }

  /** A sheet by name (hidden lookup tables have no SheetId). */
  namedSheet(name: string, protect = false): SheetSpec {
    const sh = newSheet(name, protect);
    this.spec.sheets.push(sh);
    return sh;
  }

  input(sh: SheetSpec, r: number, c: number, key: string, example = false): string {
    const a = put(sh, r, c, { value: this.inputs.get(key) ?? null, input: true, key, style: example ? "example" : "input" });
    this.inputCells.set(key, { sheet: sh.name, address: a });
    return a;
  }

  result(sh: SheetSpec, r: number, c: number, key: string, cell: CellSpec): string {
    const a = put(sh, r, c, { ...cell, key });
    this.resultCells.set(key, { sheet: sh.name, address: a });
    return a;
  }

  /** Sheet-qualified absolute reference to a cell of another sheet. */
  ref(sh: SheetSpec, r: number, c: number): string {
    return `${sheetRef(sh.name)}${addr(r, c, true)}`;
  }

  // ------------------------------------------------------------------ Index System
  indexSheet(): void {
    const sh = this.sheet("index");
    put(sh, 0, 0, { value: "Index system", style: "title" });
    put(sh, 1, 0, { value: `Goal: ${this.model.goal}. Edit the hierarchy in the task pane (Indicator system step); ids are stable and match judgments and scores when rebuilding.`, style: "note" });
    const head = ["Id", "Parent", "Name", "Level", "Kind", "Type", "Direction", "Unit", "Note"];
    head.forEach((h, c) => put(sh, 3, c, { value: h, style: "header" }));
    put(sh, 4, 0, { value: "GOAL" });
    put(sh, 4, 2, { value: this.model.goal, style: "label" });
    put(sh, 4, 3, { value: 0 });
    put(sh, 4, 4, { value: "goal" });
    depthFirst(this.model).forEach(({ node, depth }, i) => {
      const r = 5 + i;
      const leaf = childrenOf(this.model, node.id).length === 0;
      put(sh, r, 0, { value: node.id });
      put(sh, r, 1, { value: node.parent ?? "GOAL" });
      put(sh, r, 2, { value: `${"  ".repeat(depth - 1)}${node.name}`, style: node.example ? "example" : undefined });
      put(sh, r, 3, { value: depth });
      put(sh, r, 4, { value: leaf ? "indicator" : "criterion" });
      put(sh, r, 5, { value: leaf ? node.type : "" });
      put(sh, r, 6, { value: leaf ? node.direction : "" });
      put(sh, r, 7, { value: node.unit });
      put(sh, r, 8, { value: node.example ? "Example indicator: rename or replace it" : "", style: "note" });
    });
    Object.assign(sh.columnWidths, { A: 8, B: 8, C: 46, D: 6, E: 10, F: 13, G: 10, H: 24, I: 36 });
    sh.freeze = { rows: 4, columns: 0 };
  }

  // ------------------------------------------------------------------ Comparisons
  comparisonsSheet(): void {
    const sh = this.sheet("comparisons", true);
    const method = effectiveMethod(this.s);
    const native = this.s.style === "native";
    put(sh, 0, 0, { value: "Pairwise comparisons", style: "title" });
    put(sh, 1, 0, {
      value: `Type judgments in the yellow upper-triangle cells: how much more important the row element is than the column element (1/9 … 9; fractions as =1/3 or '1/3, since Excel reads a bare 1/3 as a date). The lower triangle is the reciprocal. Weights: ${method}${native && this.s.method === "EIGEN" ? " (native formulas cannot compute EIGEN)" : ""}; RI table ${this.s.riTable}; consistent when CR < ${this.s.crThreshold}.`,
      style: "note",
    });
    const parents = comparisonParents(this.model);
    const maxK = Math.max(2, ...parents.map((p) => p.children.length));
    const W = 1 + maxK + 1; // weight column
    const S = W + 2; // stats label column (value in S + 1)
    const M = S + 3; // numeric matrix (mirror)
    const H = M + maxK; // helper columns (native): geometric mean, (Aw)_i
    sh.columnWidths.A = 34;
    for (let c = 1; c <= maxK; c++) sh.columnWidths[colName(c)] = 11;
    sh.columnWidths[colName(W)] = 11;
    sh.columnWidths[colName(S)] = 10;
    sh.columnWidths[colName(S + 1)] = 16;
    let r = 3;
    const blocks = comparisonBlocks(this.s);
    for (const p of parents) {
      const k = p.children.length;
      const mirrors: { r0: number }[] = [];
      for (const b of blocks) {
        put(sh, r, 0, { value: `${p.name} — ${b.label}`, style: "subtitle" });
        put(sh, r, M, { value: "Matrix used (numbers)", style: "note" });
        this.gridHeader(sh, r + 1, p.children, W, M);
        const g0 = r + 2;
        for (let i = 0; i < k; i++) {
          for (let j = 0; j < k; j++) {
            if (i === j) {
              put(sh, g0 + i, 1 + j, { value: 1, style: "diagonal" });
              put(sh, g0 + i, M + j, { value: 1, style: "formula" });
            } else if (i < j) {
              this.input(sh, g0 + i, 1 + j, `j|${p.id}|${b.key}|${p.children[i].id}|${p.children[j].id}`);
              put(sh, g0 + i, M + j, { formula: `=${judgmentNumber(addr(g0 + i, 1 + j))}`, style: "formula" });
            } else {
              const upper = addr(g0 + j, M + i);
              put(sh, g0 + i, 1 + j, { formula: `=IF(${upper}="","",1/${upper})`, style: "formula" });
              put(sh, g0 + i, M + j, { formula: `=IF(${upper}="","",1/${upper})`, style: "formula" });
            }
          }
        }
        sh.validations.push({
          range: rangeOf(g0, 1, g0 + k - 1, k),
          kind: "custom",
          formula: `OR(B${g0 + 1}="",AND(ISNUMBER(${judgmentNumber(`B${g0 + 1}`)}),${judgmentNumber(`B${g0 + 1}`)}>=0.111,${judgmentNumber(`B${g0 + 1}`)}<=9))`,
          prompt: "Saaty scale 1/9 … 9: type 3, 0.2, =1/5 or '1/5 (Excel reads a bare 1/5 as a date)",
          error: "Enter a judgment from 1/9 to 9: a number such as 3 or 0.2, or a fraction typed as =1/5 or '1/5.",
        });
        const inputGrid = rangeOf(g0, 1, g0 + k - 1, k, true);
        const numeric = rangeOf(g0, M, g0 + k - 1, M + k - 1, true);
        this.blockResults(sh, `${p.id}|${b.key}`, g0, k, native ? numeric : inputGrid, W, S, M, H, method);
        mirrors.push({ r0: g0 });
        if (!aggregated(this.s)) this.setLocalWeights(sh, p.children, g0, W);
        r = g0 + Math.max(k, 6) + 2;
      }
      if (aggregated(this.s)) {
        put(sh, r, 0, { value: `${p.name} — aggregate of ${blocks.length} experts (AIJ, weighted geometric mean, equal weights)`, style: "subtitle" });
        this.gridHeader(sh, r + 1, p.children, W, -1);
        const g0 = r + 2;
        for (let i = 0; i < k; i++) {
          for (let j = 0; j < k; j++) {
            if (i === j) {
              put(sh, g0 + i, 1 + j, { value: 1, style: "diagonal" });
              continue;
            }
            const cells = mirrors.map((m) => addr(m.r0 + i, M + j)).join(",");
            this.result(sh, g0 + i, 1 + j, `aij|${p.id}|${p.children[i].id}|${p.children[j].id}`, { formula: `=IFERROR(GEOMEAN(${cells}),"")`, style: "formula", numFmt: "0.0000" });
          }
        }
        const grid = rangeOf(g0, 1, g0 + k - 1, k, true);
        this.blockResults(sh, `${p.id}|aggregate`, g0, k, grid, W, S, 1, H, method);
        this.setLocalWeights(sh, p.children, g0, W);
        r = g0 + Math.max(k, 6) + 2;
      }
    }
    // Nodes that are an only child have local weight 1.
    for (const node of this.model.nodes) if (!this.localWeightRef.has(node.id)) this.localWeightRef.set(node.id, "1");
    sh.freeze = { rows: 3, columns: 1 };
  }

  private gridHeader(sh: SheetSpec, r: number, children: IndicatorNode[], W: number, M: number): void {
    children.forEach((c, j) => {
      put(sh, r, 1 + j, { value: c.name, style: "header" });
      put(sh, r + 1 + j, 0, { value: c.name, style: "label" });
      if (M >= 0) put(sh, r, M + j, { value: c.id, style: "header" });
    });
    put(sh, r, W, { value: "Weight", style: "header" });
  }

  private setLocalWeights(sh: SheetSpec, children: IndicatorNode[], g0: number, W: number): void {
    children.forEach((c, i) => this.localWeightRef.set(c.id, this.ref(sh, g0 + i, W)));
  }

  /**
   * Weights, λmax, CI, RI, CR and status of one block. `matrix` is the range the formulas read:
   * the typed grid (add-in style) or the numeric matrix (native style). `m0` is the first
   * column of the numeric matrix (native formulas).
   */
  private blockResults(sh: SheetSpec, key: string, g0: number, k: number, matrix: string, W: number, S: number, m0: number, H: number, method: string): void {
    const native = this.s.style === "native";
    const table = this.s.riTable;
    const wcol = rangeOf(g0, W, g0 + k - 1, W, true);
    const labels = ["λmax", "CI", `RI (${table})`, "CR", "Status"];
    labels.forEach((l, i) => put(sh, g0 - 1 + i, S, { value: l, style: "label" }));
    const at = (i: number) => addr(g0 - 1 + i, S + 1);
    if (!native) {
      const m = q(method);
      for (let i = 0; i < k; i++) {
        this.result(sh, g0 + i, W, `w|${key}|${i}`, { formula: `=IFERROR(INDEX(AHP.WEIGHTS(${matrix},${m}),${i + 1}),"")`, style: "result", numFmt: "0.0000" });
      }
      this.result(sh, g0 - 1, S + 1, `lambda|${key}`, { formula: `=IFERROR(AHP.LAMBDA(${matrix},${m}),"")`, style: "formula", numFmt: "0.0000" });
      this.result(sh, g0, S + 1, `ci|${key}`, { formula: `=IFERROR(AHP.CI(${matrix},${m}),"")`, style: "formula", numFmt: "0.0000" });
      this.result(sh, g0 + 1, S + 1, `ri|${key}`, { formula: `=AHP.RI(${k},${q(table)})`, style: "formula", numFmt: "0.00##" });
      this.result(sh, g0 + 2, S + 1, `cr|${key}`, { formula: `=AHP.CR(${matrix},${m},${q(table)})`, style: "result", numFmt: "0.0000" });
    } else {
      const row = (i: number) => rangeOf(g0 + i, m0, g0 + i, m0 + k - 1, true);
      for (let i = 0; i < k; i++) {
        if (method === "SQRT") {
          put(sh, g0 + i, H, { formula: `=IF(COUNT(${row(i)})=${k},GEOMEAN(${row(i)}),"")`, style: "formula" });
          this.result(sh, g0 + i, W, `w|${key}|${i}`, { formula: `=IF(COUNT(${rangeOf(g0, H, g0 + k - 1, H, true)})=${k},${addr(g0 + i, H)}/SUM(${rangeOf(g0, H, g0 + k - 1, H, true)}),"")`, style: "result", numFmt: "0.0000" });
        } else {
          const sums = rangeOf(g0 + k, m0, g0 + k, m0 + k - 1, true);
          this.result(sh, g0 + i, W, `w|${key}|${i}`, { formula: `=IF(COUNT(${matrix})=${k * k},SUMPRODUCT(${row(i)}/${sums})/${k},"")`, style: "result", numFmt: "0.0000" });
        }
        put(sh, g0 + i, H + 1, { formula: `=IF(ISNUMBER(${addr(g0 + i, W)}),MMULT(${row(i)},${wcol}),"")`, style: "formula" });
      }
      if (method === "SUM") {
        for (let j = 0; j < k; j++) put(sh, g0 + k, m0 + j, { formula: `=SUM(${rangeOf(g0, m0 + j, g0 + k - 1, m0 + j)})`, style: "formula" });
      }
      put(sh, g0 - 1, H, { value: method === "SQRT" ? "Row geometric mean" : "", style: "note" });
      put(sh, g0 - 1, H + 1, { value: "(Aw)ᵢ", style: "note" });
      const aw = rangeOf(g0, H + 1, g0 + k - 1, H + 1, true);
      this.result(sh, g0 - 1, S + 1, `lambda|${key}`, { formula: `=IF(COUNT(${wcol})=${k},SUMPRODUCT(${aw}/${wcol})/${k},"")`, style: "formula", numFmt: "0.0000" });
      this.result(sh, g0, S + 1, `ci|${key}`, { formula: k <= 2 ? `=IF(ISNUMBER(${at(0)}),0,"")` : `=IF(ISNUMBER(${at(0)}),(${at(0)}-${k})/${k - 1},"")`, style: "formula", numFmt: "0.0000" });
      let ri: number | string;
      try {
        ri = randomIndex(k, table);
      } catch {
        ri = `n > 15: use ALONSO`;
      }
      this.result(sh, g0 + 1, S + 1, `ri|${key}`, { value: ri, style: "formula", numFmt: "0.00##" });
      this.result(sh, g0 + 2, S + 1, `cr|${key}`, { formula: `=IF(ISNUMBER(${at(1)}),IF(${at(2)}=0,0,${at(1)}/${at(2)}),"")`, style: "result", numFmt: "0.0000" });
    }
    const cr = at(3);
    put(sh, g0 + 3, S + 1, {
      formula: `=IF(ISNUMBER(${cr}),IF(${cr}<${this.s.crThreshold},"Consistent","Revise: CR ≥ ${this.s.crThreshold}"),"Incomplete or invalid")`,
      style: "formula",
    });
    sh.conditionalFormats.push({ range: rangeOf(g0 + 2, S + 1, g0 + 3, S + 1), formula: `AND(ISNUMBER($${colName(S + 1)}$${g0 + 3}),$${colName(S + 1)}$${g0 + 3}>=${this.s.crThreshold})`, fill: "F8CBAD", font: "9C0006" });
    sh.conditionalFormats.push({ range: rangeOf(g0 + 2, S + 1, g0 + 3, S + 1), formula: `AND(ISNUMBER($${colName(S + 1)}$${g0 + 3}),$${colName(S + 1)}$${g0 + 3}<${this.s.crThreshold})`, fill: "C6EFCE", font: "006100" });
  }

  // ------------------------------------------------------------------ Expert Scores
  scoresSheet(): void {
    const sh = this.sheet("scores");
    const scale = scaleOf(this.s);
    const max = scaleMax(this.s);
    const experts = this.s.experts;
    put(sh, 0, 0, { value: "Expert scores (evaluation sample matrix)", style: "title" });
    put(sh, 1, 0, {
      value: `Each expert scores each qualitative indicator from 0 to ${max} on scale ${this.s.scale}: ${scale.labels.map((l, e) => `${l} ${scale.centres[e]}`).join(", ")}. Leave a cell blank when an expert gives no score.`,
      style: "note",
    });
    ["Id", "Indicator", "Criterion"].forEach((h, c) => put(sh, 3, c, { value: h, style: "header" }));
    experts.forEach((e, h) => put(sh, 3, 3 + h, { value: e, style: "header" }));
    put(sh, 3, 3 + experts.length, { value: "Note", style: "header" });
    const qual = indicators(this.model).filter((n) => n.type === "qualitative");
    qual.forEach((node, i) => {
      const r = 4 + i;
      put(sh, r, 0, { value: node.id });
      put(sh, r, 1, { value: node.name, style: node.example ? "example" : "label" });
      put(sh, r, 2, { value: topCriterion(this.model, node.id).name });
      const refs: string[] = [];
      experts.forEach((_, h) => {
        this.input(sh, r, 3 + h, `s|${node.id}|e${h + 1}`);
        refs.push(this.ref(sh, r, 3 + h));
      });
      this.expertScoreRefs.set(node.id, refs);
      put(sh, r, 3 + experts.length, { value: node.example ? "Example indicator: rename or replace it" : "", style: "note" });
    });
    if (qual.length > 0) {
      sh.validations.push({
        range: rangeOf(4, 3, 4 + qual.length - 1, 3 + experts.length - 1),
        kind: "decimal",
        min: 0,
        max,
        prompt: `Score from 0 to ${max}`,
        error: `Scores run from 0 to ${max} on scale ${this.s.scale}.`,
      });
    } else {
      put(sh, 4, 0, { value: "No qualitative indicators.", style: "note" });
    }
    Object.assign(sh.columnWidths, { A: 8, B: 42, C: 22 });
    sh.freeze = { rows: 4, columns: 2 };
  }

  // ------------------------------------------------------------------ Quantitative Data
  quantSheet(): void {
    const sh = this.sheet("quant", true);
    const years = this.s.years;
    const n = this.s.window;
    const { low, high } = scoreRange(this.s);
    const native = this.s.style === "native";
    put(sh, 0, 0, { value: "Quantitative indicators", style: "title" });
    put(sh, 1, 0, {
      value: `Enter yearly values in the yellow cells. Each series is smoothed by a ${n}-year moving average; the worst and best thresholds come from the smoothed history (min/max for benefit, max/min for cost) and the latest smoothed value is scored from ${low} to ${high}.`,
      style: "note",
    });
    const Y = 4; // first year column
    const SM = Y + years.length + 1; // first smoothed column
    const T = SM + years.length; // thresholds: worst, best, latest, score
    ["Id", "Indicator", "Unit", "Direction"].forEach((h, c) => put(sh, 3, c, { value: h, style: "header" }));
    years.forEach((y, t) => {
      put(sh, 3, Y + t, { value: y, style: "header" });
      put(sh, 3, SM + t, { value: y, style: "header" });
    });
    put(sh, 2, Y, { value: "Data", style: "subtitle" });
    put(sh, 2, SM, { value: `Smoothed (${n}-year moving average)`, style: "subtitle" });
    ["Worst", "Best", "Latest", "Score"].forEach((h, i) => put(sh, 3, T + i, { value: h, style: "header" }));
    const quant = indicators(this.model).filter((x) => x.type === "quantitative");
    quant.forEach((node, i) => {
      const r = 4 + i;
      put(sh, r, 0, { value: node.id });
      put(sh, r, 1, { value: node.name, style: node.example ? "example" : "label" });
      put(sh, r, 2, { value: node.unit });
      put(sh, r, 3, { value: node.direction });
      years.forEach((y, t) => this.input(sh, r, Y + t, `q|${node.id}|${y}`));
      const data = rangeOf(r, Y, r, Y + years.length - 1, true);
      const smooth = rangeOf(r, SM, r, SM + years.length - 1, true);
      years.forEach((y, t) => {
        if (t < n - 1) {
          put(sh, r, SM + t, { value: null, style: "formula" });
          return;
        }
        const win = rangeOf(r, Y + t - n + 1, r, Y + t);
        const formula = native
          ? `=IF(COUNT(${win})=${n},AVERAGE(${win}),"")`
          : `=IFERROR(INDEX(SCORE.SMOOTH(${data},${n}),1,${t + 1}),"")`;
        this.result(sh, r, SM + t, `smooth|${node.id}|${y}`, { formula, style: "formula", numFmt: "0.00##" });
      });
      const [lo, hi] = node.direction === "cost" ? ["MAX", "MIN"] : ["MIN", "MAX"];
      put(sh, r, T, { formula: `=IF(COUNT(${smooth})=0,"",${lo}(${smooth}))`, style: "formula", numFmt: "0.00##" });
      put(sh, r, T + 1, { formula: `=IF(COUNT(${smooth})=0,"",${hi}(${smooth}))`, style: "formula", numFmt: "0.00##" });
      put(sh, r, T + 2, { formula: `=IFERROR(LOOKUP(9.99E+307,${smooth}),"")`, style: "formula", numFmt: "0.00##" });
      const [w, b, l] = [addr(r, T), addr(r, T + 1), addr(r, T + 2)];
      const score = native
        ? `=IF(OR(${w}="",${b}="",${l}=""),"",IF(${w}=${b},"",${low}+(${high}-${low})*MAX(0,MIN(1,(${l}-${w})/(${b}-${w})))))`
        : `=IFERROR(SCORE.QUANT(${data},${n},${q(node.direction.toUpperCase())},${low},${high}),"")`;
      this.result(sh, r, T + 3, `qscore|${node.id}`, { formula: score, style: "result", numFmt: "0.000" });
      this.quantScoreRef.set(node.id, this.ref(sh, r, T + 3));
    });
    if (quant.length === 0) put(sh, 4, 0, { value: "No quantitative indicators.", style: "note" });
    Object.assign(sh.columnWidths, { A: 8, B: 40, C: 18, D: 10 });
    sh.freeze = { rows: 4, columns: 2 };
  }

  // ------------------------------------------------------------------ Results
  resultsSheet(): void {
    const sh = this.sheet("results", true);
    const native = this.s.style === "native";
    const scale = scaleOf(this.s);
    const g = scale.centres.length;
    const experts = this.s.experts;
    const p = experts.length;
    put(sh, 0, 0, { value: `Results: ${this.model.goal}`, style: "title" });
    put(sh, 1, 0, {
      value: `Weights by ${effectiveMethod(this.s)} (RI ${this.s.riTable}); grey evaluation on scale ${this.s.scale} (centres ${scale.centres.join(", ")}). Multi-level B equals the one-level evaluation with global weights.`,
      style: "note",
    });

    // A. Weights of every node.
    let r = 3;
    put(sh, r, 0, { value: "Weights", style: "subtitle" });
    r++;
    ["Id", "Node", "Level", "Local weight", "Global weight"].forEach((h, c) => put(sh, r, c, { value: h, style: "header" }));
    r++;
    const globalRef = new Map<string, string>();
    for (const { node, depth } of depthFirst(this.model)) {
      put(sh, r, 0, { value: node.id });
      put(sh, r, 1, { value: `${"  ".repeat(depth - 1)}${node.name}`, style: node.example ? "example" : undefined });
      put(sh, r, 2, { value: depth });
      const local = this.localWeightRef.get(node.id) as string;
      this.result(sh, r, 3, `w|local|${node.id}`, { formula: local === "1" ? "=1" : `=IF(${local}="","",${local})`, style: "formula", numFmt: "0.0000" });
      const parent = node.parent ? globalRef.get(node.parent) : null;
      this.result(sh, r, 4, `w|global|${node.id}`, { formula: parent ? `=IF(OR(${addr(r, 3)}="",${parent}=""),"",${addr(r, 3)}*${parent})` : `=${addr(r, 3)}`, style: "result", numFmt: "0.0000" });
      globalRef.set(node.id, addr(r, 4, true));
      r++;
    }

    // B. Grey evaluation matrix: sample (scores) per indicator, r per class.
    r += 1;
    put(sh, r, 0, { value: "Grey evaluation", style: "subtitle" });
    r++;
    const SMP = 4; // first sample column
    const RC = SMP + p + 1; // first r column
    const XC = RC + g + 1; // native: x (grey coefficients), then whitening values
    ["Id", "Indicator", "Criterion", "Global weight"].forEach((h, c) => put(sh, r, c, { value: h, style: "header" }));
    experts.forEach((e, h) => put(sh, r, SMP + h, { value: e, style: "header" }));
    scale.labels.forEach((l, e) => put(sh, r, RC + e, { value: `r: ${l}`, style: "header" }));
    if (native) {
      scale.labels.forEach((l, e) => put(sh, r, XC + e, { value: `x: ${l}`, style: "header" }));
      experts.forEach((ex, h) => scale.labels.forEach((l, e) => put(sh, r, XC + g + h * g + e, { value: `f ${l} (${ex})`, style: "header" })));
    }
    r++;
    const leaves = indicators(this.model);
    const first = r;
    const groups: { label: string; id: string; r1: number; r2: number }[] = [];
    leaves.forEach((node, i) => {
      const row = first + i;
      const crit = topCriterion(this.model, node.id);
      if (groups.length === 0 || groups[groups.length - 1].id !== crit.id) groups.push({ label: crit.name, id: crit.id, r1: row, r2: row });
      groups[groups.length - 1].r2 = row;
      put(sh, row, 0, { value: node.id });
      put(sh, row, 1, { value: node.name, style: node.example ? "example" : undefined });
      put(sh, row, 2, { value: crit.name });
      this.result(sh, row, 3, `gw|${node.id}`, { formula: `=${globalRef.get(node.id)}`, style: "formula", numFmt: "0.0000" });
      experts.forEach((_, h) => {
        const src = node.type === "quantitative" ? this.quantScoreRef.get(node.id) : (this.expertScoreRefs.get(node.id) as string[])[h];
        put(sh, row, SMP + h, { formula: `=IF(${src}="","",${src})`, style: "formula", numFmt: "0.00" });
      });
      const sample = rangeOf(row, SMP, row, SMP + p - 1, true);
      for (let e = 0; e < g; e++) {
        let formula: string;
        if (native) {
          formula = `=IF(SUM(${rangeOf(row, XC, row, XC + g - 1, true)})>0,${addr(row, XC + e)}/SUM(${rangeOf(row, XC, row, XC + g - 1, true)}),"")`;
          const cells: string[] = [];
          experts.forEach((_, h) => {
            const d = addr(row, SMP + h);
            const c = scale.centres[e];
            const f = e === 0 ? `MIN(1,${d}/${c})` : e === g - 1 ? `IF(${d}<=${c},1,MAX(0,(${2 * c}-${d})/${c}))` : `IF(${d}<=${c},${d}/${c},MAX(0,(${2 * c}-${d})/${c}))`;
            put(sh, row, XC + g + h * g + e, { formula: `=IF(ISNUMBER(${d}),${f},"")`, style: "formula", numFmt: "0.000" });
            cells.push(addr(row, XC + g + h * g + e));
          });
          put(sh, row, XC + e, { formula: `=SUM(${cells.join(",")})`, style: "formula", numFmt: "0.000" });
        } else {
          formula = `=IFERROR(INDEX(GREY.MATRIX(${sample},${q(this.s.scale)}),1,${e + 1}),"")`;
        }
        this.result(sh, row, RC + e, `r|${node.id}|${e}`, { formula, style: "formula", numFmt: "0.0000" });
      }
    });
    const last = first + leaves.length - 1;
    const gw = rangeOf(first, 3, last, 3, true);

    // C. B per criterion and overall, W and the grade.
    r = last + 2;
    put(sh, r, 0, { value: "Evaluation", style: "subtitle" });
    r++;
    const BC = 2; // first B column
    put(sh, r, 0, { value: "Criterion", style: "header" });
    put(sh, r, 1, { value: "Weight", style: "header" });
    scale.labels.forEach((l, e) => put(sh, r, BC + e, { value: l, style: "header" }));
    put(sh, r, BC + g, { value: "W", style: "header" });
    put(sh, r, BC + g + 1, { value: "Grade", style: "header" });
    const labelsRow = rangeOf(r, BC, r, BC + g - 1, true);
    r++;
    put(sh, r, 0, { value: "Class centre", style: "label" });
    scale.centres.forEach((c, e) => put(sh, r, BC + e, { value: c, style: "formula" }));
    const centres = rangeOf(r, BC, r, BC + g - 1, true);
    r++;
    const rowB = (row: number, key: string, label: string, weight: string, r1: number, r2: number) => {
      put(sh, row, 0, { value: label, style: "label" });
      put(sh, row, 1, { formula: weight, style: "formula", numFmt: "0.0000" });
      const w = rangeOf(r1, 3, r2, 3, true);
      const samples = rangeOf(r1, SMP, r2, SMP + p - 1, true);
      for (let e = 0; e < g; e++) {
        const rcol = rangeOf(r1, RC + e, r2, RC + e, true);
        const formula = native
          ? `=IF(COUNT(${rcol})=${r2 - r1 + 1},SUMPRODUCT(${w},${rcol})/SUM(${w}),"")`
          : `=IFERROR(INDEX(GREY.CLASSES(${samples},${w},,,${q(this.s.scale)}),1,${e + 1}),"")`;
        this.result(sh, row, BC + e, `B|${key}|${e}`, { formula, style: "result", numFmt: "0.0000" });
      }
      const brow = rangeOf(row, BC, row, BC + g - 1, true);
      const wFormula = native
        ? `=IF(COUNT(${brow})=${g},SUMPRODUCT(${brow},${centres}),"")`
        : `=IFERROR(GREY.EVAL(${samples},${w},,,${q(this.s.scale)}),"")`;
      this.result(sh, row, BC + g, key === "overall" ? "W" : `W|${key}`, { formula: wFormula, style: "result", numFmt: "0.0000" });
      const grade = native
        ? `=IF(COUNT(${brow})=${g},INDEX(${labelsRow},MATCH(MAX(${brow}),${brow},0)),"")`
        : `=IFERROR(GREY.GRADE(${brow},${q(this.s.scale)}),"")`;
      this.result(sh, row, BC + g + 1, key === "overall" ? "grade" : `grade|${key}`, { formula: grade, style: "result" });
      return brow;
    };
    for (const grp of groups) {
      rowB(r, grp.id, grp.label, `=${globalRef.get(grp.id)}`, grp.r1, grp.r2);
      r++;
    }
    const overall = r;
    const bOverall = rowB(r, "overall", "Overall", "=1", first, last);
    const wCell = addr(overall, BC + g, true);
    const gradeCell = addr(overall, BC + g + 1, true);
    r += 2;
    const rs = sheetRef(sh.name);
    this.spec.names.push(
      { name: "EvalScore", ref: `${rs}${wCell}` },
      { name: "EvalGrade", ref: `${rs}${gradeCell}` },
      { name: "EvalClasses", ref: `${rs}${bOverall}` },
      { name: "GlobalWeights", ref: `${rs}${gw}` },
    );
    put(sh, r, 0, { value: "Charts: global weights of the indicators and the grade memberships of the overall evaluation.", style: "note" });
    sh.charts.push({
      kind: "bar",
      title: "Global weights of the indicators",
      categories: rangeOf(first, 1, last, 1, true),
      series: [{ name: "Global weight", values: gw }],
      anchor: addr(r + 1, 0),
      width: 7,
      height: Math.max(14, leaves.length + 4),
    });
    sh.charts.push({
      kind: "column",
      title: "Grade memberships (B)",
      categories: labelsRow,
      series: [{ name: "Overall", values: bOverall }],
      anchor: addr(r + 1, 8),
      width: 7,
      height: 14,
    });
    Object.assign(sh.columnWidths, { A: 30, B: 40, C: 16, D: 13, E: 13 });
  }

  // ------------------------------------------------------------------ meta
  metaSheet(): void {
    const sh = this.sheet("meta");
    sh.hidden = true;
    put(sh, 0, 0, { value: "Low-carbon evaluation add-in: workbook description (do not edit)" });
    const json = JSON.stringify({ version: 1, model: this.model, names: this.names });
    put(sh, 1, 0, { value: "model" });
    for (let i = 0, c = 1; i < json.length; i += 30000, c++) put(sh, 1, c, { value: json.slice(i, i + 30000) });
    put(sh, 3, 0, { value: "key", style: "header" });
    put(sh, 3, 1, { value: "sheet", style: "header" });
    put(sh, 3, 2, { value: "address", style: "header" });
    let r = 4;
    for (const [key, at] of this.inputCells) {
      put(sh, r, 0, { value: key });
      put(sh, r, 1, { value: at.sheet });
      put(sh, r, 2, { value: at.address });
      r++;
    }
  }
}

/**
 * The description of the whole evaluation workbook for `model`.
 *
 * @example buildWorkbook(paperTemplate()).spec.sheets.map((s) => s.name)
 * // ["Index System", "Comparisons", "Expert Scores", "Quantitative Data", "Results", "_EvalMeta"]
 */
export function buildWorkbook(model: EvaluationModel, options: BuildOptions = {}): BuildResult {
  const b = new Builder(model, options);
  const ids = sheetIds(model.settings);
  b.indexSheet();
  b.comparisonsSheet();
  b.scoresSheet();
  b.quantSheet();
  b.resultsSheet();
  if (ids.includes("trade") || ids.includes("service")) addTradeSheets(b, ids);
  b.metaSheet();
  return { spec: b.spec, inputCells: b.inputCells, resultCells: b.resultCells };
}

export type { Builder };
