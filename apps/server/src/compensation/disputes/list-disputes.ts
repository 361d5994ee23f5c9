import { and, asc, eq, inArray } from "drizzle-orm";
import {
  compDisputes,
  compResultLineSets,
  compResults,
  type Db,
  type DisputeStatus,
  people,
} from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { resolvePayScope } from "../workflow/resolve-pay-scope";
import { type DisputeSummary, disputeColumns, type LineSetCache, toDisputeSummary } from "./load-dispute";

/** Disputes, oldest first: a rep's own, a manager's tree's, everyone's for comp admins, admins and HR. */
export async function listDisputes(
  db: Db,
  viewer: Viewer,
  today: string,
  filter: { status?: DisputeStatus | undefined; periodKey?: string | undefined },
): Promise<DisputeSummary[]> {
  const scope = await resolvePayScope(db, viewer, today);
  const rows = await db
    .select(disputeColumns)
    .from(compDisputes)
    .innerJoin(people, eq(people.id, compDisputes.personId))
    .leftJoin(compResults, eq(compResults.id, compDisputes.resultId))
    .leftJoin(compResultLineSets, eq(compResultLineSets.id, compResults.lineSetId))
    .where(
      and(
        eq(compDisputes.workspaceId, viewer.workspaceId),
        filter.status ? eq(compDisputes.status, filter.status) : undefined,
        filter.periodKey ? eq(compDisputes.periodKey, filter.periodKey) : undefined,
        scope === null ? undefined : inArray(compDisputes.personId, scope),
      ),
    )
    .orderBy(asc(compDisputes.openedAt), asc(compDisputes.id));
  const cache: LineSetCache = new Map();
  return rows.map((row) => toDisputeSummary(row, cache));
}
