// Compensation: plan contract, calculation contract and the calculation entry points.

export { calculatePayeePeriod } from "./calculate-payee-period";
export { calculatePeriod } from "./calculate-period";
export type * from "./calculation";
export { estimateDealCommission } from "./estimate-deal-commission";
export { evaluateTiers, type TierEvaluation } from "./evaluate-tiers";
export { formulaEnvironmentFor } from "./formula-environment-for";
export type * from "./plan";
export { planSchema } from "./plan-schema";
export { type PlanIssue, validatePlan } from "./validate-plan";
