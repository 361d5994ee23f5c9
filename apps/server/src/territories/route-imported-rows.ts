import type { SqlSession } from "@attain/db";
import { type RoutingRecord, routeRecords } from "@attain/engine";
import { loadRoutingContext } from "./load-routing-context";

type Candidate = {
  id: string;
  account_id: string | null;
  country_code: string | null;
  region_id: string | null;
  postal_code: string | null;
  industry: string | null;
  employees: number | null;
};

/**
 * After an import of accounts or leads, gives the imported rows that still have no owner the owner the plan of
 * record routes them to — on `today`, or on the plan's effective date while it is still to come (its owners start
 * then) — in the import's transaction. A routed account also joins its territory in
 * the plan of record (source `rule`) and the published history from `today` (or the plan's effective date, if
 * later), so ownership, crediting and coverage agree. Returns how many rows got an owner, or null when no plan of
 * record exists (nothing is routed).
 */
export async function routeImportedRows(
  sql: SqlSession,
  params: { workspaceId: string; entity: "accounts" | "leads"; stage: string; today: string },
): Promise<number | null> {
  const { workspaceId, entity, stage } = params;
  const routing = await loadRoutingContext(sql, workspaceId);
  if (routing === null) return null;
  const candidates = await sql.query<Candidate>(
    entity === "accounts"
      ? `select t.id, t.id as account_id, t.country_code, t.region_id::text as region_id, t.postal_code, t.industry,
                t.employees
         from accounts t join ${stage} s on s.external_id = t.external_id
         where t.workspace_id = $1 and t.owner_id is null order by t.id`
      : `select t.id, t.account_id, t.country_code, null as region_id, null as postal_code,
                t.business_segment as industry, null::int as employees
         from leads t join ${stage} s on s.external_id = t.external_id
         where t.workspace_id = $1 and t.owner_id is null order by t.id`,
    [workspaceId],
  );
  if (candidates.length === 0) return 0;
  const records: RoutingRecord[] = candidates.map((c) => ({
    id: c.id,
    // A new account is not in the plan yet: it is routed by the rules, like a lead without an account.
    accountId:
      entity === "leads" && c.account_id && routing.context.accountTerritories[c.account_id]
        ? c.account_id
        : null,
    countryCode: c.country_code?.trim() ?? null,
    regionId: c.region_id,
    postalCode: c.postal_code,
    industry: c.industry,
    employees: c.employees,
    tier: null,
  }));
  const from = params.today > routing.effectiveFrom ? params.today : routing.effectiveFrom;
  const decisions = routeRecords(records, { ...routing.context, asOf: from }).filter(
    (d) => d.ownerId !== null,
  );
  if (decisions.length === 0) return 0;
  const ids = decisions.map((d) => d.recordId);
  await sql.query(
    `update ${entity} t set owner_id = u.owner_id
     from unnest($2::uuid[], $3::uuid[]) as u(id, owner_id) where t.workspace_id = $1 and t.id = u.id`,
    [workspaceId, ids, decisions.map((d) => d.ownerId)],
  );
  if (entity === "accounts") {
    const placed = decisions.filter((d) => d.territoryId !== null);
    await sql.query(
      `insert into territory_accounts (workspace_id, plan_id, account_id, territory_id, source, locked)
       select $1, $2, u.account_id, u.territory_id, 'rule', false
       from unnest($3::uuid[], $4::uuid[]) as u(account_id, territory_id)
       on conflict (plan_id, account_id) do nothing`,
      [workspaceId, routing.planId, placed.map((d) => d.recordId), placed.map((d) => d.territoryId)],
    );
    await sql.query(
      `insert into account_territory_history
         (workspace_id, account_id, plan_id, territory_key, territory_name, owner_id, valid_from)
       select $1, u.account_id, $2, u.key, u.name, u.owner_id, $3
       from unnest($4::uuid[], $5::text[], $6::text[], $7::uuid[]) as u(account_id, key, name, owner_id)
       where not exists (select 1 from account_territory_history h
                         where h.workspace_id = $1 and h.account_id = u.account_id and h.valid_to is null)`,
      [
        workspaceId,
        routing.planId,
        from,
        placed.map((d) => d.recordId),
        placed.map((d) => routing.territories.get(d.territoryId!)?.key ?? ""),
        placed.map((d) => routing.territories.get(d.territoryId!)?.name ?? ""),
        placed.map((d) => d.ownerId),
      ],
    );
  }
  return decisions.length;
}
