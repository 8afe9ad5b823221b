/**
 * The paper's indicator system (seed 001, §5): goal → innovation input / output → four
 * dimensions → example indicators. The paper names the dimensions, not the indicators: the
 * indicators here are editable examples and are marked as such in the workbook.
 */
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
 * Imports an indicator table from a selection: columns named in a header row (Name required;
 * Id, Parent, Type, Direction, Unit optional; parents by id or name), or, without a Name
 * header, an indented outline (one column per level).
 */
export function importIndicatorTable(
  values: unknown[][],
  settings: Partial<EvaluationSettings> = {}
): EvaluationModel {
  const rows = values.filter((r) =>
    r.some((v) => v !== null && v !== undefined && String(v).trim() !== "")
  );
  if (rows.length === 0) throw new Error("The selection is empty");
  const header = rows[0].map((v) =>
    String(v ?? "")
      .trim()
      .toLowerCase()
  );
  const col = (name: string) => header.indexOf(name);
  const nodes: IndicatorNode[] = [];
  if (col("name") >= 0) {
    const byName = new Map<string, string>();
    rows.slice(1).forEach((r, i) => {
      const name = String(r[col("name")] ?? "").trim();
      if (!name) return;
      const id =
        col("id") >= 0 && String(r[col("id")] ?? "").trim()
          ? String(r[col("id")]).trim()
          : `N${i + 1}`;
      byName.set(name.toLowerCase(), id);
      byName.set(id.toLowerCase(), id);
      nodes.push(
        n(
          id,
          String(col("parent") >= 0 ? (r[col("parent")] ?? "") : "").trim() || null,
          name,
          String(r[col("type")] ?? "")
            .toLowerCase()
            .startsWith("quant")
            ? "quantitative"
            : "qualitative",
          String(r[col("direction")] ?? "")
            .toLowerCase()
            .startsWith("c")
            ? "cost"
            : "benefit",
          col("unit") >= 0 ? String(r[col("unit")] ?? "") : ""
        )
      );
    });
    for (const node of nodes)
      if (node.parent) node.parent = byName.get(node.parent.toLowerCase()) ?? node.parent;
  } else {
    // Outline: the first non-blank column of each row is its level.
    const stack: string[] = [];
    rows.forEach((r, i) => {
      const level = r.findIndex((v) => v !== null && v !== undefined && String(v).trim() !== "");
      const id = `N${i + 1}`;
      stack.length = level;
      nodes.push(n(id, level === 0 ? null : (stack[level - 1] ?? null), String(r[level]).trim()));
      stack[level] = id;
    });
  }
  return { goal: "Evaluation goal", settings: { ...DEFAULT_SETTINGS, ...settings }, nodes };
}
