import { and, eq, inArray } from "drizzle-orm";
import {
  type AttainDatabase,
  forecastPeriods,
  forecastSubmissions,
  getReportingTree,
  people,
} from "@attain/db";
import type { ForecastMotion } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { ApiError, problems } from "../http/problem";
import { checkForecastCalls } from "./check-forecast-calls";
import { loadForecastCalendar, loadForecastPeriod } from "./ensure-forecast-periods";
import { assertMayReadForecasts } from "./forecast-access";
import type { SubmissionView } from "./schemas";

/**
 * Appends a call (about the caller's own person) or an override (about someone below the caller today, with a
 * note): one row per category, all at `now`, in one statement. Nothing is ever updated, so a rep's own call survives
 * every override and history is complete.
 */
export async function submitForecast(
  database: AttainDatabase,
  viewer: Viewer,
  params: {
    periodId: string;
    subjectId?: string | undefined;
    motion: ForecastMotion;
    calls: Record<string, unknown>;
    note?: string | undefined;
    now: Date;
    today: string;
  },
): Promise<{ submissions: SubmissionView[] }> {
  const { db } = database;
  assertMayReadForecasts(viewer);
  if (!viewer.personId)
    throw problems.forbidden("Your user is not linked to a person, so it cannot submit a forecast.");
  const period = await loadForecastPeriod(db, viewer.workspaceId, params.periodId);
  if (period.status === "closed") {
    throw new ApiError(409, "Period closed", `${period.label} is closed: its forecast can no longer change.`);
  }
  const subjectId = params.subjectId ?? viewer.personId;
  const isOverride = subjectId !== viewer.personId;
  const names = await db
    .select({ id: people.id, name: people.fullName })
    .from(people)
    .where(and(eq(people.workspaceId, viewer.workspaceId), inArray(people.id, [viewer.personId, subjectId])));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  if (!nameOf.has(subjectId)) {
    throw new ApiError(422, "Unknown person", undefined, [{ path: "subjectId", message: "No such person" }]);
  }
  if (isOverride) {
    const below = await getReportingTree(db, {
      workspaceId: viewer.workspaceId,
      managerId: viewer.personId,
      asOf: params.today,
    });
    if (!below.includes(subjectId)) {
      throw problems.forbidden("Only someone above that person today may override their forecast.");
    }
  }
  const calls = checkForecastCalls(params.calls);
  const note = params.note?.trim() || null;
  if (isOverride && !note) {
    throw new ApiError(422, "Invalid forecast", "Nothing was saved; see `errors`.", [
      { path: "note", message: "An override needs a note saying why" },
    ]);
  }
  const { currency } = await loadForecastCalendar(db, viewer.workspaceId);
  // The period row is locked so that a close running at the same moment cannot let a late call slip in after it.
  const rows = await database.transaction(async ({ db: tx }) => {
    const [locked] = await tx
      .select({ status: forecastPeriods.status })
      .from(forecastPeriods)
      .where(and(eq(forecastPeriods.workspaceId, viewer.workspaceId), eq(forecastPeriods.id, period.id)))
      .for("update");
    if (locked?.status !== "open") {
      throw new ApiError(
        409,
        "Period closed",
        `${period.label} is closed: its forecast can no longer change.`,
      );
    }
    return tx
      .insert(forecastSubmissions)
      .values(
        calls.map(([category, amount]) => ({
          workspaceId: viewer.workspaceId,
          periodId: period.id,
          authorId: viewer.personId as string,
          subjectId,
          motion: params.motion,
          category,
          amount,
          currency,
          note,
          submittedAt: params.now,
          userId: viewer.userId,
        })),
      )
      .returning();
  });
  return {
    submissions: rows.map((r) => ({
      id: r.id,
      authorId: r.authorId,
      authorName: nameOf.get(r.authorId) ?? "",
      subjectId: r.subjectId,
      subjectName: nameOf.get(r.subjectId) ?? "",
      kind: isOverride ? "override" : "call",
      motion: r.motion,
      category: r.category,
      amount: r.amount,
      note: r.note,
      submittedAt: r.submittedAt.toISOString(),
    })),
  };
}
