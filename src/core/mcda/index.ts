/** Weighting and ranking methods on a decision matrix: entropy weights, combined weights, TOPSIS, grey relational analysis; the grades of a coupling coordination degree. */
export * from "./matrix";
export * from "./entropy";
export * from "./combine";
export * from "./topsis";
export * from "./gra";
export * from "./couplingGrades";
