/**
 * The Questionnaire sheets (setting `questionnaire`): one sheet per expert with one question per
 * pair answered from the verbal scale's drop-down, feeding the Comparisons sheet by formula; the
 * same input keys as the matrices, so a rebuild moves every judgment from one route to the
 * other (the Office.js writer against the in-memory Excel); the workbook recalculated by the
 * formula engine gives the core's results in both formula styles, and the pane's Check reads
 * the answers as the numbers they stand for.
 */
import { UnbuildableModel, buildWorkbook } from "../../src/workbook/build";
import { checkEvaluation, statusValues } from "../../src/workbook/check";
import { evaluateModel } from "../../src/workbook/evaluate";
import { judgmentKey, resultKey } from "../../src/workbook/keys";
import { SCALE_SHEET, comparisonBlocks, questionnaireSheets } from "../../src/workbook/layout";
import { EvaluationModel, EvaluationSettings, comparisonParents } from "../../src/workbook/model";
import { sampleInputs } from "../../src/workbook/sample";
import { CellValue, SheetSpec, addr, parseAddr } from "../../src/workbook/spec";
import { paperTemplate } from "../../src/workbook/template";
import { VERBAL_SCALE, asAnswer, judgmentOf, verbalOf } from "../../src/workbook/verbalScale";
import { chooseNames, writeToWorkbook } from "../../src/workbook/writeOffice";
import { FakeContext } from "../support/fakeExcel";
import { CustomFunction, FormulaEngine } from "../support/formulaEngine";
import { registeredFunctions } from "../functions/registry";
import { messyInputs } from "../support/messyInputs";

const on = (settings: Partial<EvaluationSettings> = {}) =>
  paperTemplate({ questionnaire: true, ...settings });
const sheetOf = (sheets: SheetSpec[], name: string) =>
  sheets.find((s) => s.name === name) as SheetSpec;
/** The pairs i < j of every parent, in the questionnaire's order. */
const pairsOf = (m: EvaluationModel) =>
  comparisonParents(m).flatMap((p) =>
    p.children.flatMap((a, i) => p.children.slice(i + 1).map((b) => ({ p, a, b })))
  );
/** The sample judgments as the questionnaire's labels. */
const labelled = (m: EvaluationModel) => {
  const inputs = sampleInputs(m);
  for (const [k, v] of inputs) if (k.startsWith("j|")) inputs.set(k, asAnswer(v));
  return inputs;
};

