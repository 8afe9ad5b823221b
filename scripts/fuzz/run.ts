/**
 * Fuzz runner for the built custom functions bundle (dist/functions.js).
 *
 *   npm run fuzz -- [--per-function N] [--seed S] [--only ID[,ID]] [--jobs J] [--hang-ms MS]
 *                   [--slow-ms MS] [--json FILE] [--bundle PATH] [--examples N] [--quiet]
 *   npm run fuzz -- --only ID --case K      replay one case in-process: full arguments and result
 *
 * The parent forks worker processes (worker.ts), hands out chunks of cases (function id, case
 * indices) and enforces the hang limit per call with a timer: a call still running after
 * --hang-ms is a hang, its worker is killed and a fresh one takes the rest. Case k of function f
 * gets the same arguments for a given seed whatever the number of jobs (the PRNG is seeded from
 * (seed, f, k)). Failure classes per call: threw, hang, slow, bad result, bad message (see
 * check.ts). Prints a table per function, totals, examples and the distinct failures; writes the
 * full report as JSON; exits 1 when anything failed.
 *
 * `runFuzz(options)` does the same for a Jest test.
 */
import { ChildProcess, fork } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { functionInfos } from "./generate";
import { render, renderArgs } from "./check";
import type { CallOutcome, RunMessage, StartMessage, WorkerMessage } from "./protocol";
import { Harness } from "./worker";

const ROOT = path.resolve(__dirname, "..", "..");
const WORKER = path.join(__dirname, "worker.ts");
/** Cases handed to a worker at a time. */
const CHUNK = 20;
/** Time allowed to generate one case's arguments (big inputs are built on first use). */
const GENERATION_MS = 60_000;
/** Time allowed for a worker to load the bundle and warm up. */
const STARTUP_MS = 120_000;
/** Examples kept per function and failure class (smallest case indices). */
const KEEP_PER_FUNCTION = 10;

export interface FuzzOptions {
  perFunction?: number;
  seed?: number | string;
  /** Function ids to fuzz (default all in functions.json). */
  only?: string[];
  jobs?: number;
  hangMs?: number;
  slowMs?: number;
  /** Report file; null writes none. */
  json?: string | null;
  bundle?: string;
  /** Examples printed per failure class. */
  examples?: number;
  /** No progress lines and no printed report. */
  quiet?: boolean;
  /** Stops the run early; the report then covers the calls made so far (partial: true). */
  signal?: AbortSignal;
}

export type FailureClass = "threw" | "hang" | "slow" | "badResult" | "badMessage";
export const FAILURE_CLASSES: readonly FailureClass[] = [
  "threw",
  "hang",
  "slow",
  "badResult",
  "badMessage",
];

export interface Example {
  cls: FailureClass;
  id: string;
  k: number;
  /** Short rendering of the arguments. */
  args: string;
  /** What happened. */
  detail: string;
  /** Short rendering of the result, when there was one. */
  result?: string;
}

export interface FunctionStats {
  id: string;
  calls: number;
  threw: number;
  hang: number;
  slow: number;
  badResult: number;
  badMessage: number;
  maxMs: number;
  /** The case of the slowest call (replay it with --only ID --case K) and its input shape. */
  slowest: { k: number; shape: string } | null;
  medianUs: number;
  /** Time of the first call in a fresh worker (simple arguments), slowest over the workers. */
  warmupMs: number;
}

export interface DistinctFailure {
  cls: FailureClass;
  id: string;
  /** The detail with quoted text and numbers normalised (for slow calls and hangs: the input shape). */
  signature: string;
  count: number;
  /** The example with the shortest argument rendering (then the smallest case index). */
  example: Example;
}

export interface Report {
  options: Required<Omit<FuzzOptions, "json" | "quiet" | "signal">> & { json: string | null };
  node: string;
  cpus: number;
  durationMs: number;
  totals: Omit<FunctionStats, "id" | "maxMs" | "slowest" | "medianUs" | "warmupMs">;
  functions: FunctionStats[];
  /** Per failure class, the first examples (by function order, then case index). */
  examples: Record<FailureClass, Example[]>;
  distinct: DistinctFailure[];
  failed: boolean;
  /** True when the run was stopped early (options.signal). */
  partial: boolean;
}

