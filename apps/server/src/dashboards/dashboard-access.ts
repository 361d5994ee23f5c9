import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";

/** Viewers read dashboards but keep none of their own. */
export function assertMayKeepDashboards(viewer: Viewer): void {
  if (viewer.role === "viewer") throw problems.forbidden("Viewers cannot create or change dashboards.");
}

/** Its owner edits a dashboard; a shared one (no owner) is edited by admins. */
export function mayEditDashboard(viewer: Viewer, ownerUserId: string | null): boolean {
  if (viewer.role === "viewer") return false;
  return ownerUserId === null ? viewer.role === "admin" : ownerUserId === viewer.userId;
}
