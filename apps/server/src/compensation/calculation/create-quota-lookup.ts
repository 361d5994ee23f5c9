import type { SqlSession } from "@attain/db";
import { adjustQuotas, type QuotaYear } from "./adjust-quotas";
import type { RateIndex } from "./build-quotas";
import type { CalcProblem } from "./calc-db";
import { loadQuotaPeople } from "./load-quota-people";
import { loadQuotaPolicy } from "./load-quota-policy";
import { loadQuotaSources, type QuotaSources } from "./load-quota-sources";

/** A person's quota per period of the year for a measure, in a currency (prorated and ramped). */
export type QuotasOf = (
  personId: string,
  measure: string,
  currency: string,
  rateOf: RateIndex,
) => Record<string, string>;

/**
 * Loads the quota sources of each measure, the quota policy and the people, and returns them with `quotasOf`, which
 * adjusts each person's quotas once per measure and currency (a seller counts in several managers' team quotas), so
 * each adjustment and missing rate is reported once, on the person whose quota it is.
 */
export async function createQuotaLookup(
  sql: SqlSession,
  params: {
    workspaceId: string;
    measures: readonly string[];
    year: QuotaYear;
    report: (problem: CalcProblem) => void;
  },
): Promise<{ sources: Map<string, QuotaSources>; quotasOf: QuotasOf }> {
  const { workspaceId, year } = params;
  const sources = new Map<string, QuotaSources>();
  for (const measure of params.measures)
    sources.set(measure, await loadQuotaSources(sql, { workspaceId, measure, yearPeriods: year.periods }));
  const [policy, people] = await Promise.all([
    loadQuotaPolicy(sql, workspaceId),
    loadQuotaPeople(sql, workspaceId),
  ]);
  const adjusted = new Map<string, Record<string, string>>();
  const quotasOf: QuotasOf = (personId, measure, currency, rateOf) => {
    const key = `${measure}\u0000${currency}\u0000${personId}`;
    let quotas = adjusted.get(key);
    if (!quotas) {
      quotas = adjustQuotas({
        person: people.get(personId),
        pieces: sources.get(measure)?.byPerson.get(personId),
        policy,
        year,
        currency,
        rateOf,
        report: (problem) => params.report({ ...problem, personId }),
      });
      adjusted.set(key, quotas);
    }
    return quotas;
  };
  return { sources, quotasOf };
}
