import {
  addChild,
  addCriterion,
  addSibling,
  canMove,
  dropNode,
  indentNode,
  moveNode,
  moveTo,
  outdentNode,
  removeNode,
  subtreeIds,
  updateNode,
  depths,
} from "../../src/workbook/edit";
import { nameProblems, siblingNameErrors } from "../../src/workbook/nodeNames";
import {
  EvaluationModel,
  comparisonParents,
  describeNode,
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
      /^Indicator 1 under Criterion 1 has no name; A window of 12 needs at least 13 years of data \(8 years are set\)/
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

/** The tree as "depth:name" lines in depth-first order, the way the wizard shows it. */
const outline = (m: EvaluationModel) => depthFirst(m).map((x) => `${x.depth}:${x.node.name}`);

describe("moving nodes to another parent", () => {
  it("moveTo carries the subtree, keeps ids and depth-first order, and clamps the index", () => {
    const m = paperTemplate();
    const moved = moveTo(m, "C12", "C21", 0) as EvaluationModel;
    expect(moved.nodes.find((n) => n.id === "C12")?.parent).toBe("C21");
    expect(outline(moved)).toEqual([
      "1:Innovation input",
      "2:Basic support",
      "3:Low-carbon R&D personnel",
      "3:Low-carbon technology platforms",
      "3:Policy and institutional support",
      "1:Innovation output",
      "2:Comprehensive utilisation",
      "3:Financial support",
      "4:Low-carbon R&D expenditure intensity",
      "4:Green credit and venture finance access",
      "3:Industrial solid waste utilisation rate",
      "3:Energy consumption per unit of output",
      "3:Low-carbon product innovation",
      "2:Pollution control",
      "3:CO2 emissions per unit of output",
      "3:Pollution control technology level",
    ]);
    // the subtree went with it: I121 and I122 are still under C12, one level deeper
    expect(moved.nodes.filter((n) => n.parent === "C12").map((n) => n.id)).toEqual([
      "I121",
      "I122",
    ]);
    expect(depths(moved).get("I121")).toBe(4);
    expect(new Set(moved.nodes.map((n) => n.id))).toEqual(new Set(m.nodes.map((n) => n.id)));
    expect(moved.nodes.map((n) => n.id)).toEqual(depthFirst(moved).map((x) => x.node.id));
    expect(validateModel(moved)).toEqual([]);
    // the input model is not changed
    expect(m.nodes.find((n) => n.id === "C12")?.parent).toBe("C1");
    // an index past the end puts the node last; to the goal's level
    const top = moveTo(m, "I111", null, 99) as EvaluationModel;
    expect(
      depthFirst(top)
        .map((x) => x.node.id)
        .slice(-1)
    ).toEqual(["I111"]);
    expect(top.nodes.find((n) => n.id === "I111")?.parent).toBeNull();
  });

  it("refuses to move a node under itself or its own descendant, or to a parent that does not exist", () => {
    const m = paperTemplate();
    expect(moveTo(m, "C1", "C1", 0)).toBeNull();
    expect(moveTo(m, "C1", "C11", 0)).toBeNull();
    expect(moveTo(m, "C1", "I112", 0)).toBeNull();
    expect(moveTo(m, "C1", "NOPE", 0)).toBeNull();
    expect(moveTo(m, "NOPE", null, 0)).toBeNull();
    expect(dropNode(m, "C1", "I111", "inside")).toBeNull();
    expect(dropNode(m, "C1", "I111", "before")).toBeNull();
    expect(dropNode(m, "C11", "C11", "after")).toBeNull();
    expect([...subtreeIds(m, "C1")].sort()).toEqual(
      ["C1", "C11", "C12", "I111", "I112", "I113", "I121", "I122"].sort()
    );
  });

  it("indent makes a node the last child of the sibling above; outdent puts it right after its parent", () => {
    const m = blankTemplate();
    const indented = indentNode(m, "N3") as EvaluationModel;
    expect(outline(indented)).toEqual([
      "1:Criterion 1",
      "2:Indicator 1.1",
      "3:Indicator 1.2",
      "1:Criterion 2",
      "2:Indicator 2.1",
      "2:Indicator 2.2",
    ]);
    // the first child has nothing above it to indent under; a first-level node cannot go out
    expect(indentNode(m, "N2")).toBeNull();
    expect(indentNode(m, "N1")).toBeNull();
    expect(outdentNode(m, "N1")).toBeNull();
    const out = outdentNode(indented, "N3") as EvaluationModel;
    expect(outline(out)).toEqual(outline(m));
    const criterion = indentNode(m, "N4") as EvaluationModel;
    expect(outline(criterion)).toEqual([
      "1:Criterion 1",
      "2:Indicator 1.1",
      "2:Indicator 1.2",
      "2:Criterion 2",
      "3:Indicator 2.1",
      "3:Indicator 2.2",
    ]);
    const back = outdentNode(criterion, "N4") as EvaluationModel;
    expect(outline(back)).toEqual(outline(m));
    expect(back.nodes.map((n) => n.id)).toEqual(m.nodes.map((n) => n.id));
    const first = outdentNode(m, "N2") as EvaluationModel;
    expect(outline(first)).toEqual([
      "1:Criterion 1",
      "2:Indicator 1.2",
      "1:Indicator 1.1",
      "1:Criterion 2",
      "2:Indicator 2.1",
      "2:Indicator 2.2",
    ]);
  });

  it("drops before, after or inside a target", () => {
    const m = blankTemplate();
    expect(outline(dropNode(m, "N6", "N2", "before") as EvaluationModel)).toEqual([
      "1:Criterion 1",
      "2:Indicator 2.2",
      "2:Indicator 1.1",
      "2:Indicator 1.2",
      "1:Criterion 2",
      "2:Indicator 2.1",
    ]);
    expect(outline(dropNode(m, "N2", "N3", "after") as EvaluationModel)).toEqual([
      "1:Criterion 1",
      "2:Indicator 1.2",
      "2:Indicator 1.1",
      "1:Criterion 2",
      "2:Indicator 2.1",
      "2:Indicator 2.2",
    ]);
    expect(outline(dropNode(m, "N4", "N2", "inside") as EvaluationModel)).toEqual([
      "1:Criterion 1",
      "2:Indicator 1.1",
      "3:Criterion 2",
      "4:Indicator 2.1",
      "4:Indicator 2.2",
      "2:Indicator 1.2",
    ]);
  });

  it("Add criterion adds a criterion (with one indicator), not a scored leaf; Up/Down know the ends", () => {
    const r = addCriterion(blankTemplate(), null);
    expect(outline(r.model).slice(-2)).toEqual(["1:New criterion", "2:New indicator"]);
    expect(r.model.nodes.find((n) => n.id === r.id)?.name).toBe("New criterion");
    expect(comparisonParents(r.model).map((p) => p.name)).toContain("Evaluation goal");
    const m = blankTemplate();
    expect([canMove(m, "N1", -1), canMove(m, "N1", 1), canMove(m, "N4", 1)]).toEqual([
      false,
      true,
      false,
    ]);
    expect([canMove(m, "N3", -1), canMove(m, "N3", 1), canMove(m, "NOPE", 1)]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe("names in messages", () => {
  it("names nodes by name and path, an unnamed node by kind and place, never by id", () => {
    const m = paperTemplate();
    const node = (id: string) => m.nodes.find((n) => n.id === id)!;
    expect(describeNode(m, node("C1"))).toBe('"Innovation input"');
    expect(describeNode(m, node("I112"))).toBe(
      '"Low-carbon technology platforms" under Innovation input › Basic support'
    );
    const blank = updateNode(m, "I112", { name: "  " });
    expect(
      describeNode(
        blank,
        blank.nodes.find((n) => n.id === "I112")!
      )
    ).toBe("Indicator 2 under Innovation input › Basic support");
    const noCriterion = updateNode(m, "C11", { name: "" });
    expect(validateModel(noCriterion)).toEqual(["Criterion 1 under Innovation input has no name"]);
    expect(
      describeNode(
        noCriterion,
        noCriterion.nodes.find((n) => n.id === "I111")!
      )
    ).toMatch(/under Innovation input › \(no name\)$/);
    const dupId = { ...m, nodes: [...m.nodes, { ...node("I112"), name: "Copy" }] };
    expect(validateModel(dupId)[0]).toBe(
      '"Low-carbon technology platforms" under Innovation input › Basic support and "Copy" under Innovation input › Basic support have the same id I112'
    );
  });

  it("an empty name or a name repeated among siblings is an error; the same name elsewhere a warning", () => {
    let m = paperTemplate();
    m = updateNode(m, "I113", { name: " low-carbon TECHNOLOGY platforms " });
    m = updateNode(m, "I121", { name: "Low-carbon technology platforms" });
    m = updateNode(m, "I122", { name: "" });
    const p = nameProblems(m);
    expect(p.get("I112")).toEqual({
      level: "error",
      message:
        'Two nodes under Innovation input › Basic support are called "Low-carbon technology platforms": siblings need different names',
    });
    expect(p.get("I113")?.level).toBe("error");
    expect(p.get("I121")).toEqual({
      level: "warning",
      message:
        '"Low-carbon technology platforms" is also the name of a node under Innovation input › Basic support; the sheets will show both',
    });
    expect(p.get("I122")).toEqual({
      level: "error",
      message: "Indicator 2 under Innovation input › Financial support has no name",
    });
    expect(p.has("C1")).toBe(false);
    expect(siblingNameErrors(m)).toEqual([p.get("I112")!.message]);
    expect(nameProblems(paperTemplate()).size).toBe(0);
    for (const { message } of p.values())
      expect(message).not.toMatch(/undefined|NaN|\[object|I1\d\d/);
  });
});
