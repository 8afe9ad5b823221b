/**
 * The task pane and the workbook layer take the core from the custom functions' bundle
 * (globalThis.LowCarbonCore, scripts/webpack/shared-core.js), and so does the core's own chunk
 * src/core/trade/files when the pane bundles it: a value they import from a core
 * module must therefore be exported by src/core/index.ts, or the pane's bundle finds undefined
 * at run time (a build once failed with "isicClass is not a function" for this reason).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const CORE = path.join(ROOT, "src", "core");
/** Bundled where it is used, not in LowCarbonCore (OWN_CHUNK of scripts/webpack/shared-core.js). */
const OWN_CHUNK = path.join(CORE, "trade", "files");
const inOwnChunk = (p: string) => p === OWN_CHUNK || p.startsWith(OWN_CHUNK + path.sep);

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Names imported from a core module (type-only imports and names skipped), and the module. */
function coreImports(file: string): { name: string; from: string; module: string }[] {
  const text = fs.readFileSync(file, "utf8");
  const out: { name: string; from: string; module: string }[] = [];
  const re = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+"(\.[^"]+)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1]) continue;
    const target = path.resolve(path.dirname(file), m[3]);
    if (!(target + path.sep).startsWith(CORE + path.sep) && target !== CORE) continue;
    if (inOwnChunk(target)) continue;
    for (const part of m[2].split(",")) {
      const t = part.trim();
      if (t === "" || t.startsWith("type ")) continue;
      out.push({
        name: t.split(/\s+as\s+/)[0].trim(),
        from: path.relative(ROOT, file),
        module: target,
      });
    }
  }
  return out;
}

describe("the shared core", () => {
  it("exports every core value the workbook layer and the task pane import", () => {
    const core = require(path.join(CORE, "index.ts")) as Record<string, unknown>;
    // the workbook layer, the pane, and the core's own chunk (its imports of the rest of the core
    // become references to LowCarbonCore too)
    const users = [
      path.join(ROOT, "src", "workbook"),
      path.join(ROOT, "src", "taskpane"),
      OWN_CHUNK,
    ];
    const imported = users.flatMap(files).flatMap(coreImports);
    expect(imported.length).toBeGreaterThan(20);
    // a value at run time in its own module (an interface or type is not) must be in the core
    const isValue = (name: string, module: string) => name in (require(module) as object);
    const missing = imported
      .filter(({ name, module }) => !(name in core) && isValue(name, module))
      .map((x) => `${x.name} (${x.from})`);
    expect(missing).toEqual([]);
  });
});
