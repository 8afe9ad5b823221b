/**
 * The 10-level grade of a coupling coordination degree D (src/core/mcda/couplingGrades.ts): the
 * bounds and labels of the table (issue 10 §2), each level from its lower bound up to
 * the next, exclusive; the expected labels are read off that table by hand.
 */
import { COUPLING_GRADES, couplingGradeLabel } from "../../../src/core/mcda/couplingGrades";

describe("COUPLING_GRADES", () => {
  it("has ten levels with lower bounds 0, 0.1, …, 0.9, ascending", () => {
    expect(COUPLING_GRADES.map((g) => g.lower)).toEqual([
      0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
    ]);
  });

  it.each([
    [0, "Extreme disorder"],
    [0.0999, "Extreme disorder"],
    [0.1, "Serious disorder"],
    [0.3, "Mild disorder"],
    [0.4999, "On the verge of disorder"],
    [0.5, "Barely coordinated"],
    [0.65, "Primary coordination"],
    [0.7, "Intermediate coordination"],
    [0.8999, "Good coordination"],
    [0.9, "Quality coordination"],
    [1, "Quality coordination"],
    [-0.01, "Extreme disorder"],
  ])("D = %p is %s", (d, label) => expect(couplingGradeLabel(d)).toBe(label));
});
