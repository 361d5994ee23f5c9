import type { SqlSession } from "@attain/db";
import { resolveCalcPeriod } from "../calculation/resolve-calc-period";
import type { RunForJob } from "./load-run-for-job";

/**
 * The earliest period after `run`'s that is not published or paid; when the workspace has none yet, the period that
 * follows it (same kind: next month, quarter or year) is created as open. Returns its key.
 */
export async function nextOpenPeriod(sql: SqlSession, run: RunForJob): Promise<string> {
  const [open] = await sql.query<{ period_key: string }>(
    `select period_key from comp_periods where workspace_id = $1 and period_start > $2::date
       and status not in ('published', 'paid') order by period_start, period_key limit 1`,
    [run.workspaceId, run.periodEnd],
  );
  if (open) return open.period_key;
  const [workspace] = await sql.query<{ fiscal_year_start_month: number; fiscal_year_naming: string }>(
    "select fiscal_year_start_month, fiscal_year_naming from workspaces where id = $1",
    [run.workspaceId],
  );
  const calendar = {
    startMonth: workspace?.fiscal_year_start_month ?? 1,
    naming: workspace?.fiscal_year_naming === "start" ? ("start" as const) : ("end" as const),
  };
  const current = resolveCalcPeriod(run.periodKey, calendar);
  const index = current.yearPeriods.findIndex((p) => p.key === run.periodKey);
  const next =
    current.yearPeriods[index + 1] ??
    resolveCalcPeriod(nextYearKey(run.periodKey, current.kind, current.fiscalYear), calendar).period;
  await sql.query(
    `insert into comp_periods (workspace_id, period_key, period_start, period_end, status)
     values ($1, $2, $3, $4, 'open') on conflict (workspace_id, period_key) do nothing`,
    [run.workspaceId, next.key, next.start, next.end],
  );
  return next.key;
}

function nextYearKey(periodKey: string, kind: "month" | "quarter" | "year", fiscalYear: number): string {
  if (kind === "year") return String(fiscalYear + 1);
  if (kind === "quarter") return `${fiscalYear + 1}-Q1`;
  // The month after the last month of a fiscal year: one calendar month on.
  const [year, month] = periodKey.split("-").map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
}