// ---------------------------------------------------------------- options

function resolveOptions(o: FuzzOptions): Report["options"] {
  return {
    perFunction: o.perFunction ?? 1000,
    seed: o.seed ?? 20261201,
    only: (o.only ?? []).map((s) => s.trim().toUpperCase()).filter((s) => s !== ""),
    jobs: Math.max(1, o.jobs ?? os.cpus().length),
    hangMs: o.hangMs ?? 5000,
    slowMs: o.slowMs ?? 1000,
    json: o.json === undefined ? path.join(ROOT, "test-artifacts", "fuzz.json") : o.json,
    bundle: path.resolve(o.bundle ?? path.join(ROOT, "dist", "functions.js")),
    examples: o.examples ?? 5,
  };
}

// ---------------------------------------------------------------- results

/** Normalises a detail for grouping: quoted text → "…", numbers → N. */
function signatureOf(cls: FailureClass, detail: string, shape: string): string {
  if (cls === "slow" || cls === "hang") return shape;
  return detail
    .replace(/"[^"]*"|“[^”]*”/g, '"…"')
    .replace(/[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi, "N")
    .slice(0, 240);
}

class Results {
  readonly stats = new Map<string, FunctionStats & { times: number[] }>();
  private readonly kept = new Map<string, Example[]>();
  private readonly distinct = new Map<string, DistinctFailure>();

  constructor(readonly ids: string[]) {
    for (const id of ids) {
      this.stats.set(id, {
        id,
        calls: 0,
        threw: 0,
        hang: 0,
        slow: 0,
        badResult: 0,
        badMessage: 0,
        maxMs: 0,
        slowest: null,
        medianUs: 0,
        warmupMs: 0,
        times: [],
      });
    }
  }

  private stat(id: string): FunctionStats & { times: number[] } {
    const s = this.stats.get(id);
    if (!s) throw new Error(`unexpected function id ${id}`);
    return s;
  }

  warmup(ms: Record<string, number>): void {
    for (const [id, t] of Object.entries(ms)) {
      const s = this.stats.get(id);
      if (s) s.warmupMs = Math.max(s.warmupMs, t);
    }
  }

  private fail(e: Example, shape: string): void {
    this.stat(e.id)[e.cls]++;
    const key = `${e.id}|${e.cls}`;
    const list = this.kept.get(key) ?? [];
    list.push(e);
    if (list.length > 2 * KEEP_PER_FUNCTION) {
      list.sort((a, b) => a.k - b.k);
      list.length = KEEP_PER_FUNCTION;
    }
    this.kept.set(key, list);
    const signature = signatureOf(e.cls, e.detail, shape);
    const dkey = `${key}|${signature}`;
    const d = this.distinct.get(dkey);
    if (!d) this.distinct.set(dkey, { cls: e.cls, id: e.id, signature, count: 1, example: e });
    else {
      d.count++;
      const better =
        e.args.length < d.example.args.length ||
        (e.args.length === d.example.args.length && e.k < d.example.k);
      if (better) d.example = e;
    }
  }

  /** A call that finished (possibly after the slow limit). */
  done(start: StartMessage, o: CallOutcome, slowMs: number): void {
    const s = this.stat(start.id);
    s.calls++;
    s.times.push(o.us);
    if (o.us > s.maxMs * 1000) {
      s.maxMs = o.us / 1000;
      s.slowest = { k: start.k, shape: start.shape };
    }
    const base = { id: start.id, k: start.k, args: start.args };
    if (o.threw) this.fail({ ...base, cls: "threw", detail: o.threw }, start.shape);
    if (o.us > slowMs * 1000)
      this.fail(
        { ...base, cls: "slow", detail: `took ${(o.us / 1000).toFixed(0)} ms` },
        start.shape
      );
    if (o.badResult)
      this.fail({ ...base, cls: "badResult", detail: o.badResult, result: o.result }, start.shape);
    if (o.badMessage)
      this.fail(
        { ...base, cls: "badMessage", detail: o.badMessage, result: o.result },
        start.shape
      );
  }

  /** A call killed by the hang timer, or whose worker died. */
  killed(start: StartMessage, cls: FailureClass, detail: string): void {
    this.stat(start.id).calls++;
    this.fail({ id: start.id, k: start.k, args: start.args, cls, detail }, start.shape);
  }

  report(options: Report["options"], durationMs: number, partial: boolean): Report {
    const functions: FunctionStats[] = [];
    const totals = { calls: 0, threw: 0, hang: 0, slow: 0, badResult: 0, badMessage: 0 };
    for (const id of this.ids) {
      const { times, ...s } = this.stat(id);
      times.sort((a, b) => a - b);
      s.medianUs = times.length > 0 ? times[Math.floor(times.length / 2)] : 0;
      functions.push(s);
      for (const c of ["calls", ...FAILURE_CLASSES] as const) totals[c] += s[c];
    }
    const order = new Map(this.ids.map((id, i) => [id, i]));
    const byOrder = (a: Example, b: Example) =>
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) || a.k - b.k;
    const examples = {} as Record<FailureClass, Example[]>;
    for (const cls of FAILURE_CLASSES) {
      const all: Example[] = [];
      for (const id of this.ids) {
        const list = (this.kept.get(`${id}|${cls}`) ?? [])
          .sort((a, b) => a.k - b.k)
          .slice(0, KEEP_PER_FUNCTION);
        all.push(...list);
      }
      examples[cls] = all.sort(byOrder);
    }
    const distinct = [...this.distinct.values()].sort(
      (a, b) =>
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) ||
        FAILURE_CLASSES.indexOf(a.cls) - FAILURE_CLASSES.indexOf(b.cls) ||
        b.count - a.count
    );
    const failed = FAILURE_CLASSES.some((c) => totals[c] > 0);
    return {
      options,
      node: process.version,
      cpus: os.cpus().length,
      durationMs,
      totals,
      functions,
      examples,
      distinct,
      failed,
      partial,
    };
  }
}

