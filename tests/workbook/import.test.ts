import { decodeText, detectDelimiter, splitDelimited, toCsv } from "../../src/workbook/delimited";
import { cellText, importGrid, importText, ImportResult } from "../../src/workbook/import";
import { directionOf, levelOf, typeOf } from "../../src/workbook/importLabels";
import { depthFirst } from "../../src/workbook/model";
import { indicatorTemplateCsv, paperTemplate } from "../../src/workbook/template";
import { meterWork } from "../support/workMeter";

/** The tree as "depth:name" lines in depth-first order. */
const tree = (r: ImportResult) =>
  r.model ? depthFirst(r.model).map((x) => `${x.depth}:${x.node.name}`) : null;
/** Nodes as "id<parent:name/type/direction/unit". */
const nodes = (r: ImportResult) =>
  r.model?.nodes.map(
    (n) => `${n.id}<${n.parent ?? ""}:${n.name}/${n.type}/${n.direction}/${n.unit}`
  ) ?? null;

describe("delimited text", () => {
  it("splits by the CSV rules: quoted delimiters, line breaks and doubled quotes; \\r\\n; a BOM", () => {
    expect(
      splitDelimited(
        '\uFEFFId,Name\r\nA,"persons, per 10,000"\r\nB,"two\nlines"\r\nC,"say ""hi"""\r\n',
        ","
      )
    ).toEqual([
      ["Id", "Name"],
      ["A", "persons, per 10,000"],
      ["B", "two\nlines"],
      ["C", 'say "hi"'],
    ]);
    expect(splitDelimited('a\t"b\tc"\t""\n\nd', "\t")).toEqual([["a", "b\tc", ""], [""], ["d"]]);
    expect(splitDelimited("a,b\n", ",")).toEqual([["a", "b"]]);
    expect(splitDelimited('"a"b,c,', ",")).toEqual([["ab", "c", ""]]);
    expect(splitDelimited('x,"never closed\n,y', ",")).toEqual([["x", "never closed\n,y"]]);
    expect(splitDelimited("a;b\rc;d", ";")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("detects the delimiter: a tab first, else the one that splits rows alike", () => {
    expect(detectDelimiter("Input\tStaff\nOutput\tWaste")).toBe("\t");
    expect(detectDelimiter("Id;Name;Unit\nA;Staff;persons per 10,000\nB;Waste;%")).toBe(";");
    expect(detectDelimiter('Id,Name,Unit\nA,Staff,"persons; per 10,000"')).toBe(",");
    expect(detectDelimiter("hello world")).toBe("\t");
  });

  it("writes CSV that reads back", () => {
    const rows = [["a", "b,c", 'q"q', "x\ny"]];
    expect(toCsv(rows)).toBe('a,"b,c","q""q","x\ny"\r\n');
    expect(splitDelimited(toCsv(rows), ",")).toEqual(rows);
  });

  it("decodes UTF-8 (with a BOM) and falls back to GB18030 for invalid UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("\uFEFF定量,正向"))).toEqual({
      text: "定量,正向",
      encoding: "UTF-8",
    });
    // 定量 in GB18030 (GBK) is B6 A8 C1 BF: not valid UTF-8.
    expect(decodeText(new Uint8Array([0xb6, 0xa8, 0xc1, 0xbf, 0x2c, 0x41]))).toEqual({
      text: "定量,A",
      encoding: "GB18030",
    });
  });
});

