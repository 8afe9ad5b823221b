/** Grey multi-level evaluation: scales, whitening functions, evaluation. */
export * from "./scales";
export * from "./whiten";
export * from "./evaluate";
