/**
 * Entry point of functions.js: imports every file that declares custom functions. The build
 * (CustomFunctionsMetadataPlugin, see webpack.config.js) reads their JSDoc into functions.json and
 * appends `CustomFunctions.associate(id, fn)` to each of them, so no file calls associate itself.
 * Add one line per new file of custom functions (tests/functions/bundle.test.ts checks that every
 * such file is imported here).
 *
 * It also puts the whole core on globalThis.LowCarbonCore: the task pane's bundle, loaded after
 * this one in the same page, takes the core from there instead of shipping a second copy.
 */
import "./runtime"; // first: a CustomFunctions stand-in outside Excel
import * as core from "../core";
import { evaluationCounts, memoSizes, resetMemos } from "./cache";
import { loadErrorMessages } from "./excel";
import "./ahp";
import "./grey";
import "./scoring";
import "./anp";
import "./trade";
import "./service";
import "./dea";
import "./mcda";
import "./io";

(globalThis as { LowCarbonCore?: unknown }).LowCarbonCore = core;
// The error messages of Excel's language load as soon as Office knows it.
const ready = (
  globalThis as { Office?: { onReady?: (f: () => void) => Promise<unknown> | undefined } }
).Office?.onReady?.(() => void loadErrorMessages());
ready?.then?.(undefined, () => undefined);
/** For tests and benchmarks of the built bundle: what the memos computed and hold. */
(globalThis as { LowCarbonAddinStats?: unknown }).LowCarbonAddinStats = {
  evaluationCounts,
  memoSizes,
  resetMemos,
};
