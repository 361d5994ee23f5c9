import { and, eq, inArray } from "drizzle-orm";
import { compPeriods, type Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { resolvePayScope } from "../workflow/resolve-pay-scope";

/**
 * Whose results of `run` the caller may read: null = everyone (admin, comp admin, HR), a manager's own and their
 * reporting tree's as of the run's period end, a rep's own; marketing and viewers are refused (403). A rep sees only
 * the published run of a published or paid period: any other run is answered as `notFound` (404), so provisional
 * figures stay hidden.
 */
export async function visiblePersonIds(
  db: Db,
  viewer: Viewer,
  run: { id: string; periodKey: string; periodEnd: string },
  notFound: string,
): Promise<string[] | null> {
  const personIds = await resolvePayScope(db, viewer, run.periodEnd);
  if (personIds === null || viewer.role === "manager") return personIds;
  const [published] = await db
    .select({ id: compPeriods.id })
    .from(compPeriods)
    .where(
      and(
        eq(compPeriods.workspaceId, viewer.workspaceId),
        eq(compPeriods.periodKey, run.periodKey),
        eq(compPeriods.publishedRunId, run.id),
        inArray(compPeriods.status, ["published", "paid"]),
      ),
    );
  if (!published) throw problems.notFound(notFound);
  return personIds;
}
