/**
 * The task pane's message tables (src/taskpane/i18n): the same keys in English and Chinese, every
 * Chinese text in Chinese (not the English left verbatim, not without a CJK character unless it
 * is an allowed token), the problems of src/workbook worded again in each language, the language
 * chosen from Office's or the browser's tag, and the Check step's words.
 */
import { en, Messages } from "../../src/taskpane/i18n/en";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { localizeProblem } from "../../src/taskpane/i18n/problems";
import { MESSAGES } from "../../src/taskpane/i18n/messages";
import {
  LANGUAGE_KEY,
  paneLanguage,
  rememberLanguage,
  storedLanguage,
} from "../../src/taskpane/i18n/language";
import { CHECK_MESSAGES_EN, checkEvaluation } from "../../src/workbook/check";
import { AGGREGATE_SHORT } from "../../src/workbook/layout";
import {
  DEFAULT_SETTINGS,
  EvaluationModel,
  expertsProblem,
  unitsProblem,
  validateModel,
  windowProblem,
} from "../../src/workbook/model";
import { nameProblems } from "../../src/workbook/nodeNames";
import { alphaProblem, objectiveWeightsProblem } from "../../src/workbook/objectiveWeights";
import { blankTemplate, paperTemplate } from "../../src/workbook/template";
import { buildWorkbook } from "../../src/workbook/build";
import { sampleInputs } from "../../src/workbook/sample";

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Chinese texts that are rightly without a CJK character: names, numbers, symbols. */
const NO_CJK_ALLOWED = new Set([
  "page.helpHref",
  "page.platforms.PC",
  "page.platforms.Mac",
  "page.platforms.iOS",
  "page.platforms.Android",
  "page.platforms.Universal",
  "app.step",
  "build.progressText",
  "check.cr",
  "check.items.block",
  "check.items.inUnit",
  "settings.scale10",
  "problems.node",
]);

/** Texts equal in both languages on purpose (no words in them). */
const SAME_ALLOWED = new Set([...NO_CJK_ALLOWED]);

/** Sample arguments for the texts that are functions. */
const ARGS = [3, 2, 4, 5, 6];

/** Every text of a table by its dotted key (functions called with sample arguments). */
function texts(table: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(table as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else if (typeof v === "function") {
      const args = Array.from({ length: v.length }, (_, i) =>
        key.endsWith("thresholdEnd")
          ? "worst"
          : key.includes("drop") && i === 1
            ? "inside"
            : ARGS[i]
      );
      out.set(key, String((v as (...a: unknown[]) => unknown)(...args)));
    } else if (v && typeof v === "object") for (const [kk, vv] of texts(v, key)) out.set(kk, vv);
  }
  return out;
}

describe("the message tables", () => {
  const english = texts(en);
  const chinese = texts(zhCN);

  test("have the same keys", () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(300);
  });

  test("every Chinese text has Chinese in it, unless it is an allowed token", () => {
    const without = [...chinese].filter(([k, v]) => !CJK.test(v) && !NO_CJK_ALLOWED.has(k));
    expect(without).toEqual([]);
  });

  test("no Chinese text is the English one verbatim", () => {
    const same = [...chinese].filter(([k, v]) => english.get(k) === v && !SAME_ALLOWED.has(k));
    expect(same).toEqual([]);
  });

  test("no English text has Chinese in it", () => {
    expect([...english].filter(([, v]) => CJK.test(v))).toEqual([]);
  });

  test("texts with values order them in each language", () => {
    expect(en.hierarchy.removed("Policy", 2)).toBe(
      'Removed "Policy" and 2 below it. Undo: Ctrl+Z.'
    );
    expect(zhCN.hierarchy.removed("政策", 2)).toBe("已删除“政策”及其下的 2 项。撤销：Ctrl+Z。");
    expect(zhCN.preview.summary(9, 15, 3)).toBe("3 层，9 个准则、15 个指标");
    expect(en.preview.summary(1, 2, 3)).toBe("1 criterion and 2 indicators on 3 levels");
    expect(MESSAGES["zh-CN"]).toBe(zhCN);
  });

  test("the Check step's English words are check.ts's own (the Status sheet's)", () => {
    expect(en.check.items).toBe(CHECK_MESSAGES_EN);
    expect(CHECK_MESSAGES_EN.aggregate).toBe(AGGREGATE_SHORT);
  });
});

