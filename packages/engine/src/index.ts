// @attain/engine — pure calculation: plain data in, plain data (and a trace) out. No I/O, no clock, no randomness without a seed.
export * from "./calendar/index";
export * from "./comp/index";
export * from "./crediting/index";
export { EngineInputError } from "./errors";
export * from "./forecast/index";
export * from "./formula/index";
export * from "./goals/index";
export * from "./kpi/index";
export * from "./money/index";
export * from "./org/index";
export * from "./payout/index";
export * from "./pipeline/index";
export * from "./planning/index";
export * from "./quota/index";
export * from "./revenue/index";
export * from "./segmentation/index";
export * from "./territories/index";
// Both revenue and planning name a type AttainmentDistribution; the name stays revenue's (planning's is
// PlanningAttainmentDistribution), and this explicit export settles the clash between the two `export *`.
export type { AttainmentDistribution } from "./revenue/index";
