export * from "./rollup/index";
export * from "./time-series/index";
export * from "./win-probability/index";
