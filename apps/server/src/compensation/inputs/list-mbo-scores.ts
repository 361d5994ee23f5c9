import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { compMboScores, type Db, people } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { resolvePayScope } from "../workflow/resolve-pay-scope";
import type { MboScoreView } from "./mbo-schemas";
import { resolvePeriodEnd } from "./resolve-period-end";
import { toMboScoreView } from "./to-mbo-score-view";

/**
 * MBO scores in the caller's pay scope: a rep their own, a manager their own and their tree's (on the period's last
 * day, or today without a period), admins, comp admins and HR everyone's. A `personId` outside the scope is a 403.
 */
export async function listMboScores(
  db: Db,
  viewer: Viewer,
  today: string,
  query: { periodKey?: string | undefined; personId?: string | undefined },
): Promise<MboScoreView[]> {
  const { workspaceId } = viewer;
  const asOf = query.periodKey
    ? await resolvePeriodEnd(db, { workspaceId, periodKey: query.periodKey })
    : today;
  const scope = await resolvePayScope(db, viewer, asOf);
  if (query.personId && scope && !scope.includes(query.personId)) {
    throw problems.forbidden("That person is outside the people whose scores you may see.");
  }
  const personIds = query.personId ? [query.personId] : scope;
  const conditions: SQL[] = [eq(compMboScores.workspaceId, workspaceId)];
  if (query.periodKey) conditions.push(eq(compMboScores.periodKey, query.periodKey));
  if (personIds) conditions.push(inArray(compMboScores.personId, personIds));
  const rows = await db
    .select({ score: compMboScores, personName: people.fullName })
    .from(compMboScores)
    .innerJoin(people, eq(people.id, compMboScores.personId))
    .where(and(...conditions))
    .orderBy(
      asc(compMboScores.periodKey),
      asc(people.fullName),
      asc(compMboScores.personId),
      asc(compMboScores.component),
      asc(compMboScores.objective),
    );
  return rows.map((r) => toMboScoreView(r.score, r.personName));
}
