/**
 * The layer rules of eslint.config.mjs bite: a wrong import or an Office/DOM global in the core,
 * an adapter reaching into the workbook layer, the workbook layer into the adapters, the task pane
 * importing the custom functions, and an import cycle are each lint errors (npm test runs
 * `npm run lint`, which allows none).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

/** ESLint's messages for probes, through tests/lint/lint-probe.mjs in a child process. */
function lint(input: { file: string; code: string }[] | { files: string[] }): string[][] {
  const out = execFileSync(process.execPath, [path.join(__dirname, "lint-probe.mjs")], {
    input: JSON.stringify(input),
    cwd: ROOT,
    encoding: "utf8",
  });
  return JSON.parse(out) as string[][];
}

const PROBES = [
  {
    file: "src/core/probe.ts",
    code: 'import { excel } from "../functions/excel";\nimport { buildWorkbook } from "../workbook/build";\nexport const x = [excel, buildWorkbook, typeof document, typeof Excel];\n',
  },
  {
    file: "src/functions/probe.ts",
    code: 'import { buildWorkbook } from "../workbook/build";\nexport const x = buildWorkbook;\n',
  },
  {
    file: "src/workbook/probe.ts",
    code: 'import { readNumbers } from "../functions/excel";\nexport const x = readNumbers;\n',
  },
  {
    file: "src/taskpane/probe.ts",
    code: 'import { ahpWeights } from "../functions/ahp";\nexport const x = ahpWeights;\n',
  },
  {
    file: "src/workbook/probe.ts",
    code: 'import { parseNumber } from "../core/cells";\nexport const x = parseNumber;\n',
  },
  {
    file: "src/functions/probe.ts",
    code: 'import { parseNumber } from "../core/cells";\nexport const x = parseNumber;\n',
  },
];

describe("layer rules", () => {
  let found: string[][] = [];
  beforeAll(() => {
    found = lint(PROBES);
  });

  it("src/core imports nothing outside src/core and uses no Office or DOM global", () => {
    expect(
      found[0].filter(
        (m) =>
          m.startsWith("no-restricted-imports: ") && m.includes("src/core imports only src/core")
      )
    ).toHaveLength(2);
    expect(found[0].some((m) => m.includes("Unexpected use of 'document'"))).toBe(true);
    expect(found[0].some((m) => m.includes("Unexpected use of 'Excel'"))).toBe(true);
  });

  it("src/functions does not import the workbook layer; src/workbook does not import the adapters", () => {
    expect(found[1]).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/functions imports only src\/core/),
    ]);
    expect(found[2]).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/workbook imports only src\/core/),
    ]);
  });

  it("src/taskpane does not import the custom functions", () => {
    expect(found[3]).toEqual([
      expect.stringMatching(
        /^no-restricted-imports: .*src\/taskpane does not import the custom functions/
      ),
    ]);
  });

  it("the allowed imports pass", () => {
    expect(found[4]).toEqual([]);
    expect(found[5]).toEqual([]);
  });

  it("an import cycle in src is an error", () => {
    const dir = path.join(ROOT, "src", "workbook", "__cycle_probe__");
    fs.mkdirSync(dir, { recursive: true });
    try {
      fs.writeFileSync(
        path.join(dir, "a.ts"),
        'import { b } from "./b";\nexport const a = () => b;\n'
      );
      fs.writeFileSync(
        path.join(dir, "b.ts"),
        'import { a } from "./a";\nexport const b = () => a;\n'
      );
      const [messages] = lint({ files: ["src/workbook/__cycle_probe__/a.ts"] });
      expect(messages.some((m) => m.startsWith("import-x/no-cycle"))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
