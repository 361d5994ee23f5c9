import { and, asc, eq } from "drizzle-orm";
import { compAdjustments, compPlans, compPlanVersions, compResults, type Db, people } from "@attain/db";
import { sumAmounts, type TraceStep } from "@attain/engine";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { lineKeyOf } from "../runs/decode-result-lines";
import { loadResultLines } from "../runs/load-result-lines";
import { type Adjustment, toAdjustment } from "../adjustments/to-adjustment";
import { loadPeriod } from "../workflow/load-period";
import { authorizeStatement } from "./authorize-statement";
import { loadYearToDate, type YearToDate } from "./load-year-to-date";

export type Statement = {
  payee: { id: string; externalId: string; name: string; jobRole: string };
  plan: { key: string; name: string; version: number };
  period: { key: string; start: string; end: string };
  currency: string;
  status: string;
  runId: string;
  lines: {
    id: string;
    lineNo: number;
    component: string;
    kind: string;
    transactionId: string | null;
    exact: string;
    amount: string;
    trace: TraceStep[];
  }[];
  adjustments: Adjustment[];
  totals: Record<string, string> & {
    earned: string;
    resultPayable: string;
    linesTotal: string;
    adjustments: string;
    payable: string;
  };
  attainment: Record<string, string | null>;
  nextTier: { component: string; atRatio: string; creditNeeded: string; rate: string } | null;
  yearToDate: YearToDate;
};

/**
 * A payee's statement for a period, from the published run (or the current one before publication): lines with
 * their traces, adjustments, totals, attainment, next tier and year to date. Statement payable = result payable +
 * adjustments in the statement's currency; `linesTotal` is the sum of the lines (equal to the result payable).
 */
export async function getStatement(
  db: Db,
  viewer: Viewer,
  params: { personId: string; periodKey: string },
): Promise<Statement> {
  const period = await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey: params.periodKey });
  await authorizeStatement(db, viewer, period, params.personId);
  const runId = period.publishedRunId ?? period.currentRunId;
  const [row] = runId
    ? await db
        .select({ result: compResults, person: people, plan: compPlans, version: compPlanVersions })
        .from(compResults)
        .innerJoin(people, eq(people.id, compResults.personId))
        .innerJoin(compPlanVersions, eq(compPlanVersions.id, compResults.planVersionId))
        .innerJoin(compPlans, eq(compPlans.id, compPlanVersions.planId))
        .where(
          and(
            eq(compResults.workspaceId, viewer.workspaceId),
            eq(compResults.runId, runId),
            eq(compResults.personId, params.personId),
          ),
        )
    : [];
  if (!row || !runId) throw problems.notFound(`A statement for ${params.periodKey}`);
  const { result, person, plan, version } = row;

  const lines = await loadResultLines(db, { workspaceId: viewer.workspaceId, lineSetId: result.lineSetId });
  const adjustments = (
    await db
      .select()
      .from(compAdjustments)
      .where(
        and(
          eq(compAdjustments.workspaceId, viewer.workspaceId),
          eq(compAdjustments.personId, params.personId),
          eq(compAdjustments.periodKey, params.periodKey),
        ),
      )
      .orderBy(asc(compAdjustments.createdAt), asc(compAdjustments.id))
  ).map(toAdjustment);
  const adjusted = sumAmounts(adjustments.filter((a) => a.currency === result.currency).map((a) => a.amount));
  const stored = result.totals as Record<string, string>;

  return {
    payee: { id: person.id, externalId: person.externalId, name: person.fullName, jobRole: person.jobRole },
    plan: { key: plan.key, name: plan.name, version: version.version },
    period: { key: period.periodKey, start: period.periodStart, end: period.periodEnd },
    currency: result.currency,
    status: period.status,
    runId,
    lines: lines.map((l) => ({
      id: lineKeyOf(result.id, l.lineNo),
      lineNo: l.lineNo,
      component: l.component,
      kind: l.kind,
      transactionId: l.transactionId,
      exact: l.exact,
      amount: l.amount,
      trace: l.trace,
    })),
    adjustments,
    totals: {
      ...stored,
      earned: result.earned,
      resultPayable: result.payable,
      linesTotal: sumAmounts(lines.map((l) => l.amount)),
      adjustments: adjusted,
      payable: sumAmounts([result.payable, adjusted]),
    },
    attainment: result.attainment as Record<string, string | null>,
    nextTier: (result.nextTier as Statement["nextTier"]) ?? null,
    yearToDate: await loadYearToDate(db, {
      workspaceId: viewer.workspaceId,
      personId: params.personId,
      period,
      currency: result.currency,
      onlyFinal: viewer.role === "rep",
    }),
  };
}
