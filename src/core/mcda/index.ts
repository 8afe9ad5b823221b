/** Weighting and ranking methods on a decision matrix: entropy weights, combined weights, TOPSIS, grey relational analysis; fuzzy comprehensive evaluation; coupling coordination degree. */
export * from "./matrix";
export * from "./entropy";
export * from "./combine";
export * from "./topsis";
export * from "./gra";
export * from "./fuzzy";
export * from "./coupling";
