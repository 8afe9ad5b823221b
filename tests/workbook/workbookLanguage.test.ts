/**
 * The workbook in Simplified Chinese (settings.language, src/workbook/i18n): both message
 * tables have every key and the Chinese one is Chinese; the Chinese workbook has the English
 * one's formulas, named ranges, number formats and keys (after the sheet names and the texts
 * of formulas); the paper's template in Chinese keeps its ids and structure; and a rebuild in
 * the other language, through the Office.js writer on the fake host, renames the sheets and
 * keeps every input (judgments, scores, yearly data, trade rows, questionnaire answers).
 */
import { buildWorkbook } from "../../src/workbook/build";
import { en, messagesOf, zhCN } from "../../src/workbook/i18n";
import { DEFAULT_SHEET_NAMES, scaleOf, sheetNames } from "../../src/workbook/layout";
import { DEFAULT_SETTINGS, EvaluationModel } from "../../src/workbook/model";
import { sampleInputs } from "../../src/workbook/sample";
import { blankTemplate, paperTemplate } from "../../src/workbook/template";
import type { CellValue, SheetSpec, WorkbookSpec } from "../../src/workbook/spec";
import { asAnswer, judgmentOf, verbalOf, verbalScale } from "../../src/workbook/verbalScale";
import { readMeta, writeToWorkbook } from "../../src/workbook/writeOffice";
import { FakeContext, FakeSheet } from "../support/fakeExcel";

