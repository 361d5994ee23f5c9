import type { KpiContext } from "../kpis/types";

/** The request context part of any KPI response (values, breakdown, funnel). */
export function kpiContextOf(response: KpiContext): KpiContext {
  return {
    currency: response.currency,
    from: response.from,
    to: response.to,
    fromDay: response.fromDay,
    toDay: response.toDay,
    asOf: response.asOf,
    scope: response.scope,
    filters: response.filters,
    version: response.version,
  };
}
