import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { loadPlanContext } from "./load-territory-plan";
import { primaryLeaves } from "./load-plan-state";
import type { MapView } from "./schemas";
import { requireTerritoryReader } from "./territory-access";

/** What the map draws: the countries present, the leaf primary territories and every account with coordinates. */
export async function getTerritoryMap(db: Db, viewer: Viewer, planId: string): Promise<MapView> {
  requireTerritoryReader(viewer);
  const { state, accounts } = await loadPlanContext(db, viewer.workspaceId, planId);
  const territoryOf = new Map(state.assignments.map((a) => [a.accountId, a.territoryId]));
  const located = accounts.filter((a) => a.latitude !== null && a.longitude !== null);
  return {
    countries: [...new Set(accounts.map((a) => a.countryCode).filter((c): c is string => !!c))].sort(),
    territories: primaryLeaves(state.territories).map((t) => ({
      id: t.id,
      key: t.key,
      name: t.name,
      parentId: t.parentId,
      baseLatitude: t.baseLatitude === null ? null : Number(t.baseLatitude),
      baseLongitude: t.baseLongitude === null ? null : Number(t.baseLongitude),
    })),
    accounts: located.map((a) => ({
      id: a.id,
      name: a.name,
      lat: a.latitude!,
      lon: a.longitude!,
      territoryId: territoryOf.get(a.id) ?? null,
      potential: a.potential,
      tier: a.tier,
    })),
    withoutCoordinates: accounts.length - located.length,
  };
}
