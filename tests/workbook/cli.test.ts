/**
 * `npm run workbook`: builds the paper's template as .xlsx and prints the W and grade the core
 * computes; LibreOffice recalculating the file gives the same W (1e-6: the printed 6 decimals).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { converted } from "../support/libreoffice";
import { definedNames, readCachedValues } from "../support/xlsxValues";

jest.setTimeout(5 * 60 * 1000);

const ROOT = path.resolve(__dirname, "../..");
const run = (args: string[]) =>
  spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/ts-node/dist/bin.js"),
      "--transpile-only",
      path.join(ROOT, "scripts/workbook.ts"),
      ...args,
    ],
    { cwd: ROOT, encoding: "utf8" }
  );

describe("npm run workbook", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-"));

  it("writes the native workbook with sample data and prints W and the grade", async () => {
    const out = path.join(dir, "eval.xlsx");
    const r = run(["--out", out, "--style", "native", "--sample"]);
    expect(r.status).toBe(0);
    const w = Number(/W = ([\d.]+)/.exec(r.stdout)?.[1]);
    expect(r.stdout).toMatch(/Grade = (Excellent|Good|Medium|Poor)/);
    const bytes = await converted(fs.readFileSync(out), "xlsx");
    const at = (await definedNames(fs.readFileSync(out))).get("EvalScore")!;
    const value = (await readCachedValues(bytes)).get(at.sheet)!.values.get(at.address) as number;
    expect(Math.abs(value - w)).toBeLessThan(1e-6);
  });

  it("builds the add-in style without data and says how to get W", () => {
    const r = run(["--out", path.join(dir, "addin.xlsx")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/add-in formulas|addin formulas/);
    expect(r.stdout).toMatch(/No data yet/);
    expect(fs.statSync(path.join(dir, "addin.xlsx")).size).toBeGreaterThan(10000);
  });

  it("builds several units and prints each unit's W, grade and rank", () => {
    const out = path.join(dir, "units.xlsx");
    const r = run(["--out", out, "--units", "Hubei,Hunan", "--thresholds", "units", "--sample"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Hubei: W = \d\.\d{6}, Grade = \w+, Rank = [12]/);
    expect(r.stdout).toMatch(/Hunan: W = \d\.\d{6}, Grade = \w+, Rank = [12]/);
    expect(run(["--out", out, "--thresholds", "best"]).stderr).toMatch(/--thresholds must be/);
  });

  it("rejects bad options with the usage line", () => {
    const r = run(["--style", "fancy", "--out", path.join(dir, "x.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--style must be addin or native[\s\S]*usage: npm run workbook/);
    expect(run([]).stderr).toMatch(/--out FILE.xlsx is required/);
  });
});
