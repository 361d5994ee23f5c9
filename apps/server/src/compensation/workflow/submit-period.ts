import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { ApiError } from "../../http/problem";
import { loadPeriod } from "./load-period";
import { movePeriod } from "./move-period";
import { requireCompAdmin } from "./require-comp-admin";

/** calculated → in_review: the comp admin sends the current run's results to managers for approval. */
export async function submitPeriod(db: Db, viewer: Viewer, periodKey: string): Promise<void> {
  requireCompAdmin(viewer);
  const period = await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey });
  if (!period.currentRunId && period.status === "calculated") {
    throw new ApiError(409, "No results", `Period ${periodKey} has no current run to review.`);
  }
  await movePeriod(db, {
    workspaceId: viewer.workspaceId,
    periodKey,
    from: ["calculated"],
    to: "in_review",
    actorId: viewer.userId,
    action: "submit",
  });
}
