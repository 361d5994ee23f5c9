export { applyPayoutPolicies } from "./apply-payout-policies";
export { countPeriodsBetween } from "./count-periods-between";
export type { PayoutInput, PayoutResult, PayoutTotals } from "./types";
