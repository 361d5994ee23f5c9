export { periodQuotas } from "./period-quotas";
export type { QuotaInput, QuotaResult, Seasonality } from "./types";
