import { toUuidArray } from "@attain/db";
import { type SQL, sql } from "drizzle-orm";
import type { MeasureRequest } from "./types";

/**
 * The SQL pieces every measure source shares: the latest segmentation's segment of an account, the month window of a
 * facts refresh, a row's reporting-currency rate, and a request's person / segment / product / channel conditions.
 */

/** `left join` giving `<alias>.segment`: the account's segment in the workspace's latest segmentation run. */
export function latestSegmentJoin(workspaceId: string, accountId: SQL, alias = "seg"): SQL {
  const a = sql.raw(alias);
  // Keyed by (segmentation, account), the table's primary key: the run is the workspace's, so no workspace condition
  // is needed, and one lets the planner pick the workspace-wide index and filter every segment row per line.
  return sql`left join account_segments ${a} on ${a}.segmentation_id = (select s.id from segmentations s
      where s.workspace_id = ${workspaceId} order by s.valid_from desc, s.created_at desc limit 1)
    and ${a}.account_id = ${accountId}`;
}

/**
 * The joins and the expression of a row's rate: units of reporting currency per unit of `currency` in the month of
 * `day` (null when a foreign currency has no rate that month). Plain joins, so PostgreSQL hashes the rates.
 */
export function rateOf(workspaceId: string, currency: SQL, day: SQL, alias = "fx"): { join: SQL; rate: SQL } {
  const a = sql.raw(alias);
  const rc = sql.raw(`${alias}_rc`);
  return {
    join: sql`left join exchange_rates ${a} on ${a}.workspace_id = ${workspaceId} and ${a}.currency = ${currency}
        and ${a}.month = date_trunc('month', ${day})::date
      cross join (select reporting_currency from workspaces where id = ${workspaceId}) ${rc}`,
    rate: sql`(case when ${currency} = ${rc}.reporting_currency then 1::numeric else ${a}.rate end)`,
  };
}

/** `and column in [from, toExclusive)` for a refresh window; nothing for a full rebuild. */
export function monthWindow(column: SQL, months: { from: string; toExclusive: string } | null): SQL {
  if (!months) return sql``;
  return sql`and ${column} >= ${months.from}::date and ${column} < ${months.toExclusive}::date`;
}

/** The request's filters on a row's person, segment, product and channel columns (each only where given). */
export function requestFilters(
  request: MeasureRequest,
  columns: { person?: SQL; segment?: SQL; product?: SQL; channel?: SQL },
): SQL {
  const parts: SQL[] = [];
  if (columns.person && request.personIds)
    parts.push(sql`and ${columns.person} = any(${toUuidArray(request.personIds)})`);
  if (columns.segment && request.segment !== null)
    parts.push(sql`and ${columns.segment} = ${request.segment}`);
  if (columns.product && request.productId !== null)
    parts.push(sql`and ${columns.product} = ${request.productId}::uuid`);
  if (columns.channel && request.channel !== null)
    parts.push(sql`and ${columns.channel} = ${request.channel}`);
  return sql.join(parts, sql` `);
}
