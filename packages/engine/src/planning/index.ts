// Quota and capacity planning (docs/calculations/quota-planning.md): targets and seasonality, top-down allocation,
// grid edits, people (ramp, proration), bottom-up and reconciliation, quota transfers; fairness and capacity.
export { allocateTopDown } from "./allocation/allocate-top-down";
export { checkPlanningTree } from "./allocation/check-planning-tree";
export { type RespreadOptions, respreadSubtree } from "./allocation/respread-subtree";
export { setMonth } from "./allocation/set-month";
export { bottomUp } from "./bottom-up/bottom-up";
export { reconcile } from "./bottom-up/reconcile";
export { monthFactors } from "./people/month-factors";
export { type ProratedQuotaInput, proratedQuotas } from "./people/prorated-quotas";
export { rampedMonthlyQuotas } from "./people/ramped-monthly-quotas";
export { PlanningInputError } from "./planning-input-error";
export { checkSeasonality } from "./targets/check-seasonality";
export { learnSeasonality } from "./targets/learn-seasonality";
export { spreadByWeights } from "./targets/spread-by-weights";
export { applyQuotaTransfers, type TransferOptions } from "./transfers/apply-quota-transfers";
export * from "./fairness/index";
export * from "./capacity/index";
export type * from "./types";
// The revenue module has its own AttainmentDistribution (of actuals); the engine's index keeps that name for it,
// so planning's is also exported under this one.
export type { AttainmentDistribution as PlanningAttainmentDistribution } from "./types";