describe("labels", () => {
  it("reads type and direction labels in English and Chinese, and nothing else", () => {
    for (const t of ["quantitative", "Quant", "DATA", "定量", "定量指标", " quantitative "])
      expect(typeOf(t)).toBe("quantitative");
    for (const t of ["qualitative", "qual", "Experts", "定性", "定性指标"])
      expect(typeOf(t)).toBe("qualitative");
    for (const t of ["quantity", "定值", "q", "1"]) expect(typeOf(t)).toBeNull();
    for (const d of ["benefit", "+", "Positive", "正向", "效益型", "正向指标"])
      expect(directionOf(d)).toBe("benefit");
    for (const d of ["cost", "-", "−", "negative", "负向", "逆向", "成本型", "逆向指标"])
      expect(directionOf(d)).toBe("cost");
    for (const d of ["max", "higher", "反向", "--"]) expect(directionOf(d)).toBeNull();
  });

  it("reads outline level headers", () => {
    expect(["Level 1", "tier2", "L3", "一级指标", "二级", "第三层"].map(levelOf)).toEqual([
      1, 2, 3, 1, 2, 3,
    ]);
    expect(levelOf("Name")).toBeNull();
  });

  it("cell values are text, never formulas", () => {
    expect(cellText('  =HYPERLINK("http://x")  ')).toBe('=HYPERLINK("http://x")');
    expect(cellText(11)).toBe("11");
    expect(cellText({ richText: [{ text: "R&D " }, { text: "staff" }] })).toBe("R&D staff");
    expect(cellText({ text: "Link", hyperlink: "http://x" })).toBe("Link");
    expect(cellText({ formula: "A1&B1", result: "Input" })).toBe("Input");
    expect(cellText(null)).toBe("");
  });
});

describe("outlines", () => {
  it("the parent on every row (Excel's usual layout) is one parent, not one per row", () => {
    const r = importText("Input\tR&D staff\nInput\tPolicy\nOutput\tWaste\nOutput\tCO2");
    expect(r.layout).toBe("an outline with the parent on every row");
    expect(tree(r)).toEqual(["1:Input", "2:R&D staff", "2:Policy", "1:Output", "2:Waste", "2:CO2"]);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      { row: 1, nodes: ["N1", "N2"], reason: null },
      { row: 2, nodes: ["N3"], reason: null },
      { row: 3, nodes: ["N4", "N5"], reason: null },
      { row: 4, nodes: ["N6"], reason: null },
    ]);
  });

  it("a parent repeated on rows that are not together is still one parent; three levels", () => {
    const r = importGrid([
      ["Input", "Basic", "Staff"],
      ["Output", "Waste", "Solid waste"],
      ["input ", "Basic", "Platforms"],
      ["Input", "Finance", "Credit"],
    ]);
    expect(tree(r)).toEqual([
      "1:Input",
      "2:Basic",
      "3:Staff",
      "3:Platforms",
      "2:Finance",
      "3:Credit",
      "1:Output",
      "2:Waste",
      "3:Solid waste",
    ]);
    expect(r.problems).toEqual([]);
  });

  it("the parent written once, blank cells below it", () => {
    const r = importGrid([
      ["Input"],
      ["", "Basic"],
      ["", "", "Staff"],
      [null, undefined, "Platforms"],
      ["Output"],
      ["", "Waste"],
    ]);
    expect(r.layout).toBe("an outline with each parent written once");
    expect(tree(r)).toEqual([
      "1:Input",
      "2:Basic",
      "3:Staff",
      "3:Platforms",
      "1:Output",
      "2:Waste",
    ]);
  });

  it("a skipped level is shown, never made top-level; the rows under it follow it out", () => {
    const r = importText("Input\n\t\tStaff\n\t\t\tHeadcount\nOutput\n\tWaste");
    expect(tree(r)).toEqual(["1:Input", "1:Output", "2:Waste"]);
    expect(r.problems).toEqual([
      'Row 2: left out, "Staff" is at level 3 but no level-2 row comes before it (a skipped level)',
      'Row 3: left out, it is under "Staff" (row 2), which is left out',
    ]);
  });

  it("an empty level between names on one row is shown", () => {
    const r = importText("Input\tBasic\tStaff\nInput\t\tPolicy\nOutput\tWaste\tCO2");
    expect(r.problems).toEqual(['Row 2: left out, level 2 is empty between "Input" and "Policy"']);
    expect(r.rows[1]).toEqual({
      row: 2,
      nodes: [],
      reason: 'level 2 is empty between "Input" and "Policy"',
    });
  });

  it("a row that repeats a node is shown", () => {
    const r = importText("Input\tStaff\nInput\tStaff\nOutput\tWaste");
    expect(r.problems).toEqual(['Row 2: left out, "Staff" is already under its parent (row 1)']);
    expect(tree(r)).toEqual(["1:Input", "2:Staff", "1:Output", "2:Waste"]);
  });

  it("a header of levels, with type, direction and unit columns for the row's indicator", () => {
    const r = importGrid([
      ["一级指标", "二级指标", "类型", "方向", "单位"],
      ["投入", "研发人员", "定量", "正向", "人"],
      ["投入", "政策支持", "定性", "", ""],
      ["产出", "单位产值能耗", "定量", "逆向", "吨标准煤/万元"],
      ["产出", "污染控制", "定性", "负向", ""],
    ]);
    expect(nodes(r)).toEqual([
      "N1<:投入/qualitative/benefit/",
      "N2<N1:研发人员/quantitative/benefit/人",
      "N3<N1:政策支持/qualitative/benefit/",
      "N4<:产出/qualitative/benefit/",
      "N5<N4:单位产值能耗/quantitative/cost/吨标准煤/万元",
      "N6<N4:污染控制/qualitative/cost/",
    ]);
    expect(r.problems).toEqual([]);
  });

  it("without a header, last columns of type and direction labels are read as such", () => {
    const r = importText(
      "Input\tStaff\tquant\t+\nInput\tPolicy\t\t\nOutput\tEnergy use\t定量\t逆向"
    );
    expect(nodes(r)).toEqual([
      "N1<:Input/qualitative/benefit/",
      "N2<N1:Staff/quantitative/benefit/",
      "N3<N1:Policy/qualitative/benefit/",
      "N4<:Output/qualitative/benefit/",
      "N5<N4:Energy use/quantitative/cost/",
    ]);
    expect(r.notes).toEqual([
      "Column C is read as Type, Column D is read as Direction: each holds only labels",
    ]);
  });

  it("a header row with nothing below it", () => {
    expect(importText("Id,Parent,Name").problems).toEqual([
      "Row 1 is a header with no rows below it",
    ]);
  });

  it("an unknown type in an outline's type column leaves the row out, naming the value", () => {
    const r = importGrid([
      ["Level 1", "Level 2", "Type"],
      ["Input", "Staff", "quant"],
      ["Input", "Policy", "survey"],
      ["Output", "Waste", ""],
    ]);
    expect(r.problems).toEqual([
      'Row 3: left out, type "survey" is not a type (quantitative: quantitative, quant, data, 定量; qualitative: qualitative, qual, experts, expert, 定性)',
    ]);
    expect(tree(r)).toEqual(["1:Input", "2:Staff", "1:Output", "2:Waste"]);
  });
});