// ---------------------------------------------------------------- workers

interface Chunk {
  id: string;
  ks: number[];
}

/** One worker process and the chunk it is running. */
interface Slot {
  child: ChildProcess;
  ready: boolean;
  chunk: Chunk | null;
  /** Index in chunk.ks of the next case whose "done" is awaited. */
  next: number;
  started: StartMessage | null;
  timer: NodeJS.Timeout | null;
  killedForHang: boolean;
  stderr: string;
}

/** Runs the fuzzer; resolves with the report (also written to options.json unless null). */
export function runFuzz(options: FuzzOptions = {}): Promise<Report> {
  const opts = resolveOptions(options);
  const metadataPath = path.join(path.dirname(opts.bundle), "functions.json");
  if (!fs.existsSync(opts.bundle) || !fs.existsSync(metadataPath)) {
    return Promise.reject(
      new Error(`${opts.bundle} or ${metadataPath} is missing: run npm run build first`)
    );
  }
  const infos = functionInfos(JSON.parse(fs.readFileSync(metadataPath, "utf8")));
  const unknown = opts.only.filter((id) => !infos.some((f) => f.id === id));
  if (unknown.length > 0)
    return Promise.reject(new Error(`--only: unknown function id(s) ${unknown.join(", ")}`));
  const ids = infos
    .map((f) => f.id)
    .filter((id) => opts.only.length === 0 || opts.only.includes(id));

  const queue: Chunk[] = [];
  for (const id of ids) {
    for (let k = 0; k < opts.perFunction; k += CHUNK) {
      queue.push({
        id,
        ks: Array.from({ length: Math.min(CHUNK, opts.perFunction - k) }, (_, i) => k + i),
      });
    }
  }
  const total = ids.length * opts.perFunction;
  const results = new Results(ids);
  const t0 = Date.now();
  const seed = String(opts.seed);

  return new Promise<Report>((resolve, reject) => {
    const slots = new Set<Slot>();
    let finished = false;
    let doneCalls = 0;
    let lastProgress = Date.now();

    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      for (const s of slots) {
        if (s.timer) clearTimeout(s.timer);
        s.child.removeAllListeners();
        s.child.kill("SIGKILL");
      }
      if (error) return reject(error);
      const report = results.report(opts, Date.now() - t0, options.signal?.aborted === true);
      if (opts.json) {
        fs.mkdirSync(path.dirname(opts.json), { recursive: true });
        fs.writeFileSync(opts.json, JSON.stringify(report, null, 1));
      }
      resolve(report);
    };

    const setTimer = (s: Slot, ms: number, onFire: () => void) => {
      if (s.timer) clearTimeout(s.timer);
      s.timer = setTimeout(onFire, ms);
    };

    const progress = () => {
      if (options.quiet || Date.now() - lastProgress < 10_000) return;
      lastProgress = Date.now();
      const el = (Date.now() - t0) / 1000;
      const eta = doneCalls > 0 ? (el * (total - doneCalls)) / doneCalls : 0;
      process.stderr.write(
        `[fuzz] ${doneCalls}/${total} calls, ${el.toFixed(0)} s, about ${Math.ceil(eta / 60)} min left\n`
      );
    };

    /** Gives the slot its next chunk, or retires it when there is none. */
    const assign = (s: Slot) => {
      const chunk = queue.shift();
      if (!chunk) {
        s.chunk = null;
        if (s.timer) clearTimeout(s.timer);
        s.child.removeAllListeners();
        s.child.kill("SIGKILL");
        slots.delete(s);
        if (slots.size === 0) finish();
        return;
      }
      s.chunk = chunk;
      s.next = 0;
      s.started = null;
      const msg: RunMessage = { type: "run", id: chunk.id, ks: chunk.ks };
      s.child.send(msg);
      setTimer(s, GENERATION_MS, () => stalled(s));
    };

    /** The case after the current one never started: generation stalled. */
    const stalled = (s: Slot) => {
      const chunk = s.chunk;
      if (!chunk) return;
      const k = chunk.ks[s.next];
      results.killed(
        {
          type: "start",
          id: chunk.id,
          k,
          args: "(arguments not reported: replay with --case)",
          shape: "unknown",
        },
        "hang",
        `no call started within ${GENERATION_MS} ms (argument generation or reporting stalled)`
      );
      s.killedForHang = true;
      s.child.kill("SIGKILL");
    };

    /** The worker exited: record the case it was running, requeue the rest, respawn. */
    const exited = (s: Slot, code: number | null, signal: NodeJS.Signals | null) => {
      if (s.timer) clearTimeout(s.timer);
      slots.delete(s);
      if (finished) return;
      if (!s.ready)
        return finish(
          new Error(
            `a fuzz worker exited before it was ready (code ${code}, signal ${signal}):\n${s.stderr.slice(-2000)}`
          )
        );
      const chunk = s.chunk;
      // Killed from outside (SIGTERM/SIGINT): not the function's fault; the case runs again.
      const external = !s.killedForHang && (signal === "SIGTERM" || signal === "SIGINT");
      if (chunk && external) {
        queue.unshift({ id: chunk.id, ks: chunk.ks.slice(s.next) });
      } else if (chunk) {
        if (!s.killedForHang) {
          const k = chunk.ks[s.next];
          const start = s.started ?? {
            type: "start",
            id: chunk.id,
            k,
            args: "(arguments not reported)",
            shape: "unknown",
          };
          const tail = s.stderr.trim().split("\n").slice(-3).join(" | ").slice(0, 300);
          results.killed(
            start,
            "threw",
            `worker process died (${signal ?? `exit code ${code}`})${tail ? `: ${tail}` : ""}`
          );
        }
        doneCalls++;
        const rest = chunk.ks.slice(s.next + 1);
        if (rest.length > 0) queue.unshift({ id: chunk.id, ks: rest });
      }
      if (queue.length > 0) spawn();
      else if (slots.size === 0) finish();
    };

    const onMessage = (s: Slot, m: WorkerMessage) => {
      if (finished) return;
      if (s.killedForHang) return; // a late message from a worker being killed
      if (m.type === "fatal") return finish(new Error(`fuzz worker: ${m.error}`));
      if (m.type === "ready") {
        s.ready = true;
        results.warmup(m.warmupMs);
        return assign(s);
      }
      if (m.type === "start") {
        s.started = m;
        setTimer(s, opts.hangMs, () => {
          results.killed(m, "hang", `still running after ${opts.hangMs} ms: worker killed`);
          s.killedForHang = true;
          s.child.kill("SIGKILL");
        });
        return;
      }
      // done
      const start = s.started;
      if (!start || start.k !== m.k || !s.chunk) return;
      if (s.timer) clearTimeout(s.timer);
      results.done(start, m, opts.slowMs);
      doneCalls++;
      progress();
      s.started = null;
      s.next++;
      if (s.next >= s.chunk.ks.length) assign(s);
      else setTimer(s, GENERATION_MS, () => stalled(s));
    };

    const spawn = () => {
      const child = fork(WORKER, [opts.bundle, seed], {
        cwd: ROOT,
        execArgv: [
          "-r",
          require.resolve("ts-node/register/transpile-only"),
          "--expose-gc",
          "--max-old-space-size=8192",
        ],
        stdio: ["ignore", "ignore", "pipe", "ipc"],
        env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true" },
      });
      const s: Slot = {
        child,
        ready: false,
        chunk: null,
        next: 0,
        started: null,
        timer: null,
        killedForHang: false,
        stderr: "",
      };
      slots.add(s);
      child.stderr?.on("data", (d: Buffer) => {
        s.stderr = (s.stderr + d.toString()).slice(-8000);
      });
      child.on("message", (m: WorkerMessage) => onMessage(s, m));
      child.on("exit", (code, signal) => exited(s, code, signal));
      child.on("error", () => undefined); // 'exit' follows
      setTimer(s, STARTUP_MS, () =>
        finish(
          new Error(
            `a fuzz worker did not start within ${STARTUP_MS} ms:\n${s.stderr.slice(-2000)}`
          )
        )
      );
    };

    if (options.signal?.aborted) return finish();
    options.signal?.addEventListener("abort", () => finish(), { once: true });
    if (queue.length === 0) return finish();
    for (let j = 0; j < Math.min(opts.jobs, queue.length); j++) spawn();
  });
}

