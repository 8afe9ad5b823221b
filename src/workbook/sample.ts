/**
 * A complete, deterministic set of example inputs for a model: judgments for every block,
 * scores for every expert and qualitative indicator, yearly data for every quantitative
 * indicator, and (when enabled) trade and service rows. Used by `npm run workbook -- --sample`,
 * the wizard's "fill with sample data" and the tests.
 */
import { snapToScale } from "../core/ahp/suggest";
import {
  EvaluationModel,
  comparisonParents,
  indicators,
  severalUnits,
  thresholdsOf,
  unitNames,
} from "./model";
import { comparisonBlocks, scaleMax } from "./layout";
import type { CellValue } from "./spec";
import {
  dataKey,
  flowKey,
  judgmentKey,
  scoreKey,
  sectorKey,
  serviceKey,
  thresholdKey,
  tradeKey,
} from "./keys";

/** The sample sectors' names in Chinese, in SAMPLE_IO's order. */
const SAMPLE_IO_NAMES_ZH = ["农业", "采矿与能源", "纺织服装", "电子与机械", "服务业"];

/** A reproducible number in [0, 1) from integers (no global state). */
function hash(...xs: number[]): number {
  let h = 2166136261;
  for (const x of xs) {
    h ^= x + 0x9e3779b9;
    h = Math.imul(h, 16777619) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 2246822519) >>> 0;
  }
  return (h >>> 0) / 4294967296;
}

/**
 * A five-sector input-output table for the Embodied Carbon sheet (illustrative: US$ million and
 * kt CO₂): name, ISIC code, total output, direct emissions, exports, imports, and the flows Z.
 */
export const SAMPLE_IO = {
  sectors: [
    ["Agriculture", "A01", 400, 120, 50, 30],
    ["Mining and energy", "B", 300, 450, 40, 120],
    ["Textiles and apparel", "C13-C15", 500, 90, 250, 60],
    ["Electronics and machinery", "C26-C28", 800, 160, 400, 300],
    ["Services", "G45", 1500, 300, 100, 80],
  ] as [string, string, number, number, number, number][],
  flows: [
    [40, 5, 60, 5, 30],
    [20, 30, 40, 60, 90],
    [5, 5, 100, 20, 40],
    [10, 20, 10, 200, 80],
    [40, 30, 80, 150, 300],
  ],
};

const SAMPLE_TRADE: [string, number, number][] = [
  // HS code, value in the first year, yearly growth
  ["020130", 820, 0.01],
  ["100630", 640, -0.02],
  ["270900", 2100, -0.04],
  ["440710", 380, 0.0],
  ["520100", 300, -0.03],
  ["610910", 950, 0.01],
  ["640399", 700, -0.01],
  ["940360", 560, 0.02],
  ["300490", 430, 0.08],
  ["847130", 1200, 0.09],
  ["851712", 1500, 0.11],
  ["870323", 900, 0.06],
  ["854140", 350, 0.18],
  ["710812", 90, 0.0],
];

const SAMPLE_SERVICES: [string, number, number][] = [
  // EBOPS code, value in the first year, yearly growth
  ["SI2", 873, 0.09],
  ["SI1", 45, 0.02],
  ["SJ1", 60, 0.05],
  ["SJ2", 35, 0.07],
  ["SJ3", 50, 0.04],
  ["SG", 40, 0.01],
  ["SK1", 12, 0.0],
  ["SC", 120, -0.01],
  ["SD", 200, 0.03],
];

/**
 * One row per year and entry of `table` (code, value in the first year, yearly growth): the
 * value grown for the year, with ±2.5 % noise that `salt` makes different per table.
 */
function yearlyRows(
  years: readonly number[],
  table: readonly [string, number, number][],
  salt: number,
  put: (row: number, year: number, code: string, value: number) => void
): void {
  let row = 0;
  years.forEach((year, t) => {
    for (const [code, v0, growth] of table) {
      put(
        row,
        year,
        code,
        Math.round(v0 * (1 + growth) ** t * (1 + 0.05 * (hash(row, salt) - 0.5)))
      );
      row++;
    }
  });
}

