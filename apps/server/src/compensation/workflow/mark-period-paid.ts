import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { movePeriod } from "./move-period";
import { requireCompAdmin } from "./require-comp-admin";

/** published → paid: payroll has paid the published results (and the period's adjustments). */
export async function markPeriodPaid(db: Db, viewer: Viewer, periodKey: string): Promise<void> {
  requireCompAdmin(viewer);
  await movePeriod(db, {
    workspaceId: viewer.workspaceId,
    periodKey,
    from: ["published"],
    to: "paid",
    actorId: viewer.userId,
    action: "mark_paid",
  });
}