describe("tables", () => {
  it("with a header row: ids, parents by id or name, types, directions and units", () => {
    const r = importGrid([
      ["Id", "Parent", "Name", "Type", "Direction", "Unit"],
      ["A", "", "Input", "", "", ""],
      ["A1", "A", "R&D staff", "quantitative", "benefit", "persons"],
      ["A2", "Input", "Policy", "", "", ""],
      ["B", "", "Output", "", "", ""],
      ["B1", "b", "Energy use", "data", "-", "tce"],
    ]);
    expect(r.layout).toBe("a table with a header row");
    expect(nodes(r)).toEqual([
      "A<:Input/qualitative/benefit/",
      "A1<A:R&D staff/quantitative/benefit/persons",
      "A2<A:Policy/qualitative/benefit/",
      "B<:Output/qualitative/benefit/",
      "B1<B:Energy use/quantitative/cost/tce",
    ]);
    expect(r.problems).toEqual([]);
  });

  it("Chinese headers and labels, columns in any order, ids that are numbers", () => {
    const r = importGrid([
      ["名称", "编号", "上级", "方向", "类型", "单位"],
      ["创新投入", 1, "", "", "", ""],
      ["研发人员", 11, 1, "正向", "定量", "人"],
      ["单位产值能耗", 12, "创新投入", "逆向", "定量", "吨"],
      ["政策", 13, 1, "+", "定性", ""],
    ]);
    expect(nodes(r)).toEqual([
      "1<:创新投入/qualitative/benefit/",
      "11<1:研发人员/quantitative/benefit/人",
      "12<1:单位产值能耗/quantitative/cost/吨",
      "13<1:政策/qualitative/benefit/",
    ]);
  });

  it("without a header row, recognised by its columns", () => {
    const r = importText(
      "A,,Input\nA1,A,Staff,quant,benefit,persons\nA2,A,Policy,qual,cost\nB,,Output\nB1,B,Waste"
    );
    expect(r.layout).toBe("a table without a header row (Id, Parent, Name, Type, Direction, Unit)");
    expect(nodes(r)).toEqual([
      "A<:Input/qualitative/benefit/",
      "A1<A:Staff/quantitative/benefit/persons",
      "A2<A:Policy/qualitative/cost/",
      "B<:Output/qualitative/benefit/",
      "B1<B:Waste/qualitative/benefit/",
    ]);
  });

  it("comma- and semicolon-separated text is split into columns, quoted names kept whole", () => {
    const csv =
      'Id,Parent,Name,Type,Direction,Unit\nA,,Input,,,\nA1,A,R&D staff,quantitative,benefit,"persons per 10,000"\nA2,A,"Policy, law",,,';
    const semi =
      "Id;Parent;Name;Type;Direction;Unit\nA;;Input;;;\nA1;A;R&D staff;quantitative;benefit;persons per 10,000\nA2;A;Policy, law;;;";
    for (const text of [csv, semi, `\uFEFF${csv.replace(/\n/g, "\r\n")}`]) {
      const r = importText(text);
      expect(nodes(r)).toEqual([
        "A<:Input/qualitative/benefit/",
        "A1<A:R&D staff/quantitative/benefit/persons per 10,000",
        "A2<A:Policy, law/qualitative/benefit/",
      ]);
      expect(r.problems).toEqual([]);
    }
  });

  it("a child with an unknown parent is shown, and so are the rows under it", () => {
    const r = importText(
      "Id,Parent,Name\nA,,Input\nA1,Inputs,Staff\nA11,A1,Headcount\nA2,A,Policy"
    );
    expect(r.problems).toEqual([
      'Row 3: left out, parent "Inputs" is neither an id nor a name in the table',
      'Row 4: left out, its parent "Staff" (row 3) is left out',
    ]);
    expect(r.rows.map((x) => x.nodes)).toEqual([["A"], [], [], ["A2"]]);
    expect(tree(r)).toEqual(["1:Input", "2:Policy"]);
  });

  it("unknown types and directions are shown with their value and row, never guessed", () => {
    const r = importText(
      "Id,Parent,Name,Type,Direction\nA,,Input,,\nA1,A,Staff,定值,正向\nA2,A,Policy,定性,higher\nA3,A,Credit,定量,负向"
    );
    expect(r.problems).toEqual([
      'Row 3: left out, type "定值" is not a type (quantitative: quantitative, quant, data, 定量; qualitative: qualitative, qual, experts, expert, 定性)',
      'Row 4: left out, direction "higher" is not a direction (benefit: benefit, +, positive, 正向, 效益, 正; cost: cost, -, −, negative, 负向, 逆向, 成本, 负)',
    ]);
    expect(nodes(r)).toEqual(["A<:Input/qualitative/benefit/", "A3<A:Credit/quantitative/cost/"]);
  });

  it("a parent name used twice is ambiguous: both rows are named, nothing is picked", () => {
    const r = importText(
      "Id,Parent,Name\nA,,Input\nB,,Output\nA1,A,Policy\nB1,B,Policy\nX,Policy,Law\nY,B1,Tax"
    );
    expect(r.problems).toEqual([
      'Row 6: left out, parent "Policy" is ambiguous: it names rows 4 and 5; write the parent\'s id instead',
    ]);
    expect(nodes(r)?.slice(-1)).toEqual(["Y<B1:Tax/qualitative/benefit/"]);
  });

  it("generated ids never collide with the file's ids, and the preview says which were given", () => {
    const r = importText("Id,Parent,Name\nN1,,Input\n,N1,Staff\nN2,N1,Policy\n,N1,Credit");
    expect(r.model?.nodes.map((n) => n.id)).toEqual(["N1", "N3", "N2", "N4"]);
    expect(new Set(r.model?.nodes.map((n) => n.id)).size).toBe(4);
    expect(r.notes).toEqual([
      "Rows without an id get ids the table does not use (N1 and N2 are the table's): row 3 is N3, row 5 is N4",
    ]);
    expect(r.problems).toEqual([]);
  });

  it("a duplicate id, a row without a name, a loop and a self-parent are each shown", () => {
    const r = importText(
      "Id,Parent,Name\nA,,Input\nA1,A,Staff\na1,A,Policy\nA2,A,\nL1,L2,One\nL2,L1,Two\nS,S,Self\nA3,A,Credit"
    );
    expect(r.problems).toEqual([
      'Row 4: left out, id "a1" is already row 3\'s',
      "Row 5: left out, it has no name",
      "Row 6: left out, its parents loop (rows 6 and 7) and never reach the goal",
      "Row 7: left out, its parents loop (rows 6 and 7) and never reach the goal",
      "Row 8: left out, it is its own parent",
    ]);
    expect(tree(r)).toEqual(["1:Input", "2:Staff", "2:Credit"]);
  });

  it("a header without a Name column is refused, naming what it found", () => {
    const r = importText("Id,Parent,Unit\nA,,%");
    expect(r.model).toBeNull();
    expect(r.problems).toEqual([
      "Row 1 looks like a header (Id, Parent, Unit) but has no Name column (Name, Indicator, 名称 or 指标)",
    ]);
  });

  it("a header column the import does not know is ignored, and the preview says so", () => {
    const r = importText("Id,Name,Weight,Parent\nA,Input,0.5,\nA1,Staff,0.2,A");
    expect(nodes(r)).toEqual(["A<:Input/qualitative/benefit/", "A1<A:Staff/qualitative/benefit/"]);
    expect(r.notes).toEqual([
      'Not read: column C ("Weight"), a header the import does not know (Id, Parent, Name, Type, Direction, Unit, or Level 1, Level 2, …)',
    ]);
  });

  it("a name that looks like a formula stays a name", () => {
    const r = importText('Id,Parent,Name\nA,,Input\nA1,A,"=HYPERLINK(""http://evil"",""x"")"');
    expect(r.model?.nodes[1].name).toBe('=HYPERLINK("http://evil","x")');
  });
});

