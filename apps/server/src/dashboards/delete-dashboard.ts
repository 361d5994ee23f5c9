import { and, eq } from "drizzle-orm";
import { type Db, dashboards } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { mayEditDashboard } from "./dashboard-access";
import { findStoredDashboard } from "./find-dashboard";

/** Deletes one of the viewer's dashboards (or, for an admin, a shared one). Its report snapshots are kept. */
export async function deleteDashboard(db: Db, viewer: Viewer, id: string): Promise<void> {
  if (id.startsWith("preset:")) throw problems.forbidden("A preset cannot be deleted.");
  const row = await findStoredDashboard(db, viewer, id);
  if (!mayEditDashboard(viewer, row.ownerUserId))
    throw problems.forbidden("You cannot delete this dashboard.");
  await db
    .delete(dashboards)
    .where(and(eq(dashboards.workspaceId, viewer.workspaceId), eq(dashboards.id, row.id)));
}
