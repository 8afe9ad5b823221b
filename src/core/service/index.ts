/** Services trade and service outsourcing (docs/methods.md §6): EBOPS 2010 codes → ITO, BPO, KPO, OTHER. */
export * from "./ebops";
export * from "./classify";
