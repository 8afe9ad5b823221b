/**
 * The Office.js writer against an in-memory Excel (tests/support/fakeExcel.ts): the sync
 * budget, rebuilding without losing what the user typed, conflicts with existing sheets, and
 * undoing a failed build.
 */
import { buildWorkbook } from "../../src/workbook/build";
import { EvaluationModel } from "../../src/workbook/model";
import { paperTemplate } from "../../src/workbook/template";
import { sampleInputs } from "../../src/workbook/sample";
import { BuildConflict, writeToWorkbook } from "../../src/workbook/writeOffice";
import { FORMATS, colName } from "../../src/workbook/spec";
import { FakeContext, cellsIn } from "../support/fakeExcel";
import type { CellValue } from "../../src/workbook/spec";

const ctx = () => new FakeContext();
const write = (
  c: FakeContext,
  m: EvaluationModel,
  choice: "update" | "new" | null = null,
  sample?: Map<string, any>
) => writeToWorkbook(c as unknown as Excel.RequestContext, m, choice, undefined, sample);

describe("writeToWorkbook", () => {
  it("builds the paper's template with 5 experts in at most 10 context.sync() calls", async () => {
    const c = ctx();
    const report = await write(c, paperTemplate());
    expect(c.syncs).toBeLessThanOrEqual(10);
    expect(c.syncs).toBe(3); // read names, write, finish (charts, names, protection)
    expect(report.syncs).toBe(c.syncs);
    expect(report.created).toEqual([
      "Index System",
      "Comparisons",
      "Expert Scores",
      "Quantitative Data",
      "Status",
      "Results",
      "_EvalMeta",
    ]);
    expect(c.workbook.nameList.map((n) => n.name)).toEqual([
      "EvalScore",
      "EvalGrade",
      "EvalClasses",
      "GlobalWeights",
    ]);
    // Weights, memberships and the Robustness block's tornado.
    expect(c.workbook.sheet("Results").chartList).toHaveLength(3);
    expect(c.workbook.sheet("Comparisons").protectedState).toBe(true);
  });

  it("rebuilding a workbook built before the Status sheet existed adds it and keeps every input", async () => {
    const c = ctx();
    const model = paperTemplate();
    await write(c, model, null, sampleInputs(model));
    // As an earlier release left it: no Status sheet, and no "status" among the stored names.
    const meta = c.workbook.sheet("_EvalMeta");
    const stored = JSON.parse(String(meta.cells.get("B2")));
    delete stored.names.status;
    meta.cells.set("B2", JSON.stringify(stored));
    c.workbook.sheets = c.workbook.sheets.filter((x) => x.name !== "Status");
    const typed = new Map(c.workbook.sheet("Expert Scores").cells);
    const report = await write(c, model, "update");
    expect(report.created).toEqual(["Status"]);
    expect(c.workbook.sheets.map((x) => x.name)).toContain("Status");
    for (const [a, v] of typed)
      expect([a, c.workbook.sheet("Expert Scores").cells.get(a)]).toEqual([a, v]);
  });

  it("keeps the sync count whatever the number of indicators (rebuild of a 60-indicator model)", async () => {
    const m = paperTemplate({ trade: true, service: true, riTable: "ALONSO" });
    for (let k = 0; k < 60; k++)
      m.nodes.push({
        id: `X${k}`,
        parent: ["C11", "C12", "C21", "C22"][k % 4],
        name: `Extra ${k}`,
        type: k % 3 ? "qualitative" : "quantitative",
        direction: "benefit",
        unit: "",
      });
    const c = ctx();
    await write(c, m);
    const first = c.syncs;
    await write(c, m, "update");
    expect(first).toBeLessThanOrEqual(10);
    expect(c.syncs - first).toBeLessThanOrEqual(10);
    expect(c.syncs - first).toBe(5); // + read what was typed, snapshot for undo
    // The rebuild replaced the charts of the first build instead of adding to them.
    // Weights, memberships and the Robustness block's tornado.
    expect(c.workbook.sheet("Results").chartList).toHaveLength(3);
    // The structure over time and the structural change between years.
    expect(c.workbook.sheet("Trade Structure").chartList).toHaveLength(2);
  });

  it("unlocks exactly the input cells", async () => {
    const c = ctx();
    const m = paperTemplate();
    await write(c, m);
    const { inputCells } = buildWorkbook(m);
    const sheet = c.workbook.sheet("Comparisons");
    const unlocked = [...sheet.locked].filter(([, v]) => v === false).map(([a]) => a);
    const expected = [...inputCells.values()]
      .filter((x) => x.sheet === "Comparisons")
      .map((x) => x.address);
    expect(new Set(unlocked)).toEqual(new Set(expected));
  });

  it("refuses to overwrite existing sheets without a choice, and builds beside them with a suffix", async () => {
    const c = ctx();
    await write(c, paperTemplate());
    await expect(write(c, paperTemplate())).rejects.toBeInstanceOf(BuildConflict);
    const report = await write(c, paperTemplate(), "new");
    expect(report.created[0]).toBe("Index System (2)");
    expect(c.workbook.sheets).toHaveLength(14);
  });

  it("rebuilding after the hierarchy changed keeps every judgment and score of nodes that still exist, and says what was dropped", async () => {
    const c = ctx();
    const m = paperTemplate();
    await write(c, m);
    // The user types judgments and scores, and a note of their own beside the results.
    const first = buildWorkbook(m);
    const typed = sampleInputs(m);
    for (const [key, at] of first.inputCells)
      if (typed.has(key)) c.workbook.sheet(at.sheet).cells.set(at.address, typed.get(key));
    c.workbook.sheet("Results").cells.set("Z100", "my own note");
    // The hierarchy changes: an indicator is removed, one added, two criteria swap places.
    const m2: EvaluationModel = JSON.parse(JSON.stringify(m));
    m2.nodes = m2.nodes.filter((n) => n.id !== "I113");
    m2.nodes.push({
      id: "I114",
      parent: "C11",
      name: "New indicator",
      type: "qualitative",
      direction: "benefit",
      unit: "",
    });
    const c11 = m2.nodes.findIndex((n) => n.id === "C11");
    const c12 = m2.nodes.findIndex((n) => n.id === "C12");
    [m2.nodes[c11], m2.nodes[c12]] = [m2.nodes[c12], m2.nodes[c11]];
    const report = await write(c, m2, "update");
    const second = buildWorkbook(m2);
    let kept = 0;
    for (const [key, value] of typed) {
      const at = second.inputCells.get(key);
      if (!at) continue;
      expect(c.workbook.sheet(at.sheet).cells.get(at.address)).toEqual(value);
      kept++;
    }
    expect(kept).toBeGreaterThan(50);
    // The swapped pair (C11, C12) keeps its judgment as the reciprocal under the new order.
    for (const b of ["e1", "e2", "e3", "e4", "e5"]) {
      const old = typed.get(`j|C1|${b}|C11|C12`);
      const at = second.inputCells.get(`j|C1|${b}|C12|C11`) as { sheet: string; address: string };
      const now = c.workbook.sheet(at.sheet).cells.get(at.address);
      const num = (v: any) => (typeof v === "number" ? v : 1 / Number(String(v).split("/")[1]));
      expect(num(now) * num(old)).toBeCloseTo(1, 12);
    }
    expect(report.dropped.map((d) => d.key).sort()).toEqual(
      ["I113", "I113", "I113", "I113", "I113"]
        .map((_, h) => `s|I113|e${h + 1}`)
        .sort()
        .concat(
          [...typed.keys()].filter((k) => k.startsWith("j|C11|") && k.includes("I113")).sort()
        )
        .sort()
    );
    expect(c.workbook.sheet("Results").cells.get("Z100")).toBe("my own note");
    expect(report.updated).toContain("Comparisons");
  });

  it("a failed build leaves the workbook as it was", async () => {
    const c = ctx();
    const m = paperTemplate();
    await write(c, m);
    const first = buildWorkbook(m);
    const at = first.inputCells.get("s|I112|e1") as { sheet: string; address: string };
    c.workbook.sheet(at.sheet).cells.set(at.address, 3.5);
    const before = c.workbook.sheets.map((s) => [s.name, new Map(s.cells)] as const);
    c.failOnSync = c.syncs + 4; // the write round trip of the next build (after names, used ranges, snapshot)
    const m2 = paperTemplate({ trade: true });
    await expect(write(c, m2, "update")).rejects.toThrow(
      /simulated failure.*undone.*created and removed: Trade Structure/
    );
    expect(c.workbook.sheets.map((s) => s.name)).toEqual(before.map(([n]) => n));
    for (const [name, cells] of before) expect(c.workbook.sheet(name).cells).toEqual(cells);
  });

  it("fills a new workbook with sample data when asked", async () => {
    const c = ctx();
    const m = paperTemplate();
    const sample = sampleInputs(m);
    await write(c, m, null, sample);
    const at = buildWorkbook(m).inputCells.get("s|I112|e2") as { sheet: string; address: string };
    expect(c.workbook.sheet(at.sheet).cells.get(at.address)).toBe(sample.get("s|I112|e2"));
  });
});

