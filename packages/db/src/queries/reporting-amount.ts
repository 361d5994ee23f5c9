import { type SQL, sql } from "drizzle-orm";

/**
 * An amount converted to the workspace's reporting currency at the month's rate, rounded to the cent per line
 * (PostgreSQL's round() on numeric rounds half away from zero). Rounding per line, then summing exactly, makes every
 * total equal the sum of the lines a user drills into. A foreign amount without a rate yields null, which callers reject.
 *
 * Returns the `left join` to add to the query's FROM clause and the converted amount expression that uses it: a join
 * lets PostgreSQL look the rates up in bulk instead of running a subquery per line (a year of the demo, 30,901 lines
 * on PGlite: 215 ms instead of 300 ms).
 */
export function reportingConversion(
  line: { amount: SQL; currency: SQL; day: SQL },
  workspaceId: string,
): { join: SQL; amount: SQL } {
  return {
    join: sql`left join exchange_rates fx on fx.workspace_id = ${workspaceId} and fx.currency = ${line.currency}
                and fx.month = date_trunc('month', ${line.day})::date
              cross join (select reporting_currency from workspaces where id = ${workspaceId}) rc`,
    amount: sql`round(${line.amount} * (case when ${line.currency} = rc.reporting_currency then 1::numeric else fx.rate end), 2)`,
  };
}
