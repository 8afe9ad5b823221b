/** Weighting and ranking methods on a decision matrix: entropy weights, combined weights, TOPSIS, grey relational analysis. */
export * from "./matrix";
export * from "./entropy";
export * from "./combine";
export * from "./topsis";
export * from "./gra";
