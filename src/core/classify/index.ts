/** Classifying codes into groups, shared by trade and services: per-cell outcomes, user prefix mappings, share tables. */
export * from "./grid";
export * from "./mapping";
export * from "./share";
