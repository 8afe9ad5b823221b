/**
 * Error messages in Excel's display language (src/functions/i18n/errors.ts, loaded by
 * loadErrorMessages of src/functions/excel.ts): the messages the functions really return for
 * common mistakes are translated whole into Simplified Chinese under a Chinese Office
 * (Office.context.displayLanguage), keeping every cell, number and text of the English one; a
 * message the table does not know stays English; without Office, English.
 */
import * as ahp from "../../../src/functions/ahp";
import * as mcda from "../../../src/functions/mcda";
import * as scoring from "../../../src/functions/scoring";
import * as grey from "../../../src/functions/grey";
import { errorMessageIn } from "../../../src/functions/i18n/errors";
import { loadErrorMessages } from "../../../src/functions/excel";
import { isExcelError } from "../../support/customFunctions";

/** The message of an error result. */
function messageOf(x: unknown): string {
  if (!isExcelError(x)) throw new Error(`not an error: ${JSON.stringify(x)}`);
  return x.message;
}

/** Common mistakes, each with what the English message says. */
const MISTAKES: [string, () => unknown, RegExp][] = [
  [
    "a word in a matrix",
    () =>
      ahp.ahpWeights(
        [
          [1, "x"],
          ["", 1],
        ],
        null
      ),
    /is not a number/,
  ],
  [
    "a matrix that is not square",
    () =>
      ahp.ahpWeights(
        [
          [1, 2, 3],
          [0.5, 1, 2],
        ],
        null
      ),
    /square/,
  ],
  [
    "an empty matrix",
    () =>
      ahp.ahpWeights(
        [
          ["", ""],
          ["", ""],
        ],
        null
      ),
    /empty/,
  ],
  [
    "a pair that is not reciprocal",
    () =>
      ahp.ahpWeights(
        [
          [1, 3],
          [3, 1],
        ],
        null
      ),
    /not reciprocal/,
  ],
  [
    "a diagonal that is not 1",
    () =>
      ahp.ahpWeights(
        [
          [2, 3],
          ["", 1],
        ],
        null
      ),
    /diagonal/,
  ],
  [
    "a negative judgment",
    () =>
      ahp.ahpWeights(
        [
          [1, -3],
          ["", 1],
        ],
        null
      ),
    /positive/,
  ],
  [
    "an unknown method",
    () =>
      ahp.ahpWeights(
        [
          [1, 3],
          ["", 1],
        ],
        "EIGENVALUES"
      ),
    /Unknown method/,
  ],
  [
    "an unknown RI table",
    () =>
      ahp.ahpCR(
        [
          [1, 3],
          ["", 1],
        ],
        null,
        "XYZ"
      ),
    /Unknown RI table/,
  ],
  [
    "comparisons that do not connect",
    () =>
      ahp.ahpWeights(
        [
          [1, 2, "", ""],
          ["", 1, "", ""],
          ["", "", 1, 3],
          ["", "", "", 1],
        ],
        "SQRT"
      ),
    /do not connect/,
  ],
  [
    "an unknown direction",
    () =>
      mcda.weightEntropy(
        [
          [1, 2],
          [3, 5],
          [2, 2],
        ],
        [["BENEFIT", "SIDEWAYS"]],
        null
      ),
    /BENEFIT/,
  ],
  ["a window of 0", () => scoring.scoreSmooth([[1], [2], [3]], 0), /window/],
  ["a window longer than the data", () => scoring.scoreSmooth([[1], [2], [3]], 5), /longer/],
  ["equal thresholds", () => scoring.scoreThreshold([[3]], [[2]], [[2]], null, null), /equal/],
  ["a negative grey score", () => grey.greyWhiten([[-1]], null as any), /grey scores/],
  [
    "weights that do not match the indicators",
    () =>
      grey.greyEval(
        [
          [3, 4],
          [2, 3],
        ],
        [[0.5]],
        null as any,
        null as any,
        null as any
      ),
    /indicator rows but/,
  ],
  [
    "an indicator without its group",
    () =>
      grey.greyEval(
        [
          [3, 4],
          [2, 3],
        ],
        [[0.5], [0.5]],
        [["C1"], [""]],
        [["C1", 1]],
        null as any
      ),
    /no group label/,
  ],
];

describe("without Office", () => {
  it("every message is English", () => {
    for (const [name, call] of MISTAKES)
      expect([name, messageOf(call())]).toEqual([
        name,
        expect.not.stringMatching(/[\u4e00-\u9fff]/),
      ]);
  });
});

describe("under a Chinese Office (displayLanguage zh-CN)", () => {
  const english = MISTAKES.map(([name, call, says]) => {
    try {
      return [name, messageOf(call()), says] as const;
    } catch (e) {
      throw new Error(`${name}: ${String(e)}`);
    }
  });
  beforeAll(async () => {
    (globalThis as any).Office = { context: { displayLanguage: "zh-CN" } };
    await loadErrorMessages();
  });
  afterAll(() => {
    delete (globalThis as any).Office;
  });

  it.each(english)(
    "%s: the whole message in Chinese, with its cells and values",
    (name, en, says) => {
      expect(en).toMatch(says);
      const call = MISTAKES.find((m) => m[0] === name)![1];
      const zh = messageOf(call());
      expect(zh).toBe(errorMessageIn("zh-CN", en));
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      // no English words left but the argument's name, the option keywords and quoted text
      const words = zh
        .replace(/"[^"]*"/g, "")
        .replace(/\b[A-Z][A-Z0-9]+\b/g, "")
        .match(/[A-Za-z]{3,}/g);
      expect(
        (words ?? []).filter((w) => !/^(Matrix|matrix|data|directions|window|Saaty)$/.test(w))
      ).toEqual([]);
      // every number and quoted text of the English message is kept
      for (const token of en.match(/-?\d+(\.\d+)?|"[^"]*"/g) ?? []) expect(zh).toContain(token);
    }
  );

  it("a message the table does not know stays English", () => {
    expect(errorMessageIn("zh-CN", "Something the table has never seen")).toBe(
      "Something the table has never seen"
    );
  });

  it("names cells as 第 r 行第 c 列 and blank values as 空白", () => {
    expect(errorMessageIn("zh-CN", "Matrix: row 2, column 3 is not a number (blank)")).toBe(
      "Matrix：第 2 行第 3 列 不是数字（空白）"
    );
  });
});

describe("errorMessageIn", () => {
  it("leaves English as it is", () => {
    expect(errorMessageIn("en", "Matrix is empty")).toBe("Matrix is empty");
  });
});
