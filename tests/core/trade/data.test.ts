/**
 * The committed trade tables (src/core/trade/data/tradeTables.ts): equal to a fresh derivation
 * from ../shared (when present), small once gzipped, and decoded back to exactly the source
 * conversion tables.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { decodeTradeTables, tradeTables, GROUP_REVISION } from "../../../src/core/trade/tables";
import { EDITION_YEARS, SHARED_TRADE_DIR, itWithShared, readConversion } from "./sharedData";

const REPO = path.resolve(__dirname, "../../..");
const DATA_FILE = path.join(REPO, "src/core/trade/data/tradeTables.ts");

const script = require(path.join(REPO, "scripts/derive-trade-data.js"));

describe("committed trade tables", () => {
  itWithShared(
    "equal a fresh derivation from ../shared/data/trade (run npm run data:trade if not)",
    () => {
      const fresh: string = script.derive(SHARED_TRADE_DIR);
      const committed = fs.readFileSync(DATA_FILE, "utf8");
      expect(committed === fresh).toBe(true);
    }
  );

  itWithShared("derivation is deterministic", () => {
    expect(script.derive(SHARED_TRADE_DIR)).toBe(script.derive(SHARED_TRADE_DIR));
  });

  it("gzip to at most 80 KB (all tables, the generated module)", () => {
    const bytes = zlib.gzipSync(fs.readFileSync(DATA_FILE), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(80 * 1024);
    // The encoding is far below the limit: about 15 KB.
    expect(bytes).toBeLessThan(20 * 1024);
  });

  it("ship codes only: no product descriptions (only code characters in the strings)", () => {
    const text = fs.readFileSync(DATA_FILE, "utf8");
    const strings = [...text.matchAll(/= "([^"]*)";/g)].map((m) => m[1]);
    expect(strings.length).toBeGreaterThanOrEqual(8);
    for (const s of strings) expect(s).toMatch(/^[0-9A-Za-z,=_-]*$/);
  });

  it("has a PROVENANCE.md with the attribution", () => {
    const p = fs.readFileSync(path.join(REPO, "src/core/trade/data/PROVENANCE.md"), "utf8");
    expect(p).toContain(
      "UN Statistics Division (HS–SITC correspondence tables) and World Bank WITS"
    );
    expect(p).toContain("(product concordance)");
  });
});

describe("decoded tables", () => {
  const t = tradeTables();

  it("decode once, shared and consistently, in bounded work per code", async () => {
    // Counted, not timed: the decode time is a benchmark figure (`npm run bench -- trade`).
    // About 32 counted steps per code today; a search of the codes per code would be thousands.
    const { meterWork } = await import("../../support/workMeter");
    expect(tradeTables()).toBe(t);
    const { value: again, work } = meterWork(decodeTradeTables);
    expect(work.steps).toBeLessThan(50 * t.codes.length);
    expect(again).not.toBe(t);
    expect(again.codes).toEqual(t.codes);
    expect(t.codes.length).toBe(6881);
    expect([...t.codes].sort()).toEqual(t.codes);
    expect(t.decodeMillis).toBeGreaterThanOrEqual(0);
  });

  it("use Rev.3 for the groups of HS1992–HS2007 and Rev.4 for HS2012–HS2022", () => {
    expect(GROUP_REVISION).toEqual([3, 3, 3, 3, 4, 4, 4]);
  });

  itWithShared("reproduce every row of every conversion table, and nothing else", () => {
    EDITION_YEARS.forEach((year, e) => {
      for (const rev of [3, 4] as const) {
        const rows = readConversion(year, rev);
        const col = t.sitc[rev - 3][e];
        const expected = new Map(rows);
        for (const [hs, sitc] of rows) expect(col[t.index.get(hs)!]).toBe(sitc);
        let present = 0;
        col.forEach((s, i) => {
          if (s !== "") {
            present++;
            if (expected.get(t.codes[i]) !== s)
              throw new Error(`HS${year} Rev.${rev}: extra ${t.codes[i]} → ${s}`);
          }
        });
        expect(present).toBe(rows.length);
      }
    });
  });
});
