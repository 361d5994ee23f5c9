import type { SqlSession } from "@attain/db";
import { segmentOf } from "../calculation/load-transactions";
import type { OpenDeal } from "./build-deal-credit";

type Row = Omit<OpenDeal, "segment"> & { employees: number | null; others_share: string };

/** The person's open opportunities with an amount (or just `opportunityId`), with the attributes crediting uses. */
export async function loadOpenDeals(
  sql: SqlSession,
  params: { workspaceId: string; ownerId: string; opportunityId: string | null },
): Promise<(OpenDeal & { othersShare: string })[]> {
  const rows = await sql.query<Row>(
    `select o.id, o.name, o.amount::text as amount, o.currency, o.type, p.external_id as product,
            p.family as "productFamily", a.industry, a.employees, r.external_id as region,
            coalesce((select sum(s.share) from comp_credit_splits s
                      where s.workspace_id = o.workspace_id and s.opportunity_id = o.id and s.role = 'split'
                        and s.person_id <> o.owner_id), 0)::text as others_share
     from opportunities o
     left join products p on p.id = o.product_id
     left join accounts a on a.id = o.account_id
     left join regions r on r.id = a.region_id
     where o.workspace_id = $1 and o.owner_id = $2 and o.status = 'open' and o.amount is not null
       and ($3::uuid is null or o.id = $3::uuid)
     order by o.close_date nulls last, o.name, o.id`,
    [params.workspaceId, params.ownerId, params.opportunityId],
  );
  return rows.map(({ employees, others_share, ...row }) => ({
    ...row,
    segment: segmentOf(employees),
    othersShare: others_share,
  }));
}
