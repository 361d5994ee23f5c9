export * from "./customers";
export * from "./engagement";
export * from "./imports";
export * from "./organisation";
export * from "./pipeline";
export * from "./workspace";
export * from "./compensation";
export * from "./planning";