describe("the Questionnaire sheets of the paper's template (5 experts)", () => {
  const model = on();
  const { spec, inputCells, resultCells, notes } = buildWorkbook(model);
  const pairs = pairsOf(model);

  it("come right after the Index System, one per expert, named by number; the scale sheet is very hidden", () => {
    expect(spec.sheets.filter((s) => !s.hidden).map((s) => s.name)).toEqual([
      "Index System",
      "Questionnaire 1",
      "Questionnaire 2",
      "Questionnaire 3",
      "Questionnaire 4",
      "Questionnaire 5",
      "Comparisons",
      "Expert Scores",
      "Quantitative Data",
      "Status",
      "Results",
    ]);
    const scale = sheetOf(spec.sheets, SCALE_SHEET);
    expect(scale.hidden).toBe(true);
    VERBAL_SCALE.forEach((v, i) => {
      expect(scale.cells.get(`A${i + 1}`)?.value).toBe(v.label);
      expect(scale.cells.get(`B${i + 1}`)?.value).toBe(v.value);
    });
    expect(notes).toEqual([]);
  });

  it("ask one question per pair, with the elements' names, answered in an input cell with the 17 answers' drop-down", () => {
    expect(pairs).toHaveLength(11);
    model.settings.experts.forEach((expert, h) => {
      const sh = sheetOf(spec.sheets, `Questionnaire ${h + 1}`);
      expect(sh.cells.get("A1")?.value).toBe(`Questionnaire — ${expert}`);
      expect(sh.protect).toBe(true);
      expect(["A4", "B4", "C4", "D4", "E4"].map((a) => sh.cells.get(a)?.value)).toEqual([
        "#",
        "Element A",
        "Element B",
        "Question",
        "Answer (choose from the list)",
      ]);
      const rows = [...sh.cells]
        .filter(([a, c]) => a.startsWith("A") && typeof c.value === "number")
        .map(([a]) => parseAddr(a).r + 1);
      expect(rows).toHaveLength(pairs.length);
      rows.forEach((row, n) => {
        const { p, a, b } = pairs[n];
        expect(sh.cells.get(`A${row}`)?.value).toBe(n + 1);
        expect(sh.cells.get(`B${row}`)?.value).toBe(a.name);
        expect(sh.cells.get(`C${row}`)?.value).toBe(b.name);
        expect(sh.cells.get(`D${row}`)?.value).toBe(
          `${a.name} vs ${b.name}: which is more important, and how much?`
        );
        const answer = sh.cells.get(`E${row}`)!;
        expect(answer.input).toBe(true);
        expect(answer.key).toBe(judgmentKey(p.id, `e${h + 1}`, a.id, b.id));
        expect(inputCells.get(answer.key!)).toEqual({ sheet: sh.name, address: `E${row}` });
        const list = sh.validations.find((v) => {
          const [top, bottom] = v.range.split(":").map((x) => parseAddr(x).r + 1);
          return top <= row && row <= bottom;
        });
        expect(list).toMatchObject({ kind: "list", formula: "='_SaatyScale'!$A$1:$A$17" });
        expect(list!.range).toMatch(/^E\d+:E\d+$/);
        expect(sh.cells.get(`F${row}`)?.formula).toContain(`MATCH(TRIM(E${row}),`);
      });
      // Each parent has its heading, its answers' CR read from the Comparisons sheet beside it.
      for (const p of comparisonParents(model)) {
        const heading = [...sh.cells].find(([, c]) => c.value === `With respect to ${p.name}`);
        expect(heading).toBeDefined();
        const row = parseAddr(heading![0]).r + 1;
        const cr = resultCells.get(`cr|${p.id}|e${h + 1}`)!;
        expect(cr.sheet).toBe("Comparisons");
        const { r, c } = parseAddr(cr.address);
        const ref = `'Comparisons'!${addr(r, c, true)}`;
        expect(sh.cells.get(`E${row}`)?.formula).toBe(`=IF(ISNUMBER(${ref}),${ref},"")`);
      }
    });
  });

  it("lay out for reading and printing: wrapped questions, a wide answer column, the numbers hidden, header frozen", () => {
    const sh = sheetOf(spec.sheets, "Questionnaire 1");
    const longest = Math.max(...VERBAL_SCALE.map((v) => v.label.length));
    expect(sh.columnWidths.D).toBeGreaterThanOrEqual(45);
    expect(sh.columnWidths.E).toBeGreaterThanOrEqual(longest + 2);
    expect(sh.cells.get("D6")?.wrap).toBe(true);
    expect(sh.helperColumns).toEqual([{ first: 5, last: 5 }]);
    expect(sh.freeze).toEqual({ rows: 4, columns: 0 });
    expect(sh.print).toMatchObject({ titleRows: { first: 3, last: 3 }, landscape: true });
    // A question longer than its column is on a row high enough for its lines.
    const long = [...sh.cells].find(
      ([a, c]) => a.startsWith("D") && String(c.value ?? "").length > 60
    )!;
    expect(sh.rowHeights[parseAddr(long[0]).r]).toBeGreaterThanOrEqual(30);
  });

  it("have the judgment keys of the matrices; the Comparisons upper triangles read the answers by formula", () => {
    const off = buildWorkbook(paperTemplate());
    const judgments = (cells: Map<string, unknown>) =>
      [...cells.keys()].filter((k) => k.startsWith("j|")).sort();
    expect(judgments(inputCells)).toEqual(judgments(off.inputCells));
    expect(judgments(inputCells)).toHaveLength(pairs.length * 5);
    const c = sheetOf(spec.sheets, "Comparisons");
    expect([...c.cells.values()].filter((x) => x.input)).toEqual([]);
    expect(c.validations).toEqual([]);
    expect(c.cells.get("A2")?.value).toMatch(/^The judgments come from the Questionnaire sheets/);
    for (const [key, at] of off.inputCells) {
      if (!key.startsWith("j|")) continue;
      const answer = inputCells.get(key)!;
      const numeric = `'${answer.sheet}'!$F$${answer.address.slice(1)}`;
      expect(c.cells.get(at.address)).toEqual({
        formula: `=IF(${numeric}="","",${numeric})`,
        style: "formula",
        numFmt: "# ?/?",
      });
    }
  });

  it("one Questionnaire sheet for agreed judgments or a single expert", () => {
    const agreed = buildWorkbook(on({ comparisons: "agreed" })).spec;
    const q = agreed.sheets.filter((s) => s.name.startsWith("Questionnaire"));
    expect(q.map((s) => s.name)).toEqual(["Questionnaire"]);
    expect(q[0].cells.get("A1")?.value).toBe("Questionnaire — agreed judgments");
    const one = buildWorkbook(on({ experts: ["Dr Li Wei"] })).spec;
    expect(sheetOf(one.sheets, "Questionnaire").cells.get("A1")?.value).toBe(
      "Questionnaire — Dr Li Wei"
    );
    expect(sheetOf(one.sheets, "Questionnaire").cells.get("E6")?.key).toBe("j|GOAL|agreed|C1|C2");
  });

  it("none without the setting, nor the scale sheet", () => {
    const names = buildWorkbook(paperTemplate()).spec.sheets.map((s) => s.name);
    expect(names.some((n) => n.startsWith("Questionnaire") || n === SCALE_SHEET)).toBe(false);
    expect(questionnaireSheets(paperTemplate().settings)).toEqual([]);
  });

  it("names stay within Excel's rules whatever the experts are called; a bad base name is refused", () => {
    const many = on({ experts: Array.from({ length: 12 }, (_, i) => `Expert ${i}`.repeat(4)) });
    const names = buildWorkbook(many).spec.sheets.map((s) => s.name);
    expect(names).toContain("Questionnaire 12");
    expect(names.every((n) => [...n].length <= 31)).toBe(true);
    const base = "Q".repeat(30);
    expect(() =>
      buildWorkbook(many, {
        names: { ...chooseNames(new Set(), [], null).names, questionnaire: base },
      })
    ).toThrow(UnbuildableModel);
    expect(() =>
      buildWorkbook(on({ experts: ["Dr Li Wei"] }), {
        names: { ...chooseNames(new Set(), [], null).names, questionnaire: "Results" },
      })
    ).toThrow(/Two sheets are named “Results”/);
  });
});

