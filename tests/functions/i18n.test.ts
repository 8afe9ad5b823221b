/**
 * Chinese function help (issue 12 §1): dist/functions.zh-cn.json, which the build derives from
 * functions.json and the table src/functions/i18n/zh-cn.json (scripts/webpack/localize.js), is
 * functions.json with Chinese descriptions and nothing else changed; the check that fails the
 * build names every missing or stale translation. npm run build first (npm test does).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

interface Param {
  name: string;
  description?: string;
  [key: string]: unknown;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters?: Param[];
  [key: string]: unknown;
}
interface Metadata {
  functions: Fn[];
  [key: string]: unknown;
}
type Table = Record<string, { description: string; parameters: Record<string, string> }>;

const localize = require(path.join(ROOT, "scripts", "webpack", "localize.js")) as {
  LOCALES: { locale: string; table: string; asset: string }[];
  hasCjk: (s: string) => boolean;
  localizeMetadata: (m: Metadata, t: Table) => { metadata: Metadata; problems: string[] };
};

function distJson(name: string): Metadata {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file))
    throw new Error(`dist/${name} is missing: run npm run build first (npm test does).`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as Metadata;
}

const TABLE_FILE = path.join(ROOT, "src", "functions", "i18n", "zh-cn.json");
const table = (): Table => JSON.parse(fs.readFileSync(TABLE_FILE, "utf8")) as Table;

/** The metadata without descriptions: what must be identical in every language. */
function withoutDescriptions(m: Metadata): unknown {
  return {
    ...m,
    functions: m.functions.map(({ description: _d, ...f }) => ({
      ...f,
      parameters: f.parameters?.map(({ description: _p, ...p }) => p),
    })),
  };
}

describe("dist/functions.zh-cn.json", () => {
  const en = () => distJson("functions.json");
  const zh = () => distJson("functions.zh-cn.json");

  test("is the only localized metadata, for zh-CN", () => {
    expect(localize.LOCALES.map((l) => [l.locale, l.asset])).toEqual([
      ["zh-CN", "functions.zh-cn.json"],
    ]);
  });

  test("has the same functions, ids, names, parameters, types, flags, results and help links", () => {
    expect(en().functions.length).toBeGreaterThanOrEqual(56);
    expect(withoutDescriptions(zh())).toEqual(withoutDescriptions(en()));
    for (const f of zh().functions) expect(f.name).toBe(f.id);
  });

  test("every function and parameter description is Chinese and none is left in English", () => {
    const english = en().functions;
    const leftover: string[] = [];
    zh().functions.forEach((f, i) => {
      const e = english[i];
      if (!f.description || !localize.hasCjk(f.description) || f.description === e.description)
        leftover.push(f.id);
      (f.parameters ?? []).forEach((p, k) => {
        const d = p.description;
        if (!d || !localize.hasCjk(d) || d === e.parameters?.[k].description)
          leftover.push(`${f.id} ${p.name}`);
      });
    });
    expect(leftover).toEqual([]);
  });

  test("keeps the option keywords users type in Latin letters", () => {
    const byId = new Map(zh().functions.map((f) => [f.id, f]));
    const param = (id: string, name: string) =>
      byId.get(id)?.parameters?.find((p) => p.name === name)?.description ?? "";
    expect(param("AHP.WEIGHTS", "method")).toMatch(/EIGEN.*SQRT.*SUM/);
    expect(param("AHP.CR", "ri_table")).toMatch(/SAATY.*SAATY2005.*CN.*ALONSO.*DD/);
    expect(param("WEIGHT.ENTROPY", "directions")).toMatch(/BENEFIT\/COST/);
    expect(param("DEA.EFFICIENCY", "rts")).toMatch(/CRS.*VRS.*NIRS.*NDRS/);
    expect(param("IO.LINKAGES", "kind")).toMatch(/BACKWARD.*FORWARD/);
  });

  test("is the build's own output: the table applied to dist/functions.json", () => {
    const { metadata, problems } = localize.localizeMetadata(en(), table());
    expect(problems).toEqual([]);
    expect(metadata).toEqual(zh());
  });
});

describe("localizeMetadata (the check that fails the build)", () => {
  const META: Metadata = {
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: "AHP.CI",
        name: "AHP.CI",
        description: "Consistency index.",
        parameters: [
          { name: "matrix", description: "Matrix.", type: "any", dimensionality: "matrix" },
          { name: "method", description: "Method.", type: "any", optional: true },
        ],
        result: { type: "number" },
      },
      { id: "IO.X", name: "IO.X", description: "No parameters.", result: { type: "number" } },
    ],
  };
  const TABLE: Table = {
    "AHP.CI": {
      description: "一致性指标 CI。",
      parameters: { matrix: "判断矩阵。", method: "EIGEN（默认）、SQRT 或 SUM。" },
    },
    "IO.X": { description: "无参数。", parameters: {} },
  };

  test("a complete table replaces only the descriptions", () => {
    const { metadata, problems } = localize.localizeMetadata(META, TABLE);
    expect(problems).toEqual([]);
    expect(metadata.functions[0]).toEqual({
      ...META.functions[0],
      description: "一致性指标 CI。",
      parameters: [
        { name: "matrix", description: "判断矩阵。", type: "any", dimensionality: "matrix" },
        {
          name: "method",
          description: "EIGEN（默认）、SQRT 或 SUM。",
          type: "any",
          optional: true,
        },
      ],
    });
    expect(metadata.functions[1].description).toBe("无参数。");
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    expect(META.functions[0].description).toBe("Consistency index."); // input untouched
  });

  test("reports a function and a parameter removed from the table", () => {
    const { "IO.X": _gone, ...rest } = TABLE;
    const noMethod: Table = {
      ...rest,
      "AHP.CI": { ...TABLE["AHP.CI"], parameters: { matrix: "判断矩阵。" } },
    };
    expect(localize.localizeMetadata(META, noMethod).problems).toEqual([
      "parameter method of AHP.CI has no translation",
      "function IO.X has no translation",
    ]);
  });

  test("reports translations of functions and parameters that no longer exist", () => {
    const stale: Table = {
      ...TABLE,
      "AHP.CI": {
        ...TABLE["AHP.CI"],
        parameters: { ...TABLE["AHP.CI"].parameters, ri_table: "RI 表。" },
      },
      "AHP.OLD": { description: "已删除的函数。", parameters: {} },
    };
    expect(localize.localizeMetadata(META, stale).problems).toEqual([
      "translation of parameter ri_table of AHP.CI: AHP.CI has no such parameter",
      "translation of function AHP.OLD: no such function",
    ]);
  });

  test("reports an empty translation and one without Chinese", () => {
    const bad: Table = {
      ...TABLE,
      "AHP.CI": { description: "", parameters: { matrix: "Matrix.", method: "方法。" } },
    };
    expect(localize.localizeMetadata(META, bad).problems).toEqual([
      "function AHP.CI has no translation",
      'parameter matrix of AHP.CI: the translation has no Chinese ("Matrix.")',
    ]);
  });
});
