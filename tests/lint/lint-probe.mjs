// Lints the probes given as JSON on stdin ([{ file, code }] or { files }) with the project's
// ESLint config and prints their messages as JSON. Run by layers.test.ts in a child process,
// because ESLint loads its config with a dynamic import, which Jest's module sandbox lacks.
import { ESLint } from "eslint";
import path from "path";

const input = JSON.parse(
  await new Promise((resolve) => {
    let s = "";
    process.stdin.on("data", (d) => (s += d));
    process.stdin.on("end", () => resolve(s));
  })
);
const root = path.resolve(import.meta.dirname, "..", "..");
const eslint = new ESLint({ cwd: root });
const results = input.files
  ? await eslint.lintFiles(input.files.map((f) => path.join(root, f)))
  : (
      await Promise.all(
        input.map((p) => eslint.lintText(p.code, { filePath: path.join(root, p.file) }))
      )
    ).flat();
process.stdout.write(
  JSON.stringify(results.map((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)))
);
