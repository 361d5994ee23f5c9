import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import { problems } from "../http/problem";
import type { PotentialEstimateRow } from "./schemas";

type SegmentRow = { name: string; segment: string | null; valid_from: string; trace: string[] };
type PotentialRow = {
  potential: string;
  predicted: string | null;
  actual: string | null;
  basis: PotentialEstimateRow["basis"];
  trace: string[];
};

/**
 * An account's segment under each name on `today` (the run of that name with the latest `validFrom` on or before
 * it), and its estimate in the latest potential model. 404 when the account is not the workspace's.
 */
export async function getAccountSegments(
  db: Db,
  params: { workspaceId: string; accountId: string; today: string },
): Promise<{
  segments: { name: string; segment: string | null; validFrom: string; trace: string[] }[];
  potential: PotentialEstimateRow | null;
}> {
  const { workspaceId, accountId, today } = params;
  const [account] = await selectRows<{ id: string }>(
    db,
    sql`select id from accounts where workspace_id = ${workspaceId} and id = ${accountId}`,
  );
  if (!account) throw problems.notFound("The account");
  const segments = await selectRows<SegmentRow>(
    db,
    sql`with current_runs as (
          select distinct on (name) id, name, valid_from from segmentations
          where workspace_id = ${workspaceId} and valid_from <= ${today}::date
          order by name, valid_from desc, created_at desc)
        select r.name, s.segment, r.valid_from::text, s.trace
        from current_runs r
        join account_segments s on s.segmentation_id = r.id and s.account_id = ${accountId}
        order by r.name`,
  );
  const [potential] = await selectRows<PotentialRow>(
    db,
    sql`select p.potential::text, p.predicted::text, p.actual::text, p.basis, p.trace
        from account_potentials p
        where p.workspace_id = ${workspaceId} and p.account_id = ${accountId}
          and p.model_id = (select id from potential_models where workspace_id = ${workspaceId}
                            order by created_at desc, id desc limit 1)`,
  );
  return {
    segments: segments.map((s) => ({
      name: s.name,
      segment: s.segment,
      validFrom: s.valid_from,
      trace: s.trace,
    })),
    potential: potential ? { accountId, ...potential } : null,
  };
}