// ---------------------------------------------------------------- printing

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

/** The report as text: table, totals, examples per class, distinct failures. */
export function formatReport(r: Report, maxDistinct = 200): string {
  const out: string[] = [];
  const head = [
    "function",
    "calls",
    "throws",
    "hangs",
    "slow",
    "bad results",
    "bad messages",
    "max ms",
    "median µs",
    "warm-up ms",
    "slowest case",
  ];
  const rows = r.functions.map((f) =>
    [
      f.id,
      f.calls,
      f.threw,
      f.hang,
      f.slow,
      f.badResult,
      f.badMessage,
      f.maxMs.toFixed(1),
      f.medianUs.toFixed(0),
      f.warmupMs.toFixed(0),
      f.slowest ? `${f.slowest.k}: ${f.slowest.shape}` : "",
    ].map(String)
  );
  const t = r.totals;
  rows.push(
    ["TOTAL", t.calls, t.threw, t.hang, t.slow, t.badResult, t.badMessage, "", "", "", ""].map(
      String
    )
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row: string[]) => row.map((c, i) => pad(c, widths[i], i > 0)).join("  ");
  out.push(fmt(head), widths.map((w) => "-".repeat(w)).join("  "));
  rows.forEach((row, i) => {
    if (i === rows.length - 1) out.push(widths.map((w) => "-".repeat(w)).join("  "));
    out.push(fmt(row));
  });
  out.push("");
  out.push(
    `seed ${r.options.seed}, ${r.options.perFunction} per function, ${r.options.jobs} jobs, hang ${r.options.hangMs} ms, slow ${r.options.slowMs} ms: ${(r.durationMs / 1000).toFixed(1)} s`
  );
  const names: Record<FailureClass, string> = {
    threw: "Throws",
    hang: "Hangs",
    slow: "Slow calls",
    badResult: "Bad results",
    badMessage: "Bad messages",
  };
  for (const cls of FAILURE_CLASSES) {
    const ex = r.examples[cls];
    if (ex.length === 0) continue;
    out.push("", `${names[cls]} (${t[cls]}), first examples:`);
    for (const e of ex.slice(0, r.options.examples)) {
      out.push(
        `  ${e.id} #${e.k} ${e.args}`,
        `      → ${e.detail}${e.result && cls === "badResult" ? ` | result ${e.result.slice(0, 200)}` : ""}`
      );
    }
  }
  if (r.distinct.length > 0) {
    out.push("", `Distinct failures (${r.distinct.length}; each with its shortest example):`);
    for (const d of r.distinct.slice(0, maxDistinct)) {
      out.push(
        `  ${d.id} ${d.cls} ×${d.count}: ${d.cls === "slow" || d.cls === "hang" ? `${d.signature}; ${d.example.detail}` : d.example.detail.slice(0, 240)}`,
        `      e.g. #${d.example.k} ${d.example.args.slice(0, 400)}`
      );
    }
    if (r.distinct.length > maxDistinct)
      out.push(`  … ${r.distinct.length - maxDistinct} more in the JSON report`);
  }
  if (r.partial)
    out.push(
      "",
      `PARTIAL: stopped after ${t.calls} of ${r.functions.length * r.options.perFunction} calls`
    );
  out.push("", r.failed ? "FAILED" : r.partial ? "no failures so far" : "OK: no failures");
  return out.join("\n");
}

