/**
 * The files that declare custom functions: src/functions/*.ts holding an @customfunction tag,
 * in the order src/functions/functions.ts imports them (the order of functions.json and of the
 * task pane's list). CustomFunctionsMetadataPlugin reads their JSDoc into functions.json; a test
 * checks that functions.ts imports every one, so functions.json never lists an unbound function.
 */
const fs = require("fs");
const path = require("path");

const FUNCTIONS_DIR = path.resolve(__dirname, "..", "..", "src", "functions");

function customFunctionFiles() {
  const entry = fs.readFileSync(path.join(FUNCTIONS_DIR, "functions.ts"), "utf8");
  const order = [...entry.matchAll(/^import\s+["']\.\/([\w-]+)["'];/gm)].map((m) => `${m[1]}.ts`);
  const rank = (f) => (order.includes(f) ? order.indexOf(f) : order.length);
  return fs
    .readdirSync(FUNCTIONS_DIR)
    .filter(
      (f) =>
        f.endsWith(".ts") &&
        /@customfunction\b/.test(fs.readFileSync(path.join(FUNCTIONS_DIR, f), "utf8"))
    )
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((f) => path.join(FUNCTIONS_DIR, f));
}

module.exports = { customFunctionFiles };
