import { and, eq, type SQL } from "drizzle-orm";
import { reportSnapshots } from "@attain/db";
import type { Viewer } from "../auth/viewer";

/**
 * Which snapshots a viewer sees: their own, and an admin all of the workspace's. A snapshot holds the figures of its
 * taker's scope (a manager's tree, a rep's own), so it is not shown to others even when the dashboard is shared.
 */
export function visibleSnapshots(viewer: Viewer): SQL {
  const workspace = eq(reportSnapshots.workspaceId, viewer.workspaceId);
  return viewer.role === "admin" ? workspace : and(workspace, eq(reportSnapshots.takenBy, viewer.userId))!;
}
