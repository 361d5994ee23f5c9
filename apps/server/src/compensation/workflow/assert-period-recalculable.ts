import { and, eq } from "drizzle-orm";
import { compPeriods, type Db } from "@attain/db";
import { periodConflict } from "./period-conflict";

/** Refuses (409) a calculation run for a published or paid period, before any work starts; other periods may run. */
export async function assertPeriodRecalculable(db: Db, params: { workspaceId: string; periodKey: string }) {
  const [period] = await db
    .select({ status: compPeriods.status })
    .from(compPeriods)
    .where(and(eq(compPeriods.workspaceId, params.workspaceId), eq(compPeriods.periodKey, params.periodKey)));
  if (period?.status === "published" || period?.status === "paid") {
    throw periodConflict(params.periodKey, period.status, "recalculated", [
      "open",
      "calculated",
      "in_review",
      "approved",
    ]);
  }
}