const CJK = /[\u3400-\u9fff]/;
/** Chinese characters or full-width punctuation (，。：（）). */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Every text leaf of a message table, by path: strings, arrays of strings, and what functions return. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (typeof value === "function") {
    const f = value as (...args: unknown[]) => unknown;
    for (const arg of [3, "A", ["优", "良"]]) {
      try {
        return leaves(f(...Array.from({ length: f.length }, () => arg)), `${path}()`);
      } catch {
        /* the next kind of argument */
      }
    }
    throw new Error(`${path} cannot be called`);
  }
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/** The shape of a table: its keys, and which are functions or arrays of which length. */
function shape(value: unknown): unknown {
  if (typeof value === "function") return "function";
  if (Array.isArray(value)) return `array/${value.length}`;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

/** Texts the same in both languages: symbols, abbreviations, method names and the meta sheet. */
const SAME = new Set([
  "_EvalMeta",
  "n",
  "λmax",
  "CR",
  "GCI",
  "S*",
  "W",
  "D",
  "#",
  "CRS",
  "VRS",
  "SBM",
  "Malmquist",
  "Moore M",
  "NAV",
  "W P5",
  "W P95",
  "← ‖x‖",
  "ε = aᵢⱼ·wⱼ/wᵢ",
]);

describe("the message tables", () => {
  it("have the same keys, functions and list lengths in English and Chinese", () => {
    expect(shape(zhCN)).toEqual(shape(en));
  });

  it("are Chinese in Chinese (but for symbols and abbreviations), and never say undefined", () => {
    const english = new Map(leaves(en));
    const notChinese = leaves(zhCN).filter(([, s]) => !CHINESE.test(s) && !SAME.has(s.trim()));
    expect(notChinese).toEqual([]);
    for (const [path, s] of leaves(zhCN)) {
      expect(english.has(path)).toBe(true);
      if (!path.includes("()")) expect(s).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it("keep the meta sheet's name in every language, and Chinese sheet names fit Excel", () => {
    const zh = sheetNames("zh-CN");
    expect(zh.meta).toBe(DEFAULT_SHEET_NAMES.meta);
    expect(sheetNames(undefined)).toEqual(DEFAULT_SHEET_NAMES);
    for (const name of Object.values(zh)) {
      expect([...name].length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:']/);
    }
    expect(new Set(Object.values(zh)).size).toBe(Object.values(zh).length);
    expect(messagesOf("zh-CN").grades).toEqual({
      excellent: "优",
      good: "良",
      medium: "中",
      poor: "差",
      veryPoor: "很差",
    });
  });

  it("name the grades of every default scale 优 良 中 差 很差 in Chinese", () => {
    const zh = (scale: "4" | "10" | "10-5" | "5-3") =>
      scaleOf({ ...DEFAULT_SETTINGS, scale, language: "zh-CN" }).labels;
    expect(zh("4")).toEqual(["优", "良", "中", "差"]);
    expect(zh("10")).toEqual(["优", "良", "中", "差"]);
    expect(zh("10-5")).toEqual(["优", "良", "中", "差", "很差"]);
    expect(zh("5-3")).toEqual(["良", "中", "差"]);
    expect(scaleOf(DEFAULT_SETTINGS).labels).toEqual(["Excellent", "Good", "Medium", "Poor"]);
  });
});

describe("the verbal Saaty scale in Chinese", () => {
  it("has the 17 answers with the same values, and reads answers of either language", () => {
    const zh = verbalScale("zh-CN");
    const english = verbalScale("en");
    expect(zh.map((v) => v.value)).toEqual(english.map((v) => v.value));
    expect(zh[8].label).toBe("同等重要 (1)");
    expect(zh[6].label).toBe("A 比 B 稍微重要 (3)");
    expect(zh[16].label).toBe("B 比 A 极端重要 (9)");
    expect(zh[7].label).toBe("A 比 B 介于同等与稍微之间 (2)");
    for (const [k, v] of zh.entries()) {
      expect(judgmentOf(v.label)).toBe(english[k].value);
      expect(asAnswer(english[k].label, "zh-CN")).toBe(v.label);
      expect(asAnswer(v.label, "en")).toBe(english[k].label);
    }
    expect(verbalOf(0.2, "zh-CN")).toBe("B 比 A 明显重要 (5)");
  });
});

describe("the paper's template in Chinese", () => {
  it("has the English template's ids, structure, types and directions, with Chinese names", () => {
    const english = paperTemplate();
    const zh = paperTemplate({ language: "zh-CN" });
    const structure = (m: EvaluationModel) =>
      m.nodes.map(({ id, parent, type, direction, example }) => ({
        id,
        parent,
        type,
        direction,
        example,
      }));
    expect(structure(zh)).toEqual(structure(english));
    expect(zh.goal).toBe("低碳产业创新绩效");
    const name = (id: string) => zh.nodes.find((n) => n.id === id)?.name;
    expect(["C1", "C2", "C11", "C12", "C21", "C22"].map(name)).toEqual([
      "创新投入",
      "创新产出",
      "基础支撑",
      "资金支持",
      "综合利用",
      "污染治理",
    ]);
    expect(zh.nodes.every((n) => CJK.test(n.name))).toBe(true);
    expect(zh.settings.experts).toEqual(["专家 1", "专家 2", "专家 3", "专家 4", "专家 5"]);
    expect(zh.settings.language).toBe("zh-CN");
    expect(paperTemplate({ language: "zh-CN", experts: ["甲"] }).settings.experts).toEqual(["甲"]);
    expect(blankTemplate({ language: "zh-CN" }).nodes.map((n) => n.name)).toEqual([
      "准则 1",
      "指标 1.1",
      "指标 1.2",
      "准则 2",
      "指标 2.1",
      "指标 2.2",
    ]);
    // English as it was.
    expect(english.nodes[0].name).toBe("Innovation input");
    expect(english.settings.language).toBeUndefined();
  });
});

/** Replaces every quoted sheet name of `zh` by the English one at the same place. */
function englishRefs(text: string, names: Map<string, string>): string {
  let out = text;
  for (const [zh, english] of names)
    out = out.split(`'${zh.replace(/'/g, "''")}'!`).join(`'${english.replace(/'/g, "''")}'!`);
  return out;
}

/** A formula with its string literals blanked, and the literals. */
function literals(formula: string): { shape: string; texts: string[] } {
  const texts: string[] = [];
  const shape = formula.replace(/"((?:[^"]|"")*)"/g, (_, s: string) => {
    texts.push(s);
    return '""';
  });
  return { shape, texts };
}

/** A literal that is a code, a number format or a comparison ("RIB", "0.000", "<0", ""): the same in every language. */
const isCode = (s: string) => /^[A-Z0-9_.#<>=$!:-]*$/.test(s);

function compareWorkbooks(english: WorkbookSpec, zh: WorkbookSpec): string[] {
  const problems: string[] = [];
  expect(zh.sheets.length).toBe(english.sheets.length);
  const names = new Map(zh.sheets.map((s, i) => [s.name, english.sheets[i].name]));
  english.sheets.forEach((a: SheetSpec, i) => {
    const b = zh.sheets[i];
    if ([...a.cells.keys()].join() !== [...b.cells.keys()].join())
      problems.push(`${a.name}: different cells`);
    for (const [at, cell] of a.cells) {
      const other = b.cells.get(at);
      if (!other) continue;
      if ((cell.numFmt ?? "") !== (other.numFmt ?? "")) problems.push(`${a.name}!${at}: numFmt`);
      if ((cell.key ?? "") !== (other.key ?? "")) problems.push(`${a.name}!${at}: key`);
      if (!!cell.input !== !!other.input) problems.push(`${a.name}!${at}: input`);
      if (cell.formula === undefined && other.formula === undefined) continue;
      const x = literals(cell.formula ?? "");
      const y = literals(englishRefs(other.formula ?? "", names));
      if (x.shape !== y.shape) problems.push(`${a.name}!${at}: ${cell.formula} ≠ ${other.formula}`);
      else
        x.texts.forEach((t, k) => {
          if (isCode(t) && t !== y.texts[k])
            problems.push(`${a.name}!${at}: "${t}" ≠ "${y.texts[k]}"`);
        });
    }
    if (JSON.stringify(a.merges) !== JSON.stringify(b.merges)) problems.push(`${a.name}: merges`);
    const ranges = (s: SheetSpec) =>
      JSON.stringify([
        s.validations.map((v) => [
          v.range,
          v.kind,
          v.min,
          v.max,
          englishRefs(v.formula ?? "", names),
        ]),
        s.conditionalFormats.map((c) => [c.range, englishRefs(c.formula, names)]),
        s.charts.map((c) => [c.kind, c.categories, c.series.map((x) => x.values), c.anchor]),
      ]);
    if (ranges(a) !== ranges(b)) problems.push(`${a.name}: validations, formats or charts`);
  });
  expect(zh.names.map((n) => [n.name, englishRefs(n.ref, names)])).toEqual(
    english.names.map((n) => [n.name, n.ref])
  );
  return problems;
}

describe.each(["native", "addin"] as const)("the %s workbook in Chinese", (style) => {
  it.each([
    ["the paper's template with trade, service and the questionnaire", {}],
    [
      "3 units with efficiency, coupling, embodied carbon and objective weights",
      {
        units: ["北京", "上海", "广东"],
        efficiency: true,
        coupling: true,
        embodied: true,
        objectiveWeights: { use: true, combine: "linear" as const, alpha: 0.5 },
      },
    ],
  ])("%s has the English one's formulas, names, formats and keys", (_, extra) => {
    const settings = { style, trade: true, service: true, questionnaire: true, ...extra };
    const english = paperTemplate(settings);
    const zh = { ...english, settings: { ...english.settings, language: "zh-CN" as const } };
    const a = buildWorkbook(english, { inputs: sampleInputs(english) });
    const b = buildWorkbook(zh, {
      inputs: new Map(
        [...sampleInputs(english)].map(([k, v]) => [
          k,
          k.startsWith("j|") ? asAnswer(v, "zh-CN") : v,
        ])
      ),
    });
    expect(compareWorkbooks(a.spec, b.spec)).toEqual([]);
    const sheetsOf = (cells: Map<string, { sheet: string; address: string }>, names: string[]) =>
      [...cells].map(([k, at]) => [k, names.indexOf(at.sheet), at.address]);
    expect(
      sheetsOf(
        b.resultCells,
        b.spec.sheets.map((s) => s.name)
      )
    ).toEqual(
      sheetsOf(
        a.resultCells,
        a.spec.sheets.map((s) => s.name)
      )
    );
    expect(
      sheetsOf(
        b.inputCells,
        b.spec.sheets.map((s) => s.name)
      )
    ).toEqual(
      sheetsOf(
        a.inputCells,
        a.spec.sheets.map((s) => s.name)
      )
    );
    // Every visible sheet of the Chinese workbook is named and titled in Chinese.
    for (const s of b.spec.sheets.filter((x) => !x.hidden)) {
      expect(s.name).toMatch(CJK);
      expect(String(s.cells.get("A1")?.value)).toMatch(CJK);
      for (const c of s.charts) expect(c.title).toMatch(CJK);
    }
  });
});

/** The meta sheet of a fake workbook as the values readMeta reads (from A1). */
function metaOf(c: FakeContext) {
  const meta = c.workbook.sheet(DEFAULT_SHEET_NAMES.meta) as FakeSheet;
  const grid: unknown[][] = [];
  for (const [a, v] of meta.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    (grid[row] ??= [])[col] = v;
  }
  for (let r = 0; r < grid.length; r++) grid[r] = Array.from(grid[r] ?? [], (v) => v ?? "");
  return readMeta(grid);
}

/** Every input of the fake workbook's last build, by key, as the cells hold it. */
function inputsOf(c: FakeContext): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const [key, at] of metaOf(c).inputs) {
    const v = c.workbook.sheet(at.sheet).cells.get(at.address);
    if (v !== undefined && v !== "" && v !== null) out.set(key, v as CellValue);
  }
  return out;
}

