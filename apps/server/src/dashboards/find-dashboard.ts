import { and, eq, isNull, or } from "drizzle-orm";
import { dashboardPresets, type DashboardPreset, type Db, dashboards } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { dashboardPresetDefinitions } from "./presets";
import { presetDashboardDto, storedDashboardDto } from "./to-dashboard-dto";
import type { DashboardDto } from "./types";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The row of a stored dashboard the viewer may see (their own or a shared one), or 404. */
export async function findStoredDashboard(db: Db, viewer: Viewer, id: string) {
  if (!uuidPattern.test(id)) throw problems.notFound("The dashboard");
  const [row] = await db
    .select()
    .from(dashboards)
    .where(
      and(
        eq(dashboards.workspaceId, viewer.workspaceId),
        eq(dashboards.id, id),
        or(eq(dashboards.ownerUserId, viewer.userId), isNull(dashboards.ownerUserId)),
      ),
    );
  // Another user's dashboard is "not found", not "forbidden": its existence is not the caller's business.
  if (!row) throw problems.notFound("The dashboard");
  return row;
}

/** A dashboard by id: `preset:<name>` or a stored one the viewer may see; 404 otherwise. */
export async function findDashboard(
  db: Db,
  viewer: Viewer,
  id: string,
  catalogueKeys: readonly string[],
): Promise<DashboardDto> {
  if (id.startsWith("preset:")) {
    const name = id.slice("preset:".length);
    if (!isPreset(name)) throw problems.notFound("The dashboard");
    return presetDashboardDto(dashboardPresetDefinitions[name], catalogueKeys);
  }
  return storedDashboardDto(await findStoredDashboard(db, viewer, id), viewer);
}

function isPreset(name: string): name is DashboardPreset {
  return (dashboardPresets as readonly string[]).includes(name);
}
