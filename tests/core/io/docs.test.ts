/**
 * README.md stays true to the code: every IO function has its heading (the @helpurl anchors),
 * and the worked example's printed results (Miller & Blair's two-sector table, c = (0.3, 0.1))
 * are what the core computes, at the printed 4 decimals (2 for the embodied emissions).
 */
import * as fs from "fs";
import * as path from "path";
import {
  embodiedEmissions,
  leontiefInverse,
  linkages,
  outputMultipliers,
  rowsOf,
  technicalCoefficients,
  totalIntensities,
} from "../../../src/core/io";
import { MB } from "./fixtures";

const DOC = fs.readFileSync(path.resolve(__dirname, "../../../README.md"), "utf8");
const f4 = (xs: number[]) => xs.map((v) => v.toFixed(4)).join(", ");

describe("README.md, input-output functions", () => {
  it("has a heading for every function", () => {
    for (const id of [
      "IO.COEFFICIENTS",
      "IO.LEONTIEF",
      "IO.MULTIPLIERS",
      "IO.LINKAGES",
      "IO.INTENSITY",
      "IO.EMBODIED",
    ])
      expect(DOC).toContain(`\n### ${id}\n`);
  });

  it("prints the worked example's results as the core computes them", () => {
    const l = leontiefInverse(MB.A);
    const flat = (s: string) => DOC.replace(/\s+/g, " ").includes(s);
    const zt = MB.Z[0].map((_, j) => MB.Z.map((row) => row[j]));
    const ghosh = linkages(rowsOf(technicalCoefficients(zt, [MB.x])), "BACKWARD");
    const e = embodiedEmissions(MB.A, [[0.3, 0.1]], [[350], [1700]]);
    for (const s of [
      `\`=IO.LEONTIEF(F2:G3)\` → ${f4(l[0])}; ${f4(l[1])}`,
      `\`=IO.MULTIPLIERS(F2:G3)\` → ${f4(outputMultipliers(MB.A))}`,
      `\`=IO.LINKAGES(F2:G3)\` → ${f4(linkages(MB.A, "BACKWARD"))}`,
      `\`=IO.LINKAGES(F2:G3, "FORWARD")\` → ${f4(linkages(MB.A, "FORWARD"))}`,
      `\`=IO.LINKAGES(IO.COEFFICIENTS(TRANSPOSE(B2:C3), B4:C4))\` → ${f4(ghosh)}`,
      `\`=IO.INTENSITY(F2:G3, B6:C6)\` → ${f4(totalIntensities(MB.A, [[0.3, 0.1]]))}`,
      `\`=IO.EMBODIED(F2:G3, B6:C6, D2:D3)\` → ${e.map((v) => v.toFixed(2)).join(", ")}`,
    ])
      expect([s, flat(s)]).toEqual([s, true]);
  });
});
