import { isZero, subtractAmounts, sumAmounts } from "@attain/engine";
import type { SqlSession } from "@attain/db";
import { nextOpenPeriod } from "./next-open-period";
import type { RunForJob } from "./load-run-for-job";

/**
 * A re-run of a published or paid period never rewrites it: per payee, new payable − published payable − what earlier
 * re-runs already adjusted for this period becomes a "prior_period" adjustment in the earliest open period after it
 * (created when there is none). Payees gone from the new results are adjusted back to zero. Returns how many.
 */
export async function writePriorPeriodAdjustments(
  sql: SqlSession,
  params: { run: RunForJob },
): Promise<number> {
  const { run } = params;
  const rows = await sql.query<{
    person_id: string;
    currency: string;
    new_payable: string | null;
    published_payable: string | null;
    adjusted: string | null;
  }>(
    `with fresh as (select person_id, currency, payable from comp_results where workspace_id = $1 and run_id = $2),
     published as (
       select r.person_id, r.currency, r.payable from comp_periods p
       join comp_results r on r.workspace_id = p.workspace_id and r.run_id = coalesce(p.published_run_id, p.current_run_id)
       where p.workspace_id = $1 and p.period_key = $3),
     adjusted as (
       select person_id, sum(amount)::text as amount from comp_adjustments
       where workspace_id = $1 and kind = 'prior_period' and source_period_key = $3 group by person_id)
     select coalesce(f.person_id, p.person_id) as person_id, coalesce(f.currency, p.currency) as currency,
            f.payable::text as new_payable, p.payable::text as published_payable, a.amount as adjusted
     from fresh f full join published p on p.person_id = f.person_id
     left join adjusted a on a.person_id = coalesce(f.person_id, p.person_id)
     order by 1`,
    [run.workspaceId, run.id, run.periodKey],
  );
  const differences = rows
    .map((row) => ({
      personId: row.person_id,
      currency: row.currency,
      amount: subtractAmounts(
        row.new_payable ?? "0",
        sumAmounts([row.published_payable ?? "0", row.adjusted ?? "0"]),
      ),
    }))
    .filter((d) => !isZero(d.amount));
  if (differences.length === 0) return 0;
  const target = await nextOpenPeriod(sql, run);
  for (const d of differences)
    await sql.query(
      `insert into comp_adjustments (workspace_id, person_id, period_key, amount, currency, reason, kind,
         source_period_key, created_by)
       values ($1, $2, $3, $4, $5, $6, 'prior_period', $7, $8)`,
      [
        run.workspaceId,
        d.personId,
        target,
        d.amount,
        d.currency,
        `Recalculation of closed period ${run.periodKey} (run ${run.id})`,
        run.periodKey,
        run.requestedBy,
      ],
    );
  return differences.length;
}
