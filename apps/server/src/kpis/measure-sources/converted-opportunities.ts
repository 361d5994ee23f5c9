import { type SQL, sql } from "drizzle-orm";
import { latestSegmentJoin, rateOf } from "./request-filters";

/**
 * Deals as the KPI measures read them: the amount converted at the close month's rate (the creation month's without
 * a close date) and rounded to the cent, the owner, the account's latest segment, the product. `where` is on `o`.
 */
export function convertedOpportunities(workspaceId: string, where: SQL): SQL {
  const fx = rateOf(workspaceId, sql`o.currency`, sql`coalesce(o.close_date, o.created_on)`);
  return sql`select o.id, o.external_id, o.name, o.status, o.stage, o.type, o.account_id, o.created_on, o.close_date,
      o.owner_id as person_id, seg.segment, o.product_id, o.amount as original_amount, o.currency,
      round(o.amount * ${fx.rate}, 2) as amount
    from opportunities o ${fx.join}
    ${latestSegmentJoin(workspaceId, sql`o.account_id`)}
    where o.workspace_id = ${workspaceId} ${where}`;
}
