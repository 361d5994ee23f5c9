import { eq } from "drizzle-orm";
import { type Db, people, reportingLines, selectRows } from "@attain/db";
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
 * Everything a roll-up of the period as of `asOf` needs: people, every reporting line (the engine picks those holding
 * on the day), each author's latest submission per subject, motion and category made by the end of `asOf` (UTC, as
 * the engine counts; the engine would ignore the older and later ones anyway), and the period's deals summed per owner,
 * type and category in the reporting currency: each deal converted at the latest rate on or before its close date's
 * month and rounded to the cent, then summed. Won deals count as closed; an open deal marked "closed" counts as commit
 * (it is not won yet); lost deals and deals without owner, amount or rate are left out.
 */
export async function loadRollUpInputs(
  db: Db,
  workspaceId: string,
  period: ForecastPeriodRow,
  asOf: string,
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
  const submissionRows = await selectRows<{
    id: string;
    author_id: string;
    subject_id: string;
    motion: ForecastSubmissionInput["motion"];
    category: ForecastSubmissionInput["category"];
    amount: string;
    submitted_at: string;
    note: string | null;
  }>(
    db,
    sql`select distinct on (author_id, subject_id, motion, category)
          id, author_id, subject_id, motion, category, amount::text as amount,
          to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_at, note
        from forecast_submissions
        where workspace_id = ${workspaceId} and period_id = ${period.id}
          and submitted_at < (${asOf}::date + 1)::timestamp at time zone 'UTC'
        order by author_id, subject_id, motion, category, submitted_at desc, id desc`,
  );
  const dealRows = await selectRows<{
    owner_id: string;
    type: string;
    category: string;
    amount: string | null;
  }>(
    db,
    // The period's few months each get their rate once (the latest on or before the month), so the deals join a small
    // table instead of running a rate lookup per deal.
    sql`with months as (
          select m::date as month from generate_series(date_trunc('month', ${period.startsOn}::date),
            date_trunc('month', ${period.endsOn}::date), interval '1 month') m),
        rates as (
          select c.currency, months.month, (
            select fx.rate from exchange_rates fx
            where fx.workspace_id = ${workspaceId} and fx.currency = c.currency and fx.month <= months.month
            order by fx.month desc limit 1) as rate
          from (select distinct currency from exchange_rates where workspace_id = ${workspaceId}) c
          cross join months)
        select o.owner_id, o.type,
          case when o.status = 'won' then 'closed' when o.forecast_category = 'closed' then 'commit'
               else o.forecast_category end as category,
          sum(round(o.amount * case when o.currency = rc.reporting_currency then 1::numeric else r.rate end, 2))::text
            as amount
        from opportunities o
        cross join (select reporting_currency from workspaces where id = ${workspaceId}) rc
        left join rates r on r.currency = o.currency and r.month = date_trunc('month', o.close_date)::date
        where o.workspace_id = ${workspaceId} and o.status in ('open', 'won') and o.owner_id is not null
          and o.amount is not null and o.close_date between ${period.startsOn}::date and ${period.endsOn}::date
        group by 1, 2, 3`,
  );
  return {
    people: new Map(personRows.map((p) => [p.id, p])),
    lines: lineRows,
    submissions: submissionRows.map((s) => ({
      id: s.id,
      authorId: s.author_id,
      subjectId: s.subject_id,
      motion: s.motion,
      category: s.category,
      amount: s.amount,
      submittedAt: s.submitted_at,
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
