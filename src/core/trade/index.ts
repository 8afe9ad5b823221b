/** Trade structure (methods.md §5): code normalisation, HS → SITC tables, groups, shares, indices. */
export * from "./cells";
export * from "./codes";
export * from "./tables";
export * from "./mapping";
export * from "./classify";
export * from "./share";
export * from "./indices";
