import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { workloadFor } from "./build-plan-view";
import { loadPlanContext } from "./load-territory-plan";
import type { PlanAccountsQuery } from "./schemas";
import { requireTerritoryReader } from "./territory-access";

/**
 * The plan's accounts by name, with tier, potential, workload and assignment; `territoryId` filters to a territory
 * and everything below it, `q` to names and external ids containing the text (case-insensitive).
 */
export async function listPlanAccounts(db: Db, viewer: Viewer, planId: string, query: PlanAccountsQuery) {
  requireTerritoryReader(viewer);
  const { state, accounts } = await loadPlanContext(db, viewer.workspaceId, planId);
  const workload = workloadFor(state.plan.settings);
  const assignment = new Map(state.assignments.map((a) => [a.accountId, a]));
  const ownerOf = new Map(
    state.owners.filter((o) => o.role === "primary").map((o) => [o.territoryId, o.personId] as const),
  );
  let within: Set<string> | null = null;
  if (query.territoryId) {
    within = new Set([query.territoryId]);
    // Parents come before their children (rows are in hierarchy order), so one pass collects the subtree.
    for (const t of state.territories) if (t.parentId && within.has(t.parentId)) within.add(t.id);
  }
  const needle = query.q?.toLowerCase();
  const rows = accounts.filter((a) => {
    const territoryId = assignment.get(a.id)?.territoryId;
    if (within && (!territoryId || !within.has(territoryId))) return false;
    return !needle || a.name.toLowerCase().includes(needle) || a.externalId.toLowerCase().includes(needle);
  });
  return {
    total: rows.length,
    accounts: rows.slice(query.offset, query.offset + query.limit).map((a) => {
      const assigned = assignment.get(a.id);
      return {
        accountId: a.id,
        externalId: a.externalId,
        name: a.name,
        countryCode: a.countryCode,
        city: a.city,
        postalCode: a.postalCode,
        industry: a.industry,
        tier: a.tier,
        potential: a.potential,
        workload: workload(a),
        latitude: a.latitude,
        longitude: a.longitude,
        territoryId: assigned?.territoryId ?? null,
        source: assigned?.source ?? null,
        locked: assigned?.locked ?? false,
        ownerId: assigned ? (ownerOf.get(assigned.territoryId) ?? null) : null,
      };
    }),
  };
}
