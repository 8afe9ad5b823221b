/** Trade files (docs/methods.md §5.3): layouts, cells, the record-by-record accumulator and its report. */
export * from "./cells";
export * from "./layout";
export * from "./accumulate";
export * from "./report";
export * from "./read";
