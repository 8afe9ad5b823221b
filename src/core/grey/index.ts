/** Grey multi-level evaluation: scales, whitening functions, evaluation, weight sensitivity. */
export * from "./scales";
export * from "./whiten";
export * from "./evaluate";
export * from "./sensitivity";