export function sampleInputs(model: EvaluationModel): Map<string, CellValue> {
  const s = model.settings;
  const out = new Map<string, CellValue>();
  comparisonParents(model).forEach((p, pi) => {
    const k = p.children.length;
    // A base priority vector per parent; each expert perturbs the ratios a little.
    const base = p.children.map((_, i) => 1 + 3 * hash(pi, i, 7));
    comparisonBlocks(s).forEach((b, e) => {
      for (let i = 0; i < k; i++) {
        for (let j = i + 1; j < k; j++) {
          const noise = Math.exp(0.5 * (hash(pi, e, i, j) - 0.5));
          const a = snapToScale((base[i] / base[j]) * noise);
          // Judgments below 1 are typed as text fractions, as users do.
          out.set(
            judgmentKey(p.id, b.key, p.children[i].id, p.children[j].id),
            a >= 1 ? a : `1/${Math.round(1 / a)}`
          );
        }
      }
    });
  });
  const max = scaleMax(s);
  // One set of scores and data per unit; unit k > 0 draws its own numbers (its salt), so units differ.
  const units = severalUnits(s) ? unitNames(s) : [undefined];
  const quantRange = new Map<string, { min: number; max: number }>();
  units.forEach((unit, k) => {
    const salt = k === 0 ? [] : [1000 + k];
    indicators(model).forEach((node, ii) => {
      if (node.type === "qualitative") {
        const level = 0.45 + 0.4 * hash(ii, 99, ...salt);
        s.experts.forEach((_, h) => {
          const x = Math.min(
            max,
            Math.max(0, max * (level + 0.25 * (hash(ii, h, 3, ...salt) - 0.5)))
          );
          out.set(scoreKey(node.id, h + 1, unit), Math.round(x * 10) / 10);
        });
      } else {
        const start = 20 + 80 * hash(ii, 5, ...salt);
        // With several units, some series worsen, so units differ in direction as well as level.
        const sign = k > 0 && hash(ii, 8, ...salt) < 0.3 ? -1 : 1;
        const trend =
          sign * (node.direction === "cost" ? -1 : 1) * (0.01 + 0.05 * hash(ii, 6, ...salt));
        const range = quantRange.get(node.id) ?? { min: Infinity, max: -Infinity };
        s.years.forEach((y, t) => {
          const v = start * (1 + trend * t) * (1 + 0.08 * (hash(ii, t, 11, ...salt) - 0.5));
          const x = Math.round(v * 100) / 100;
          out.set(dataKey(node.id, y, unit), x);
          range.min = Math.min(range.min, x);
          range.max = Math.max(range.max, x);
        });
        quantRange.set(node.id, range);
      }
    });
  });
  // Typed thresholds: a benchmark a little below the data and a target a little above them.
  if (thresholdsOf(s) === "typed")
    for (const node of indicators(model)) {
      const range = quantRange.get(node.id);
      if (!range) continue;
      const low = Math.round(range.min * 90) / 100;
      const high = Math.round(range.max * 110) / 100;
      const [worst, best] = node.direction === "cost" ? [high, low] : [low, high];
      out.set(thresholdKey(node.id, "worst"), worst);
      out.set(thresholdKey(node.id, "best"), best);
    }
  if (s.trade)
    yearlyRows(s.years, SAMPLE_TRADE, 17, (row, year, code, value) => {
      out.set(tradeKey(row, 0), year);
      out.set(tradeKey(row, 1), code);
      out.set(tradeKey(row, 2), value);
    });
  if (s.embodied) {
    const names = s.language === "zh-CN" ? SAMPLE_IO_NAMES_ZH : null;
    SAMPLE_IO.sectors.forEach(([english, code, x, e, ex, im], i) => {
      const name = names?.[i] ?? english;
      [name, code, null, x, e, ex, im].forEach((v, c) => {
        if (v !== null) out.set(sectorKey(i, c), v);
      });
    });
    SAMPLE_IO.flows.forEach((row, i) => row.forEach((z, j) => out.set(flowKey(i, j), z)));
  }
  if (s.service)
    yearlyRows(s.years, SAMPLE_SERVICES, 23, (row, year, code, value) => {
      out.set(serviceKey(row, 2), year);
      out.set(serviceKey(row, 0), code);
      out.set(serviceKey(row, 1), value);
    });
  return out;
}
