/**
 * Fuzz worker: loads dist/functions.js once into its own realm with a recording CustomFunctions
 * (as Excel's runtime holds it), then for each case it is handed generates the arguments, calls the function, times the
 * call and checks the outcome. Started by run.ts with child_process.fork; `Harness` is also used
 * in-process to replay one case.
 *
 *   argv: <bundle path> <seed>
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { ErrorCode, FakeCustomFunctionsError } from "../../tests/support/customFunctions";
import {
  badMessage,
  badResult,
  badShape,
  errorValues,
  inputTextsOf,
  render,
  renderArgs,
  shapeOf,
} from "./check";
import { BigInputs, FunctionInfo, functionInfos, generateCase, isBigCase } from "./generate";
import type { CallOutcome, RunMessage, WorkerMessage } from "./protocol";

type Fn = (...args: unknown[]) => unknown;

/** Simple, quick arguments for the first (warm-up) call of each function: lazy tables load here. */
const WARM_UP: Record<string, unknown[]> = {
  "AHP.RI": [5, null],
  "AHP.MATRIX": [[[2, 3, 4]]],
  "AHP.GLOBAL": [[["A"]], [[""]], [[1]]],
  "GREY.WHITEN": [[[3]], null],
  "GREY.MATRIX": [[[3, 4]], null, null],
  "GREY.CLASSES": [[[3, 4]], [[1]], null, null, null],
  "GREY.EVAL": [[[3, 4]], [[1]], null, null, null],
  "GREY.GRADE": [[[0.1, 0.2, 0.3, 0.4]], null],
  "SCORE.SMOOTH": [[[1, 2, 3]], 2],
  "SCORE.THRESHOLD": [[[2]], [[1]], [[3]], null, null],
  "SCORE.QUANT": [[[1, 2, 3]], 2, null, null, null],
  "ANP.LIMIT": [
    [
      [0.5, 0.5],
      [0.5, 0.5],
    ],
  ],
  "ANP.PRIORITIES": [
    [
      [0.5, 0.5],
      [0.5, 0.5],
    ],
    null,
    null,
  ],
  "TRADE.CLASS": [[["010121"]], null, null],
  "TRADE.SITC": [[["010121"]], null, null],
  "TRADE.SHARE": [[["010121"]], [[1]], null, null],
  "TRADE.RCA": [[[1]], [[2]], [[3]], [[4]]],
  "TRADE.TC": [[[1]], [[2]]],
  "TRADE.GL": [[[1]], [[2]]],
  "TRADE.ESI": [[[0.5]], [[0.5]]],
  "SERVICE.CLASS": [[["SI2"]], null],
  "SERVICE.SHARE": [[["SI2"]], [[1]], null],
};
const WARM_UP_MATRIX = [
  [1, 2],
  [0.5, 1],
];

/** Describes a thrown value; errors from the bundle's realm are not `instanceof Error` here. */
function describeThrown(e: unknown): string {
  if (e instanceof FakeCustomFunctionsError)
    return `CustomFunctions.Error thrown (not returned): ${e.code} ${e.message}`;
  if (typeof e === "object" && e !== null && "message" in e) {
    const name = (e as { name?: unknown }).name;
    return `${typeof name === "string" ? name : "Error"}: ${String((e as { message: unknown }).message)}`.slice(
      0,
      300
    );
  }
  return `threw ${render(e)}`;
}

export class Harness {
  readonly infos: FunctionInfo[];
  private readonly bound = new Map<string, Fn>();
  private readonly big: BigInputs;

  constructor(
    bundlePath: string,
    private readonly seed: string
  ) {
    const metadataPath = path.join(path.dirname(bundlePath), "functions.json");
    if (!fs.existsSync(bundlePath) || !fs.existsSync(metadataPath)) {
      throw new Error(`${bundlePath} or ${metadataPath} is missing: run npm run build first`);
    }
    this.infos = functionInfos(JSON.parse(fs.readFileSync(metadataPath, "utf8")));
    const CustomFunctions = {
      Error: FakeCustomFunctionsError,
      ErrorCode,
      associate: (idOrMap: unknown, fn?: unknown) => {
        const bind = (id: unknown, f: unknown) => {
          if (typeof id === "string" && typeof f === "function")
            this.bound.set(id.toUpperCase(), f as Fn);
        };
        if (typeof idOrMap === "object" && idOrMap !== null && fn === undefined) {
          for (const [k, v] of Object.entries(idOrMap)) bind(k, v);
        } else bind(idOrMap, fn);
      },
    };
    // The bundle runs in this process's own realm, as in Excel's runtime, where the arguments
    // come from the same realm as the functions (objects crossing vm contexts are slower).
    Object.assign(globalThis, { CustomFunctions });
    vm.runInThisContext(fs.readFileSync(bundlePath, "utf8"), { filename: bundlePath });
    this.big = new BigInputs(seed);
  }

