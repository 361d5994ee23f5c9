export * from "./connect";
export * from "./migrate";
export * from "./queries";
export * from "./schema";