describe("inputs carried into the questionnaire and back", () => {
  it("judgments on the scale become labels; others are kept as typed and named in the notes", () => {
    const model = on();
    const inputs = sampleInputs(model);
    inputs.set("j|C11|e2|I111|I112", 2.5);
    inputs.set("j|C11|e2|I111|I113", "=1/3");
    inputs.set("j|C11|e2|I112|I113", "0.2");
    const built = buildWorkbook(model, { inputs });
    const value = (key: string) => {
      const at = built.inputCells.get(key)!;
      return sheetOf(built.spec.sheets, at.sheet).cells.get(at.address)?.value;
    };
    for (const [key, v] of sampleInputs(model))
      if (key.startsWith("j|") && !key.startsWith("j|C11|e2|"))
        expect(value(key)).toBe(verbalOf(judgmentOf(v) as number));
    expect(value("j|C11|e2|I111|I112")).toBe(2.5);
    expect(value("j|C11|e2|I111|I113")).toBe("B moderately more important (3)");
    expect(value("j|C11|e2|I112|I113")).toBe("B strongly more important (5)");
    expect(built.notes).toEqual([
      "Questionnaire 2, Low-carbon R&D personnel vs Low-carbon technology platforms: 2.5 is not one of the 17 answers of the drop-down and is kept as typed",
    ]);
  });

  it("labels become the matrix's numbers when the questionnaire is off", () => {
    const model = paperTemplate();
    const inputs = labelled(model);
    const built = buildWorkbook(model, { inputs });
    const c = sheetOf(built.spec.sheets, "Comparisons");
    for (const [key, v] of sampleInputs(model)) {
      if (!key.startsWith("j|")) continue;
      expect(c.cells.get(built.inputCells.get(key)!.address)?.value).toBe(v); // 3 or "1/5", as sampled
    }
    expect(built.notes).toEqual([]);
  });
});

