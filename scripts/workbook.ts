/**
 * Builds the evaluation workbook without Excel:
 *
 *   npm run workbook -- --out FILE.xlsx [--style addin|native] [--sample] [--trade [FILE]] [--service]
 *                       [--questionnaire] [--efficiency] [--method EIGEN|SQRT|SUM] [--scale 4|10|10-5|5-3]
 *                       [--experts N] [--units NAME,NAME,…] [--thresholds own|units|typed]
 *                       [--language en|zh-CN]
 *
 * builds the paper's template (with --sample: a complete, deterministic set of example
 * judgments, scores and data for the experts) and prints the overall value W and the grade
 * that the core computes for it. `--trade FILE` reads a trade file (UN Comtrade, ITC Trade Map,
 * WITS; see scripts/trade.ts) into the Trade Structure sheet's rows: Year, HS code (text, with
 * its leading zeros), export value in US$, one row per year and product after the file's rules
 * (leaf rows, World totals), and prints what was read. `--language zh-CN` writes the workbook in
 * Simplified Chinese (sheet names, headings, labels, grades, notes, the paper's names and
 * experts); formulas, named ranges and ids are the same in both languages.
 */
import * as fs from "fs";
import { buildWorkbook } from "../src/workbook/build";
import { evaluateModel } from "../src/workbook/evaluate";
import { effectiveMethod } from "../src/workbook/layout";
import { severalUnits, unitNames, validateModel } from "../src/workbook/model";
import { resultKey } from "../src/workbook/keys";
import { sampleInputs } from "../src/workbook/sample";
import { paperTemplate } from "../src/workbook/template";
import { writeXlsx } from "../src/workbook/writeXlsx";
import { tradeKey } from "../src/workbook/keys";
import { LANGUAGES, isLanguage } from "../src/core/language";
import { tradeSheetInputs } from "../src/workbook/tradeRows";
import type { CellValue } from "../src/workbook/spec";
import { reportLines, yearRanges } from "../src/core/trade/files";
import { FileProblem, readTradeFile } from "./tradeFile";