describe("rebuilding in the other language (Office.js writer, fake host)", () => {
  const write = (c: FakeContext, m: EvaluationModel, sample?: Map<string, CellValue>) =>
    writeToWorkbook(c as unknown as Excel.RequestContext, m, "update", undefined, sample);
  const english = paperTemplate({ trade: true, service: true, questionnaire: true });
  const zh: EvaluationModel = {
    ...english,
    settings: { ...english.settings, language: "zh-CN" },
  };

  it("renames the sheets and keeps every judgment, answer, score, yearly value and trade row", async () => {
    const c = new FakeContext();
    await write(c, english, sampleInputs(english));
    // What the user changed after the build: a score, a yearly value, an answer, a trade row.
    const before = inputsOf(c);
    const typed = (key: string, v: CellValue) => {
      const at = metaOf(c).inputs.get(key)!;
      c.workbook.sheet(at.sheet).cells.set(at.address, v);
    };
    typed("s|I112|e2", 1.5);
    typed("q|I111|2020", 123.25);
    const answer = [...before.keys()].find((k) => k.startsWith("j|"))!;
    typed(answer, "B strongly more important (5)");
    typed("t|0|2", 4242);
    // A formula the user typed that reads another sheet of the build.
    const formula = "='Results'!$D$6*0+2";
    typed("s|I113|e1", formula);
    const at = metaOf(c).inputs.get("s|I113|e1")!;
    (c.workbook.sheet(at.sheet) as FakeSheet).formulaCells.add(at.address);
    const english1 = inputsOf(c);
    expect(english1.size).toBe(before.size);
    const sheets1 = c.workbook.sheets.map((s) => s.name);

    const report = await write(c, zh);
    const zhNames = sheetNames("zh-CN");
    expect(report.renamed.map(([, to]) => to)).toEqual(
      expect.arrayContaining([zhNames.index, zhNames.comparisons, zhNames.results, "问卷 1"])
    );
    expect(report.created).toEqual([]);
    expect(report.dropped).toEqual([]);
    // The same sheets, renamed: none doubled, none left in English.
    expect(c.workbook.sheets.length).toBe(sheets1.length);
    const visible = c.workbook.sheets.filter((s) => !s.name.startsWith("_")).map((s) => s.name);
    expect(visible.every((n) => CJK.test(n))).toBe(true);
    const chinese = inputsOf(c);
    expect([...chinese.keys()].sort()).toEqual([...english1.keys()].sort());
    for (const [k, v] of english1) {
      if (k.startsWith("j|")) {
        expect(judgmentOf(chinese.get(k))).toBe(judgmentOf(v));
        expect(String(chinese.get(k))).toMatch(CJK); // the answer in Chinese
      } else if (k !== "s|I113|e1") expect(chinese.get(k)).toEqual(v);
    }
    expect(chinese.get(answer)).toBe("B 比 A 明显重要 (5)");
    expect(chinese.get("s|I113|e1")).toBe("='结果'!$D$6*0+2");
    expect(metaOf(c).model?.settings.language).toBe("zh-CN");

    // And back: every input exactly as it was typed in English.
    const back = await write(c, english);
    expect(back.renamed.length).toBe(report.renamed.length);
    expect(c.workbook.sheets.map((s) => s.name).sort()).toEqual([...sheets1].sort());
    expect(inputsOf(c)).toEqual(english1);
  });

  it("keeps the judgments when the Chinese rebuild also turns the questionnaire off", async () => {
    const c = new FakeContext();
    await write(c, english, sampleInputs(english));
    const typed = inputsOf(c);
    const off: EvaluationModel = { ...zh, settings: { ...zh.settings, questionnaire: false } };
    const report = await write(c, off);
    expect(report.dropped).toEqual([]);
    expect(c.workbook.sheets.some((s) => s.name.startsWith("Questionnaire"))).toBe(false);
    const after = inputsOf(c);
    for (const [k, v] of typed) {
      if (k.startsWith("j|")) expect(judgmentOf(after.get(k))).toBeCloseTo(judgmentOf(v)!, 12);
      else expect(after.get(k)).toEqual(v);
    }
  });

  it("reads a stored model whose language is not one of ours as English", () => {
    const grid = [
      ["desc"],
      [
        "model",
        JSON.stringify({
          version: 1,
          model: { ...english, settings: { ...english.settings, language: "fr" } },
          names: DEFAULT_SHEET_NAMES,
        }),
      ],
    ];
    expect(readMeta(grid).model?.settings.language).toBeUndefined();
  });
});