describe("not an indicator system", () => {
  it("`hello world` is not accepted as a one-indicator system", () => {
    const r = importText("hello world");
    expect(r.model).toBeNull();
    expect(r.problems).toEqual([
      'This does not look like an indicator table: it gives one node ("hello world") and no levels. Write a table with a Name column (Id, Parent, Name, Type, Direction, Unit) or an outline with one column per level',
    ]);
  });

  it("nothing at all, or only rows that cannot be placed", () => {
    expect(importText(" \n\t\n").problems).toEqual(["There is nothing to import"]);
    const r = importText("Id,Parent,Name\nA,X,One\nB,Y,Two");
    expect(r.model).toBeNull();
    expect(r.problems.slice(-1)).toEqual(["No row could be placed"]);
  });

  it("a flat list is imported as indicators under the goal, and says so", () => {
    const r = importText("Staff\nPolicy\nWaste");
    expect(tree(r)).toEqual(["1:Staff", "1:Policy", "1:Waste"]);
    expect(r.notes).toEqual(["Every row is an indicator directly under the goal (no levels)"]);
  });

  it("what the Build step would refuse is shown (more than 15 children with the SAATY table)", () => {
    const rows = ["Input", ...Array.from({ length: 16 }, (_, i) => `\tIndicator ${i + 1}`)];
    const r = importText(rows.join("\n"));
    expect(r.model?.nodes.length).toBe(17);
    expect(r.problems).toEqual([
      '"Input" has 16 children: the Build step needs the ALONSO RI table (Settings) beyond 15',
    ]);
  });
});

