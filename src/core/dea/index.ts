export * from "./simplex";
export * from "./data";
export * from "./radial";
export * from "./sbm";
export * from "./malmquist";
