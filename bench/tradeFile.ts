/**
 * `npm run trade` on a UN Comtrade bulk CSV of 1,000,000 rows in the real 47-column layout
 * (bench/comtradeFile.ts: 10 years, exports and imports, World and 9 partners, 5,000 codes at
 * three aggregation levels), generated into a temporary folder: the wall time of the whole
 * command as a user runs it (ts-node start-up included, npm's own start-up not), target ≤ 10 s,
 * and the peak memory (maximum resident set size) of the process, target ≤ 1 GB.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeComtradeFile } from "./comtradeFile";
import { Figure, report } from "./util";

const ROOT = path.resolve(__dirname, "..");

export function benchTradeFile(): Figure[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-trade-"));
  try {
    const file = path.join(dir, "comtrade-1m.csv");
    const rows = writeComtradeFile(file, { years: 10, partners: 10, codes: 5000 });
    const mb = fs.statSync(file).size / 2 ** 20;
    // The file on disk before the clock starts (not still being written out while it is read).
    const fd = fs.openSync(file, "r+");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    const out = path.join(dir, "structure.csv");
    const t0 = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/ts-node/dist/bin.js"),
        "--transpile-only",
        path.join(ROOT, "scripts/trade.ts"),
        file,
        "--out",
        out,
        "--stats",
      ],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 }
    );
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`npm run trade failed: ${r.stderr}`);
    if (!r.stdout.includes(`Read: ${rows.toLocaleString("en-US")} rows`))
      throw new Error(`npm run trade did not read ${rows} rows`);
    const peak = Number(/peak memory (\d+) MB/.exec(r.stdout)?.[1]);
    const input = `${rows.toLocaleString("en-US")}-row UN Comtrade CSV (${mb.toFixed(0)} MB, 47 columns)`;
    return [
      report(`npm run trade, ${input}: wall time`, seconds, "s", "≤ 10 s", seconds <= 10),
      report(`npm run trade, ${input}: peak memory`, peak, "MB", "≤ 1 GB", peak <= 1024),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) benchTradeFile();
