import { and, asc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import { compPlans, compPlanVersions, compResults, compRuns, type Db, people } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { decodeCursor, encodeCursor } from "../../http/pagination";
import { problems } from "../../http/problem";
import type { ResultRow } from "./schemas";
import { visiblePersonIds } from "./visible-person-ids";

/** A page of a run's results (by result id), limited to the people whose pay the caller may see (reps: published runs only). */
export async function listRunResults(
  db: Db,
  viewer: Viewer,
  params: { runId: string; cursor?: string | undefined; limit: number },
): Promise<{ items: ResultRow[]; nextCursor: string | null }> {
  const [run] = await db
    .select({ id: compRuns.id, periodKey: compRuns.periodKey, periodEnd: compRuns.periodEnd })
    .from(compRuns)
    .where(and(eq(compRuns.workspaceId, viewer.workspaceId), eq(compRuns.id, params.runId)));
  if (!run) throw problems.notFound("The run");
  const personIds = await visiblePersonIds(db, viewer, run, "The run");
  const after = decodeCursor(params.cursor, ["uuid"])?.[0] ?? null;
  const conditions: SQL[] = [eq(compResults.workspaceId, viewer.workspaceId), eq(compResults.runId, run.id)];
  if (personIds !== null) {
    if (personIds.length === 0) return { items: [], nextCursor: null };
    conditions.push(inArray(compResults.personId, personIds));
  }
  if (after) conditions.push(gt(compResults.id, after));
  const rows = await db
    .select({
      resultId: compResults.id,
      personId: compResults.personId,
      personName: people.fullName,
      planKey: compPlans.key,
      planVersion: compPlanVersions.version,
      currency: compResults.currency,
      earned: compResults.earned,
      payable: compResults.payable,
      attainmentRatio: sql<string | null>`${compResults.attainment}->>'ratio'`,
      ytdAttainmentRatio: sql<string | null>`${compResults.attainment}->>'ytdRatio'`,
    })
    .from(compResults)
    .leftJoin(people, eq(people.id, compResults.personId))
    .leftJoin(compPlanVersions, eq(compPlanVersions.id, compResults.planVersionId))
    .leftJoin(compPlans, eq(compPlans.id, compPlanVersions.planId))
    .where(and(...conditions))
    .orderBy(asc(compResults.id))
    .limit(params.limit + 1);
  const items = rows.slice(0, params.limit).map((r) => ({
    ...r,
    personName: r.personName ?? "",
    planKey: r.planKey ?? "",
    planVersion: r.planVersion ?? 0,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > params.limit && last ? encodeCursor([last.resultId]) : null };
}
