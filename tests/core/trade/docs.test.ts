/**
 * README.md stays true to the data and the code: the split chapter and heading tables are
 * the ones the tables give, every function has its heading, and the EBOPS table lists the
 * default mapping.
 */
import * as fs from "fs";
import * as path from "path";
import { hsGroupIndex, subheadingVotes } from "../../../src/core/trade/classify";
import { ABSENT, GROUPS, tradeTables } from "../../../src/core/trade/tables";
import { DEFAULT_SERVICE_MAPPING } from "../../../src/core/service";

const DOC = fs.readFileSync(path.resolve(__dirname, "../../../README.md"), "utf8");
const HS2022 = 6;

function between(tag: string): string[] {
  const m = new RegExp(`<!-- ${tag}:start -->\\n([\\s\\S]*?)<!-- ${tag}:end -->`).exec(DOC);
  if (!m) throw new Error(`README.md has no ${tag} block`);
  return m[1].trim().split("\n");
}

function splitTable(len: 2 | 4): string[] {
  const t = tradeTables();
  const prefixes = [
    ...new Set(t.codes.filter((_, i) => t.group[HS2022][i] !== ABSENT).map((c) => c.slice(0, len))),
  ].sort();
  const rows = prefixes
    .filter((p) => subheadingVotes(p, HS2022).filter((x) => x > 0).length > 1)
    .map(
      (p) =>
        `| ${p} | ${subheadingVotes(p, HS2022).join(" | ")} | ${GROUPS[hsGroupIndex(p, HS2022) as number]} |`
    );
  return [
    `| ${len === 2 ? "Chapter" : "Heading"} | RIB | LIB | TIB | OTHER | group (majority) |`,
    "|---|---:|---:|---:|---:|---|",
    ...rows,
  ];
}

describe("README.md", () => {
  it("lists exactly the chapters split between groups in HS2022", () => {
    expect(between("split-chapters")).toEqual(splitTable(2));
  });

  it("lists exactly the headings split between groups in HS2022", () => {
    expect(between("split-headings")).toEqual(splitTable(4));
  });

  it("has a heading for every function (the @helpurl anchors)", () => {
    for (const id of [
      "TRADE.CLASS",
      "TRADE.SITC",
      "TRADE.SHARE",
      "TRADE.STRUCTURE",
      "TRADE.CHANGE",
      "TRADE.RCA",
      "TRADE.TC",
      "TRADE.GL",
      "TRADE.ESI",
      "SERVICE.CLASS",
      "SERVICE.SHARE",
    ]) {
      expect(DOC).toContain(`\n### ${id}\n`);
    }
  });

  it("documents every entry of the default EBOPS mapping", () => {
    for (const [prefix, cls] of DEFAULT_SERVICE_MAPPING) {
      expect(DOC).toMatch(new RegExp(`\\n\\| ${prefix} \\| [^|]+ \\| ${cls} \\|`));
    }
  });

  it("keeps the attribution", () => {
    expect(DOC).toContain(
      "UN Statistics Division (HS–SITC correspondence tables) and World Bank WITS\n(product concordance)"
    );
  });
});