// ---------------------------------------------------------------- command line

function parseArgs(argv: string[]): FuzzOptions & { case?: number } {
  const o: FuzzOptions & { case?: number } = {};
  const num = (name: string, v: string | undefined): number => {
    const x = Number(v);
    if (v === undefined || !Number.isFinite(x) || x < 0)
      throw new Error(`${name} needs a non-negative number, not ${v}`);
    return x;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--per-function":
        o.perFunction = Math.floor(num(flag, value()));
        break;
      case "--seed":
        o.seed = value();
        break;
      case "--only":
        o.only = (value() ?? "").split(",");
        break;
      case "--jobs":
        o.jobs = Math.max(1, Math.floor(num(flag, value())));
        break;
      case "--hang-ms":
        o.hangMs = num(flag, value());
        break;
      case "--slow-ms":
        o.slowMs = num(flag, value());
        break;
      case "--json":
        o.json = value();
        break;
      case "--bundle":
        o.bundle = value();
        break;
      case "--examples":
        o.examples = Math.floor(num(flag, value()));
        break;
      case "--case":
        o.case = Math.floor(num(flag, value()));
        break;
      case "--quiet":
        o.quiet = true;
        break;
      case "--help":
        console.log(fs.readFileSync(__filename, "utf8").split("*/")[0]);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${argv[i]} (see --help)`);
    }
  }
  return o;
}

/** --case: generates and runs one case in this process, printing everything. */
function replay(o: FuzzOptions, k: number): number {
  const opts = resolveOptions(o);
  if (opts.only.length === 0) throw new Error("--case needs --only ID");
  const h = new Harness(opts.bundle, String(opts.seed));
  h.warmUp();
  let failed = false;
  for (const id of opts.only) {
    const args = h.generate(id, k);
    const full = (x: unknown) =>
      JSON.stringify(x, (_key, v: unknown) =>
        typeof v === "string" && v.length > 200
          ? `<string ${v.length} chars>`
          : Array.isArray(v) && v.length > 400
            ? render(v)
            : v === undefined
              ? "<undefined>"
              : v
      );
    console.log(`${id} #${k}`);
    console.log(`  args (short): ${renderArgs(args)}`);
    console.log(`  args (JSON):  ${full(args)}`);
    const o2 = h.call(id, args);
    console.log(`  ${JSON.stringify(o2, null, 1).replace(/\n/g, "\n  ")}`);
    failed ||= Boolean(o2.threw || o2.badResult || o2.badMessage || o2.us > opts.slowMs * 1000);
  }
  return failed ? 1 : 0;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.case !== undefined) {
    process.exitCode = replay(o, o.case);
    return;
  }
  // Ctrl-C or a kill stops the workers and still prints and writes what was found so far.
  const stop = new AbortController();
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      process.stderr.write(`[fuzz] ${sig}: stopping; the report covers the calls made so far\n`);
      stop.abort();
    });
  }
  const report = await runFuzz({ ...o, signal: stop.signal });
  if (!o.quiet) console.log(formatReport(report));
  if (report.options.json)
    console.log(`\nJSON report: ${path.relative(process.cwd(), report.options.json)}`);
  process.exitCode = report.failed || report.partial ? 1 : 0;
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
  });
}
