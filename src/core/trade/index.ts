/**
 * Trade structure (docs/methods.md §5): code normalisation, HS → SITC tables, groups, shares,
 * indices, structure over time. Reading trade files is src/core/trade/files, imported on its own
 * (no custom function needs it, so functions.js leaves it out; scripts/webpack/shared-core.js).
 */
export * from "./codes";
export * from "./tables";
export * from "./classify";
export * from "./indices";
export * from "./change";
export * from "./structure";
