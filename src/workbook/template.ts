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

export function paperTemplate(settings: Partial<EvaluationSettings> = {}): EvaluationModel {
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

/** A blank system: the goal, two criteria with two indicators each, to be renamed. */
export function blankTemplate(settings: Partial<EvaluationSettings> = {}): EvaluationModel {
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
