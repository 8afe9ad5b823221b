/** The workbook description: every sheet of the paper's template, in both formula styles. */
import { buildWorkbook } from "../../src/workbook/build";
import { comparisonParents, indicators } from "../../src/workbook/model";
import { paperTemplate } from "../../src/workbook/template";
import { sampleInputs } from "../../src/workbook/sample";
import { SheetSpec } from "../../src/workbook/spec";

const sheetOf = (sheets: SheetSpec[], name: string) =>
  sheets.find((s) => s.name === name) as SheetSpec;
const formulas = (s: SheetSpec) => [...s.cells.values()].map((c) => c.formula ?? "").join("\n");

describe("buildWorkbook: the paper's template", () => {
  const model = paperTemplate();
  const { spec, inputCells, resultCells } = buildWorkbook(model);

  it("has the sheets in order, the meta sheet hidden", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([
      "Index System",
      "Comparisons",
      "Expert Scores",
      "Quantitative Data",
      "Status",
      "Results",
      "_EvalMeta",
    ]);
    expect(sheetOf(spec.sheets, "_EvalMeta").hidden).toBe(true);
  });

  it("Index System: one row per node with id, parent, name, type, direction, unit", () => {
    const s = sheetOf(spec.sheets, "Index System");
    expect(s.cells.get("A4")?.value).toBe("Id");
    const ids = [...s.cells.entries()]
      .filter(([a]) => /^A\d+$/.test(a) && Number(a.slice(1)) >= 5)
      .map(([, c]) => c.value);
    expect(ids).toEqual([
      "GOAL",
      ...[
        "C1",
        "C11",
        "I111",
        "I112",
        "I113",
        "C12",
        "I121",
        "I122",
        "C2",
        "C21",
        "I211",
        "I212",
        "I213",
        "C22",
        "I221",
        "I222",
      ],
    ]);
    expect(s.cells.get("F8")?.value).toBe("quantitative");
    expect(s.cells.get("I8")?.value).toMatch(/Example indicator/);
  });

  it("Comparisons: one block per parent and expert plus the AIJ aggregate, judgments in the upper triangle only", () => {
    const parents = comparisonParents(model);
    const experts = model.settings.experts.length;
    const judgmentKeys = [...inputCells.keys()].filter((k) => k.startsWith("j|"));
    const pairs = parents.reduce(
      (n, p) => n + (p.children.length * (p.children.length - 1)) / 2,
      0
    );
    expect(judgmentKeys).toHaveLength(pairs * experts);
    expect([...resultCells.keys()].filter((k) => k.startsWith("cr|"))).toHaveLength(
      parents.length * (experts + 1)
    );
    const c = sheetOf(spec.sheets, "Comparisons");
    expect(c.protect).toBe(true);
    const inputs = [...c.cells.values()].filter((x) => x.input);
    expect(inputs.every((x) => x.style === "input")).toBe(true);
    // Each block is evaluated once: one AHP.WEIGHTS array formula over its weights, one AHP.REPORT for its consistency.
    const weights = c.cells.get(resultCells.get("w|GOAL|e1|0")!.address)!;
    expect(weights.formula).toBe('=IFERROR(AHP.WEIGHTS($B$6:$C$7,"EIGEN"),"")');
    expect(weights.array).toEqual({ rows: 2, columns: 1 });
    expect(c.cells.get(resultCells.get("w|GOAL|e1|1")!.address)!.formula).toBeUndefined();
    const lambda = resultCells.get("lambda|GOAL|e1")!.address;
    const report = [...c.cells.values()].find((x) => x.formula?.includes("AHP.REPORT($B$6:$C$7,"))!;
    expect(report.formula).toBe(
      '=IFERROR(INDEX(AHP.REPORT($B$6:$C$7,"EIGEN","SAATY",0.1),0,2),"")'
    );
    expect(report.array).toEqual({ rows: 9, columns: 1 });
    expect(c.cells.get(lambda)!.formula).toBeUndefined(); // inside the report's area
    expect((formulas(c).match(/AHP\.REPORT\(/g) ?? []).length).toBe(parents.length * (experts + 1));
    expect(formulas(c)).not.toMatch(/AHP\.(CR|LAMBDA|CI)\(/);
    expect(c.validations.length).toBe(parents.length * experts);
    expect(c.conditionalFormats.some((f) => />=0\.1/.test(f.formula))).toBe(true);
    expect(formulas(c)).toMatch(/GEOMEAN\(/); // AIJ aggregate
  });

  it("Expert Scores: qualitative indicators × experts with validation on the scale's range", () => {
    const s = sheetOf(spec.sheets, "Expert Scores");
    const qual = indicators(model).filter((n) => n.type === "qualitative");
    expect([...inputCells.keys()].filter((k) => k.startsWith("s|"))).toHaveLength(qual.length * 5);
    expect(s.validations[0]).toMatchObject({ kind: "decimal", min: 0, max: 4 });
    expect(s.protect).toBe(false);
  });

  it("Quantitative Data: yearly inputs, smoothed series, thresholds and the score", () => {
    const s = sheetOf(spec.sheets, "Quantitative Data");
    const quant = indicators(model).filter((n) => n.type === "quantitative");
    expect([...inputCells.keys()].filter((k) => k.startsWith("q|"))).toHaveLength(
      quant.length * model.settings.years.length
    );
    expect(formulas(s)).toMatch(/SCORE\.SMOOTH\(/);
    expect(formulas(s)).toMatch(/SCORE\.QUANT\(\$E\$5:\$L\$5,3,"BENEFIT",1,4\)/);
  });

  it("Results: weights, grey matrix, B, W, grade, the four names and two charts", () => {
    const s = sheetOf(spec.sheets, "Results");
    expect(spec.names.map((n) => n.name)).toEqual([
      "EvalScore",
      "EvalGrade",
      "EvalClasses",
      "GlobalWeights",
    ]);
    expect(spec.names.every((n) => n.ref.startsWith("'Results'!$"))).toBe(true);
    expect(s.charts.map((c) => c.kind)).toEqual(["bar", "column", "bar"]); // the last a tornado
    expect(s.charts[2].tornado).toBe(true);
    expect(formulas(s)).toMatch(/GREY\.EVAL\(/);
    expect(formulas(s)).toMatch(/GREY\.GRADE\(/);
    expect(resultCells.has("W")).toBe(true);
    expect(resultCells.has("grade")).toBe(true);
    for (const n of indicators(model))
      for (let e = 0; e < 4; e++) expect(resultCells.has(`r|${n.id}|${e}`)).toBe(true);
  });

  it("the meta sheet stores the model and the address of every input", () => {
    const s = sheetOf(spec.sheets, "_EvalMeta");
    expect(JSON.parse(String(s.cells.get("B2")?.value)).model.goal).toBe(model.goal);
    const keys = [...s.cells.entries()]
      .filter(([a]) => /^A\d+$/.test(a) && Number(a.slice(1)) >= 5)
      .map(([, c]) => c.value);
    expect(new Set(keys)).toEqual(new Set(inputCells.keys()));
  });

  it("places given input values (e.g. sample data) in their cells", () => {
    const inputs = sampleInputs(model);
    const built = buildWorkbook(model, { inputs });
    for (const [key, at] of built.inputCells) {
      const sh = sheetOf(built.spec.sheets, at.sheet);
      expect(sh.cells.get(at.address)?.value ?? null).toEqual(inputs.get(key) ?? null);
    }
  });
});

describe("native formula style", () => {
  const model = paperTemplate({ style: "native", trade: true, service: true });
  const { spec } = buildWorkbook(model);
  it("uses no add-in function, so the workbook works without the add-in", () => {
    for (const s of spec.sheets)
      expect(formulas(s)).not.toMatch(/\b(AHP|GREY|SCORE|ANP|TRADE|SERVICE)\.[A-Z]+\(/);
  });
  it("computes SQRT weights (EIGEN has no native form) and says so", () => {
    const c = sheetOf(spec.sheets, "Comparisons");
    expect(formulas(c)).toMatch(/GEOMEAN\(/);
    expect(String(c.cells.get("A2")?.value)).toMatch(/native formulas cannot compute EIGEN/);
  });
  it("adds the trade and service sheets with lookup tables and a stacked chart", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "Trade Structure",
        "Service Outsourcing",
        "_TradeCodes",
        "_ServiceCodes",
      ])
    );
    expect(sheetOf(spec.sheets, "Trade Structure").charts[0].kind).toBe("stackedColumn");
  });
});

describe("a workbook that reads well (layout)", () => {
  const model = paperTemplate({ style: "native", trade: true, service: true });
  const built = buildWorkbook(model, { inputs: sampleInputs(model) });
  const visible = built.spec.sheets.filter((s) => !s.hidden);
  const comparisons = sheetOf(built.spec.sheets, "Comparisons");
  const results = sheetOf(built.spec.sheets, "Results");

  it("freezes panes and sets up printing on every visible sheet: one page wide, with a print area", () => {
    expect(visible.map((s) => s.name)).toEqual([
      "Index System",
      "Comparisons",
      "Expert Scores",
      "Quantitative Data",
      "Status",
      "Results",
      "Trade Structure",
      "Service Outsourcing",
    ]);
    for (const s of visible) {
      expect([s.name, (s.freeze?.rows ?? 0) > 0]).toEqual([s.name, true]);
      expect([s.name, s.print?.area]).toEqual([
        s.name,
        expect.stringMatching(/^\$A\$1:\$[A-Z]+\$\d+$/),
      ]);
    }
    expect(sheetOf(built.spec.sheets, "Index System").print?.titleRows).toEqual({
      first: 3,
      last: 3,
    });
    expect(comparisons.freeze).toEqual({ rows: 3, columns: 1 });
    // The data rows of the trade sheet do not print: the area ends below the chart.
    const trade = sheetOf(built.spec.sheets, "Trade Structure");
    // (the shares, their changes and the change indices: columns A to X)
    expect(trade.print?.area).toBe(`$A$1:$X$${4 + model.settings.years.length - 1 + 3 + 16 + 1}`);
  });

  it("hides the helper blocks in grouped columns, headed by names, not ids", () => {
    const [mirror] = comparisons.helperColumns;
    expect(mirror).toBeDefined();
    const inHelpers = (a: string) => {
      const c = a.charCodeAt(0) - 65; // columns A … Z here
      return /^[A-Z]\d+$/.test(a) && c >= mirror.first && c <= mirror.last;
    };
    const helperHeaders = [...comparisons.cells]
      .filter(([a, c]) => inHelpers(a) && c.style === "header")
      .map(([, c]) => c.value);
    expect(helperHeaders.length).toBeGreaterThan(10);
    const names = new Set(model.nodes.map((n) => n.name));
    expect(helperHeaders.every((v) => names.has(String(v)))).toBe(true);
    // Every formula the weights read (the numeric matrix, geometric means, (Aw)ᵢ) is in a helper column.
    const weight = comparisons.cells.get(built.resultCells.get("w|GOAL|e1|0")!.address)!;
    for (const ref of weight.formula!.match(/\$([A-Z]+)\$\d+/g) ?? [])
      expect(inHelpers(ref.replace(/\$/g, ""))).toBe(true);
    // Results: the whitening values and the rank helpers.
    expect(results.helperColumns.length).toBe(2);
  });

  it("wraps headers with full names and makes their rows high enough; row labels wrap", () => {
    const header = [...comparisons.cells].find(
      ([, c]) => c.style === "header" && c.value === "Low-carbon technology platforms"
    )!;
    const row = Number(/\d+$/.exec(header[0])![0]) - 1;
    expect(comparisons.rowHeights[row]).toBeGreaterThanOrEqual(30);
    expect(comparisons.columnWidths.B).toBeGreaterThanOrEqual(14);
    expect(
      [...comparisons.cells.values()].some((c) => c.wrap && c.value === "Low-carbon R&D personnel")
    ).toBe(true);
    expect(comparisons.merges).toContain("A2:I2"); // the note across the printed columns
  });

  it("uses one number format per kind of value", () => {
    const fmt = (key: string) => {
      const at = built.resultCells.get(key)!;
      return sheetOf(built.spec.sheets, at.sheet).cells.get(at.address)!.numFmt;
    };
    expect(fmt("w|GOAL|e1|0")).toBe("0.0000");
    expect(fmt("cr|GOAL|e1")).toBe("0.000");
    expect(fmt("ci|GOAL|e1")).toBe("0.000");
    expect(fmt("w|global|I111")).toBe("0.0000");
    expect(fmt("r|I111|0")).toBe("0.0000");
    expect(fmt("W")).toBe("0.00");
    expect(fmt("qscore|I111")).toBe("0.00");
    expect(fmt("trade|2016|TIB")).toBe("0.0%");
    expect(fmt("service|2016|ITO")).toBe("0.0%");
    // The reciprocal lower triangle shows as the fraction typed above it.
    const lower = [...comparisons.cells.values()].filter(
      (c) => c.formula?.startsWith("=IF(") && c.formula.includes(',"",1/')
    );
    expect(lower.length).toBeGreaterThan(50);
    expect(lower.every((c) => c.numFmt === "# ?/?")).toBe(true);
  });

  it("keeps inconsistent blocks highlighted: every CR cell is under a red rule on CR ≥ threshold", () => {
    const crs = [...built.resultCells].filter(([k]) => k.startsWith("cr|"));
    expect(crs.length).toBeGreaterThan(30);
    for (const [, at] of crs) {
      const red = comparisons.conditionalFormats.find(
        (f) => f.fill === "F8CBAD" && f.range.split(":")[0] === at.address
      );
      expect(red?.formula).toBe(
        `AND(ISNUMBER(${at.address.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}),${at.address.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}>=0.1)`
      );
    }
  });

  it("charts the indicators sorted by global weight, every label shown, the service axis in percent", () => {
    const [weights, memberships] = results.charts;
    const n = indicators(model).length;
    const first = built.resultCells.get("rank|1|name")!.address;
    const last = built.resultCells.get(`rank|${n}|name`)!.address;
    expect(weights.categories).toBe(
      `$${first.replace(/(\d+)/, "$$$1")}:$${last.replace(/(\d+)/, "$$$1")}`
    );
    expect(weights.series[0].values).toMatch(/^\$C\$\d+:\$C\$\d+$/);
    expect(memberships.axisFormat).toBe("0%");
    const service = sheetOf(built.spec.sheets, "Service Outsourcing").charts[0];
    expect(service.kind).toBe("stackedColumn");
    expect(service.axisFormat).toBe("0%");
    expect(service.series.map((s) => s.name)).toEqual(["ITO", "BPO", "KPO", "OTHER"]);
  });
});
