/**
 * Fuzz test of the production bundle (scripts/fuzz/run.ts): a few hundred random, mostly
 * malformed Excel-shaped argument lists per custom function, about 1 % of them large (1,000,000
 * cells, 200×200 incomplete judgment matrices, …), each call run in a worker process of its own
 * that loads dist/functions.js as Excel does. Every call must return — never throw or hang — and
 * quickly (under --slow-ms); the result must be a finite number, text, a boolean, an error value,
 * or a non-empty rectangular 2-D array of those (same-shape functions keep their input's shape);
 * and every error message must be short, non-empty and free of JavaScript internals (undefined,
 * NaN, Infinity, [object …], Unexpected error, TypeError, …) unless it quotes the user's text.
 *
 * Needs dist/functions.js: npm test builds first. The full report goes to test-artifacts/fuzz.json;
 * replay one case with `npm run fuzz -- --only ID --case K`.
 */
import * as path from "path";
import {
  FAILURE_CLASSES,
  FailureClass,
  Report,
  formatReport,
  runFuzz,
} from "../../scripts/fuzz/run";

const ROOT = path.resolve(__dirname, "..", "..");
/** Cases per function: cases 7 and 107 are the large inputs; the run stays well under a minute on 2 cores. */
const PER_FUNCTION = 200;
/**
 * A call is slow past 3 s here: Jest runs other test files beside this one, so the machine is
 * shared. `npm run fuzz` (alone on the machine) holds every call to 1 s, and the README gives
 * its figures for 10,000 calls per function.
 */
const SLOW_MS = 3000;

let report: Report | undefined;
let runError: unknown;

beforeAll(async () => {
  try {
    report = await runFuzz({
      perFunction: PER_FUNCTION,
      jobs: 2,
      slowMs: SLOW_MS,
      json: path.join(ROOT, "test-artifacts", "fuzz.json"),
      quiet: true,
      examples: 8,
    });
  } catch (e) {
    runError = e;
  }
}, 20 * 60_000); // generous only for a failing run (every hang costs the hang limit)

function loaded(): Report {
  if (!report) throw runError instanceof Error ? runError : new Error(String(runError));
  return report;
}

/** The examples of one failure class, as text for the failure message. */
function examples(r: Report, cls: FailureClass): string {
  const distinct = r.distinct.filter((d) => d.cls === cls);
  const lines = distinct
    .slice(0, 40)
    .map(
      (d) =>
        `${d.id} #${d.example.k} ×${d.count}: ${d.example.detail}\n    args ${d.example.args.slice(0, 500)}${d.example.result ? `\n    result ${d.example.result.slice(0, 200)}` : ""}`
    );
  if (distinct.length > 40)
    lines.push(`… ${distinct.length - 40} more distinct failures in test-artifacts/fuzz.json`);
  return lines.join("\n");
}

describe("every custom function survives malformed and large input (dist/functions.js)", () => {
  test("the fuzzer runs every function in functions.json", () => {
    const r = loaded();
    expect(r.functions.length).toBeGreaterThanOrEqual(21);
    for (const f of r.functions) expect(f.calls).toBe(PER_FUNCTION);
  });

  const titles: Record<FailureClass, string> = {
    threw: "no call throws",
    hang: `no call hangs`,
    slow: "no call is slow",
    badResult:
      "every result is a finite number, text, boolean, error or rectangular 2-D array (same-shape functions keep the shape)",
    badMessage: "every error message is short, non-empty and free of JavaScript internals",
  };
  for (const cls of FAILURE_CLASSES) {
    test(titles[cls], () => {
      const r = loaded();
      if (r.totals[cls] > 0) {
        throw new Error(
          `${r.totals[cls]} calls failed (${cls}):\n${examples(r, cls)}\n\n${formatReport(r, 0).split("\n\n")[0]}`
        );
      }
    });
  }
});
