/**
 * The task pane's scripts take the core from the custom functions' bundle instead of a second
 * copy: functions.js (loaded first by taskpane.html, the shared runtime page) sets
 * globalThis.LowCarbonCore to all of src/core, and every import of src/core from outside
 * src/core and src/functions becomes a reference to it.
 *
 * One part of the core is not in functions.js: src/core/trade/files (reading trade files),
 * which no custom function uses. The task pane bundles it where it imports it, and its own
 * imports of the rest of the core become references to LowCarbonCore like the task pane's.
 */
const path = require("path");

const CORE = path.resolve(__dirname, "..", "..", "src", "core") + path.sep;
const FUNCTIONS = path.resolve(__dirname, "..", "..", "src", "functions") + path.sep;
/**
 * Core modules bundled where they are used: src/core/trade/files (outside LowCarbonCore: index.ts
 * does not export it) and src/core/language (a few lines that taskpane.js needs before, or
 * without, functions.js).
 */
const OWN_CHUNK = [
  path.join(CORE, "trade", "files") + path.sep,
  path.join(CORE, "language") + path.sep,
];
const inOwnChunk = (file) => OWN_CHUNK.some((dir) => file.startsWith(dir));

/** webpack `externals` entry. */
function coreFromFunctionsBundle({ context, request, contextInfo }, callback) {
  const issuer = (contextInfo && contextInfo.issuer) || "";
  const fromCore = (issuer.startsWith(CORE) && !inOwnChunk(issuer)) || issuer.startsWith(FUNCTIONS);
  const target = path.resolve(context, request) + path.sep;
  if (!fromCore && request.startsWith(".") && target.startsWith(CORE) && !inOwnChunk(target)) {
    return callback(null, "globalThis.LowCarbonCore", "var");
  }
  return callback();
}

module.exports = { coreFromFunctionsBundle };
