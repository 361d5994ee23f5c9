import type { AttainDatabase } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { requireTerritoryReader } from "./territory-access";

/** An account's published territories and owners over time, oldest first. */
export async function getAccountTerritoryHistory(
  database: AttainDatabase,
  viewer: Viewer,
  accountId: string,
) {
  requireTerritoryReader(viewer);
  const { sql } = database;
  const [account] = await sql.query<{ id: string }>(
    "select id from accounts where workspace_id = $1 and id = $2",
    [viewer.workspaceId, accountId],
  );
  if (!account) throw problems.notFound("The account");
  const rows = await sql.query<{
    territory_key: string;
    territory_name: string;
    owner_id: string | null;
    owner_name: string | null;
    valid_from: string;
    valid_to: string | null;
    plan_id: string;
    plan_version: number | null;
  }>(
    `select h.territory_key, h.territory_name, h.owner_id, p.full_name as owner_name, h.valid_from, h.valid_to,
            h.plan_id, tp.version as plan_version
     from account_territory_history h
     left join people p on p.id = h.owner_id
     left join territory_plans tp on tp.id = h.plan_id
     where h.workspace_id = $1 and h.account_id = $2
     order by h.valid_from, h.id`,
    [viewer.workspaceId, accountId],
  );
  return rows.map((r) => ({
    territoryKey: r.territory_key,
    territoryName: r.territory_name,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    planId: r.plan_id,
    planVersion: r.plan_version === null ? null : Number(r.plan_version),
  }));
}
