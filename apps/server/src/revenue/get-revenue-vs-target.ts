import { eq, inArray, and } from "drizzle-orm";
import { getMonthlyBookings, getMonthlyTargets, people, type Db } from "@attain/db";
import { buildRevenueVsTarget, monthsInRange } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { ApiError } from "../http/problem";
import { type RevenueQuery, resolveRevenueRequest } from "./resolve-revenue-request";

/** Fetch → compute → shape: loads bookings and targets for the caller's scope and lets the engine build the report. */
export async function getRevenueVsTarget(db: Db, viewer: Viewer, today: string, query: RevenueQuery) {
  const { workspace, period, asOf, scope } = await resolveRevenueRequest(db, viewer, today, query);
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

function loadPeople(db: Db, workspaceId: string, personIds: string[] | null) {
  const columns = { id: people.id, name: people.fullName, jobRole: people.jobRole };
  const inWorkspace = eq(people.workspaceId, workspaceId);
  return db
    .select(columns)
    .from(people)
    .where(personIds ? and(inWorkspace, inArray(people.id, personIds)) : inWorkspace);
}