describe("localizeProblem", () => {
  const model = (edit: (m: EvaluationModel) => EvaluationModel) => edit(paperTemplate());
  /** Every problem src/workbook can report to the pane, as it reports it. */
  const problems: string[] = [
    ...validateModel(
      model((m) => ({
        ...m,
        nodes: [
          ...m.nodes.map((n, i) => (i === 2 ? { ...n, name: "" } : n)),
          { ...m.nodes[0], name: "Twin" },
          { ...m.nodes[3], id: "X9", parent: "nowhere" },
        ],
      }))
    ),
    ...validateModel({ ...blankTemplate(), nodes: [] }),
    ...validateModel(
      model((m) => ({
        ...m,
        settings: { ...m.settings, riTable: "SAATY" },
        nodes: [
          ...m.nodes,
          ...Array.from({ length: 16 }, (_, i) => ({ ...m.nodes[2], id: `Z${i}`, parent: "C11" })),
        ],
      }))
    ),
    expertsProblem([]) as string,
    expertsProblem(["A", " "].map((x) => x.trim())) as string,
    expertsProblem(["Li", "li"]) as string,
    unitsProblem(["North", ""]) as string,
    unitsProblem(["North", "north"]) as string,
    unitsProblem(Array.from({ length: 500 }, (_, i) => `U${i}`)) as string,
    windowProblem(0, 8) as string,
    windowProblem(3, 1) as string,
    windowProblem(11, 8) as string,
    ...[
      ...nameProblems(
        model((m) => ({
          ...m,
          nodes: m.nodes.map((n) =>
            n.id === "I113" ? { ...n, name: "Low-carbon technology platforms" } : n
          ),
        }))
      ).values(),
    ].map((p) => p.message),
    ...[
      ...nameProblems(
        model((m) => ({
          ...m,
          nodes: m.nodes.map((n) => (n.id === "I211" ? { ...n, name: "Basic support" } : n)),
        }))
      ).values(),
    ].map((p) => p.message),
    objectiveWeightsProblem(paperTemplate()) as string,
    objectiveWeightsProblem({
      ...blankTemplate({ units: ["A", "B"] }),
    }) as string,
    alphaProblem(1.5) as string,
  ].filter((p) => typeof p === "string");

  test("knows every form (the test's list covers them all)", () => {
    expect(problems.length).toBeGreaterThan(18);
    const unknown = problems.filter((p) => localizeProblem(p, zhCN).english);
    expect(unknown).toEqual([]);
  });

  test("gives back the English exactly with the English table", () => {
    for (const p of problems) expect(localizeProblem(p, en)).toEqual({ text: p, english: false });
  });

  test("words each in Chinese", () => {
    for (const p of problems)
      expect([p, CJK.test(localizeProblem(p, zhCN).text)]).toEqual([p, true]);
    expect(localizeProblem("At least one expert is needed", zhCN).text).toBe("至少需要一位专家");
    expect(
      localizeProblem("Indicator 2 under Innovation input › Basic support has no name", zhCN).text
    ).toBe("Innovation input › Basic support 下的第 2 个指标没有名称");
  });

  test("leaves an unknown message English, marked as such", () => {
    expect(localizeProblem("Something new", zhCN)).toEqual({
      text: "Something new",
      english: true,
    });
  });
});

describe("checkEvaluation in Chinese", () => {
  test("titles and details in the table's words; English unchanged by default", () => {
    const m = paperTemplate(DEFAULT_SETTINGS);
    const { inputCells } = buildWorkbook(m);
    const inputs = sampleInputs(m);
    inputs.delete([...inputs.keys()].find((k) => k.startsWith("s|"))!);
    const zh = checkEvaluation(m, inputs, inputCells, zhCN.check.items);
    const english = checkEvaluation(m, inputs, inputCells);
    expect(zh.missing.map((x) => x.title)).toEqual(
      english.missing.map((x) => x.title.replace("Score missing: ", "缺少评分："))
    );
    expect(zh.blocks.map((b) => b.block)).toContain("集结（AIJ）");
    expect(english.blocks.map((b) => b.block)).toContain(AGGREGATE_SHORT);
  });
});

describe("the pane's language", () => {
  const g = globalThis as Record<string, unknown>;
  const saved = { navigator: g.navigator, Office: g.Office, localStorage: g.localStorage };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved))
      Object.defineProperty(g, k, { value: v, configurable: true, writable: true });
  });
  const set = (k: string, v: unknown) =>
    Object.defineProperty(g, k, { value: v, configurable: true, writable: true });

  test("the browser's in preview, Office's display language in Excel, a remembered choice first", () => {
    const store = new Map<string, string>();
    set("localStorage", {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    });
    set("navigator", { language: "zh-CN" });
    set("Office", { context: { displayLanguage: "en-US" } });
    expect(paneLanguage("preview")).toBe("zh-CN");
    expect(paneLanguage("excel")).toBe("en");
    set("Office", { context: { displayLanguage: "zh-Hans-CN" } });
    set("navigator", { language: "de-DE" });
    expect(paneLanguage("excel")).toBe("zh-CN");
    expect(paneLanguage("preview")).toBe("en");
    expect(storedLanguage()).toBeNull();
    rememberLanguage("zh-CN");
    expect(store.get(LANGUAGE_KEY)).toBe("zh-CN");
    expect(paneLanguage("preview")).toBe("zh-CN");
    store.set(LANGUAGE_KEY, "fr");
    expect(storedLanguage()).toBeNull();
  });

  test("without local storage, navigator or Office: English", () => {
    set("localStorage", undefined);
    set("navigator", undefined);
    set("Office", undefined);
    expect(paneLanguage("excel")).toBe("en");
    expect(() => rememberLanguage("zh-CN")).not.toThrow();
  });
});

/** The type itself: a table missing a key does not compile (checked by tsc, here for the reader). */
export type ZhIsComplete = typeof zhCN extends Messages ? true : never;