describe("the questionnaire workbook recalculated by the formula engine", () => {
  const functions: Record<string, CustomFunction> = {};
  for (const r of registeredFunctions()) functions[r.id] = r.fn;

  /** Every result of the core for the matrix route's numbers, against the questionnaire workbook with labels. */
  function compare(settings: Partial<EvaluationSettings>) {
    const model = on(settings);
    const numbers = sampleInputs(model);
    const labels = labelled(model);
    const expected = evaluateModel(model, numbers);
    expect(evaluateModel(model, labels)).toEqual(expected);
    const built = buildWorkbook(model, { inputs: labels });
    const e = new FormulaEngine(built.spec, { functions });
    e.recalculate();
    const wrong: string[] = [];
    for (const [key, want] of expected) {
      const at = built.resultCells.get(key)!;
      const got = e.value(at.sheet, at.address);
      const same =
        typeof want === "number"
          ? typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
          : got === want;
      if (!same) wrong.push(`${key}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    return { model, built, e, expected, wrong };
  }

  it.each([
    ["native", "SQRT"],
    ["addin", "EIGEN"],
  ])(
    "%s formulas (%s): the answers give every result the core computes from the numbers",
    (style, method) => {
      const { model, built, e, expected, wrong } = compare({
        style: style as "native",
        method: method as "SQRT",
      });
      expect(expected.has("W")).toBe(true);
      expect(wrong).toEqual([]);
      // The helper column and the Comparisons cell show the answer's number.
      const at = built.inputCells.get("j|C11|e1|I111|I112")!;
      const v = judgmentOf(sampleInputs(model).get("j|C11|e1|I111|I112")) as number;
      expect(e.value(at.sheet, `F${at.address.slice(1)}`)).toBeCloseTo(v, 15);
      const cr = [...built.spec.sheets.find((s) => s.name === at.sheet)!.cells].find(
        ([, c]) => c.value === "With respect to Basic support"
      )!;
      expect(e.value(at.sheet, `E${parseAddr(cr[0]).r + 1}`)).toBeCloseTo(
        expected.get("cr|C11|e1") as number,
        12
      );
    }
  );

  it("a number kept in an answer cell counts as that number; a blank answer leaves its block incomplete", () => {
    const model = on({ style: "native", method: "SQRT" });
    const inputs = labelled(model);
    inputs.set("j|C11|e1|I111|I112", 2.5);
    inputs.delete("j|C11|e2|I111|I112");
    const built = buildWorkbook(model, { inputs });
    const e = new FormulaEngine(built.spec);
    e.recalculate();
    const expected = evaluateModel(model, inputs);
    const w = (key: string) => {
      const at = built.resultCells.get(key)!;
      return e.value(at.sheet, at.address);
    };
    expect(w("w|C11|e1|0")).toBeCloseTo(expected.get("w|C11|e1|0") as number, 12);
    expect(expected.has("w|C11|e2|0")).toBe(false);
    expect(w("w|C11|e2|0")).toBe("");
  });
});

describe("the Status sheet of a questionnaire workbook", () => {
  const functions: Record<string, CustomFunction> = {};
  for (const r of registeredFunctions()) functions[r.id] = r.fn;
  const model = on();
  const labels = new Map<string, CellValue>();
  for (const [k, v] of messyInputs(model)) labels.set(k, k.startsWith("j|") ? asAnswer(v) : v);
  const built = buildWorkbook(model, { inputs: labels });
  const engine = new FormulaEngine(built.spec, { functions });
  engine.recalculate();

  it("counts the answers and names the worst ones as the core does from the labels", () => {
    expect(labels.get("j|C11|e1|I111|I113")).toBe("B extremely more important (9)");
    const expected = statusValues(model, labels);
    expect(expected).toEqual(statusValues(model, messyInputs(model)));
    const wrong: string[] = [];
    for (const [key, want] of expected) {
      const at = built.resultCells.get(key);
      const got = at ? engine.value(at.sheet, at.address) : "no cell";
      if (got !== want) wrong.push(`${key}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("links each worst judgment to its answer on the Questionnaire sheet", () => {
    const status = built.spec.sheets.find((s) => s.name === "Status")!;
    const at = built.resultCells.get(resultKey.worstJudgment("C11|e1", 1))!;
    const target = /HYPERLINK\((.*),LEFT\(INDEX/.exec(status.cells.get(at.address)!.formula!)![1];
    status.cells.set("Z1", { formula: `=${target}` });
    const e = new FormulaEngine(built.spec, { functions });
    e.recalculate();
    const pair = String(e.value("Status", at.address)).split(" vs ");
    const id = (name: string) => model.nodes.find((n) => n.name === name)!.id;
    const cell = built.inputCells.get(`j|C11|e1|${id(pair[0])}|${id(pair[1])}`)!;
    expect(cell.sheet).toBe("Questionnaire 1");
    expect(e.value("Status", "Z1")).toBe(`#'${cell.sheet}'!${cell.address}`);
    status.cells.delete("Z1");
  });
});

describe("the pane's Check reads the answers", () => {
  it("gives the same CR and states from labels as from numbers, and points at the answer cells", () => {
    const model = on();
    const { inputCells } = buildWorkbook(model);
    const numbers = sampleInputs(model);
    numbers.set("j|C11|e1|I111|I112", 9);
    numbers.set("j|C11|e1|I112|I113", 9);
    numbers.set("j|C11|e1|I111|I113", "1/9");
    const labels = new Map<string, CellValue>(numbers);
    for (const [k, v] of numbers) if (k.startsWith("j|")) labels.set(k, asAnswer(v));
    expect(labels.get("j|C11|e1|I111|I113")).toBe("B extremely more important (9)");
    const a = checkEvaluation(model, numbers, inputCells);
    const b = checkEvaluation(model, labels, inputCells);
    expect(b).toEqual(a);
    const bad = b.blocks.find((x) => x.parent === "Basic support" && x.block === "Expert 1")!;
    expect(bad.state).toBe("inconsistent");
    expect(bad.items[0].sheet).toBe("Questionnaire 1");
    expect(bad.items[0].address).toMatch(/^E\d+$/);
    labels.set("j|C11|e2|I111|I112", "very important");
    const invalid = checkEvaluation(model, labels, inputCells).blocks.find(
      (x) => x.parent === "Basic support" && x.block === "Expert 2"
    )!;
    expect(invalid.state).toBe("invalid");
    expect(invalid.items[0].detail).toBe('"very important" is not a judgment');
  });
});

describe("rebuilding in Excel switches routes and keeps every judgment", () => {
  const write = (c: FakeContext, m: EvaluationModel) =>
    writeToWorkbook(c as unknown as Excel.RequestContext, m, "update");
  const at = (m: EvaluationModel, key: string) => buildWorkbook(m).inputCells.get(key)!;
  const cell = (c: FakeContext, m: EvaluationModel, key: string) => {
    const where = at(m, key);
    return c.workbook.sheet(where.sheet).cells.get(where.address);
  };

  it("matrix inputs → questionnaire labels → matrix numbers, sheets added and removed cleanly", async () => {
    const c = new FakeContext();
    const off = paperTemplate();
    await write(c, off);
    // Judgments typed in the matrices: numbers, text fractions, a formula, one off the scale.
    const typed = sampleInputs(off);
    for (const [key, v] of typed)
      if (key.startsWith("j|")) {
        const where = at(off, key);
        c.workbook.sheet(where.sheet).cells.set(where.address, v);
      }
    const formula = at(off, "j|C21|e3|I211|I213");
    c.workbook.sheet("Comparisons").cells.set(formula.address, "=1/3");
    c.workbook.sheet("Comparisons").formulaCells.add(formula.address);
    c.workbook.sheet("Comparisons").cells.set(at(off, "j|C22|e4|I221|I222").address, 2.5);
    typed.set("j|C21|e3|I211|I213", 1 / 3);
    typed.set("j|C22|e4|I221|I222", 2.5);

    // On: the answers are the labels, the matrices formulas.
    const q = on();
    const report = await write(c, q);
    expect(report.created).toEqual([
      SCALE_SHEET,
      "Questionnaire 1",
      "Questionnaire 2",
      "Questionnaire 3",
      "Questionnaire 4",
      "Questionnaire 5",
    ]);
    expect(report.removed).toEqual([]);
    expect(report.dropped).toEqual([]);
    expect(report.notes).toEqual([
      "Questionnaire 4, CO2 emissions per unit of output vs Pollution control technology level: 2.5 is not one of the 17 answers of the drop-down and is kept as typed",
    ]);
    for (const [key, v] of typed) {
      if (!key.startsWith("j|")) continue;
      const x = judgmentOf(v) as number;
      expect([key, cell(c, q, key)]).toEqual([key, verbalOf(x) ?? x]);
      const matrix = at(off, key);
      expect(c.workbook.sheet("Comparisons").formulaCells.has(matrix.address)).toBe(true);
      expect(c.workbook.sheet("Comparisons").cells.get(matrix.address)).toMatch(
        /^=IF\('Questionnaire \d'!\$F\$\d+="",""/
      );
    }
    expect(c.workbook.sheet("Questionnaire 1").validations.size).toBeGreaterThan(0);
    expect(c.workbook.sheet(SCALE_SHEET).visibility).toBe("VeryHidden");

    // An expert changes an answer; rebuilding with the questionnaire still on keeps it.
    const changed = at(q, "j|GOAL|e2|C1|C2");
    c.workbook
      .sheet(changed.sheet)
      .cells.set(changed.address, "B very strongly more important (7)");
    await write(c, q);
    expect(cell(c, q, "j|GOAL|e2|C1|C2")).toBe("B very strongly more important (7)");
    typed.set("j|GOAL|e2|C1|C2", "1/7");

    // Off: the matrices hold the numbers again, the questionnaires are gone.
    const syncs = c.syncs;
    const back = await write(c, off);
    expect(c.syncs - syncs).toBe(6); // the rebuild's 5, and one to remove the sheets
    expect(back.removed.sort()).toEqual(
      [SCALE_SHEET, ...[1, 2, 3, 4, 5].map((h) => `Questionnaire ${h}`)].sort()
    );
    expect(c.workbook.sheets.map((s) => s.name)).toEqual([
      "Index System",
      "Comparisons",
      "Expert Scores",
      "Quantitative Data",
      "Status",
      "Results",
      "_EvalMeta",
    ]);
    expect(back.dropped).toEqual([]);
    for (const [key, v] of typed) {
      if (!key.startsWith("j|")) continue;
      const now = cell(c, off, key);
      expect([key, judgmentOf(now)]).toEqual([key, judgmentOf(v)]);
      expect(typeof now === "number" ? now >= 1 || now === 2.5 : /^1\/\d$/.test(String(now))).toBe(
        true
      );
    }
    expect(cell(c, off, "j|GOAL|e2|C1|C2")).toBe("1/7");
    // The matrix cells are inputs again (unlocked), not formulas.
    const goal = at(off, "j|GOAL|e2|C1|C2");
    expect(c.workbook.sheet("Comparisons").formulaCells.has(goal.address)).toBe(false);
    expect(c.workbook.sheet("Comparisons").locked.get(goal.address)).toBe(false);
  });

  it("fewer experts: the extra Questionnaire sheets go, the others keep their answers", async () => {
    const c = new FakeContext();
    const five = on();
    await write(c, five);
    const inputs = labelled(five);
    for (const [key, v] of inputs)
      if (key.startsWith("j|")) {
        const where = at(five, key);
        c.workbook.sheet(where.sheet).cells.set(where.address, v);
      }
    const three: EvaluationModel = on({ experts: ["Expert 1", "Expert 2", "Expert 3"] });
    const report = await write(c, three);
    expect(report.removed).toEqual(["Questionnaire 4", "Questionnaire 5"]);
    expect(c.workbook.sheets.some((s) => s.name === "Questionnaire 4")).toBe(false);
    for (const [key, v] of inputs)
      if (key.startsWith("j|") && /\|e[123]\|/.test(key)) expect(cell(c, three, key)).toBe(v);
    expect(comparisonBlocks(three.settings)).toHaveLength(3);
  });

  it("existing Questionnaire sheets conflict by their numbered names", () => {
    expect(() =>
      chooseNames(new Set(["Questionnaire 2"]), ["index", "questionnaire"], null)
    ).toThrow(/Questionnaire 2/);
    const { names } = chooseNames(
      new Set(["Questionnaire 2", "Questionnaire (2) 1"]),
      ["index", "questionnaire"],
      "new"
    );
    expect(names.questionnaire).toBe("Questionnaire (3)");
  });
});
