// Territory design: rule matching, coverage, routing and balancing (docs/calculations/territories.md).
export * from "./balance/index";
export * from "./coverage/index";
export { TerritoryInputError } from "./territory-input-error";
export type * from "./types";
