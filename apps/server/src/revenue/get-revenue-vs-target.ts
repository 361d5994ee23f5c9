import { eq, inArray, and } from "drizzle-orm";
import { getMonthlyBookings, getMonthlyTargets, people, workspaces, type Db } from "@attain/db";
import { buildRevenueVsTarget, monthsInRange } from "@attain/engine";
import { resolveScope } from "../auth/resolve-scope";
import type { Viewer } from "../auth/viewer";
import { ApiError, problems } from "../http/problem";
import { resolvePeriod } from "./resolve-period";

export type RevenueQuery = { from?: string; to?: string; personId?: string; asOf?: string };

/** Fetch → compute → shape: loads bookings and targets for the caller's scope and lets the engine build the report. */
export async function getRevenueVsTarget(db: Db, viewer: Viewer, today: string, query: RevenueQuery) {
  const workspace = await loadWorkspace(db, viewer.workspaceId);
  const period = resolvePeriod(query, today, workspace.calendar);
  const asOf = query.asOf ?? today;
  const scope = await resolveScope(db, viewer, {
    personId: query.personId,
    asOf,
    workspaceName: workspace.name,
  });
  const window = {
    workspaceId: viewer.workspaceId,
    fromDay: period.fromDay,
    toDayExclusive: period.toDayExclusive,
  };

  const [bookings, targets, roster] = await Promise.all([
    getMonthlyBookings(db, { ...window, personIds: scope.personIds }),
    getMonthlyTargets(db, {
      ...window,
      personIds: scope.personIds,
      includeCompany: scope.kind === "workspace",
    }),
    loadPeople(db, viewer.workspaceId, scope.personIds),
  ]);
  const missingRate = bookings.find((b) => b.unconvertedLines > 0) ?? targets.find((t) => t.amount === null);
  if (missingRate) {
    throw new ApiError(
      422,
      "Missing exchange rate",
      `Some amounts of ${missingRate.month} are in a currency with no exchange rate to ${workspace.currency} for that month.`,
    );
  }
  const report = buildRevenueVsTarget({
    months: monthsInRange(period.from, period.to),
    currency: workspace.currency,
    people: roster,
    bookings: bookings.map((b) => ({
      personId: b.personId,
      month: b.month,
      amount: b.amount,
      lines: b.lines,
    })),
    targets: targets.map((t) => ({ personId: t.personId, month: t.month, amount: t.amount ?? "0" })),
  });
  return {
    currency: report.currency,
    from: period.from,
    to: period.to,
    asOf,
    scope: { kind: scope.kind, personId: scope.personId, name: scope.name },
    months: report.months,
    reps: report.reps,
    totals: report.totals,
    distribution: report.distribution,
  };
}

export async function loadWorkspace(db: Db, workspaceId: string) {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!row) throw problems.notFound("The workspace");
  return {
    name: row.name,
    currency: row.reportingCurrency,
    calendar: {
      startMonth: row.fiscalYearStartMonth,
      naming: row.fiscalYearNaming === "start" ? ("start" as const) : ("end" as const),
    },
  };
}

function loadPeople(db: Db, workspaceId: string, personIds: string[] | null) {
  const columns = { id: people.id, name: people.fullName, jobRole: people.jobRole };
  const inWorkspace = eq(people.workspaceId, workspaceId);
  return db
    .select(columns)
    .from(people)
    .where(personIds ? and(inWorkspace, inArray(people.id, personIds)) : inWorkspace);
}
