/**
 * The Results sheet's Objective weights table (setting `objectiveWeights`, several units and at
 * least two quantitative indicators): per quantitative indicator its AHP global weight, its
 * entropy weight across the units from each unit's latest-year value (MINMAX, reversed for cost
 * indicators) and the combined weight, rescaled to the quantitative indicators' total AHP weight
 * (src/workbook/objectiveWeights.ts). Add-in style: WEIGHT.ENTROPY over a hidden units ×
 * indicators block of the latest values, then WEIGHT.COMBINE; native style: the normalised
 * values, p ln p, the entropies e and the divergences 1 − e in hidden helper cells. A message
 * row says why the weights are blank (a latest value missing, an indicator constant across the
 * units). With `use` on, the grey tables' Global weight column reads the combined weights.
 */
import {
  alphaProblem,
  objectiveKey,
  objectiveSettings,
  quantitativeIndicators,
} from "../objectiveWeights";
import { FORMATS, addr, boxOf, rangeOf } from "../spec";
import { BuildContext, SheetBuilder, quoted } from "./context";
import { yearCell } from "./efficiency";

/** Where the table is and what the grey evaluation reads from it. */
export interface ObjectiveLayout {
  /** The weight each indicator's row of a grey table reads (global weights unless `use`). */
  weightRef: Map<string, string>;
  /** True when the evaluation uses the combined weights. */
  use: boolean;
  /** What the sheet's top note adds: which weights the evaluation uses. */
  summary: string;
  /** The next free row below the table. */
  next: number;
  /** Writes the hidden helper cells, right of every other cell of the sheet: call last. */
  helpers: () => void;
}

