/**
 * The core, all of it: the methods and data of the add-in, pure TypeScript with no Office
 * dependency. functions.js puts this object on globalThis.LowCarbonCore, and the task pane's
 * bundle takes its core from there instead of a second copy (webpack.config.js).
 */
export * from "./cells";
export * from "./errors";
export * from "./memo";
export * from "./numeric";
export * from "./linalg";
export * from "./ahp";
export * from "./grey";
export * from "./scoring";
export * from "./anp";
export * from "./classify";
export * from "./trade";
export * from "./service";
export * from "./dea";
export * from "./mcda";
export * from "./stats";
export * from "./io";
export * from "./language";