describe("the indicator template", () => {
  it("is UTF-8 CSV with a BOM and a header, and imports back to the paper's system", () => {
    const csv = indicatorTemplateCsv();
    expect(csv.startsWith("\uFEFFId,Parent,Name,Type,Direction,Unit\r\n")).toBe(true);
    const r = importText(csv);
    expect(r.problems).toEqual([]);
    expect(r.model?.nodes).toEqual(
      paperTemplate().nodes.map(({ example: _example, ...rest }) => rest)
    );
  });
});

describe("size", () => {
  // Counted, not timed (tests/support/workMeter.ts counts the built-in string, array, Map and
  // regular-expression work; the times are in `npm run bench -- import`): ten times the rows
  // must cost about ten times the work. Work that grew with the rows for each row (a search of
  // the rows or of the nodes, the text split again) fails these.
  /** An outline of `criteria` × 10 × 10 rows, the parents written on every row. */
  const outline = (criteria: number) => {
    const lines: string[] = [];
    for (let a = 1; a <= criteria; a++)
      for (let b = 1; b <= 10; b++)
        for (let c = 1; c <= 10; c++) lines.push(`C${a}\tC${a}.${b}\tI${a}.${b}.${c}`);
    return lines.join("\n");
  };
  /** A CSV table of `rows` rows: rows / 100 criteria, the rest indicators with quoted units. */
  const table = (rows: number) =>
    [
      "Id,Parent,Name,Type,Direction,Unit",
      ...Array.from({ length: rows }, (_, i) =>
        i < rows / 100
          ? `C${i},,Criterion ${i},,,`
          : `I${i},C${i % (rows / 100)},Indicator ${i},定量,逆向,"t, per 10,000"`
      ),
    ].join("\r\n");
  const imported = (text: string, settings: Parameters<typeof importText>[1] = {}) =>
    meterWork(() => importText(text, settings));

  it("a 2,000-row outline imports with work linear in its rows", () => {
    const small = imported(outline(2), { riTable: "ALONSO" });
    const { value: r, work } = imported(outline(20), { riTable: "ALONSO" });
    expect(r.model?.nodes.length).toBe(20 + 200 + 2000);
    expect(r.problems).toEqual([]);
    expect(small.value.model?.nodes.length).toBe(2 + 20 + 200);
    expect(work.steps / small.work.steps).toBeLessThan(11);
  });

  it("a 2,000-row CSV table with quoted units imports with work linear in its rows", () => {
    const small = imported(table(200));
    const { value: r, work } = imported(table(2000));
    expect(r.model?.nodes.length).toBe(2000);
    expect(r.model?.nodes[1999]).toEqual({
      id: "I1999",
      parent: "C19",
      name: "Indicator 1999",
      type: "quantitative",
      direction: "cost",
      unit: "t, per 10,000",
    });
    expect(r.problems).toEqual([
      '21 nodes have more than 15 children ("Criterion 0": 99): the Build step needs the ALONSO RI table (Settings) beyond 15',
    ]);
    expect(small.value.model?.nodes.length).toBe(200);
    expect(work.steps / small.work.steps).toBeLessThan(11);
  });

  it("a table whose rows each have the row before as parent imports with work linear in its rows", () => {
    // The parent-loop check once walked each row's whole chain of parents: cubic in the depth.
    const chain = (rows: number) =>
      [
        "Id,Parent,Name,Type",
        ...Array.from({ length: rows }, (_, i) =>
          i === 0 ? "N0,,Node 0," : `N${i},N${i - 1},Node ${i},${i === rows - 1 ? "定量" : ""}`
        ),
        // and a loop at the end, reported for both of its rows
        "L1,L2,Loop 1,",
        "L2,L1,Loop 2,",
      ].join("\n");
    const small = imported(chain(200));
    const { value: r, work } = imported(chain(2000));
    expect(r.model?.nodes.length).toBe(2000);
    expect(r.rows.filter((x) => x.reason !== null).map((x) => [x.row, x.reason])).toEqual([
      [2002, "its parents loop (rows 2002 and 2003) and never reach the goal"],
      [2003, "its parents loop (rows 2002 and 2003) and never reach the goal"],
    ]);
    expect(work.steps / small.work.steps).toBeLessThan(11);
  });
});
