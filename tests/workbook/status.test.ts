/**
 * The Status sheet (src/workbook/build/status.ts) and the Results warning: their formulas,
 * recalculated by the test formula engine with the add-in's dist/functions.js, show what the
 * core computes (check.ts statusValues) for complete and for messy inputs: an inconsistent
 * block, a missing judgment, score and yearly value. Numbers to 1e-9 relative; texts exactly.
 */
import { buildWorkbook } from "../../src/workbook/build";
import { checkEvaluation, statusValues } from "../../src/workbook/check";
import { resultKey } from "../../src/workbook/keys";
import { sampleInputs } from "../../src/workbook/sample";
import { paperTemplate } from "../../src/workbook/template";
import { mismatches, recalculatedWithBundle } from "../support/recalc";
import { messyInputs } from "../support/messyInputs";

const recalculated = recalculatedWithBundle;

describe("statusValues (the core of the Status sheet)", () => {
  const model = paperTemplate();

  it("counts everything entered and warns of nothing for the complete sample", () => {
    const v = statusValues(model, sampleInputs(model));
    expect(v.get(resultKey.progress("judgments", "expected"))).toBe(
      v.get("status|judgments|entered")
    );
    expect(v.get(resultKey.progress("scores", "expected"))).toBe(5 * 5); // 5 qualitative indicators × 5 experts
    expect(v.get(resultKey.progress("series", "entered"))).toBe(5);
    expect(v.get(resultKey.progress("blocks", "entered"))).toBe(42);
    expect(v.get(resultKey.warning)).toBe("");
  });

  it("names the inconsistent block, its worst judgments and what is missing", () => {
    const inputs = messyInputs(model);
    const v = statusValues(model, inputs);
    const check = checkEvaluation(model, inputs, new Map());
    const b = check.blocks.find((x) => x.key === "C11|e1")!;
    expect(v.get(resultKey.blockState("C11|e1"))).toBe("Revise: CR ≥ 0.1");
    expect(v.get(resultKey.blockState("GOAL|e2"))).toBe("Not started"); // its only judgment
    expect(v.get(resultKey.blockState("GOAL|aggregate"))).toBe(
      "Waits for every expert's judgments"
    );
    const names = ["I111", "I112", "I113"].map((id) => model.nodes.find((n) => n.id === id)!.name);
    expect(v.get(resultKey.worstJudgment("C11|e1", 1))).toMatch(
      new RegExp(`^(${names.join("|")}) vs (${names.join("|")})$`)
    );
    expect(v.get(resultKey.worstJudgment("C11|e2", 1))).toBe("");
    expect(v.get(resultKey.warning)).toBe(
      `2 comparison blocks are not consistent (first: Basic support — Expert 1 (CR ${b.cr!.toFixed(3)})). Missing: 1 judgment, 1 score, 1 data series. The results are provisional until this is fixed: see the Status sheet.`
    );
  });
});

describe.each([
  ["the complete sample", sampleInputs],
  ["messy inputs", messyInputs],
])("the Status sheet of the add-in workbook recalculated, %s", (_, inputsOf) => {
  const model = paperTemplate();
  const inputs = inputsOf(model);
  const built = buildWorkbook(model, { inputs });
  const engine = recalculated(built.spec);
  const expected = statusValues(model, inputs);

  it("shows every count, state, worst judgment and the warning the core computes", () => {
    // Counts and texts: exactly (relative 0).
    expect(mismatches(expected, built.resultCells, (sh, a) => engine.value(sh, a), 0)).toEqual([]);
    expect(expected.size).toBeGreaterThan(100);
  });

  it("puts the warning above the results, blank when they are final", () => {
    const shown = engine.value("Results", "A3");
    expect(shown).toBe(expected.get(resultKey.warning) === "" ? "" : expected.get("warning"));
  });
});

describe("the Status sheet's links", () => {
  const model = paperTemplate();
  const inputs = messyInputs(model);
  const built = buildWorkbook(model, { inputs });
  const status = built.spec.sheets.find((s) => s.name === "Status")!;

  it("links each worst judgment to the cell where it is typed", () => {
    const at = built.resultCells.get(resultKey.worstJudgment("C11|e1", 1))!;
    const formula = status.cells.get(at.address)!.formula!;
    const target = /HYPERLINK\((.*),LEFT\(INDEX/.exec(formula)![1];
    // Evaluate the link expression in a cell of its own, beside the pair's name.
    status.cells.set("Z1", { formula: `=${target}` });
    const engine = recalculated(built.spec);
    const pair = String(engine.value("Status", at.address)).split(" vs ");
    const ids = ["I111", "I112", "I113"];
    const id = (name: string) =>
      ids.find((x) => model.nodes.find((n) => n.id === x)!.name === name);
    const cell = built.inputCells.get(`j|C11|e1|${id(pair[0])}|${id(pair[1])}`)!;
    expect(engine.value("Status", "Z1")).toBe(`#'${cell.sheet}'!${cell.address}`);
  });

  it("links every block to its title on the Comparisons sheet", () => {
    const links = [...status.cells.values()]
      .map((c) =>
        /^=HYPERLINK\("#'Comparisons'!(\$A\$\d+)",LEFT\((?:LEFT\()?'Comparisons'!(\$A\$\d+)/.exec(
          c.formula ?? ""
        )
      )
      .filter((m) => m !== null);
    expect(links).toHaveLength(42); // 7 parents × (5 experts + the aggregate)
    expect(links.every((m) => m![1] === m![2])).toBe(true);
  });
});
