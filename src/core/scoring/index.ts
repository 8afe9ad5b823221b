/** Quantitative indicators: moving averages and threshold scores. */
export * from "./smooth";
export * from "./threshold";
export * from "./quant";
