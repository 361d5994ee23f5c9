import { and, eq } from "drizzle-orm";
import { type Db, forecastSubmissions, people, reportingLines, selectRows } from "@attain/db";
import {
  type ForecastDealInput,
  type ForecastSubmissionInput,
  motionOf,
  type ReportingLine,
} from "@attain/engine";
import { sql } from "drizzle-orm";
import type { ForecastPeriodRow } from "./ensure-forecast-periods";

export type PersonInfo = { id: string; name: string; jobRole: string };

export type RollUpInputs = {
  people: Map<string, PersonInfo>;
  lines: ReportingLine[];
  submissions: ForecastSubmissionInput[];
  deals: ForecastDealInput[];
};

/**
 * Everything a roll-up of the period needs: people, every reporting line (the engine picks those holding on the day),
 * the period's submissions, and its deals summed per owner, type and category in the reporting currency: each deal
 * converted at the latest rate on or before its close date's month and rounded to the cent, then summed. Won deals
 * count as closed; an open deal marked "closed" counts as commit (it is not won yet); lost deals and deals without
 * owner, amount or rate are left out.
 */
export async function loadRollUpInputs(
  db: Db,
  workspaceId: string,
  period: ForecastPeriodRow,
): Promise<RollUpInputs> {
  const personRows = await db
    .select({ id: people.id, name: people.fullName, jobRole: people.jobRole })
    .from(people)
    .where(eq(people.workspaceId, workspaceId));
  const lineRows = await db
    .select({
      personId: reportingLines.personId,
      managerId: reportingLines.managerId,
      validFrom: reportingLines.validFrom,
      validTo: reportingLines.validTo,
    })
    .from(reportingLines)
    .where(eq(reportingLines.workspaceId, workspaceId));
  const submissionRows = await db
    .select()
    .from(forecastSubmissions)
    .where(
      and(eq(forecastSubmissions.workspaceId, workspaceId), eq(forecastSubmissions.periodId, period.id)),
    );
  const dealRows = await selectRows<{
    owner_id: string;
    type: string;
    category: string;
    amount: string | null;
  }>(
    db,
    sql`select o.owner_id, o.type,
          case when o.status = 'won' then 'closed' when o.forecast_category = 'closed' then 'commit'
               else o.forecast_category end as category,
          sum(round(o.amount * case when o.currency = rc.reporting_currency then 1::numeric else (
            select fx.rate from exchange_rates fx
            where fx.workspace_id = ${workspaceId} and fx.currency = o.currency
              and fx.month <= date_trunc('month', o.close_date)::date
            order by fx.month desc limit 1) end, 2))::text as amount
        from opportunities o
        cross join (select reporting_currency from workspaces where id = ${workspaceId}) rc
        where o.workspace_id = ${workspaceId} and o.status in ('open', 'won') and o.owner_id is not null
          and o.amount is not null and o.close_date between ${period.startsOn}::date and ${period.endsOn}::date
        group by 1, 2, 3`,
  );
  return {
    people: new Map(personRows.map((p) => [p.id, p])),
    lines: lineRows,
    submissions: submissionRows.map((s) => ({
      id: s.id,
      authorId: s.authorId,
      subjectId: s.subjectId,
      motion: s.motion,
      category: s.category,
      amount: s.amount,
      submittedAt: s.submittedAt.toISOString(),
      note: s.note,
    })),
    deals: dealRows
      .filter((d) => d.amount !== null)
      .map((d) => ({
        ownerId: d.owner_id,
        motion: motionOf(d.type),
        category: d.category as ForecastDealInput["category"],
        amount: d.amount as string,
      })),
  };
}
