/**
 * The native-formula workbook of the paper's template, filled with the sample judgments,
 * scores, data, trade and service rows, recalculated by LibreOffice (headless): every result
 * cell equals what the core computes, to 1e-9 relative (|a − b| ≤ 1e-9 · max(1, |b|)).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildWorkbook } from "../../src/workbook/build";
import { evaluateModel } from "../../src/workbook/evaluate";
import { sampleInputs } from "../../src/workbook/sample";
import { paperTemplate } from "../../src/workbook/template";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { soffice } from "../support/tools";
import { readCachedValues } from "../support/xlsxValues";

jest.setTimeout(20 * 60 * 1000);

async function recalculated(bytes: Uint8Array): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-"));
  const input = path.join(dir, "in.xlsx");
  fs.writeFileSync(input, bytes);
  const out = path.join(dir, "out");
  execFileSync(
    soffice(),
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${dir}/profile`,
      "--calc",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      input,
    ],
    { stdio: "pipe", timeout: 5 * 60 * 1000 }
  );
  return fs.readFileSync(path.join(out, "in.xlsx"));
}

describe.each([
  ["SQRT", "4"],
  ["SUM", "10-5"],
])("LibreOffice recalculates the native workbook (%s weights, scale %s)", (method, scale) => {
  const model = paperTemplate({
    style: "native",
    method: method as "SQRT",
    scale: scale as "4",
    trade: true,
    service: true,
  });
  const inputs = sampleInputs(model);
  const built = buildWorkbook(model, { inputs });
  const expected = evaluateModel(model, inputs);
  let cached: Awaited<ReturnType<typeof readCachedValues>>;

  beforeAll(async () => {
    cached = await readCachedValues(await recalculated(await writeXlsx(built.spec)));
  });

  it("computes every result the core computes", () => {
    expect(expected.has("W")).toBe(true);
    let compared = 0;
    const wrong: string[] = [];
    for (const [key, at] of built.resultCells) {
      const want = expected.get(key);
      expect(want).not.toBeUndefined();
      const got = cached.get(at.sheet)?.values.get(at.address);
      const ok =
        typeof want === "number"
          ? typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
          : got === want;
      if (!ok) wrong.push(`${key} at ${at.sheet}!${at.address}: ${JSON.stringify(got)} ≠ ${want}`);
      compared++;
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThan(400);
  });

  it("shows W and the grade under their names", () => {
    const w = built.spec.names.find((n) => n.name === "EvalScore")?.ref as string;
    const cell = w.split("!")[1].replace(/\$/g, "");
    expect(cached.get("Results")?.values.get(cell)).toBeCloseTo(expected.get("W") as number, 9);
  });
});
