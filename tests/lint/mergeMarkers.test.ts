/**
 * No file holds a merge's conflict markers: TypeScript catches them in code, but not in the
 * README or other text (a merge once left a Benchmarks table with `<<<<<<< HEAD` in it).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const SKIP = new Set(["node_modules", "dist", ".git", "test-artifacts", "coverage", "build-tsc"]);
const TEXT = /\.(ts|tsx|js|mjs|json|md|html|css|xml|csv|txt|yml|yaml)$/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : TEXT.test(e.name) ? [p] : [];
  });
}

it("no file holds conflict markers", () => {
  const marked = files(ROOT).filter((f) =>
    /^(<{7} |>{7} |={7}$)/m.test(fs.readFileSync(f, "utf8"))
  );
  expect(marked.map((f) => path.relative(ROOT, f))).toEqual([]);
});
