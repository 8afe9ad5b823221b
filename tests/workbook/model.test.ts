/**
 * Helpers over the evaluation model (src/workbook/model.ts) that several parts of the workbook
 * share; the expected sums are added by hand from the paper's template.
 */
import { childrenOf, criterionSums, indicators, topCriteria } from "../../src/workbook/model";
import { paperTemplate } from "../../src/workbook/template";

describe("criterionSums", () => {
  const m = paperTemplate({});
  const tops = topCriteria(m);

  it("adds each first-level criterion's indicator weights", () => {
    const sums = criterionSums(m, () => 1);
    for (const c of childrenOf(m, null))
      expect(sums.get(c.id)).toBe(indicators(m).filter((n) => tops.get(n.id)?.id === c.id).length);
  });

  it("leaves out a criterion while one of its indicators has no weight, and only that one", () => {
    const [first, second] = childrenOf(m, null);
    const missing = indicators(m).find((n) => tops.get(n.id)?.id === first.id)!;
    const sums = criterionSums(m, (n) => (n.id === missing.id ? undefined : 0.5));
    expect(sums.has(first.id)).toBe(false);
    expect(sums.get(second.id)).toBe(
      0.5 * indicators(m).filter((n) => tops.get(n.id)?.id === second.id).length
    );
  });
});
