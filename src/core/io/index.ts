/** Environmentally extended input-output analysis (docs/methods.md §14): technical coefficients, the Leontief inverse, multipliers, linkages, emissions embodied in final demand. */
export * from "./matrix";
export * from "./coefficients";
export * from "./leontief";
export * from "./linkages";
export * from "./embodied";
export * from "./sectors";
