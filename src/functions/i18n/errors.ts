/**
 * The commonest error messages of the custom functions in Simplified Chinese, for Excel in
 * Chinese. Whole messages only: a message that no rule matches stays English, never half
 * translated. The core words its messages in English; this table follows them (a test feeds it
 * the messages the functions really return).
 */
import type { Language } from "../../core/language";

const CELL = "(row \\d+, column \\d+)";

/** "row 3, column 2" → "第 3 行第 2 列". */
function cellZh(cell: string): string {
  return cell.replace(/row (\d+), column (\d+)/g, "第 $1 行第 $2 列");
}

/** A value as describe() words it (src/core/cells.ts), in Chinese; text in quotes and numbers stay. */
function valueZh(v: string): string {
  if (v === "blank") return "空白";
  if (v === "a range") return "一个区域";
  if (v === "a number beyond Excel's range") return "超出 Excel 范围的数";
  if (v === "a value of an unsupported kind") return "不支持的值类型";
  const error = /^the error (#.*)$/.exec(v);
  return error ? `错误值 ${error[1]}` : v;
}

type Rule = readonly [RegExp, (...groups: string[]) => string];

const RULES: readonly Rule[] = [
  [
    new RegExp(`^(.+?): ${CELL} is not a number \\((.+)\\)$`),
    (what, cell, v) => `${what}：${cellZh(cell)} 不是数字（${valueZh(v)}）`,
  ],
  [
    new RegExp(`^(.+?): ${CELL} is not a number$`),
    (what, cell) => `${what}：${cellZh(cell)} 不是数字`,
  ],
  [
    new RegExp(`^(.+?): ${CELL} is not a finite number$`),
    (what, cell) => `${what}：${cellZh(cell)} 不是有限数`,
  ],
  [/^(.+) is empty$/, (what) => `${what} 为空`],
  [
    /^(.+) must be square: it has (\d+) rows and (\d+) columns$/,
    (what, r, c) => `${what} 必须是方阵：它有 ${r} 行 ${c} 列`,
  ],
  [/^(.+) must be a number, not (.+)$/, (what, v) => `${what} 必须是数字，而不是 ${valueZh(v)}`],
  [/^(.+) must be a name, not (.+)$/, (what, v) => `${what} 必须是名称，而不是 ${valueZh(v)}`],
  [/^(\S+) is required$/, (what) => `必须提供 ${what}`],
  [
    /^(.+) must be a whole number ≥ 1, not (.+)$/,
    (what, v) => `${what} 必须是 ≥ 1 的整数，而不是 ${valueZh(v)}`,
  ],
  [
    /^(.+) must be in ([[(]0, 1\]), not (.+)$/,
    (what, range, v) => `${what} 必须在 ${range} 内，而不是 ${valueZh(v)}`,
  ],
  [
    /^(.+) has ([\d,]+) cells; at most ([\d,]+) are taken$/,
    (what, n, max) => `${what} 有 ${n} 个单元格；最多接受 ${max} 个`,
  ],
  [
    new RegExp(
      `^(.+?): ${CELL} \\((.+)\\) and ${CELL} \\((.+)\\) are not reciprocal; enter one of them or make their product 1$`
    ),
    (what, c1, x, c2, y) =>
      `${what}：${cellZh(c1)}（${x}）与 ${cellZh(c2)}（${y}）不互为倒数；只填其中一个，或使二者乘积为 1`,
  ],
  [
    new RegExp(`^(.+?): diagonal cell ${CELL} must be 1, not (.+)$`),
    (what, cell, d) => `${what}：对角线单元格 ${cellZh(cell)} 必须为 1，而不是 ${d}`,
  ],
  [
    new RegExp(`^(.+?): ${CELL} is (.+); judgments must be positive$`),
    (what, cell, x) => `${what}：${cellZh(cell)} 为 ${x}；判断值必须为正数`,
  ],
  [
    new RegExp(
      `^(.+?): ${CELL} is (.+); judgments must lie between 1e-100 and 1e100 \\(the Saaty scale runs from 1/9 to 9\\)$`
    ),
    (what, cell, x) =>
      `${what}：${cellZh(cell)} 为 ${x}；判断值必须在 1e-100 与 1e100 之间（Saaty 标度为 1/9 至 9）`,
  ],
  [
    /^(.+) is incomplete and its comparisons do not connect all elements \(element (\d+) is not linked to element 1\); add a comparison between the two groups$/,
    (what, k) =>
      `${what} 不完整，且其比较未能连通所有元素（元素 ${k} 与元素 1 之间没有比较链）；请在两组元素之间补充一个比较`,
  ],
  [
    /^Unknown method (.+): use EIGEN \(default\), SQRT \(geometric mean\) or SUM \(normalised columns\)$/,
    (v) =>
      `未知的方法 ${valueZh(v)}：请使用 EIGEN（默认，特征向量法）、SQRT（方根法）或 SUM（和积法）`,
  ],
  [
    /^Unknown RI table (.+): use SAATY \(default\), SAATY2005, CN, ALONSO or DD$/,
    (v) => `未知的 RI 表 ${valueZh(v)}：请使用 SAATY（默认）、SAATY2005、CN、ALONSO 或 DD`,
  ],
  [
    /^Unknown direction (.+): use BENEFIT \(higher is better\) or COST \(lower is better\)$/,
    (v) => `未知的方向 ${valueZh(v)}：请使用 BENEFIT（正向，越大越好）或 COST（负向，越小越好）`,
  ],
  [
    /^There are (\d+) experts but (\d+) expert weights$/,
    (k, m) => `有 ${k} 位专家，却有 ${m} 个专家权重`,
  ],
  [
    /^(.+?): weight (\d+) is (.+); weights must be ≥ 0$/,
    (what, j, w) => `${what}：第 ${j} 个权重为 ${w}；权重必须 ≥ 0`,
  ],
  [
    /^There are (\d+) indicator rows but (\d+) weights$/,
    (m, k) => `有 ${m} 行指标，却有 ${k} 个权重`,
  ],
  [
    /^There are (\d+) indicator rows but (\d+) group labels$/,
    (m, k) => `有 ${m} 行指标，却有 ${k} 个分组标签`,
  ],
  [/^Indicator row (\d+) has no group label$/, (i) => `第 ${i} 行指标没有分组标签`],
  [
    /^(.+) is (.+); grey scores must be ≥ 0$/,
    (where, d) => `${cellZh(where.replace(/^Scores?\b/, "评分"))} 为 ${d}；灰色评分必须 ≥ 0`,
  ],
  [
    /^worst and best thresholds are equal \((.+)\); they must differ$/,
    (v) => `最差与最优阈值相等（${v}）；二者必须不同`,
  ],
  [
    /^window \((\d+)\) is longer than the series \((\d+) values\)$/,
    (w, n) => `平滑窗口（${w}）比序列（${n} 个值）更长`,
  ],
  [/^The input range is empty$/, () => "输入区域为空"],
  [/^The result is beyond Excel's numbers$/, () => "结果超出 Excel 的数值范围"],
  [
    new RegExp(`^The result at ${CELL} is beyond Excel's numbers$`),
    (cell) => `${cellZh(cell)} 的结果超出 Excel 的数值范围`,
  ],
  [
    /^The input is too large to compute; please report this with the input that caused it$/,
    () => "输入过大，无法计算；请连同导致问题的输入一起报告",
  ],
  [
    /^The function failed; please report this with the input that caused it$/,
    () => "函数出错；请连同导致问题的输入一起报告",
  ],
];

/**
 * `message` in `language`: for Simplified Chinese the translation of the rule it matches, else
 * the message as it is.
 *
 * @example errorMessageIn("zh-CN", "Matrix is empty") // "Matrix 为空"
 * @example errorMessageIn("zh-CN", "Something new") // "Something new"
 */
export function errorMessageIn(language: Language, message: string): string {
  if (language === "en") return message;
  return inChinese(message) ?? message;
}

/** The Chinese of a message, or null when no rule words it. */
function inChinese(message: string): string | null {
  for (const [pattern, zh] of RULES) {
    const m = pattern.exec(message);
    if (m) return zh(...m.slice(1));
  }
  // "directions: row 1, column 2: Unknown direction …": the cell, then the inner message
  const placed = /^(\w+): ([^:]+): (.+)$/.exec(message);
  const inner = placed && inChinese(placed[3]);
  return inner ? `${placed[1]}：${cellZh(placed[2])}：${inner}` : null;
}