/** Writes the table at row `top` of the Results sheet, or returns null when the workbook has none. */
export function objectiveWeightsTable(
  ctx: BuildContext,
  sh: SheetBuilder,
  top: number,
  globalRef: Map<string, string>
): ObjectiveLayout | null {
  const o = objectiveSettings(ctx.model);
  if (!o) return null;
  const s = ctx.settings;
  const native = s.style === "native";
  const quant = quantitativeIndicators(ctx.model);
  const m = quant.length;
  const n = ctx.units.length;
  const lastYear = s.years[s.years.length - 1];
  let r = top;
  const t = ctx.t.objective;
  sh.put(r++, 0, { value: t.title, style: "subtitle" });
  const how = o.combine === "multiplicative" ? t.multiplicative : t.linear(o.alpha);
  sh.note(r++, t.note(n, lastYear, how, o.use ? t.uses : t.compares), 4);
  t.headers.forEach((h, c) => sh.put(r, c, { value: h, style: "header" }));
  r++;
  const first = r;
  const last = first + m - 1;
  const ahp = rangeOf(first, 2, last, 2, true);
  const ent = rangeOf(first, 3, last, 3, true);
  quant.forEach((node, k) => {
    const row = first + k;
    sh.put(row, 0, { value: node.id });
    sh.put(row, 1, { value: node.name, style: node.example ? "example" : undefined });
    sh.put(row, 2, {
      formula: `=${globalRef.get(node.id)}`,
      style: "formula",
      numFmt: FORMATS.weight,
    });
  });
  const messageRow = last + 1;
  sh.spec.merges.push(rangeOf(messageRow, 0, messageRow, 4));
  sh.spec.rowHeights[messageRow] = 30;
  const weightRef = new Map(globalRef);
  const combinedAt = (k: number) => addr(first + k, 4, true);
  if (o.use) quant.forEach((node, k) => weightRef.set(node.id, combinedAt(k)));

  const helpers = () => {
    const box = boxOf(sh.spec.cells.keys());
    const H = (box ? box.c2 : 0) + 2; // first helper column
    const col = (k: number) => H + k;
    const R = top; // helper rows: ids, directions, AHP weights, latest values, …
    const X = R + 3; // first unit's latest values
    const block = (r1: number) => (k: number) => rangeOf(r1, col(k), r1 + n - 1, col(k), true);
    const xs = block(X);
    const xAll = rangeOf(X, col(0), X + n - 1, col(m - 1), true);
    const put = (row: number, c: number, formula: string, numFmt: string = FORMATS.weight) =>
      sh.put(row, c, { formula, style: "formula", numFmt });
    sh.put(R - 1, H, { value: t.latest, style: "header" });
    quant.forEach((node, k) => {
      sh.put(R, col(k), { value: node.id, style: "header" });
      sh.put(R + 1, col(k), { value: node.direction === "cost" ? "COST" : "BENEFIT" });
      put(R + 2, col(k), `=${addr(first + k, 2)}`);
      ctx.units.forEach((u, i) => {
        const cell = yearCell(u.quantDataRef.get(node.id) as string, s.years.length - 1);
        put(X + i, col(k), `=IF(ISNUMBER(${cell}),${cell},"")`, FORMATS.data);
      });
    });
    const dirs = rangeOf(R + 1, col(0), R + 1, col(m - 1), true);
    const ahpRow = rangeOf(R + 2, col(0), R + 2, col(m - 1), true);
    let entropyAt: (k: number) => string;
    let combined: (k: number) => string;
    if (native) {
      const Z = X + n; // normalised values x′
      const P = Z + n; // p ln p
      const E = P + n; // entropy e, then divergence d = 1 − e
      quant.forEach((node, k) => {
        const [lo, hi] = [`MIN(${xs(k)})`, `MAX(${xs(k)})`];
        ctx.units.forEach((_, i) => {
          const x = addr(X + i, col(k));
          const num = node.direction === "cost" ? `${hi}-${x}` : `${x}-${lo}`;
          put(Z + i, col(k), `=IF(OR(COUNT(${xs(k)})<${n},${hi}=${lo}),"",(${num})/(${hi}-${lo}))`);
          const z = addr(Z + i, col(k));
          const p = `${z}/SUM(${block(Z)(k)})`;
          put(P + i, col(k), `=IF(ISNUMBER(${z}),IF(${z}>0,${p}*LN(${p}),0),"")`);
        });
        const plnp = block(P)(k);
        put(E, col(k), `=IF(COUNT(${plnp})=${n},-SUM(${plnp})/LN(${n}),"")`);
        put(E + 1, col(k), `=IF(ISNUMBER(${addr(E, col(k))}),1-${addr(E, col(k))},"")`);
      });
      const d = rangeOf(E + 1, col(0), E + 1, col(m - 1), true);
      entropyAt = (k) => `=IFERROR(IF(COUNT(${d})=${m},${addr(E + 1, col(k))}/SUM(${d}),""),"")`;
      const both = `AND(COUNT(${ahp})=${m},COUNT(${ent})=${m})`;
      combined = (k) => {
        const [a, b] = [addr(first + k, 2), addr(first + k, 3)];
        const value =
          o.combine === "multiplicative"
            ? `${a}*${b}/SUMPRODUCT(${ahp},${ent})*SUM(${ahp})`
            : `(${o.alpha}*${a}/SUM(${ahp})+${1 - o.alpha}*${b})*SUM(${ahp})`;
        return `=IFERROR(IF(${both},${value},""),"")`;
      };
      sh.put(E, H - 1, { value: "e", style: "header" });
      sh.put(E + 1, H - 1, { value: "1 − e", style: "header" });
    } else {
      const W = X + n; // WEIGHT.ENTROPY, then WEIGHT.COMBINE (each a row)
      const cell = { style: "formula" as const, numFmt: FORMATS.weight };
      sh.array(W, col(0), 1, m, {
        ...cell,
        formula: `=IFERROR(WEIGHT.ENTROPY(${xAll},${dirs},"MINMAX"),"")`,
      });
      const entRow = rangeOf(W, col(0), W, col(m - 1), true);
      const alpha = o.combine === "linear" ? `,${o.alpha}` : "";
      sh.array(W + 1, col(0), 1, m, {
        ...cell,
        formula: `=IFERROR(WEIGHT.COMBINE(${ahpRow},${entRow}${alpha}),"")`,
      });
      entropyAt = (k) => {
        const h = addr(W, col(k));
        return `=IF(ISNUMBER(${h}),${h},"")`;
      };
      combined = (k) => {
        const h = addr(W + 1, col(k));
        return `=IF(ISNUMBER(${h}),${h}*SUM(${ahp}),"")`;
      };
    }
    // α from a stored model that the wizard did not check: no combination, and the reason.
    const badAlpha = o.combine === "linear" ? alphaProblem(o.alpha) : null;
    if (badAlpha) combined = () => `=""`;
    quant.forEach((node, k) => {
      sh.result(first + k, 3, objectiveKey.entropy(node.id), {
        formula: entropyAt(k),
        style: "result",
        numFmt: FORMATS.weight,
      });
      sh.result(first + k, 4, objectiveKey.combined(node.id), {
        formula: combined(k),
        style: "result",
        numFmt: FORMATS.weight,
      });
    });
    // Why the weights are blank: a latest value missing, or indicators constant across the units.
    const constant = quant
      .map((_, k) => `IF(MAX(${xs(k)})=MIN(${xs(k)}),"; "&${addr(first + k, 1)},"")`)
      .join("&");
    const why = `IF(COUNT(${xAll})<${n * m},${quoted(t.needValues(lastYear))},IF(${constant}="","",${quoted(t.constant)}&MID(${constant},3,32767)&"."))`;
    sh.put(messageRow, 0, {
      formula: badAlpha ? `=${quoted(t.badAlpha(badAlpha))}` : `=${why}`,
      style: "warning",
      wrap: true,
    });
    sh.helpers(H - 1, col(m - 1));
  };
  return {
    weightRef,
    use: o.use,
    summary: o.use ? t.summaryUses : t.summaryCompares,
    next: messageRow + 1,
    helpers,
  };
}
