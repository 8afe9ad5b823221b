/**
 * Large indicator systems for the workbook benchmarks: a goal, levels of criteria with the given
 * numbers of children, and the indicators spread as evenly as possible over the last level of
 * criteria. Every third indicator is quantitative (with a unit), every fifth a cost; names are of
 * realistic length and all distinct.
 */
import { DEFAULT_SETTINGS, EvaluationModel, IndicatorNode } from "../src/workbook/model";

const WORDS = [
  "low-carbon",
  "R&D",
  "energy",
  "intensity",
  "patents",
  "green credit",
  "emission",
  "technology",
  "platforms",
  "policy",
  "training",
  "renewable",
  "efficiency",
  "investment",
  "cooperation",
];

/** A name of 3–6 words, distinct by its number. */
function nameOf(prefix: string, k: number): string {
  const words = Array.from(
    { length: 3 + (k % 4) },
    (_, i) => WORDS[(k * 7 + i * 3) % WORDS.length]
  );
  return `${prefix} ${k + 1}: ${words.join(" ")}`;
}

/**
 * A system with `branching[l]` children per criterion on level l (level 0: the goal's) and
 * `indicators` indicators under the last level, judged by `experts` experts, one comparison
 * block each (AIJ).
 *
 * @example largeSystem([6, 6, 7], 2000, 5).nodes.length // 6 + 36 + 252 + 2000
 */
export function largeSystem(
  branching: number[],
  indicators: number,
  experts: number
): EvaluationModel {
  const nodes: IndicatorNode[] = [];
  let level: (string | null)[] = [null];
  branching.forEach((k, l) => {
    const next: string[] = [];
    level.forEach((parent, p) => {
      for (let i = 0; i < k; i++) {
        const id = `C${l + 1}_${p * k + i + 1}`;
        nodes.push({
          id,
          parent,
          name: nameOf(`Criterion ${l + 1}.`, p * k + i),
          type: "qualitative",
          direction: "benefit",
          unit: "",
        });
        next.push(id);
      }
    });
    level = next;
  });
  let n = 0;
  level.forEach((parent, p) => {
    const count =
      Math.floor(((p + 1) * indicators) / level.length) -
      Math.floor((p * indicators) / level.length);
    for (let i = 0; i < count; i++, n++) {
      const quantitative = n % 3 === 2;
      nodes.push({
        id: `I${n + 1}`,
        parent,
        name: nameOf("Indicator", n),
        type: quantitative ? "quantitative" : "qualitative",
        direction: n % 5 === 4 ? "cost" : "benefit",
        unit: quantitative ? "% of revenue" : "",
      });
    }
  });
  return {
    goal: "Low-carbon industry innovation performance",
    nodes,
    settings: {
      ...DEFAULT_SETTINGS,
      experts: Array.from({ length: experts }, (_, e) => `Expert ${e + 1}`),
      comparisons: "aij",
    },
  };
}
