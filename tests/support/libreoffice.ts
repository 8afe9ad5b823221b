/**
 * LibreOffice headless for the tests: converting a workbook's bytes recalculates it (to xlsx)
 * or prints it (to pdf), in a fresh user profile of its own.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { soffice } from "./tools";

/** The file LibreOffice writes converting `bytes` (an .xlsx) to `format` ("xlsx" recalculates it, "pdf" prints it). */
export async function converted(bytes: Uint8Array, format: "xlsx" | "pdf"): Promise<Buffer> {
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
      format,
      "--outdir",
      out,
      input,
    ],
    { stdio: "pipe", timeout: 5 * 60 * 1000 }
  );
  return fs.readFileSync(path.join(out, `in.${format}`));
}
