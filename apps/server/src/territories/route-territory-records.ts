import type { SqlSession } from "@attain/db";
import { type RoutingDecision, type RoutingRecord, routeRecords } from "@attain/engine";
import { ApiError } from "../http/problem";
import { loadRoutingContext } from "./load-routing-context";

/**
 * POST /api/territories/route: each record to a territory and owner by the plan of record — an existing account to
 * its territory, anything else by the rules; the owner is the territory's primary owner on `asOf` (default: today,
 * or the plan's effective date when later). 409 without a
 * plan of record.
 */
export async function routeTerritoryRecords(
  sql: SqlSession,
  params: { workspaceId: string; records: RoutingRecord[]; asOf: string | undefined; today: string },
): Promise<RoutingDecision[]> {
  const routing = await loadRoutingContext(sql, params.workspaceId);
  if (routing === null)
    throw new ApiError(409, "No plan of record", "Publish a territory plan before routing records.");
  // By default the plan's owners on today — or on its effective date while that is still to come.
  const asOf = params.asOf ?? (params.today > routing.effectiveFrom ? params.today : routing.effectiveFrom);
  return routeRecords(params.records, { ...routing.context, asOf });
}
