/** ANP: supermatrix weighting, limit matrix and priorities. */
export * from "./limit";
