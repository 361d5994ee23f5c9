import { and, eq } from "drizzle-orm";
import { compPeriods, type Db } from "@attain/db";
import { problems } from "../../http/problem";

export type PeriodRow = typeof compPeriods.$inferSelect;

/** The workflow row of a pay period, or 404. */
export async function loadPeriod(
  db: Db,
  params: { workspaceId: string; periodKey: string },
): Promise<PeriodRow> {
  const [row] = await db
    .select()
    .from(compPeriods)
    .where(and(eq(compPeriods.workspaceId, params.workspaceId), eq(compPeriods.periodKey, params.periodKey)));
  if (!row) throw problems.notFound(`The pay period ${params.periodKey}`);
  return row;
}
