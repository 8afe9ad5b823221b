/**
 * The task pane's scripts take the core from the custom functions' bundle instead of a second
 * copy: functions.js (loaded first by taskpane.html, the shared runtime page) sets
 * globalThis.LowCarbonCore to all of src/core, and every import of src/core from outside
 * src/core and src/functions becomes a reference to it.
 */
const path = require("path");

const CORE = path.resolve(__dirname, "..", "..", "src", "core") + path.sep;
const FUNCTIONS = path.resolve(__dirname, "..", "..", "src", "functions") + path.sep;

/** webpack `externals` entry. */
function coreFromFunctionsBundle({ context, request, contextInfo }, callback) {
  const issuer = (contextInfo && contextInfo.issuer) || "";
  const fromCore = issuer.startsWith(CORE) || issuer.startsWith(FUNCTIONS);
  if (
    !fromCore &&
    request.startsWith(".") &&
    (path.resolve(context, request) + path.sep).startsWith(CORE)
  ) {
    return callback(null, "globalThis.LowCarbonCore", "var");
  }
  return callback();
}

module.exports = { coreFromFunctionsBundle };
