/**
 * The paper's indicator system (seed 001, §5): goal → innovation input / output → four
 * dimensions → example indicators. The paper names the dimensions, not the indicators: the
 * indicators here are editable examples and are marked as such in the workbook.
 */
import { toCsv } from "./delimited";
import { DEFAULT_SETTINGS, EvaluationModel, EvaluationSettings, IndicatorNode } from "./model";

const n = (
  id: string,
  parent: string | null,
  name: string,
  type: IndicatorNode["type"] = "qualitative",
  direction: IndicatorNode["direction"] = "benefit",
  unit = "",
  example = false
): IndicatorNode => ({
  id,
  parent,
  name,
  type,
  direction,
  unit,
  example,
});

/**
 * The paper's indicator system with the given settings; with `language: "zh-CN"` its goal,
 * dimensions (创新投入, 创新产出, 基础支撑, 资金支持, 综合利用, 污染治理), example indicators, units and
 * default experts are in Chinese, with the same ids and structure.
 *
 * @example paperTemplate({ language: "zh-CN" }).nodes[0].name // "创新投入"
 */
export function paperTemplate(settings: Partial<EvaluationSettings> = {}): EvaluationModel {
  const model = englishPaperTemplate(settings);
  return settings.language === "zh-CN" ? inChinese(model, PAPER_ZH, settings) : model;
}

/** Chinese names (and units) of the paper's template by id; "GOAL" is the goal. */
const PAPER_ZH: Record<string, [string, string?]> = {
  GOAL: ["低碳产业创新绩效"],
  C1: ["创新投入"],
  C11: ["基础支撑"],
  I111: ["低碳研发人员", "人/万名从业人员"],
  I112: ["低碳技术平台"],
  I113: ["政策与制度支持"],
  C12: ["资金支持"],
  I121: ["低碳研发经费投入强度", "占营业收入 %"],
  I122: ["绿色信贷与风险投资可得性"],
  C2: ["创新产出"],
  C21: ["综合利用"],
  I211: ["工业固体废物综合利用率", "%"],
  I212: ["单位产值能耗", "吨标准煤/万元"],
  I213: ["低碳产品创新"],
  C22: ["污染治理"],
  I221: ["单位产值二氧化碳排放", "吨/万元"],
  I222: ["污染治理技术水平"],
};

/** Chinese names of the blank template by id. */
const BLANK_ZH: Record<string, [string, string?]> = {
  GOAL: ["评价目标"],
  N1: ["准则 1"],
  N2: ["指标 1.1"],
  N3: ["指标 1.2"],
  N4: ["准则 2"],
  N5: ["指标 2.1"],
  N6: ["指标 2.2"],
};

/** The model with the Chinese names of `names` (ids, structure and settings kept); experts 专家 1 … unless given. */
function inChinese(
  model: EvaluationModel,
  names: Record<string, [string, string?]>,
  settings: Partial<EvaluationSettings>
): EvaluationModel {
  return {
    goal: names.GOAL?.[0] ?? model.goal,
    settings: settings.experts
      ? model.settings
      : { ...model.settings, experts: model.settings.experts.map((_, k) => `专家 ${k + 1}`) },
    nodes: model.nodes.map((x) => {
      const zh = names[x.id];
      return zh ? { ...x, name: zh[0], unit: zh[1] ?? x.unit } : x;
    }),
  };
}

function englishPaperTemplate(settings: Partial<EvaluationSettings>): EvaluationModel {
  return {
    goal: "Low-carbon industry innovation performance",
    settings: { ...DEFAULT_SETTINGS, ...settings },
    nodes: [
      n("C1", null, "Innovation input"),
      n("C11", "C1", "Basic support"),
      n(
        "I111",
        "C11",
        "Low-carbon R&D personnel",
        "quantitative",
        "benefit",
        "persons per 10,000 employees",
        true
      ),
      n("I112", "C11", "Low-carbon technology platforms", "qualitative", "benefit", "", true),
      n("I113", "C11", "Policy and institutional support", "qualitative", "benefit", "", true),
      n("C12", "C1", "Financial support"),
      n(
        "I121",
        "C12",
        "Low-carbon R&D expenditure intensity",
        "quantitative",
        "benefit",
        "% of revenue",
        true
      ),
      n(
        "I122",
        "C12",
        "Green credit and venture finance access",
        "qualitative",
        "benefit",
        "",
        true
      ),
      n("C2", null, "Innovation output"),
      n("C21", "C2", "Comprehensive utilisation"),
      n(
        "I211",
        "C21",
        "Industrial solid waste utilisation rate",
        "quantitative",
        "benefit",
        "%",
        true
      ),
      n(
        "I212",
        "C21",
        "Energy consumption per unit of output",
        "quantitative",
        "cost",
        "tce per 10,000 yuan",
        true
      ),
      n("I213", "C21", "Low-carbon product innovation", "qualitative", "benefit", "", true),
      n("C22", "C2", "Pollution control"),
      n(
        "I221",
        "C22",
        "CO2 emissions per unit of output",
        "quantitative",
        "cost",
        "t per 10,000 yuan",
        true
      ),
      n("I222", "C22", "Pollution control technology level", "qualitative", "benefit", "", true),
    ],
  };
}

/** A blank system (in Chinese with `language: "zh-CN"`): the goal, two criteria with two indicators each, to be renamed. */
export function blankTemplate(settings: Partial<EvaluationSettings> = {}): EvaluationModel {
  const model = englishBlankTemplate(settings);
  return settings.language === "zh-CN" ? inChinese(model, BLANK_ZH, settings) : model;
}

function englishBlankTemplate(settings: Partial<EvaluationSettings>): EvaluationModel {
  return {
    goal: "Evaluation goal",
    settings: { ...DEFAULT_SETTINGS, ...settings },
    nodes: [
      n("N1", null, "Criterion 1"),
      n("N2", "N1", "Indicator 1.1"),
      n("N3", "N1", "Indicator 1.2"),
      n("N4", null, "Criterion 2"),
      n("N5", "N4", "Indicator 2.1"),
      n("N6", "N4", "Indicator 2.2"),
    ],
  };
}

/**
 * The downloadable indicator template: the paper's system as a CSV table with a header row
 * (`Id,Parent,Name,Type,Direction,Unit`), UTF-8 with a BOM (so Excel reads Chinese names typed
 * into it) and Excel's `\r\n` line ends. Importing it gives the paper's system back.
 */
export function indicatorTemplateCsv(): string {
  const rows = [
    ["Id", "Parent", "Name", "Type", "Direction", "Unit"],
    ...paperTemplate().nodes.map((x) => [
      x.id,
      x.parent ?? "",
      x.name,
      x.type,
      x.direction,
      x.unit,
    ]),
  ];
  return `\uFEFF${toCsv(rows)}`;
}