describe("a rebuild with a trade file's rows", () => {
  it("replaces every trade row and keeps everything else typed", async () => {
    const c = ctx();
    const m = paperTemplate({ trade: true });
    const sample = sampleInputs(m);
    await write(c, m, null, sample);
    // the user types a score and a trade row, then imports a file of two rows
    const at = (b: ReturnType<typeof buildWorkbook>, key: string) =>
      b.inputCells.get(key) as { sheet: string; address: string };
    const first = buildWorkbook(m, { inputs: sample });
    const score = at(first, "s|I112|e2");
    c.workbook.sheet(score.sheet).cells.set(score.address, 3.5);
    const typedRow = at(first, "t|5|2");
    c.workbook.sheet(typedRow.sheet).cells.set(typedRow.address, 999);
    const values = new Map<string, CellValue>([
      ["t|0|0", 2020],
      ["t|0|1", "010121"],
      ["t|0|2", 120],
      ["t|1|0", 2021],
      ["t|1|1", "847130"],
      ["t|1|2", 80],
    ]);
    const report = await writeToWorkbook(
      c as unknown as Excel.RequestContext,
      m,
      "update",
      undefined,
      undefined,
      { prefix: "t|", values }
    );
    const built = buildWorkbook(m, { inputs: values });
    const cell = (key: string) => {
      const a = at(built, key);
      return c.workbook.sheet(a.sheet).cells.get(a.address);
    };
    expect([cell("t|0|1"), cell("t|1|2")]).toEqual(["010121", 80]);
    expect(cell("t|2|0") ?? null).toBeNull(); // the sample's third row and the typed one are gone
    expect(cell("t|5|2") ?? null).toBeNull();
    expect(c.workbook.sheet(score.sheet).cells.get(score.address)).toBe(3.5);
    expect(report.dropped.filter((d) => d.key.startsWith("t|"))).toEqual([]);
  });
});

