/** AHP: judgment matrices, weights, consistency, groups, hierarchies. */
export * from "./methods";
export * from "./judgments";
export * from "./weights";
export * from "./consistency";
export * from "./triangle";
export * from "./group";
export * from "./suggest";
export * from "./hierarchy";
export * from "./consensus";
export * from "./uncertainty";
