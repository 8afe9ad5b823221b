/**
 * Rasmussen's backward and forward linkages (src/core/io/linkages.ts; Miller & Blair 2009,
 * §12.2): by hand on Miller & Blair's two-sector example, against the sums of the inverse on
 * random matrices, the Ghosh forward linkages through the transposed table, and the kind names.
 */
import {
  leontiefInverse,
  linkageKind,
  linkages,
  rowsOf,
  technicalCoefficients,
} from "../../../src/core/io";
import { inverse } from "../../../src/core/linalg";
import { MB, productive, seeded } from "./fixtures";

describe("linkages", () => {
  it("Miller & Blair's two-sector example by hand: L's column sums 1.15, 1.1 and row sums 1.2, 1.05 (/0.7575)", () => {
    // BL_j = n·colsum_j / ΣΣL = 2·[1.15, 1.1] / 2.25; FL_i = 2·[1.2, 1.05] / 2.25
    const bl = linkages(MB.A, "BACKWARD");
    const fl = linkages(MB.A, "FORWARD");
    [2.3 / 2.25, 2.2 / 2.25].forEach((v, j) => expect(bl[j]).toBeCloseTo(v, 14));
    [2.4 / 2.25, 2.1 / 2.25].forEach((v, i) => expect(fl[i]).toBeCloseTo(v, 14));
  });

  it("are n·(sums of L)/ΣΣL, averaging 1, on random productive matrices", () => {
    const rnd = seeded(99);
    for (const n of [1, 4, 30]) {
      const a = productive(n, rnd);
      const l = leontiefInverse(a);
      const total = l.flat().reduce((s, v) => s + v, 0);
      const cols = l[0].map((_, j) => l.reduce((s, row) => s + row[j], 0));
      const rows = l.map((row) => row.reduce((s, v) => s + v, 0));
      const bl = linkages(a, "BACKWARD");
      const fl = linkages(a, "FORWARD");
      bl.forEach((v, j) => expect(v).toBeCloseTo((n * cols[j]) / total, 12));
      fl.forEach((v, i) => expect(v).toBeCloseTo((n * rows[i]) / total, 12));
      expect(bl.reduce((s, v) => s + v, 0) / n).toBeCloseTo(1, 13);
      expect(fl.reduce((s, v) => s + v, 0) / n).toBeCloseTo(1, 13);
    }
  });

  it("give the Ghosh forward linkages as the backward linkages of the transposed table (README recipe)", () => {
    // Ghosh: B = diag(x)⁻¹·Z (allocation coefficients), G = (I − B)⁻¹, forward linkage
    // n·rowsum_i(G)/ΣΣG. Bᵀ = Zᵀ·diag(x)⁻¹ are the technical coefficients of the transposed
    // flows, and the column sums of (I − Bᵀ)⁻¹ = Gᵀ are the row sums of G.
    const b = MB.Z.map((row, i) => row.map((z) => z / MB.x[i]));
    const g = inverse(b.map((row, i) => row.map((v, j) => (i === j ? 1 : 0) - v))) as number[][];
    // By hand: I − B = [[0.85, −0.5], [−0.1, 0.95]], det 0.7575, G = [[0.95, 0.5], [0.1, 0.85]] / 0.7575
    [
      [0.95, 0.5],
      [0.1, 0.85],
    ].forEach((row, i) => row.forEach((v, j) => expect(g[i][j]).toBeCloseTo(v / 0.7575, 14)));
    const total = g.flat().reduce((s, v) => s + v, 0);
    const ghosh = g.map((row) => (2 * row.reduce((s, v) => s + v, 0)) / total);
    const zt = MB.Z[0].map((_, j) => MB.Z.map((row) => row[j]));
    const viaTranspose = linkages(rowsOf(technicalCoefficients(zt, [MB.x])), "BACKWARD");
    ghosh.forEach((v, i) => expect(viaTranspose[i]).toBeCloseTo(v, 14));
    [2.9 / 2.4, 1.9 / 2.4].forEach((v, i) => expect(ghosh[i]).toBeCloseTo(v, 14));
  });

  it("need a productive matrix", () => {
    expect(() =>
      linkages(
        [
          [0.5, 0.1],
          [0.6, 0.1],
        ],
        "FORWARD"
      )
    ).toThrow("coefficients: column 1 sums to 1.1 ≥ 1");
  });
});

describe("linkageKind", () => {
  it("reads BACKWARD/FORWARD in any case, and 后向/前向", () => {
    for (const [name, kind] of [
      ["BACKWARD", "BACKWARD"],
      ["backward", "BACKWARD"],
      [" Forward ", "FORWARD"],
      ["后向", "BACKWARD"],
      ["前向", "FORWARD"],
    ])
      expect(linkageKind(name)).toBe(kind);
  });

  it("refuses any other name", () => {
    for (const name of ["GHOSH", "toString", "", "back"])
      expect(() => linkageKind(name)).toThrow(
        `kind must be BACKWARD (后向, the default) or FORWARD (前向), not "${name}"`
      );
  });
});
