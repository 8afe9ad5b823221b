/**
 * Any text and any size survive the writers: names are made storable before a workbook is
 * described (with every change reported), the model stored in _EvalMeta reads back exactly, and
 * sheet names and models Excel would refuse are refused with the reason.
 */
import ExcelJS from "exceljs";
import { UnbuildableModel, buildWorkbook, sheetNameProblem } from "../../src/workbook/build";
import { asciiJson } from "../../src/workbook/build/meta";
import { DEFAULT_SHEET_NAMES } from "../../src/workbook/layout";
import { EvaluationModel } from "../../src/workbook/model";
import { paperTemplate } from "../../src/workbook/template";
import { MAX_CELL_TEXT, storableModel, storableText } from "../../src/workbook/text";
import { readMeta, writeToWorkbook } from "../../src/workbook/writeOffice";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { FakeContext } from "../support/fakeExcel";

const EMOJI = "😀"; // two UTF-16 units
const FAMILY = "👩‍👩‍👧"; // a ZWJ sequence

describe("storableText", () => {
  it("keeps every character a cell can hold: CJK, emoji, ZWJ sequences, RTL, combining marks, tab and \\n", () => {
    for (const t of ["研发人员", EMOJI, FAMILY, "שלום", "e\u0301", "a\tb\nc", "U+1FFFE: \u{1FFFE}"])
      expect(storableText(t)).toEqual({ text: t, changes: [] });
  });

  it("removes what XML cannot carry (controls, U+FFFE, U+FFFF, unpaired surrogates), naming the characters", () => {
    expect(storableText("CO\u2082\uFFFE")).toEqual({
      text: "CO₂",
      changes: ["removed 1 character a workbook cannot store (U+FFFE)"],
    });
    const r = storableText("a\u0000b\u001Fc\uFFFFd\uD800e\uDC00f" + EMOJI);
    expect(r.text).toBe("abcdef" + EMOJI);
    expect(r.changes).toEqual([
      "removed 5 characters a workbook cannot store (U+0000, U+001F, U+FFFF, U+D800, U+DC00)",
    ]);
  });

  it('writes "\\r\\n" and "\\r" as "\\n" and says so', () => {
    expect(storableText("a\r\nb\rc")).toEqual({
      text: "a\nb\nc",
      changes: ['line breaks written as Excel\'s ("\\n")'],
    });
  });

  it("cuts text beyond 32,767 characters, never inside a surrogate pair", () => {
    const long = "x".repeat(MAX_CELL_TEXT - 1) + EMOJI + "tail";
    const r = storableText(long);
    expect(r.text).toBe("x".repeat(MAX_CELL_TEXT - 1));
    expect(r.changes).toEqual([
      "cut from 32,772 to 32,766 characters (a cell holds at most 32,767)",
    ]);
    expect(storableText("y".repeat(MAX_CELL_TEXT)).changes).toEqual([]);
  });
});

/** A model with every kind of character in its names, and a name of maximal length. */
function hostileModel(): EvaluationModel {
  const m = paperTemplate();
  m.goal = `Goal ${FAMILY} 低碳\r\nline two`;
  m.nodes[0].name = `Emoji ${EMOJI.repeat(20_000)}`; // 40,006 units: cut
  m.nodes[1].name = "bad \uFFFE\uFFFF\u0007 name";
  m.nodes[2].name = "lone \uD83D surrogate";
  m.nodes[3].name = '=HYPERLINK("http://example.com")';
  m.nodes[4].unit = "t CO\u2082e / 万元";
  m.settings.experts = ["Dr Li Wei", "王芳 \u200D", "Expert\u0000 3"];
  return m;
}

/** The rows of a sheet as readMeta takes them (0-based, values only). */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row, r) => {
    const values = row.values as unknown[];
    rows[r - 1] = values.slice(1).map((v) => (v === undefined ? null : v));
  });
  return Array.from(rows, (r) => r ?? []);
}

