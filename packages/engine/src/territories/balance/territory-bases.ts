import type { BalanceAccount, BalanceTerritory } from "../types";
import { sphericalCentroid } from "./haversine-km";

export type TerritoryBase = { lat: number; lon: number; source: "base" | "centroid" } | null;

/**
 * Where each territory's distances are measured from: its rep's base when given, else the centroid of the accounts
 * it holds today (`currentTerritoryId`), else — for a territory with no accounts today — of the accounts `fallback`
 * places in it. Fixed before optimising, so the optimiser cannot move a base by moving accounts. Null = unknown.
 */
export function territoryBases(
  accounts: readonly BalanceAccount[],
  territories: readonly BalanceTerritory[],
  fallback?: Record<string, string>,
): TerritoryBase[] {
  const today = new Map<string, { lat: number; lon: number }[]>();
  const later = new Map<string, { lat: number; lon: number }[]>();
  const push = (map: Map<string, { lat: number; lon: number }[]>, key: string, lat: number, lon: number) => {
    const points = map.get(key) ?? [];
    points.push({ lat, lon });
    map.set(key, points);
  };
  for (const account of accounts) {
    if (account.latitude === null || account.longitude === null) continue;
    if (account.currentTerritoryId !== null)
      push(today, account.currentTerritoryId, account.latitude, account.longitude);
    const placed = fallback?.[account.id];
    if (placed !== undefined) push(later, placed, account.latitude, account.longitude);
  }
  return territories.map((territory) => {
    if (territory.baseLatitude !== null && territory.baseLongitude !== null)
      return { lat: territory.baseLatitude, lon: territory.baseLongitude, source: "base" };
    const centroid = sphericalCentroid(today.get(territory.id) ?? later.get(territory.id) ?? []);
    return centroid === null ? null : { ...centroid, source: "centroid" };
  });
}
