import { and, desc, eq, lte, sql } from "drizzle-orm";
import {
  compAdjustments,
  compPeriods,
  compPlans,
  compPlanVersions,
  compResults,
  type Db,
  people,
} from "@attain/db";
import { sumAmounts } from "@attain/engine";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { loadYearToDate, type YearToDate } from "../statements/load-year-to-date";
import { loadPeriod } from "../workflow/load-period";

export type MyPay = {
  person: { id: string; name: string };
  periodKey: string | null;
  status: string | null;
  /** True until the period is published: the figures may still change. */
  provisional: boolean;
  plan: { key: string; name: string; version: number } | null;
  currency: string | null;
  earned: string;
  adjustments: string;
  payable: string;
  yearToDate: YearToDate | null;
  attainment: Record<string, string | null> | null;
  nextTier: { component: string; atRatio: string; creditNeeded: string; rate: string } | null;
  latestStatement: { periodKey: string; url: string; pdfUrl: string } | null;
};

/**
 * The signed-in person's earnings: `periodKey` or, by default, the latest period started by `today` that has a
 * result of theirs. Figures come from the latest calculation (marked provisional until published); the statement
 * link points at their latest published or paid statement.
 */
export async function getMyPay(
  db: Db,
  viewer: Viewer,
  today: string,
  periodKey: string | undefined,
): Promise<MyPay> {
  const me = viewer.personId;
  if (!me) throw problems.forbidden("Your user is not linked to a person, so it has no pay to show.");
  const [person] = await db
    .select({ id: people.id, name: people.fullName })
    .from(people)
    .where(eq(people.id, me));
  if (!person) throw problems.notFound("Your person record");
  const visible = await db
    .select({ period: compPeriods, result: compResults })
    .from(compPeriods)
    .innerJoin(
      compResults,
      and(
        eq(compResults.personId, me),
        eq(compResults.runId, sql`coalesce(${compPeriods.publishedRunId}, ${compPeriods.currentRunId})`),
      ),
    )
    .where(and(eq(compPeriods.workspaceId, viewer.workspaceId), lte(compPeriods.periodStart, today)))
    .orderBy(desc(compPeriods.periodStart));
  const published = visible.find((r) => r.period.status === "published" || r.period.status === "paid");
  const latestStatement = published
    ? {
        periodKey: published.period.periodKey,
        url: `/api/comp/statements/${me}/${published.period.periodKey}`,
        pdfUrl: `/api/comp/statements/${me}/${published.period.periodKey}.pdf`,
      }
    : null;
  const period = periodKey
    ? await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey })
    : visible[0]?.period;
  const row = period ? visible.find((r) => r.period.periodKey === period.periodKey) : undefined;
  if (!period || !row) {
    return {
      person,
      periodKey: period?.periodKey ?? null,
      status: period?.status ?? null,
      provisional: true,
      plan: null,
      currency: null,
      earned: "0",
      adjustments: "0",
      payable: "0",
      yearToDate: null,
      attainment: null,
      nextTier: null,
      latestStatement,
    };
  }
  const { result } = row;
  const [plan] = await db
    .select({ key: compPlans.key, name: compPlans.name, version: compPlanVersions.version })
    .from(compPlanVersions)
    .innerJoin(compPlans, eq(compPlans.id, compPlanVersions.planId))
    .where(eq(compPlanVersions.id, result.planVersionId));
  const adjustments = await db
    .select({ amount: compAdjustments.amount })
    .from(compAdjustments)
    .where(
      and(
        eq(compAdjustments.workspaceId, viewer.workspaceId),
        eq(compAdjustments.personId, me),
        eq(compAdjustments.periodKey, period.periodKey),
        eq(compAdjustments.currency, result.currency),
      ),
    );
  const adjusted = sumAmounts(adjustments.map((a) => a.amount));
  return {
    person,
    periodKey: period.periodKey,
    status: period.status,
    provisional: period.status !== "published" && period.status !== "paid",
    plan: plan ?? null,
    currency: result.currency,
    earned: result.earned,
    adjustments: adjusted,
    payable: sumAmounts([result.payable, adjusted]),
    yearToDate: await loadYearToDate(db, {
      workspaceId: viewer.workspaceId,
      personId: me,
      period,
      currency: result.currency,
      onlyFinal: false,
    }),
    attainment: result.attainment as Record<string, string | null>,
    nextTier: (result.nextTier as MyPay["nextTier"]) ?? null,
    latestStatement,
  };
}
