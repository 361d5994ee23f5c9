import { and, desc, eq, type SQL } from "drizzle-orm";
import { compRuns, type Db } from "@attain/db";

/** The workspace's calculation runs, newest first, optionally for one period. */
export async function listRuns(db: Db, params: { workspaceId: string; periodKey?: string | undefined }) {
  const conditions: SQL[] = [eq(compRuns.workspaceId, params.workspaceId), eq(compRuns.kind, "calculation")];
  if (params.periodKey) conditions.push(eq(compRuns.periodKey, params.periodKey));
  const rows = await db
    .select({
      id: compRuns.id,
      periodKey: compRuns.periodKey,
      status: compRuns.status,
      isCurrent: compRuns.isCurrent,
      payeeCount: compRuns.payeeCount,
      lineCount: compRuns.lineCount,
      recalculatedCount: compRuns.recalculatedCount,
      createdAt: compRuns.createdAt,
      finishedAt: compRuns.finishedAt,
    })
    .from(compRuns)
    .where(and(...conditions))
    .orderBy(desc(compRuns.createdAt), desc(compRuns.id))
    .limit(500);
  return {
    items: rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
    })),
  };
}
