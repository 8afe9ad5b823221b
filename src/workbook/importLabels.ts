/**
 * The words an imported indicator table may use: column headers and the labels of type and
 * direction, in English and Chinese. Matching ignores case, spaces, `_` and `-`; a trailing
 * 指标 or 型 is ignored in labels (`定量指标`, `效益型`).
 */
import type { Direction, NodeType } from "./model";

export type Column = "id" | "parent" | "name" | "type" | "direction" | "unit";

/** Header words per column (already normalised by `headerKey`). */
export const HEADER_ALIASES: Readonly<Record<Column, readonly string[]>> = {
  id: ["id", "code", "no", "no.", "number", "编号", "代码", "代号", "序号", "指标编号"],
  parent: [
    "parent",
    "parentid",
    "parentname",
    "parentcode",
    "上级",
    "上级编号",
    "上级指标",
    "父级",
    "父节点",
    "所属",
  ],
  name: ["name", "indicator", "indicatorname", "名称", "指标", "指标名称"],
  type: ["type", "kind", "indicatortype", "类型", "指标类型", "性质"],
  direction: ["direction", "polarity", "方向", "指标方向", "属性"],
  unit: ["unit", "units", "单位", "计量单位"],
};

/** Type labels (normalised by `labelKey`). */
export const TYPE_LABELS: Readonly<Record<NodeType, readonly string[]>> = {
  quantitative: ["quantitative", "quant", "data", "定量"],
  qualitative: ["qualitative", "qual", "experts", "expert", "定性"],
};

/** Direction labels (normalised by `labelKey`); `−` is U+2212, as Excel may show a minus. */
export const DIRECTION_LABELS: Readonly<Record<Direction, readonly string[]>> = {
  benefit: ["benefit", "+", "positive", "正向", "效益", "正"],
  cost: ["cost", "-", "−", "negative", "负向", "逆向", "成本", "负"],
};

/** A header cell as compared: lower case, without spaces, `_` or `-`. */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, "");
}

/** A label as compared: `headerKey` (keeping a lone `-`), without a trailing 指标 or 型. */
export function labelKey(text: string): string {
  const t = text.trim();
  if (t === "-" || t === "−") return t;
  return headerKey(t).replace(/(指标|型)$/, "");
}

/** The column a header cell names, or null. */
export function columnOf(text: string): Column | null {
  const key = headerKey(text);
  for (const [col, words] of Object.entries(HEADER_ALIASES) as [Column, readonly string[]][])
    if (words.includes(key)) return col;
  return null;
}

/**
 * An outline's level header (`Level 1`, `Tier 2`, `一级指标`, `二级`, `第三层`), as its level
 * (1-based), or null.
 * @example levelOf("二级指标") // 2
 */
export function levelOf(text: string): number | null {
  const key = headerKey(text);
  const en = /^(level|tier|l)(\d+)$/.exec(key);
  if (en) return Number(en[2]);
  const zh = /^第?([一二三四五六七八九])(级|层)(指标)?$/.exec(key);
  return zh ? "一二三四五六七八九".indexOf(zh[1]) + 1 : null;
}

/** The type a label names, or null (blank is not a label: the caller decides). */
export function typeOf(text: string): NodeType | null {
  const key = labelKey(text);
  if (TYPE_LABELS.quantitative.includes(key)) return "quantitative";
  return TYPE_LABELS.qualitative.includes(key) ? "qualitative" : null;
}

/** The direction a label names, or null. */
export function directionOf(text: string): Direction | null {
  const key = labelKey(text);
  if (DIRECTION_LABELS.benefit.includes(key)) return "benefit";
  return DIRECTION_LABELS.cost.includes(key) ? "cost" : null;
}

/** The accepted labels, for messages: `quantitative, quant, data, 定量`. */
export const typeLabelList = (t: NodeType) => TYPE_LABELS[t].join(", ");
export const directionLabelList = (d: Direction) => DIRECTION_LABELS[d].join(", ");
