import { type SQL, sql } from "drizzle-orm";

/**
 * An amount converted to the workspace's reporting currency at the month's rate, rounded to the cent per line
 * (PostgreSQL's round() on numeric rounds half away from zero). Rounding per line, then summing exactly, makes every
 * total equal the sum of the lines a user drills into. A foreign amount without a rate yields null, which callers reject.
 */
export function reportingAmount(amount: SQL, currency: SQL, day: SQL, workspaceId: string): SQL {
  return sql`round(${amount} * (case when ${currency} = (select reporting_currency from workspaces where id = ${workspaceId})
      then 1::numeric
      else (select rate from exchange_rates er where er.workspace_id = ${workspaceId} and er.currency = ${currency}
            and er.month = date_trunc('month', ${day})::date) end), 2)`;
}
