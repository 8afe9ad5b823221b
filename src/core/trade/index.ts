/** Trade structure (docs/methods.md §5): code normalisation, HS → SITC tables, groups, shares, indices. */
export * from "./codes";
export * from "./tables";
export * from "./classify";
export * from "./indices";
