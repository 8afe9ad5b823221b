/** The Check step's logic: CR and state per block, suggestions for inconsistent blocks, missing entries. */
import { buildWorkbook } from "../../src/workbook/build";
import { checkEvaluation, resultsWarning, summarizeCheck } from "../../src/workbook/check";
import { sampleInputs } from "../../src/workbook/sample";
import { paperTemplate } from "../../src/workbook/template";
import { suggestions } from "../../src/core/ahp/suggest";
import { parseJudgments } from "../../src/core/ahp/judgments";
import { priorities } from "../../src/core/ahp/weights";

describe("checkEvaluation", () => {
  const model = paperTemplate();
  const { inputCells } = buildWorkbook(model);

  it("reports every block consistent and nothing missing for the complete sample", () => {
    const r = checkEvaluation(model, sampleInputs(model), inputCells);
    expect(r.missing).toEqual([]);
    expect(r.blocks).toHaveLength(7 * 6); // 7 parents × (5 experts + aggregate)
    expect(r.blocks.every((b) => b.state === "consistent")).toBe(true);
  });

  it("flags an inconsistent block with AHP.SUGGEST's worst judgments and their cells", () => {
    const inputs = sampleInputs(model);
    // Basic support, expert 1: I111 ≫ I112 ≫ I113 but I113 ≫ I111.
    inputs.set("j|C11|e1|I111|I112", 9);
    inputs.set("j|C11|e1|I112|I113", 9);
    inputs.set("j|C11|e1|I111|I113", "1/9");
    const r = checkEvaluation(model, inputs, inputCells);
    const b = r.blocks.find((x) => x.parent === "Basic support" && x.block === "Expert 1")!;
    expect(b.state).toBe("inconsistent");
    expect(b.cr).toBeGreaterThan(0.1);
    const j = parseJudgments([
      [1, 9, 1 / 9],
      [null, 1, 9],
      [null, null, 1],
    ]);
    const worst = suggestions(priorities(j, "EIGEN"), j.a, 3);
    expect(b.items).toHaveLength(3);
    expect(b.items[0].detail).toContain(`deviation ${worst[0].deviation.toFixed(2)}`);
    expect(b.items[0].sheet).toBe("Comparisons");
    expect(b.items.map((i) => i.address)).toEqual(
      worst.map(
        (w) =>
          inputCells.get(
            `j|C11|e1|${["I111", "I112", "I113"][w.row - 1]}|${["I111", "I112", "I113"][w.column - 1]}`
          )!.address
      )
    );
  });

  it("lists missing judgments, scores and data with their cells; an invalid judgment is an error", () => {
    const inputs = sampleInputs(model);
    inputs.delete("j|GOAL|e2|C1|C2");
    inputs.delete("s|I112|e3");
    inputs.delete("q|I121|2019");
    inputs.set("j|C2|e1|C21|C22", "lots");
    const r = checkEvaluation(model, inputs, inputCells);
    const titles = r.missing.map((m) => `${m.title} ${m.detail} ${m.address}`);
    expect(titles).toContain(
      `Judgment missing: Low-carbon industry innovation performance — Expert 2 Innovation input vs Innovation output ${inputCells.get("j|GOAL|e2|C1|C2")!.address}`
    );
    expect(titles).toContain(
      `Score missing: Low-carbon technology platforms Expert 3 ${inputCells.get("s|I112|e3")!.address}`
    );
    expect(
      titles.some((t) =>
        t.startsWith("Data missing: Low-carbon R&D expenditure intensity years 2019")
      )
    ).toBe(true);
    expect(
      r.blocks.find((b) => b.parent === "Innovation output" && b.block === "Expert 1")!.state
    ).toBe("invalid");
    expect(
      r.blocks.find((b) => b.parent === "Innovation output" && b.block === "aggregate (AIJ)")!.state
    ).toBe("incomplete");
  });

  it("summarizeCheck and resultsWarning: nothing to say for the complete sample; else how many blocks are inconsistent (named, with CR) and what is missing", () => {
    const complete = summarizeCheck(checkEvaluation(model, sampleInputs(model), inputCells));
    expect(complete).toEqual({ inconsistent: [], judgments: 0, scores: 0, series: 0 });
    expect(resultsWarning(complete)).toBeNull();

    const inputs = sampleInputs(model);
    inputs.set("j|C11|e1|I111|I112", 9);
    inputs.set("j|C11|e1|I112|I113", 9);
    inputs.set("j|C11|e1|I111|I113", "1/9");
    inputs.delete("s|I112|e2");
    inputs.delete("s|I112|e3");
    const quant = [...inputs.keys()].find((k) => k.startsWith("q|"))!;
    inputs.delete(quant);
    const c = summarizeCheck(checkEvaluation(model, inputs, inputCells));
    expect(c.inconsistent).toEqual(
      [
        expect.stringMatching(/^Basic support — Expert 1 \(CR \d\.\d{3}\)$/),
        expect.stringMatching(/^Basic support — aggregate \(AIJ\) \(CR \d\.\d{3}\)$/),
      ].slice(0, c.inconsistent.length)
    );
    expect(c.inconsistent.length).toBeGreaterThanOrEqual(1);
    expect([c.judgments, c.scores, c.series]).toEqual([0, 2, 1]);
    expect(resultsWarning(c)).toMatch(
      new RegExp(
        `^${c.inconsistent.length} comparison blocks? (is|are) not consistent: Basic support — Expert 1 \\(CR .*\\. Missing: 2 scores, 1 data series\\. The results are provisional until this is fixed \\(see the Check step\\)\\.$`
      )
    );
    expect(resultsWarning({ inconsistent: [], judgments: 1, scores: 0, series: 0 })).toBe(
      "Missing: 1 judgment. The results are provisional until this is fixed (see the Check step)."
    );
    const many = Array.from({ length: 7 }, (_, i) => `B${i}`);
    expect(resultsWarning({ inconsistent: many, judgments: 0, scores: 0, series: 0 })).toBe(
      "7 comparison blocks are not consistent: B0; B1; B2; B3; B4; and 2 more. The results are provisional until this is fixed (see the Check step)."
    );
  });
});
