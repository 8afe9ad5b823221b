import {
  addChild,
  addSibling,
  moveNode,
  removeNode,
  updateNode,
  depths,
} from "../../src/workbook/edit";
import {
  comparisonParents,
  depthFirst,
  expertsProblem,
  indicators,
  validateModel,
  windowProblem,
} from "../../src/workbook/model";
import { blankTemplate, paperTemplate } from "../../src/workbook/template";

describe("hierarchy edits", () => {
  it("the paper's template has goal → 2 aspects → 4 dimensions → example indicators, three levels below the goal", () => {
    const m = paperTemplate();
    expect(validateModel(m)).toEqual([]);
    expect(Math.max(...depths(m).values())).toBe(3);
    expect(comparisonParents(m).map((p) => p.name)).toEqual([
      "Low-carbon industry innovation performance",
      "Innovation input",
      "Basic support",
      "Financial support",
      "Innovation output",
      "Comprehensive utilisation",
      "Pollution control",
    ]);
    expect(indicators(m).every((n) => n.example)).toBe(true);
  });

  it("adds children and siblings with new ids, keeping depth-first order", () => {
    let m = blankTemplate();
    const a = addChild(m, "N2", "Sub-indicator");
    m = a.model;
    expect(m.nodes.find((n) => n.id === a.id)?.parent).toBe("N2");
    const b = addSibling(m, "N1", "Criterion 1b");
    m = b.model;
    expect(depthFirst(m).map((x) => x.node.name)).toEqual([
      "Criterion 1",
      "Indicator 1.1",
      "Sub-indicator",
      "Indicator 1.2",
      "Criterion 1b",
      "Criterion 2",
      "Indicator 2.1",
      "Indicator 2.2",
    ]);
    expect(new Set(m.nodes.map((n) => n.id)).size).toBe(m.nodes.length);
  });

  it("renames (clearing the example mark), removes subtrees and reorders siblings with their subtrees", () => {
    let m = paperTemplate();
    m = updateNode(m, "I112", {
      name: "Platforms",
      type: "quantitative",
      direction: "cost",
      unit: "count",
    });
    expect(m.nodes.find((n) => n.id === "I112")).toMatchObject({
      name: "Platforms",
      type: "quantitative",
      example: false,
    });
    m = removeNode(m, "C12");
    expect(m.nodes.some((n) => ["C12", "I121", "I122"].includes(n.id))).toBe(false);
    m = moveNode(m, "C2", -1);
    expect(
      depthFirst(m)
        .map((x) => x.node.id)
        .slice(0, 3)
    ).toEqual(["C2", "C21", "I211"]);
    expect(moveNode(m, "C2", -1).nodes.map((n) => n.id)).toEqual(m.nodes.map((n) => n.id));
    expect(validateModel(m)).toEqual([]);
  });

  it("validates: empty names, too long a window, no indicators", () => {
    const m = blankTemplate({ window: 12 });
    m.nodes[1].name = " ";
    expect(validateModel(m).join("; ")).toMatch(
      /has no name.*A window of 12 needs at least 13 years of data \(8 years are set\)/
    );
    expect(validateModel({ ...m, nodes: [] }).join(";")).toMatch(/no indicators/);
  });

  it("a window as long as the data is a problem (one smoothed value leaves nothing to compare); one year shorter is not", () => {
    const years = [2016, 2017, 2018];
    expect(windowProblem(3, years.length)).toMatch(/A window of 3 needs at least 4 years/);
    expect(windowProblem(2, years.length)).toBeNull();
    expect(windowProblem(1, 1)).toMatch(/needs at least 2 years of data \(1 year is set\)/);
    expect(windowProblem(1.5, 9)).toMatch(/whole number/);
    expect(validateModel(blankTemplate({ window: 8 }))).toEqual([
      expect.stringMatching(/A window of 8 needs at least 9 years of data \(8 years are set\)/),
    ]);
  });

  it("experts: none, a blank name or a name listed twice (case and spaces ignored) is a problem", () => {
    expect(expertsProblem([])).toBe("At least one expert is needed");
    expect(expertsProblem(["Dr Li Wei", " "])).toBe("An expert has no name");
    expect(expertsProblem(["Dr Li Wei", "dr li wei "])).toBe('"dr li wei" is listed twice');
    expect(expertsProblem(["Dr Li Wei", "Prof Zhang San", "王芳"])).toBeNull();
  });
});