  info(id: string): FunctionInfo {
    const f = this.infos.find((x) => x.id === id);
    if (!f) throw new Error(`${id} is not in functions.json`);
    return f;
  }

  /** First call of each function with simple arguments; returns its time in ms. */
  warmUp(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const f of this.infos) {
      const args = WARM_UP[f.id] ?? (f.params[0]?.matrix ? [WARM_UP_MATRIX] : []);
      const t0 = process.hrtime.bigint();
      try {
        this.bound.get(f.id)?.(...args);
      } catch {
        // warm-up failures show up in the fuzzing itself
      }
      out[f.id] = Number(process.hrtime.bigint() - t0) / 1e6;
    }
    return out;
  }

  /** The arguments of case k (generation is not timed). */
  generate(id: string, k: number): unknown[] {
    return generateCase(this.info(id), this.seed, k, this.big);
  }

  /** Calls function `id` with `args`, times the call and checks what came back. */
  call(id: string, args: unknown[]): CallOutcome {
    const fn = this.bound.get(id);
    if (!fn)
      return { us: 0, threw: `${id} is listed in functions.json but not bound by the bundle` };
    const matrixResult = this.info(id).matrixResult;
    let result: unknown;
    let thrown: unknown;
    let threw = false;
    const t0 = process.hrtime.bigint();
    try {
      result = fn(...args);
    } catch (e) {
      threw = true;
      thrown = e;
    }
    const us = Number(process.hrtime.bigint() - t0) / 1000;
    if (threw) return { us, threw: describeThrown(thrown) };

    const outcome: CallOutcome = { us };
    const bad = badResult(result, matrixResult) ?? badShape(id, args, result);
    if (bad) outcome.badResult = bad;
    let texts: string[] | null = null;
    const inputTexts = () => (texts ??= inputTextsOf(args));
    const seen = new Set<string>();
    for (const e of errorValues(result)) {
      const key = String(e.message);
      if (seen.has(key)) continue;
      seen.add(key);
      const why = badMessage(e.message, inputTexts);
      if (why) {
        outcome.badMessage = `${why}: ${e.code} ${typeof e.message === "string" ? e.message.slice(0, 300) : render(e.message)}`;
        break;
      }
    }
    if (outcome.badResult || outcome.badMessage) outcome.result = render(result);
    return outcome;
  }
}

const gc = (globalThis as { gc?: () => void }).gc;

function send(m: WorkerMessage): void {
  process.send?.(m);
}

function main(): void {
  const [bundlePath, seed] = process.argv.slice(2);
  let harness: Harness;
  try {
    harness = new Harness(bundlePath, seed);
  } catch (e) {
    send({ type: "fatal", error: e instanceof Error ? e.message : String(e) });
    process.exit(2);
  }
  send({ type: "ready", warmupMs: harness.warmUp() });
  // One case per event-loop turn, so that messages already sent are flushed before the next call.
  const runNext = (id: string, ks: number[], i: number): void => {
    if (i >= ks.length) return;
    const k = ks[i];
    const args = harness.generate(id, k);
    if (isBigCase(k) && gc) gc(); // start a big call with a collected heap, as a fresh recalculation would
    send({ type: "start", id, k, args: renderArgs(args), shape: shapeOf(args) });
    const outcome = harness.call(id, args);
    send({ type: "done", id, k, ...outcome });
    if (isBigCase(k) && gc) gc(); // big inputs are garbage now: collect outside the next call's time
    setImmediate(() => runNext(id, ks, i + 1));
  };
  process.on("message", (m: RunMessage | { type: "exit" }) => {
    if (m.type === "exit") process.exit(0);
    else runNext(m.id, m.ks, 0);
  });
  process.on("disconnect", () => process.exit(0)); // the parent is gone
  process.on("SIGINT", () => undefined); // Ctrl-C: the parent stops the workers and reports
}

if (require.main === module) main();
