/**
 * `npm run bench`: builds, then prints the machine, a markdown table of figures against their
 * targets, and how many targets were met. Figures are reported, never asserted; the exit code is
 * non-zero only when a benchmark cannot run. Each benchmark states its inputs in its row.
 */
import * as os from "os";
import { benchAhp } from "./ahp";
import { benchAhpRobust } from "./ahpRobust";
import { benchAnp } from "./anp";
import { benchBrowser } from "./browser";
import { benchBundle } from "./bundle";
import { benchCells } from "./cells";
import { benchDea } from "./dea";
import { benchErrors } from "./errors";
import { benchGrey } from "./grey";
import { benchIo } from "./io";
import { benchImport } from "./import";
import { benchMcda } from "./mcda";
import { benchMemo } from "./memo";
import { benchRecalculation } from "./recalc";
import { benchTrade } from "./trade";
import { benchTradeFile } from "./tradeFile";
import { benchWorkbook } from "./workbook";
import { Figure } from "./util";

const BENCHES: [string, () => Figure[] | Promise<Figure[]>][] = [
  ["bundle", benchBundle],
  ["browser", benchBrowser],
  ["recalc", benchRecalculation],
  ["ahp", benchAhp],
  ["ahprobust", benchAhpRobust],
  ["grey", benchGrey],
  ["anp", benchAnp],
  ["trade", benchTrade],
  ["tradefile", benchTradeFile],
  ["errors", benchErrors],
  ["workbook", benchWorkbook],
  ["dea", benchDea],
  ["io", benchIo],
  ["mcda", benchMcda],
  ["import", benchImport],
  ["cells", benchCells],
  ["memo", benchMemo],
];

async function main(): Promise<number> {
  const cpus = os.cpus();
  console.log(
    `node ${process.version} · ${cpus[0]?.model?.trim() ?? "unknown CPU"} · ${cpus.length} cores · ${os.platform()} ${os.arch()} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`
  );
  console.log("");
  console.log("| benchmark | figure | target | |");
  console.log("| --- | --- | --- | --- |");
  const figures: Figure[] = [];
  const broken: string[] = [];
  const only = process.argv.slice(2);
  for (const [name, run] of BENCHES) {
    if (only.length > 0 && !only.includes(name)) continue;
    try {
      figures.push(...(await run()));
    } catch (e) {
      broken.push(`bench/${name}.ts: ${e instanceof Error ? e.message : String(e)}`);
      console.log(`| ${name} | could not run | | ERROR |`);
    }
  }
  console.log("");
  console.log(`${figures.filter((f) => f.ok).length} of ${figures.length} targets met.`);
  for (const b of broken) console.error(b);
  return broken.length > 0 ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