describe("storableModel and the stored model", () => {
  it("reports each changed name in the user's terms, and leaves a clean model as it is", () => {
    const clean = paperTemplate();
    expect(storableModel(clean)).toEqual({ model: clean, changes: [] });
    const { model, changes } = storableModel(hostileModel());
    expect(changes).toEqual([
      'Goal: line breaks written as Excel\'s ("\\n")',
      expect.stringMatching(/^“Emoji (😀)+…” \(C1\), name: cut from 40,006 to 32,766 characters/u),
      "“bad  name” (C11), name: removed 3 characters a workbook cannot store (U+FFFE, U+FFFF, U+0007)",
      "“lone  surrogate” (I111), name: removed 1 character a workbook cannot store (U+D83D)",
      "Expert 3, name: removed 1 character a workbook cannot store (U+0000)",
    ]);
    expect(model.nodes[0].name).toHaveLength(32_766);
    expect(model.nodes[2].name).toBe("lone  surrogate");
    expect(model.settings.experts[1]).toBe("王芳 \u200D");
  });

  it("asciiJson: only ASCII, and parses back to the same value (lone surrogates, U+FFFE included)", () => {
    const value = { s: `a${EMOJI}\uFFFE\uD800 低碳 "q" \\ \n` };
    const json = asciiJson(value);
    expect(/^[\x20-\x7e]*$/.test(json)).toBe(true);
    expect(JSON.parse(json)).toEqual(value);
  });

  it(".xlsx: a hostile model writes a file that loads, its names as stored, and the model reads back exactly (split across cells)", async () => {
    const built = buildWorkbook(hostileModel());
    expect(built.changes).toHaveLength(5);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeXlsx(built.spec)) as unknown as ArrayBuffer);
    const metaRows = rowsOf(wb.getWorksheet("_EvalMeta")!);
    expect(metaRows[1].length).toBeGreaterThan(3); // the model spans several cells
    const stored = readMeta(metaRows).model!;
    expect(stored).toEqual(storableModel(hostileModel()).model);
    const index: string[] = [];
    wb.getWorksheet("Index System")!.eachRow((row) =>
      row.eachCell((c) => index.push(String(c.value).trim()))
    );
    expect(index).toContain("bad  name");
    expect(index).toContain('=HYPERLINK("http://example.com")');
    expect(index.some((v) => v.startsWith("Emoji 😀") && v.length === 32_766)).toBe(true);
  });

  it("Office.js: the model stored by a build reads back exactly", async () => {
    const c = new FakeContext();
    await writeToWorkbook(c as unknown as Excel.RequestContext, hostileModel(), null);
    const meta = c.workbook.sheet("_EvalMeta").getUsedRangeOrNullObject();
    expect(readMeta(meta.values).model).toEqual(storableModel(hostileModel()).model);
  });
});

describe("what a workbook cannot be built from", () => {
  it("sheet names Excel refuses: empty, over 31 characters, \\ / ? * [ ] :, an apostrophe at an end, History", () => {
    expect(sheetNameProblem("Results")).toBeNull();
    expect(sheetNameProblem("评价结果")).toBeNull();
    expect(sheetNameProblem(" ")).toBe("A sheet name is empty");
    expect(sheetNameProblem("x".repeat(32))).toMatch(/longer than Excel's 31 characters/);
    expect(sheetNameProblem("x".repeat(31))).toBeNull();
    for (const ch of ["\\", "/", "?", "*", "[", "]", ":"])
      expect(sheetNameProblem(`a${ch}b`)).toBe(
        `The sheet name “a${ch}b” contains “${ch}”, which Excel does not allow`
      );
    expect(sheetNameProblem("'quoted")).toMatch(/apostrophe/);
    expect(sheetNameProblem("history")).toMatch(/reserved/);
  });

  it("buildWorkbook refuses bad sheet names and models validateModel rejects, listing every reason", () => {
    const names = {
      ...DEFAULT_SHEET_NAMES,
      results: "Results of the low-carbon evaluation",
      scores: "Index System",
    };
    expect(() => buildWorkbook(paperTemplate(), { names })).toThrow(UnbuildableModel);
    expect(() => buildWorkbook(paperTemplate(), { names })).toThrow(
      /cannot be built: Two sheets are named “Index System”; The sheet name “Results of the low-carbon evaluation” is longer than Excel's 31 characters/
    );
    const m = paperTemplate();
    m.nodes[3].name = " ";
    m.settings.experts = [];
    expect(() => buildWorkbook(m)).toThrow(/has no name; At least one expert is needed/);
  });
});