const USAGE =
  "usage: npm run workbook -- --out FILE.xlsx [--style addin|native] [--sample] [--trade [FILE]] [--service] [--embodied] [--sectors N] [--questionnaire] [--efficiency] [--method EIGEN|SQRT|SUM] [--scale 4|10|10-5|5-3] [--experts N] [--units NAME,NAME,…] [--thresholds own|units|typed] [--language en|zh-CN]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const opts: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) fail(`Unexpected argument ${a}`);
    const key = a.slice(2);
    if (key === "trade" && argv[i + 1] !== undefined && !argv[i + 1].startsWith("--"))
      opts.trade = argv[++i];
    else if (
      ["sample", "trade", "service", "embodied", "questionnaire", "efficiency", "help"].includes(
        key
      )
    )
      opts[key] = true;
    else if (
      [
        "out",
        "style",
        "method",
        "scale",
        "experts",
        "units",
        "thresholds",
        "sectors",
        "language",
      ].includes(key)
    ) {
      const v = argv[++i];
      if (v === undefined) fail(`--${key} needs a value`);
      opts[key] = v;
    } else fail(`Unknown option ${a}`);
  }
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  if (typeof opts.out !== "string") fail("--out FILE.xlsx is required");
  const style = (opts.style ?? "addin") as string;
  if (style !== "addin" && style !== "native")
    fail(`--style must be addin or native, not ${style}`);
  const method = String(opts.method ?? "EIGEN").toUpperCase();
  if (!["EIGEN", "SQRT", "SUM"].includes(method)) fail(`--method must be EIGEN, SQRT or SUM`);
  const scale = String(opts.scale ?? "4");
  if (!["4", "10", "10-5", "5-3"].includes(scale)) fail(`--scale must be 4, 10, 10-5 or 5-3`);
  const experts = Number(opts.experts ?? 5);
  if (!Number.isInteger(experts) || experts < 1 || experts > 50)
    fail("--experts must be a whole number from 1 to 50");
  const units =
    typeof opts.units === "string" ? opts.units.split(",").map((u) => u.trim()) : undefined;
  const thresholds = String(opts.thresholds ?? "own");
  if (!["own", "units", "typed"].includes(thresholds))
    fail(`--thresholds must be own, units or typed, not ${thresholds}`);
  const language = String(opts.language ?? "en");
  if (!isLanguage(language)) fail(`--language must be ${LANGUAGES.join(" or ")}, not ${language}`);
  const sectors = opts.sectors === undefined ? undefined : Number(opts.sectors);
  if (sectors !== undefined && !(Number.isInteger(sectors) && sectors >= 1 && sectors <= 500))
    fail("--sectors must be a whole number from 1 to 500");
  const model = paperTemplate({
    style,
    method: method as "EIGEN",
    scale: scale as "4",
    trade: !!opts.trade,
    service: !!opts.service,
    questionnaire: !!opts.questionnaire,
    ...(opts.efficiency ? { efficiency: true } : {}),
    ...(opts.embodied ? { embodied: true } : {}),
    ...(sectors !== undefined ? { sectors } : {}),
    experts: Array.from({ length: experts }, (_, i) =>
      language === "zh-CN" ? `专家 ${i + 1}` : `Expert ${i + 1}`
    ),
    ...(language !== "en" ? { language } : {}),
    ...(units ? { units } : {}),
    ...(opts.thresholds ? { thresholds: thresholds as "own" } : {}),
  });
  const problems = validateModel(model);
  if (problems.length) fail(problems.join("\n"));
  const inputs = opts.sample ? sampleInputs(model) : new Map<string, CellValue>();
  if (typeof opts.trade === "string") {
    // The file's rows replace the sample's.
    for (let i = 0; inputs.has(tradeKey(i, 0)); i++)
      for (let c = 0; c < 3; c++) inputs.delete(tradeKey(i, c));
    for (const [k, v] of await tradeRowsOf(opts.trade, model.settings.years)) inputs.set(k, v);
  }
  const built = buildWorkbook(model, { inputs });
  fs.writeFileSync(opts.out, await writeXlsx(built.spec));
  console.log(
    `Wrote ${opts.out}: ${built.spec.sheets
      .filter((s) => !s.hidden)
      .map((s) => s.name)
      .join(
        ", "
      )} (${style} formulas, ${effectiveMethod(model.settings)} weights, RI ${model.settings.riTable}, scale ${scale}, ${experts} experts)`
  );
  if (!opts.sample) {
    console.log(
      "No data yet: fill in the judgments, scores and yearly data (or build with --sample) to get W and the grade."
    );
    return;
  }
  const computed = evaluateModel(model, inputs);
  if (severalUnits(model.settings)) {
    for (const u of unitNames(model.settings)) {
      const w = computed.get(resultKey.unitValue(u)) as number;
      console.log(
        `${u}: W = ${w.toFixed(6)}, Grade = ${computed.get(resultKey.unitGrade(u))}, Rank = ${computed.get(resultKey.unitRank(u))}`
      );
    }
    return;
  }
  const w = computed.get("W") as number;
  console.log(`W = ${w.toFixed(6)}`);
  console.log(`Grade = ${computed.get("grade")}`);
}

/**
 * The Trade Structure sheet's rows from a trade file (the core's tradeSheetRows: its exports per
 * year and product) as input values by key. Prints the file's report; rows of years the
 * workbook does not evaluate are kept, and named.
 */
async function tradeRowsOf(
  file: string,
  years: readonly number[]
): Promise<Map<string, CellValue>> {
  if (!fs.existsSync(file)) fail(`There is no file ${file}`);
  let read;
  try {
    read = await readTradeFile(file);
  } catch (e) {
    if (e instanceof FileProblem) fail(e.message);
    throw e;
  }
  if (read.kind === "not-recognised")
    fail(
      `${read.layout.message}.\nRead it with npm run trade -- ${file} --columns … first to name its columns.`
    );
  const { result } = read;
  console.log(`Trade file ${file}:`);
  for (const line of reportLines(result.report)) console.log(`  ${line}`);
  const rows = tradeSheetInputs(result, years);
  if (rows.problem) fail(`${rows.problem}: ${file}`);
  console.log(
    `  Trade Structure sheet: ${rows.rows.toLocaleString("en-US")} rows of ${rows.flow === "" ? "trade" : "exports"} in US$ (${yearRanges(rows.years)})`
  );
  if (rows.outside.length > 0)
    console.log(
      `  Note: the workbook evaluates ${yearRanges([...years])}; the rows of ${yearRanges(rows.outside)} are on the sheet but not in its shares table.`
    );
  return rows.inputs;
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