describe("values as Excel would read them", () => {
  const HOSTILE = [
    "-CO2 intensity",
    "+R&D",
    "@home",
    '=HYPERLINK("http://example.com/x","click")',
    "＝SUM(1)",
    "'quoted",
    "TRUE",
    "#N/A",
    "May 2020",
    "(3)",
    "1/3",
  ];

  it("asText: text Excel could read as a formula, number, date, boolean or error gets an apostrophe; other text and numbers do not", async () => {
    const { asText } = await import("../../src/workbook/writeOffice");
    for (const t of HOSTILE) expect(asText(t)).toBe(`'${t}`);
    for (const t of ["Expert 1", "R&D staff", "研发人员", "Maybe", "Decarbonisation", ""])
      expect(asText(t)).toBe(t);
    expect(asText(-3)).toBe(-3);
    expect(asText(true)).toBe(true);
    expect(asText(null)).toBe("");
  });

  it("node, unit, goal and expert names that start with =, +, - or @ are written as text, never as formulas", async () => {
    const m = paperTemplate();
    m.goal = "=1+1";
    expect(m.nodes.length).toBeGreaterThan(HOSTILE.length);
    HOSTILE.forEach((name, i) => {
      m.nodes[i].name = name;
      m.nodes[m.nodes.length - 1 - i].unit = name;
    });
    m.settings.experts = ["-Li", "@Zhang", "=Wang", "+Zhao", "Chen"];
    const c = ctx();
    await write(c, m);
    const spec = buildWorkbook(m).spec;
    let checked = 0;
    for (const sheet of spec.sheets) {
      const fake = c.workbook.sheet(sheet.name);
      for (const [a, cell] of sheet.cells) {
        expect([a, fake.formulaCells.has(a)]).toEqual([a, cell.formula !== undefined]);
        if (typeof cell.value === "string" && cell.value !== "" && cell.formula === undefined) {
          expect(fake.cells.get(a)).toBe(cell.value);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    const names = [...c.workbook.sheet("Index System").cells.values()];
    for (const t of HOSTILE) expect(names).toContain(t);
    expect(names.some((v) => typeof v === "string" && v.includes("Goal: =1+1"))).toBe(true);
  });

  it("a formula the user typed in an input cell stays a formula on rebuild; text starting with = stays text", async () => {
    const m = paperTemplate();
    const c = ctx();
    await write(c, m);
    const cells = buildWorkbook(m).inputCells;
    const a = cells.get("j|C1|e1|C11|C12") as { sheet: string; address: string };
    const b = cells.get("j|C1|e2|C11|C12") as { sheet: string; address: string };
    c.workbook.sheet(a.sheet).getRange(a.address).formulas = [["=1/3"]];
    c.workbook.sheet(b.sheet).getRange(b.address).formulas = [["'=not a formula"]];
    await write(c, m, "update");
    expect(c.workbook.sheet(a.sheet).cells.get(a.address)).toBe("=1/3");
    expect(c.workbook.sheet(a.sheet).formulaCells.has(a.address)).toBe(true);
    expect(c.workbook.sheet(b.sheet).cells.get(b.address)).toBe("=not a formula");
    expect(c.workbook.sheet(b.sheet).formulaCells.has(b.address)).toBe(false);
  });

  it("keeps text that looks like a number or a fraction as text (apostrophe prefix)", async () => {
    const { asTyped } = await import("../../src/workbook/writeOffice");
    expect(asTyped("1/3")).toBe("'1/3");
    expect(asTyped("010121")).toBe("'010121");
    expect(asTyped("Expert 1")).toBe("Expert 1");
    expect(asTyped("=1/3")).toBe("=1/3");
    expect(asTyped(3)).toBe(3);
    expect(asTyped(null)).toBe("");
  });

  it("writes number formats with the cells, leaving other cells unchanged", async () => {
    const c = new FakeContext();
    await write(c, paperTemplate());
    const at = buildWorkbook(paperTemplate()).resultCells.get("cr|GOAL|e1") as {
      sheet: string;
      address: string;
    };
    expect(c.workbook.sheet(at.sheet).formats.get(`${at.address}|numberFormat`)).toBe(
      FORMATS.consistency
    );
  });
});

describe("layout through Office.js", () => {
  const model = paperTemplate({ style: "native", trade: true, service: true });

  it("wraps headers, sets row heights, merges notes, groups and hides helper columns, freezes panes and sets up printing, within the same 3 syncs", async () => {
    const c = ctx();
    await write(c, model, null, sampleInputs(model));
    expect(c.syncs).toBe(3);
    const { spec } = buildWorkbook(model);
    for (const sheet of spec.sheets.filter((s) => !s.hidden)) {
      const fake = c.workbook.sheet(sheet.name);
      expect([sheet.name, fake.frozen]).toEqual([sheet.name, sheet.freeze]);
      expect([sheet.name, fake.page]).toEqual([
        sheet.name,
        {
          orientation: sheet.print!.landscape ? "Landscape" : "Portrait",
          zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
          printArea: sheet.print!.area,
          ...(sheet.print!.titleRows
            ? {
                titleRows: `$${sheet.print!.titleRows.first + 1}:$${sheet.print!.titleRows.last + 1}`,
              }
            : {}),
        },
      ]);
      expect(new Set(fake.merges)).toEqual(new Set(sheet.merges));
      const wrapped = new Set(
        [...fake.formats]
          .filter(([k, v]) => k.endsWith("|wrapText") && v === true)
          .flatMap(([k]) => cellsIn(k.split("|")[0]))
      );
      for (const [a, cell] of sheet.cells)
        if (cell.style === "header" || cell.wrap) expect([a, wrapped.has(a)]).toEqual([a, true]);
      for (const [row, height] of Object.entries(sheet.rowHeights))
        expect(fake.formats.get(`${Number(row) + 1}:${Number(row) + 1}|rowHeight`)).toBe(height);
    }
    const comparisons = c.workbook.sheet("Comparisons");
    const [helpers] = spec.sheets.find((s) => s.name === "Comparisons")!.helperColumns;
    const letters = `${colName(helpers.first)}:${colName(helpers.last)}`;
    expect(comparisons.groups).toEqual([`ByColumns|${letters}`]);
    expect(comparisons.columnsHidden.get(letters)).toBe(true);
    const weights = c.workbook.sheet("Results").chartList[0];
    expect(weights.axes.categoryAxis.tickLabelSpacing).toBe(1);
    expect(weights.axes.valueAxis.numberFormat).toBe("0.00");
    expect(c.workbook.sheet("Service Outsourcing").chartList[0].axes.valueAxis.numberFormat).toBe(
      "0%"
    );
  });

  it("a rebuild undoes the previous build's merges before merging again", async () => {
    const c = ctx();
    await write(c, model);
    const sheet = c.workbook.sheet("Index System");
    sheet.merges.add("A1:C1"); // as if an older layout had merged the title
    await write(c, model, "update");
    expect([...sheet.merges]).toEqual(["A2:I2"]);
  });

  it("rebuilding a Service Outsourcing sheet of the layout before years carries its codes and values into the new columns", async () => {
    const m = paperTemplate({ service: true });
    const c = ctx();
    await write(c, m);
    // The layout before years: code in A, value in B, the class in C, keys v|i|0 and v|i|1.
    const ws = c.workbook.sheet("Service Outsourcing");
    for (const a of [...ws.cells.keys()]) if (Number(/\d+$/.exec(a)![0]) >= 5) ws.cells.delete(a);
    const rows: [string, number][] = [
      ["SI2", 873],
      ["SJ1", 60],
      ["SC", 120],
    ];
    rows.forEach(([code, v], i) => {
      ws.cells.set(`A${5 + i}`, code);
      ws.cells.set(`B${5 + i}`, v);
      ws.cells.set(`C${5 + i}`, "ITO");
    });
    const meta = c.workbook.sheet("_EvalMeta");
    for (const [a, v] of [...meta.cells]) {
      if (!/^A\d+$/.test(a) || !String(v).startsWith("v|")) continue;
      const r = a.slice(1);
      meta.cells.delete(`A${r}`);
      meta.cells.delete(`B${r}`);
      meta.cells.delete(`C${r}`);
    }
    let r = 1 + Math.max(...[...meta.cells.keys()].map((a) => Number(/\d+$/.exec(a)![0])));
    for (let i = 0; i < 60; i++)
      for (const [col, letter] of [
        [0, "A"],
        [1, "B"],
      ] as const) {
        meta.cells.set(`A${r}`, `v|${i}|${col}`);
        meta.cells.set(`B${r}`, "Service Outsourcing");
        meta.cells.set(`C${r}`, `${letter}${5 + i}`);
        r++;
      }
    const report = await write(c, m, "update");
    expect(report.dropped).toEqual([]);
    rows.forEach(([code, v], i) => {
      expect(ws.cells.get(`A${5 + i}`)).toBeUndefined(); // the year, not typed before
      expect(ws.cells.get(`B${5 + i}`)).toBe(code);
      expect(ws.cells.get(`C${5 + i}`)).toBe(v);
    });
    expect(ws.cells.get("D5")).toBe("=SERVICE.CLASS($B$5:$B$1004)");
  });
});

describe("rebuilding with several units", () => {
  const typeAll = (c: FakeContext, m: EvaluationModel, typed: Map<string, any>) => {
    for (const [key, at] of buildWorkbook(m).inputCells)
      if (typed.has(key)) c.workbook.sheet(at.sheet).cells.set(at.address, typed.get(key));
  };
  const shown = (c: FakeContext, m: EvaluationModel, key: string) => {
    const at = buildWorkbook(m).inputCells.get(key);
    return at ? c.workbook.sheet(at.sheet).cells.get(at.address) : "no cell";
  };

  it("keeps each unit's scores and data by name when units are reordered, renamed or removed, and reports the dropped ones", async () => {
    const c = ctx();
    const m = paperTemplate({ units: ["Hubei", "Hunan", "Jiangxi"], experts: ["A", "B"] });
    await write(c, m);
    const typed = sampleInputs(m);
    typeAll(c, m, typed);
    // Jiangxi first, Hubei kept, Hunan renamed to Hunan Province (a new unit: its inputs dropped).
    const m2 = paperTemplate({
      units: ["Jiangxi", "Hubei", "Hunan Province"],
      experts: ["A", "B"],
    });
    const report = await write(c, m2, "update");
    let kept = 0;
    for (const [key, value] of typed) {
      if (!key.includes("|u:Hubei") && !key.includes("|u:Jiangxi")) continue;
      expect([key, shown(c, m2, key)]).toEqual([key, value]);
      kept++;
    }
    expect(kept).toBe(2 * (5 * 2 + 5 * 8));
    expect(shown(c, m2, "s|I112|e1|u:Hunan%20Province")).toBeUndefined();
    const dropped = report.dropped.map((d) => d.key);
    expect(dropped.length).toBe(5 * 2 + 5 * 8);
    expect(dropped.every((k) => k.endsWith("|u:Hunan"))).toBe(true);
  });

  it("gives the inputs of a one-unit workbook to the first unit, and says so", async () => {
    const c = ctx();
    const one = paperTemplate({ experts: ["A", "B"] });
    await write(c, one);
    const typed = sampleInputs(one);
    typeAll(c, one, typed);
    const m = paperTemplate({ units: ["Hubei", "Hunan"], experts: ["A", "B"] });
    const report = await write(c, m, "update");
    expect(report.dropped).toEqual([]);
    expect(report.notes.join(" ")).toMatch(/now belong to the first unit, Hubei/);
    expect(shown(c, m, "s|I112|e2|u:Hubei")).toBe(typed.get("s|I112|e2"));
    expect(shown(c, m, "q|I111|2020|u:Hubei")).toBe(typed.get("q|I111|2020"));
    expect(shown(c, m, "q|I111|2020|u:Hunan")).toBeUndefined();
  });
});
