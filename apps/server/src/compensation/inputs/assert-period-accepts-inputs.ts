import { and, eq } from "drizzle-orm";
import { compPeriods, type Db } from "@attain/db";
import { ApiError } from "../../http/problem";

/**
 * Refuses (409) a change to a published or paid period's inputs: its results are final, so a correction is an
 * adjustment in an open period. Any other period (or one never calculated) accepts changes.
 */
export async function assertPeriodAcceptsInputs(db: Db, params: { workspaceId: string; periodKey: string }) {
  const [period] = await db
    .select({ status: compPeriods.status })
    .from(compPeriods)
    .where(and(eq(compPeriods.workspaceId, params.workspaceId), eq(compPeriods.periodKey, params.periodKey)));
  if (period?.status === "published" || period?.status === "paid") {
    throw new ApiError(
      409,
      "Period is final",
      `Period ${params.periodKey} is ${period.status}; its inputs can no longer change (correct it with an adjustment in an open period).`,
      undefined,
      { currentStatus: period.status },
    );
  }
}
