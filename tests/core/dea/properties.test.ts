/**
 * Properties of the DEA models on random data (fast-check): scores in (0, 1], an efficient unit
 * in every model, CRS ≤ NIRS, NDRS ≤ VRS, scale = CRS/VRS, invariance to the units of any column
 * (factors up to 1e9), super-efficiency equal to efficiency for inefficient units (checked with
 * HiGHS on the LP without the unit), targets that are efficient, Malmquist = EC × TC; and the
 * speed-ups (screening, restricted basis entry, HiGHS in place of the simplex) change no result.
 * Tolerance: 1e-9 relative unless stated.
 */
import fc from "fast-check";
import {
  DeaData,
  Orientation,
  Rts,
  deaData,
  malmquist,
  radialLp,
  radialPass,
  sbmEfficiency,
  sbmLp,
  scaleEfficiency,
  slackPass,
  solveLp,
  superEfficiency,
  targetTable,
} from "../../../src/core/dea";
import { highsSolver, loadHighs } from "../../support/lpSolvers";

beforeAll(loadHighs);

interface Raw {
  x: number[][];
  y: number[][];
}

/** n units × m inputs × s outputs, log-uniform over six orders of magnitude, some zero outputs, some repeated units. */
const rawData = (maxUnits = 25): fc.Arbitrary<Raw> =>
  fc
    .record({
      n: fc.integer({ min: 2, max: maxUnits }),
      m: fc.integer({ min: 1, max: 3 }),
      s: fc.integer({ min: 1, max: 3 }),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    })
    .map(({ n, m, s, seed }) => {
      let st = seed;
      const r = () => {
        st = (Math.imul(st, 1664525) + 1013904223) >>> 0;
        return st / 4294967296;
      };
      const x: number[][] = [];
      const y: number[][] = [];
      for (let j = 0; j < n; j++) {
        if (j > 0 && r() < 0.1) {
          const c = Math.floor(r() * j);
          x.push([...x[c]]);
          y.push([...y[c]]);
          continue;
        }
        const size = 10 ** (3 * r());
        x.push(Array.from({ length: m }, () => size * 10 ** (2 * r() - 1)));
        y.push(Array.from({ length: s }, () => (r() < 0.1 ? 0 : size * 10 ** (2 * r() - 1))));
        if (y[j].every((v) => v === 0)) y[j][0] = size;
      }
      return { x, y };
    });

const toData = (r: Raw): DeaData =>
  deaData({ what: "inputs", grid: r.x }, [{ what: "outputs", grid: r.y }]);

const RTS: Rts[] = ["CRS", "VRS", "NIRS", "NDRS"];
const ORIENTATIONS: Orientation[] = ["IN", "OUT"];

