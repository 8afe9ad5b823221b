/**
 * `npm run bench`: builds, then prints the machine, a markdown table of figures against their
 * targets, and how many targets were met. Figures are reported, never asserted; the exit code is
 * non-zero only when a benchmark cannot run.
 *
 * Benchmarks: bench/bundle.ts always; bench/ahp.ts, bench/grey.ts and bench/trade.ts when present.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Figure } from "./util";
import { benchBundle } from "./bundle";

interface Bench {
  file: string;
  name: string;
  run: () => Figure[];
}

/** Benchmarks in bench/ that may not exist yet, by file and exported function name. */
const OPTIONAL: [string, string][] = [
  ["ahp", "benchAhp"],
  ["grey", "benchGrey"],
  ["trade", "benchTrade"],
];

function benches(): Bench[] {
  const out: Bench[] = [{ file: "bundle", name: "benchBundle", run: benchBundle }];
  for (const [file, name] of OPTIONAL) {
    if (!fs.existsSync(path.join(__dirname, `${file}.ts`))) continue;
    out.push({
      file,
      name,
      run: () => {
        const mod = require(`./${file}`) as Record<string, unknown>;
        const fn = mod[name];
        if (typeof fn !== "function") throw new Error(`bench/${file}.ts does not export ${name}()`);
        return (fn as () => Figure[])();
      },
    });
  }
  return out;
}

function main(): number {
  const cpus = os.cpus();
  console.log(
    `node ${process.version} · ${cpus[0]?.model?.trim() ?? "unknown CPU"} · ${cpus.length} cores · ${os.platform()} ${os.arch()} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`
  );
  console.log("");
  console.log("| benchmark | figure | target | |");
  console.log("| --- | --- | --- | --- |");
  const figures: Figure[] = [];
  const broken: string[] = [];
  for (const b of benches()) {
    try {
      figures.push(...b.run());
    } catch (e) {
      broken.push(`bench/${b.file}.ts: ${e instanceof Error ? e.message : String(e)}`);
      console.log(`| ${b.file} | could not run | | ERROR |`);
    }
  }
  console.log("");
  const met = figures.filter((f) => f.ok).length;
  console.log(`${met} of ${figures.length} targets met.`);
  for (const b of broken) console.error(b);
  return broken.length > 0 ? 1 : 0;
}

process.exitCode = main();
