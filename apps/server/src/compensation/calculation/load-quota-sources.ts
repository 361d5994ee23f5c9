import type { SqlSession } from "@attain/db";
import type { CalcPeriod } from "@attain/engine";

/**
 * One piece of a quota before conversion: an amount in its currency, converted at the rate of `month`. `grain` is
 * what the amount is a full quota of — its period (comp_quotas) or the month `month` (a booking target) — and so
 * the unit proration and ramps work in. `final`: written by publishing a quota plan (source "planning"), which ramped
 * and prorated it already, so it is used as it is (adjust-quotas.ts).
 */
export type QuotaPiece = {
  amount: string;
  currency: string;
  month: string;
  grain: "period" | "month";
  final: boolean;
};

/** Person → period key → pieces; `derived` = the person had no comp_quotas row and the pieces are booking targets. */
export type QuotaSources = {
  byPerson: Map<string, Map<string, QuotaPiece[]>>;
  derived: Set<string>;
};

/**
 * Quotas of everyone in the workspace for the measure and the periods of the year: comp_quotas where a person has
 * any for the measure, otherwise their monthly booking_targets summed per period (the caller reports the derivation).
 */
export async function loadQuotaSources(
  sql: SqlSession,
  params: { workspaceId: string; measure: string; yearPeriods: readonly CalcPeriod[] },
): Promise<QuotaSources> {
  const keys = params.yearPeriods.map((p) => p.key);
  const first = params.yearPeriods[0]!;
  const last = params.yearPeriods.at(-1)!;
  const [quotas, targets] = await Promise.all([
    sql.query<{ person_id: string; period_key: string; amount: string; currency: string; source: string }>(
      `select person_id, period_key, amount::text as amount, currency, source from comp_quotas
       where workspace_id = $1 and measure = $2 and period_key = any($3::text[]) order by person_id, period_key`,
      [params.workspaceId, params.measure, keys],
    ),
    sql.query<{ person_id: string; month: string; amount: string; currency: string; source: string }>(
      `select person_id, month, amount::text as amount, currency, source from booking_targets
       where workspace_id = $1 and person_id is not null and month between $2::date and $3::date
       order by person_id, month`,
      [params.workspaceId, first.start, last.end],
    ),
  ]);
  const byPerson = new Map<string, Map<string, QuotaPiece[]>>();
  const add = (personId: string, periodKey: string, piece: QuotaPiece) => {
    let periods = byPerson.get(personId);
    if (!periods) {
      periods = new Map();
      byPerson.set(personId, periods);
    }
    periods.set(periodKey, [...(periods.get(periodKey) ?? []), piece]);
  };
  const startOf = new Map(params.yearPeriods.map((p) => [p.key, p.start]));
  for (const q of quotas)
    add(q.person_id, q.period_key, {
      amount: q.amount,
      currency: q.currency,
      month: startOf.get(q.period_key)!,
      grain: "period",
      final: q.source === "planning",
    });
  const derived = new Set<string>();
  for (const t of targets) {
    if (byPerson.has(t.person_id) && !derived.has(t.person_id)) continue;
    const period = params.yearPeriods.find((p) => p.start <= t.month && t.month <= p.end);
    if (!period) continue;
    derived.add(t.person_id);
    add(t.person_id, period.key, {
      amount: t.amount,
      currency: t.currency,
      month: t.month,
      grain: "month",
      final: t.source === "planning",
    });
  }
  return { byPerson, derived };
}