function close(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

function expectClose(a: ArrayLike<number>, b: ArrayLike<number>, tol = 1e-9, label = ""): void {
  for (let i = 0; i < a.length; i++)
    if (!close(a[i], b[i], tol)) throw new Error(`${label} unit ${i + 1}: ${a[i]} vs ${b[i]}`);
}

const runs = { numRuns: 60, seed: 9 };

describe("radial models", () => {
  test("scores in (0, 1], an efficient unit, CRS ≤ NIRS, NDRS ≤ VRS", () => {
    fc.assert(
      fc.property(rawData(), (raw) => {
        const d = toData(raw);
        for (const orientation of ORIENTATIONS) {
          const score = Object.fromEntries(
            RTS.map((rts) => [rts, radialPass(d, { rts, orientation }).score])
          ) as Record<Rts, Float64Array>;
          for (const rts of RTS) {
            for (const v of score[rts]) {
              expect(v).toBeGreaterThan(0);
              expect(v).toBeLessThanOrEqual(1);
            }
            expect(Math.max(...score[rts])).toBe(1);
          }
          for (let j = 0; j < d.n; j++) {
            for (const mid of ["NIRS", "NDRS"] as const) {
              expect(score.CRS[j]).toBeLessThanOrEqual(score[mid][j] * (1 + 1e-9));
              expect(score[mid][j]).toBeLessThanOrEqual(score.VRS[j] * (1 + 1e-9));
            }
          }
        }
      }),
      runs
    );
  });

  test("DEA.SCALE: scale = CRS/VRS, CRS exactly when scale is 1, DRS exactly when NIRS = VRS", () => {
    fc.assert(
      fc.property(rawData(), fc.constantFrom<Orientation>("IN", "OUT"), (raw, orientation) => {
        const d = toData(raw);
        const nirs = radialPass(d, { rts: "NIRS", orientation }).score;
        scaleEfficiency(d, orientation).forEach((row, j) => {
          expect(close(row.scale, row.crs / row.vrs)).toBe(true);
          if (row.returns === "CRS") expect(close(row.crs, row.vrs)).toBe(true);
          else expect(row.returns).toBe(close(nirs[j], row.vrs) ? "DRS" : "IRS");
        });
      }),
      runs
    );
  });

  test("every score is unchanged when any column is rescaled (by 1e-3, 7.3 or 1e9)", () => {
    fc.assert(
      fc.property(
        rawData(),
        fc.constantFrom(1e-3, 7.3, 1e9),
        fc.nat(),
        fc.constantFrom(...RTS),
        fc.constantFrom<Orientation>("IN", "OUT"),
        (raw, factor, pick, rts, orientation) => {
          const m = raw.x[0].length;
          const s = raw.y[0].length;
          const col = pick % (m + s);
          const scaled: Raw = {
            x: raw.x.map((r) => r.map((v, i) => (col === i ? v * factor : v))),
            y: raw.y.map((r) => r.map((v, k) => (col === m + k ? v * factor : v))),
          };
          const a = toData(raw);
          const b = toData(scaled);
          const opts = { rts, orientation };
          expectClose(radialPass(a, opts).score, radialPass(b, opts).score);
          expectClose(sbmEfficiency(a, rts, 0), sbmEfficiency(b, rts, 0));
          const sa = superEfficiency(a, opts);
          const sb = superEfficiency(b, opts);
          sa.forEach((v, j) => {
            if (typeof v === "number") expect(close(v, sb[j] as number)).toBe(true);
            else expect(typeof sb[j]).toBe("object");
          });
          // Targets scale with their column.
          const ta = targetTable(a, slackPass(a, opts, radialPass(a, opts)), orientation);
          const tb = targetTable(b, slackPass(b, opts, radialPass(b, opts)), orientation);
          ta.forEach((row, j) =>
            row.forEach((v, q) =>
              expect(close(q === col ? v * factor : v, tb[j][q], 1e-8)).toBe(true)
            )
          );
        }
      ),
      { numRuns: 80, seed: 11 }
    );
  });

  test("super-efficiency equals efficiency for inefficient units (HiGHS on the LP without the unit) and is ≥ 1 for efficient ones", () => {
    fc.assert(
      fc.property(
        rawData(),
        fc.constantFrom(...RTS),
        fc.constantFrom<Orientation>("IN", "OUT"),
        (raw, rts, orientation) => {
          const d = toData(raw);
          const opts = { rts, orientation };
          const eff = radialPass(d, opts).score;
          const sup = superEfficiency(d, opts);
          for (let o = 0; o < d.n; o++) {
            const others = Array.from({ length: d.n }, (_, j) => j).filter((j) => j !== o);
            const h = highsSolver(radialLp(d, o, others, rts, orientation));
            const v = sup[o];
            if (eff[o] < 1) {
              expect(close(v as number, eff[o])).toBe(true);
              const hv = orientation === "IN" ? h.x[0] : 1 / h.x[0];
              expect(close(hv, eff[o], 1e-8)).toBe(true);
            } else if (typeof v === "number") {
              expect(v).toBeGreaterThanOrEqual(1);
              const hv = orientation === "IN" ? h.x[0] : 1 / h.x[0];
              expect(close(v, hv, 1e-8)).toBe(true);
            } else {
              // No super-efficiency: HiGHS finds the LP infeasible (or φ = 0).
              expect(h.status === "infeasible" || (h.status === "optimal" && h.x[0] < 1e-9)).toBe(
                true
              );
            }
          }
        }
      ),
      runs
    );
  });

  test("the targets are efficient: each unit moved to its target scores 1, radially and in SBM", () => {
    fc.assert(
      fc.property(
        rawData(15),
        fc.constantFrom(...RTS),
        fc.constantFrom<Orientation>("IN", "OUT"),
        (raw, rts, orientation) => {
          const d = toData(raw);
          const opts = { rts, orientation };
          const targets = targetTable(d, slackPass(d, opts, radialPass(d, opts)), orientation);
          const m = raw.x[0].length;
          for (let o = 0; o < d.n; o++) {
            const moved: Raw = {
              x: raw.x.map((r, j) => (j === o ? targets[o].slice(0, m) : r)),
              y: raw.y.map((r, j) => (j === o ? targets[o].slice(m) : r)),
            };
            // A target input can be 0 only where the data allow it; DEA needs positive inputs.
            if (moved.x[o].some((v) => !(v > 1e-9 * Math.max(...raw.x.map((r) => r[0]))))) continue;
            const md = toData(moved);
            expect(close(radialPass(md, opts).score[o], 1, 1e-8)).toBe(true);
            if (rts === "CRS" || rts === "VRS")
              expect(close(sbmEfficiency(md, rts, 0)[o], 1, 1e-7)).toBe(true);
          }
        }
      ),
      { numRuns: 40, seed: 13 }
    );
  });
});

describe("SBM", () => {
  test("ρ in (0, 1], ρ ≤ the radial score of either orientation, an efficient unit; with bad outputs too", () => {
    fc.assert(
      fc.property(rawData(), fc.constantFrom<Rts>("CRS", "VRS"), (raw, rts) => {
        const d = toData(raw);
        const rho = sbmEfficiency(d, rts, 0);
        const inn = radialPass(d, { rts, orientation: "IN" }).score;
        const out = radialPass(d, { rts, orientation: "OUT" }).score;
        for (let j = 0; j < d.n; j++) {
          expect(rho[j]).toBeGreaterThan(0);
          expect(rho[j]).toBeLessThanOrEqual(Math.min(inn[j], out[j]) * (1 + 1e-9));
        }
        expect(Math.max(...rho)).toBe(1);
        // The last output treated as undesirable (when every unit keeps a positive good output).
        if (raw.y[0].length > 1 && raw.y.every((row) => row.slice(0, -1).some((v) => v > 0))) {
          const d2 = deaData({ what: "inputs", grid: raw.x }, [
            { what: "outputs", grid: raw.y.map((row) => row.slice(0, -1)) },
            { what: "undesirable", grid: raw.y.map((row) => row.slice(-1)) },
          ]);
          const bad = sbmEfficiency(d2, rts, 1);
          for (const v of bad) expect(v > 0 && v <= 1).toBe(true);
          expect(Math.max(...bad)).toBe(1);
        }
      }),
      runs
    );
  });
});

describe("Malmquist", () => {
  test("Malmquist = EC × TC; identical periods give 1; outputs grown by g in period 2 give TC = g under CRS for every unit", () => {
    fc.assert(
      fc.property(rawData(12), fc.double({ min: 0.5, max: 2, noNaN: true }), (raw, g) => {
        const n = raw.x.length;
        const periods = [
          Array.from({ length: n }, (_, j) => j),
          Array.from({ length: n }, (_, j) => n + j),
        ];
        const same = toData({ x: [...raw.x, ...raw.x], y: [...raw.y, ...raw.y] });
        for (const r of malmquist(same, periods)) {
          expect(close(r.malmquist as number, 1)).toBe(true);
          expect(close(r.efficiencyChange, 1)).toBe(true);
        }
        const grown = toData({
          x: [...raw.x, ...raw.x],
          y: [...raw.y, ...raw.y.map((row) => row.map((v) => v * g))],
        });
        for (const r of malmquist(grown, periods)) {
          expect(
            close(r.malmquist as number, r.efficiencyChange * (r.technicalChange as number))
          ).toBe(true);
          expect(close(r.technicalChange as number, g)).toBe(true);
          expect(close(r.efficiencyChange, 1)).toBe(true);
        }
      }),
      runs
    );
  });
});

describe("the speed-ups change no result", () => {
  /** 300 units (more than the 128 that start the block screening), 4 inputs, 3 outputs. */
  function bigData(seed: number): DeaData {
    let st = seed;
    const r = () => {
      st = (Math.imul(st, 1664525) + 1013904223) >>> 0;
      return st / 4294967296;
    };
    const ln = () => Math.exp(Math.sqrt(-2 * Math.log(r() || 1e-12)) * Math.cos(2 * Math.PI * r()));
    const x: number[][] = [];
    const y: number[][] = [];
    for (let j = 0; j < 300; j++) {
      const size = ln();
      x.push(Array.from({ length: 4 }, () => size * ln()));
      const eff = Math.min(1, 0.3 + 0.8 * r());
      y.push(Array.from({ length: 3 }, () => size * eff * Math.sqrt(ln())));
    }
    return deaData({ what: "inputs", grid: x }, [{ what: "outputs", grid: y }]);
  }

  test.each(["CRS", "VRS", "NDRS"] as Rts[])(
    "%s: screened passes equal one full LP per unit (ours and HiGHS)",
    (rts) => {
      const d = bigData(rts.length * 101);
      const all = Array.from({ length: d.n }, (_, j) => j);
      for (const orientation of ORIENTATIONS) {
        const opts = { rts, orientation };
        const pass = radialPass(d, opts);
        const full = all.map((o) => {
          const v = solveLp(radialLp(d, o, all, rts, orientation)).x[0];
          return orientation === "IN" ? v : 1 / v;
        });
        expectClose(pass.score, full, 1e-9, `${rts} ${orientation}`);
        const viaHighs = radialPass(d, { ...opts, solver: highsSolver }).score;
        expectClose(pass.score, viaHighs, 1e-9, `${rts} ${orientation} HiGHS`);
        // Super-efficiency with the reduced reference sets against the full LP without the unit.
        superEfficiency(d, opts).forEach((v, o) => {
          if (typeof v !== "number" || pass.score[o] < 1) return;
          const h = highsSolver(
            radialLp(
              d,
              o,
              all.filter((j) => j !== o),
              rts,
              orientation
            )
          );
          expect(close(v, orientation === "IN" ? h.x[0] : 1 / h.x[0], 1e-8)).toBe(true);
        });
      }
      // SBM screened against one full LP per unit.
      const floor = new Float64Array(d.s);
      const sbm = sbmEfficiency(d, rts, 0);
      expectClose(
        sbm,
        all.map((o) => solveLp(sbmLp(d, o, all, rts, 0, floor)).objective),
        1e-9,
        "SBM"
      );
    }
  );
});
