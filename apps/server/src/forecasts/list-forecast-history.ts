import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { type Db, forecastSubmissions, people } from "@attain/db";
import type { ForecastMotion } from "@attain/engine";
import { resolveScope } from "../auth/resolve-scope";
import type { Viewer } from "../auth/viewer";
import { loadForecastCalendar, loadForecastPeriod } from "./ensure-forecast-periods";
import { assertMayReadForecasts } from "./forecast-access";
import type { SubmissionView } from "./schemas";

/**
 * Every call and override of the period about people the caller may see today, newest first; an override only to
 * its author and those above them (a rep sees their own calls, not their manager's numbers for them).
 */
export async function listForecastHistory(
  db: Db,
  viewer: Viewer,
  params: {
    periodId: string;
    subjectId?: string | undefined;
    motion?: ForecastMotion | undefined;
    today: string;
  },
): Promise<{ submissions: SubmissionView[] }> {
  assertMayReadForecasts(viewer);
  const period = await loadForecastPeriod(db, viewer.workspaceId, params.periodId);
  const { name: workspaceName } = await loadForecastCalendar(db, viewer.workspaceId);
  const scope = await resolveScope(db, viewer, {
    personId: params.subjectId,
    asOf: params.today,
    workspaceName,
  });
  // An override is seen by its author and those above: the author must be within what the caller sees.
  const own = await resolveScope(db, viewer, { asOf: params.today, workspaceName });
  const conditions: SQL[] = [
    eq(forecastSubmissions.workspaceId, viewer.workspaceId),
    eq(forecastSubmissions.periodId, period.id),
  ];
  // A subject narrows to that person's own submissions; otherwise everyone in scope.
  if (params.subjectId) conditions.push(eq(forecastSubmissions.subjectId, params.subjectId));
  else if (scope.personIds) conditions.push(inArray(forecastSubmissions.subjectId, scope.personIds));
  if (own.personIds) conditions.push(inArray(forecastSubmissions.authorId, own.personIds));
  if (params.motion) conditions.push(eq(forecastSubmissions.motion, params.motion));
  const rows = await db
    .select()
    .from(forecastSubmissions)
    .where(and(...conditions))
    .orderBy(desc(forecastSubmissions.submittedAt), forecastSubmissions.category);
  const names = await db
    .select({ id: people.id, name: people.fullName })
    .from(people)
    .where(eq(people.workspaceId, viewer.workspaceId));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return {
    submissions: rows.map((r) => ({
      id: r.id,
      authorId: r.authorId,
      authorName: nameOf.get(r.authorId) ?? "",
      subjectId: r.subjectId,
      subjectName: nameOf.get(r.subjectId) ?? "",
      kind: r.authorId === r.subjectId ? "call" : "override",
      motion: r.motion,
      category: r.category,
      amount: r.amount,
      note: r.note,
      submittedAt: r.submittedAt.toISOString(),
    })),
  };
}
