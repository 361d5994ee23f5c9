import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { loadPeriod } from "./load-period";
import { movePeriod } from "./move-period";
import { periodConflict } from "./period-conflict";
import { requireCompAdmin } from "./require-comp-admin";

/** approved → published: the current run becomes the published one; its results are never rewritten afterwards. */
export async function publishPeriod(db: Db, viewer: Viewer, periodKey: string): Promise<void> {
  requireCompAdmin(viewer);
  const period = await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey });
  if (!period.currentRunId) throw periodConflict(periodKey, period.status, "published", ["approved"]);
  await movePeriod(db, {
    workspaceId: viewer.workspaceId,
    periodKey,
    from: ["approved"],
    to: "published",
    actorId: viewer.userId,
    action: "publish",
    publishedRunId: period.currentRunId,
  });
}
