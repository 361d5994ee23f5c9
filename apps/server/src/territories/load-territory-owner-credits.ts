import type { SqlSession } from "@attain/db";
import type { TerritoryCredit } from "@attain/engine";

/**
 * Territory credit from the published owners: every published plan's owners (territory id = its key), primary
 * owners `direct` and overlay owners `overlay`, each at share 1, valid where their own dates meet the plan's time as
 * plan of record — from its effective date to the next published plan's.
 */
export async function loadTerritoryOwnerCredits(
  sql: SqlSession,
  workspaceId: string,
): Promise<TerritoryCredit[]> {
  const rows = await sql.query<{
    key: string;
    person_id: string;
    role: "primary" | "overlay";
    valid_from: string;
    valid_to: string | null;
    plan_from: string;
    plan_to: string | null;
  }>(
    `with published as (
       select id, effective_from as plan_from,
              lead(effective_from) over (order by version) as plan_to
       from territory_plans where workspace_id = $1 and version is not null)
     select t.key, o.person_id, o.role, o.valid_from, o.valid_to, p.plan_from, p.plan_to
     from published p
     join territory_owners o on o.plan_id = p.id and o.workspace_id = $1
     join territories t on t.id = o.territory_id
     order by p.plan_from, t.key, o.person_id, o.valid_from`,
    [workspaceId],
  );
  const later = (a: string, b: string) => (a > b ? a : b);
  const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
  return rows.flatMap((r) => {
    const validFrom = later(r.valid_from, r.plan_from);
    const validTo = earlier(r.valid_to, r.plan_to);
    if (validTo !== null && validTo <= validFrom) return [];
    return [
      {
        territoryId: r.key,
        personId: r.person_id,
        share: "1",
        role: r.role === "primary" ? ("direct" as const) : ("overlay" as const),
        validFrom,
        validTo,
      },
    ];
  });
}
