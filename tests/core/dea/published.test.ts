/**
 * Published DEA examples, at their printed precision (3 decimals for DEAP's output), each cited
 * where it is used; where no printed result was available to us, the expected values are
 * computed here by an independent method (HiGHS on the textbook LP, Dinkelbach's iteration for
 * the SBM fractional program, or by hand) and the test says so.
 */
import {
  deaData,
  malmquist,
  newLinearProgram,
  radialLp,
  radialPass,
  sbmEfficiency,
  scaleEfficiency,
  slackPass,
  slackTable,
  superEfficiency,
  targetTable,
} from "../../../src/core/dea";
import type { DeaData, Rts } from "../../../src/core/dea";
import { highsSolver, loadHighs } from "../../support/lpSolvers";

beforeAll(loadHighs);

const data = (x: number[][], ...outputs: number[][][]): DeaData =>
  deaData(
    { what: "inputs", grid: x },
    outputs.map((grid, k) => ({ what: k === 0 ? "outputs" : "undesirable", grid }))
  );

/** |actual − printed| < half a unit of the printed precision. */
function printed(actual: ArrayLike<number>, expected: number[], decimals = 3): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!(Math.abs(actual[i] - expected[i]) < 0.5 * 10 ** -decimals + 1e-12))
      throw new Error(`entry ${i + 1}: ${actual[i]} is not ${expected[i]} to ${decimals} decimals`);
  }
}

// Coelli (1996), "A Guide to DEAP Version 2.1", CEPA Working Paper 96/08, Example 1 (eg1.dta,
// eg1.out): 5 firms, 1 output, 2 inputs, CRS, input orientation. The data are also Coelli, Rao
// & Battese (1998, p. 141), and R deaR's data set Coelli_1998.
const EG1_X = [
  [2, 5],
  [2, 4],
  [6, 6],
  [3, 2],
  [6, 2],
];
const EG1_Y = [[1], [2], [3], [1], [2]];

