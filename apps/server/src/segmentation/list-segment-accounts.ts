import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import { getSegmentation } from "./get-segmentation";
import type { SegmentAccountsQuery } from "./schemas";

type Row = {
  account_id: string;
  external_id: string;
  name: string;
  segment: string | null;
  trace: string[];
  total: number;
};

/**
 * A page of a run's accounts by name: all, or those of one `segment` (an empty `segment` = the unsegmented ones),
 * optionally matching `q` in the name or external id. 404 when the run is not the workspace's.
 */
export async function listSegmentAccounts(
  db: Db,
  params: { workspaceId: string; segmentationId: string } & SegmentAccountsQuery,
) {
  const { workspaceId, segmentationId, segment, q, limit, offset } = params;
  await getSegmentation(db, { workspaceId, segmentationId });
  const bySegment =
    segment === undefined ? sql`true` : segment === "" ? sql`s.segment is null` : sql`s.segment = ${segment}`;
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const byText =
    pattern === null ? sql`true` : sql`(a.name ilike ${pattern} or a.external_id ilike ${pattern})`;
  const rows = await selectRows<Row>(
    db,
    sql`select s.account_id, a.external_id, a.name, s.segment, s.trace, count(*) over ()::int as total
        from account_segments s join accounts a on a.id = s.account_id and a.workspace_id = s.workspace_id
        where s.workspace_id = ${workspaceId} and s.segmentation_id = ${segmentationId} and ${bySegment} and ${byText}
        order by a.name, a.id limit ${limit} offset ${offset}`,
  );
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && offset > 0) {
    // Past the last page: count without the window.
    const [count] = await selectRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from account_segments s join accounts a on a.id = s.account_id
          where s.workspace_id = ${workspaceId} and s.segmentation_id = ${segmentationId} and ${bySegment} and ${byText}`,
    );
    total = count?.n ?? 0;
  }
  return {
    total,
    accounts: rows.map((r) => ({
      accountId: r.account_id,
      externalId: r.external_id,
      name: r.name,
      segment: r.segment,
      trace: r.trace,
    })),
  };
}
