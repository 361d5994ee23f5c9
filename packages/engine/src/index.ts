// @attain/engine — pure calculation: plain data in, plain data (and a trace) out. No I/O, clock or randomness.
export * from "./calendar/index";
export * from "./comp/index";
export * from "./crediting/index";
export { EngineInputError } from "./errors";
export * from "./formula/index";
export * from "./money/index";
export * from "./org/index";
export * from "./payout/index";
export * from "./quota/index";
export * from "./revenue/index";