describe("DEAP 2.1, Example 1 (CRS, input orientation)", () => {
  const d = data(EG1_X, EG1_Y);
  const opts = { rts: "CRS", orientation: "IN" } as const;
  const pass = radialPass(d, opts);
  const second = slackPass(d, opts, pass);

  test("EFFICIENCY SUMMARY: te 0.500 1.000 0.833 0.714 1.000", () => {
    printed(pass.score, [0.5, 1, 0.833, 0.714, 1]);
  });

  test("SUMMARY OF INPUT SLACKS: firm 1 input 2 is 0.500, all others 0; no output slacks", () => {
    const s = slackTable(d, second);
    printed(s.flat(), [0, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test("SUMMARY OF PEERS and PEER WEIGHTS: 1: 2 (0.5); 2: 2; 3: 5 (0.5), 2 (1.0); 4: 5 (0.286), 2 (0.214); 5: 5", () => {
    const lam = (o: number) => Array.from(second.lambda.subarray(o * 5, o * 5 + 5));
    printed(lam(0), [0, 0.5, 0, 0, 0]);
    printed(lam(1), [0, 1, 0, 0, 0]);
    printed(lam(2), [0, 1, 0, 0, 0.5]);
    printed(lam(3), [0, 0.214, 0, 0, 0.286]);
    printed(lam(4), [0, 0, 0, 0, 1]);
  });

  test("SUMMARY OF INPUT and OUTPUT TARGETS", () => {
    const t = targetTable(d, second, "IN");
    printed(t.flat(), [1, 2, 1, 2, 4, 2, 5, 5, 3, 2.143, 1.429, 1, 6, 2, 2]);
  });

  test("super-efficiency (computed by hand: firms 2 and 5 need x₁ ≥ 2y and x₂ ≥ 2y of the others, so θ = 2)", () => {
    // Andersen & Petersen (1993): firm 2 (2, 4; 2) against firms 1, 3, 4, 5: every other firm has
    // x₁/y ≥ 2, so x₁ ≥ 2·2 = 4 = 2·x₁(firm 2): θ ≥ 2, reached by λ₃ = 2/3. Firm 5 (6, 2; 2): the
    // others have x₂/y ≥ 2, so θ ≥ 4/2 = 2, reached by λ₂ = 1. Inefficient firms keep their score.
    printed(superEfficiency(d, opts) as number[], [0.5, 2, 5 / 6, 5 / 7, 2], 9);
  });
});

// DEAP 2.1 guide, Example 2 data (eg2.dta: 5 firms, 1 output y = 1 … 5, 1 input x = 2, 4, 3, 5,
// 6), which is also year 1 of Example 4 (eg4.out prints, for year 1, CRS te 0.500 0.500 1.000
// 0.800 0.833 and output-oriented VRS te 1.000 0.545 1.000 0.923 1.000).
const EG2_X = [[2], [4], [3], [5], [6]];
const EG2_Y = [[1], [2], [3], [4], [5]];

describe("DEAP 2.1, Examples 2 and 4 (VRS and scale)", () => {
  test("eg4.out year 1: CRS te and output-oriented VRS te", () => {
    const rows = scaleEfficiency(data(EG2_X, EG2_Y), "OUT");
    printed(
      rows.map((r) => r.crs),
      [0.5, 0.5, 1, 0.8, 0.833]
    );
    printed(
      rows.map((r) => r.vrs),
      [1, 0.545, 1, 0.923, 1]
    );
  });

  test("input orientation (computed by hand on the one-input frontier (2,1)–(3,3)–(6,5)): vrste 1, 0.625, 1, 0.9, 1; irs irs – drs drs", () => {
    // VRS input targets: firm 2 (y = 2) on the segment (2,1)–(3,3): x = 2.5, 2.5/4 = 0.625;
    // firm 4 (y = 4) on (3,3)–(6,5): x = 4.5, 4.5/5 = 0.9. Firms left of firm 3's ray (the
    // most productive, x = y = 3) are too small (IRS), those right of it too large (DRS).
    const rows = scaleEfficiency(data(EG2_X, EG2_Y), "IN");
    printed(
      rows.map((r) => r.vrs),
      [1, 0.625, 1, 0.9, 1],
      12
    );
    printed(
      rows.map((r) => r.scale),
      [0.5, 0.8, 1, 0.8 / 0.9, 0.5 / 0.6],
      12
    );
    expect(rows.map((r) => r.returns)).toEqual(["IRS", "IRS", "CRS", "DRS", "DRS"]);
  });
});

// DEAP 2.1 output, output orientation, VRS, posted at m.pinggu.org (thread 1434967): 5 firms, 3
// outputs, 1 input. Every firm is VRS-efficient with zero slacks, so the printed targets are the
// data. Printed: crste 1.000 0.843 0.632 0.650 0.633, vrste 1.000 × 5, scale = crste, "-" then
// drs drs drs drs.
describe("DEAP 2.1 output-oriented VRS run (m.pinggu.org thread 1434967)", () => {
  test("crste, vrste, scale and returns to scale", () => {
    const x = [[6], [9], [16], [24], [36]];
    const y = [
      [6149, 5, 537],
      [7364, 5, 679],
      [8874, 8, 905],
      [10063, 13, 1094],
      [12359, 19, 1623],
    ];
    const rows = scaleEfficiency(data(x, y), "OUT");
    printed(
      rows.map((r) => r.crs),
      [1, 0.843, 0.632, 0.65, 0.633]
    );
    printed(
      rows.map((r) => r.vrs),
      [1, 1, 1, 1, 1]
    );
    printed(
      rows.map((r) => r.scale),
      [1, 0.843, 0.632, 0.65, 0.633]
    );
    expect(rows.map((r) => r.returns)).toEqual(["CRS", "DRS", "DRS", "DRS", "DRS"]);
  });
});

// DEAP 2.1 guide, Example 4 (eg4.out, output-orientated Malmquist DEA, 5 firms, 3 years, 1
// output, 1 input). The eg4.dta listing was not available to us; with one input and one output
// the CRS distances depend only on each firm's y/x, which eg4.out's distances fix: year 1 is
// Example 2's data (y/x = 0.5, 0.5, 1, 0.8, 0.833), years 2 and 3 have y/x = 0.5, 0.75, 4/3,
// 0.6, 1 (year-2 te against year 1's frontier: 0.500 0.750 1.333 0.600 1.000). The printed
// distances and indices below then follow from the printed output alone.
describe("DEAP 2.1, Example 4 (Malmquist, CRS distances)", () => {
  const ratio2 = [0.5, 0.75, 4 / 3, 0.6, 1];
  const x = [...EG2_X, ...EG2_X, ...EG2_X];
  const y = [
    ...EG2_Y,
    ...EG2_X.map(([v], k) => [v * ratio2[k]]),
    ...EG2_X.map(([v], k) => [v * ratio2[k]]),
  ];
  const d = data(x, y);
  const periods = [
    [0, 1, 2, 3, 4],
    [5, 6, 7, 8, 9],
    [10, 11, 12, 13, 14],
  ];

  test("year 2: effch 0.750 1.125 1.000 0.562 0.900, techch 1.333, tfpch 1.000 1.500 1.333 0.750 1.200", () => {
    for (const orientation of ["IN", "OUT"] as const) {
      const rows = malmquist(d, periods, orientation).filter((r) => r.period === 0);
      printed(
        rows.map((r) => r.efficiencyChange),
        [0.75, 1.125, 1, 0.5625, 0.9],
        3
      );
      printed(
        rows.map((r) => r.technicalChange as number),
        [1.333, 1.333, 1.333, 1.333, 1.333]
      );
      printed(
        rows.map((r) => r.malmquist as number),
        [1, 1.5, 1.333, 0.75, 1.2]
      );
    }
  });

  test("year 3: every index 1.000", () => {
    const rows = malmquist(d, periods).filter((r) => r.period === 1);
    for (const r of rows) {
      expect(r.efficiencyChange).toBeCloseTo(1, 12);
      expect(r.technicalChange).toBeCloseTo(1, 12);
      expect(r.malmquist).toBeCloseTo(1, 12);
    }
  });

  test("DISTANCES SUMMARY: year 1 against year 2's technology 0.375 0.375 0.750 0.600 0.625", () => {
    // The cross-period distance D^{t+1}(x^t, y^t) is radialLp of a year-1 firm against year 2.
    const dist = [0, 1, 2, 3, 4].map(
      (o) => highsSolver(radialLp(d, o, periods[1], "CRS", "IN")).objective
    );
    printed(dist, [0.375, 0.375, 0.75, 0.6, 0.625]);
  });
});

/** SBM by Dinkelbach's iteration on the fractional program, with HiGHS: independent of sbmLp's Charnes–Cooper transformation. */
function sbmByDinkelbach(d: DeaData, o: number, rts: Rts, bad: number): number {
  const { n, m, s, x, y } = d;
  const k = m + s + (rts === "CRS" ? 0 : 1);
  let q = 1;
  for (let it = 0; it < 100; it++) {
    // min N − qD with N = 1 − (1/m) Σ s⁻/x_o, D = 1 + (1/s) Σ s⁺/y_o: the constant part 1 − q.
    const lp = newLinearProgram(k, n + m + s);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < m; i++) lp.a[j * k + i] = x[j * m + i];
      for (let r = 0; r < s; r++) lp.a[j * k + m + r] = y[j * s + r];
      if (rts !== "CRS") lp.a[j * k + k - 1] = 1;
    }
    for (let i = 0; i < m; i++) {
      lp.a[(n + i) * k + i] = 1;
      lp.b[i] = x[o * m + i];
      lp.c[n + i] = -1 / (m * x[o * m + i]);
    }
    for (let r = 0; r < s; r++) {
      lp.a[(n + m + r) * k + m + r] = r >= s - bad ? 1 : -1;
      lp.b[m + r] = y[o * s + r];
      lp.c[n + m + r] = -q / (s * y[o * s + r]);
    }
    if (rts !== "CRS") {
      lp.b[k - 1] = 1;
      lp.sense[k - 1] = rts === "VRS" ? 0 : rts === "NIRS" ? -1 : 1;
    }
    const sol = highsSolver(lp);
    let num = 1;
    let den = 1;
    for (let i = 0; i < m; i++) num -= sol.x[n + i] / (m * x[o * m + i]);
    for (let r = 0; r < s; r++) den += sol.x[n + m + r] / (s * y[o * s + r]);
    const next = num / den;
    if (Math.abs(next - q) < 1e-14) return next;
    q = next;
  }
  return q;
}

// Tone (2001), "A slacks-based measure of efficiency in DEA", EJOR 130, 498–509: the example
// of p. 505 (5 DMUs, 2 inputs, 2 outputs; data as in R deaR's data set Tone2001). Tone's printed
// table was not available to us: the expected ρ are computed by Dinkelbach's method with HiGHS.
describe("Tone (2001) SBM example, and Tone (2003/2004) with an undesirable output", () => {
  test("Tone 2001, CRS: ρ matches Dinkelbach's iteration to 1e-9", () => {
    const d = data(
      [
        [4, 3],
        [6, 3],
        [8, 1],
        [8, 1],
        [2, 4],
      ],
      [
        [2, 3],
        [2, 3],
        [6, 2],
        [6, 1],
        [1, 4],
      ]
    );
    const rho = sbmEfficiency(d, "CRS", 0);
    printed(
      rho,
      [0, 1, 2, 3, 4].map((o) => sbmByDinkelbach(d, o, "CRS", 0)),
      9
    );
    // Two DMUs are efficient, DMU D (C with less of output 2) is not.
    expect([rho[2], rho[4]]).toEqual([1, 1]);
    expect(rho[3]).toBeLessThan(1);
  });

  test("Tone (2003, GRIPS report I-2003-0005; the 2004 paper's model): 9 DMUs, 1 input, good and bad output, VRS", () => {
    // Data as in R deaR's data set Tone2003 (x = 1 for every DMU).
    const x = Array.from({ length: 9 }, () => [1]);
    const good = [1, 2, 6, 8, 9, 5, 4, 6, 4].map((v) => [v]);
    const bad = [1, 1, 2, 4, 7, 2, 3, 4, 6].map((v) => [v]);
    const d = data(x, good, bad);
    const rho = sbmEfficiency(d, "VRS", 1);
    printed(
      rho,
      Array.from({ length: 9 }, (_, o) => sbmByDinkelbach(d, o, "VRS", 1)),
      9
    );
  });
});

// Cooper, Seiford & Tone (2007), Data Envelopment Analysis, 2nd ed., Table 1.5: 12 hospitals,
// inputs doctors and nurses, outputs outpatients and inpatients. The book's CCR table was not
// available to us: the expected θ are HiGHS's optimum of the same envelopment LP.
describe("Cooper–Seiford–Tone hospital example (Table 1.5), CCR input orientation", () => {
  test("θ matches HiGHS to 1e-9; one input one output reduces to (y/x)/max(y/x)", () => {
    const x = [
      [20, 151],
      [19, 131],
      [25, 160],
      [27, 168],
      [22, 158],
      [55, 255],
      [33, 235],
      [31, 206],
      [30, 244],
      [50, 268],
      [53, 306],
      [38, 284],
    ];
    const y = [
      [100, 90],
      [150, 50],
      [160, 55],
      [180, 72],
      [94, 66],
      [230, 90],
      [220, 88],
      [152, 80],
      [190, 100],
      [250, 100],
      [260, 147],
      [250, 120],
    ];
    const d = data(x, y);
    const theta = radialPass(d, { rts: "CRS", orientation: "IN" }).score;
    const all = Array.from({ length: 12 }, (_, j) => j);
    printed(
      theta,
      all.map((o) => highsSolver(radialLp(d, o, all, "CRS", "IN")).objective),
      9
    );
    // Doctors only, outpatients only: θ = (y/x)/max(y/x).
    const d1 = data(
      x.map((r) => [r[0]]),
      y.map((r) => [r[0]])
    );
    const ratio = all.map((j) => y[j][0] / x[j][0]);
    const best = Math.max(...ratio);
    printed(
      radialPass(d1, { rts: "CRS", orientation: "IN" }).score,
      ratio.map((v) => v / best),
      12
    );
  });
});
