import { sql } from "drizzle-orm";
import { type Db, reportingConversion, selectRows, toUuidArray } from "@attain/db";
import { addDays, addMonths, divideAmount, pipelineCoverage, sumAmounts } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { ApiError } from "../http/problem";
import { loadPipelineConfig } from "./load-pipeline-config";
import { opportunityFacts } from "./opportunity-facts";
import { resolvePipelineRequest } from "./pipeline-access";
import { resolveCoveragePeriod } from "./resolve-coverage-period";
import type { CoverageQuery } from "./schemas";
import { sqlMoney } from "./sql-money";

/**
 * Pipeline coverage of the period's remaining target for the scope: booking targets of the period's months (the
 * company rows for the whole workspace, else the scope's people summed), won and open deals closing in the period,
 * and the scope's count win rate over the 12 months up to today. The engine computes the ratios.
 */
export async function getPipelineCoverage(db: Db, viewer: Viewer, today: string, query: CoverageQuery) {
  const { workspace, scope } = await resolvePipelineRequest(db, viewer, { personId: query.personId, today });
  const period = await resolveCoveragePeriod(db, {
    workspaceId: viewer.workspaceId,
    period: query.period,
    today,
    calendar: workspace.calendar,
  });
  const { config } = await loadPipelineConfig(db, viewer.workspaceId);
  const ws = viewer.workspaceId;
  const inPeriod = opportunityFacts({
    workspaceId: ws,
    today,
    config,
    personIds: scope.personIds,
    status: "all",
    motion: query.motion,
    closeFrom: period.startsOn,
    closeTo: period.endsOn,
    withHistory: false,
  });
  const trailing = opportunityFacts({
    workspaceId: ws,
    today,
    config,
    personIds: scope.personIds,
    status: "all",
    motion: query.motion,
    closeFrom: addDays(addMonths(today, -12), 1),
    closeTo: today,
    withHistory: false,
  });
  const converted = reportingConversion(
    { amount: sql`t.amount`, currency: sql`t.currency`, day: sql`t.month` },
    ws,
  );
  // For the whole workspace a month's company row stands for everyone; people's rows count only in months without
  // one (the revenue report's rule).
  const targetPeople =
    scope.personIds === null
      ? sql`(t.person_id is null or not exists (select 1 from booking_targets c where c.workspace_id = ${ws}
            and c.person_id is null and c.month = t.month))`
      : sql`t.person_id = any(${toUuidArray(scope.personIds)})`;

  const [[target], byMotion, [rate]] = await Promise.all([
    selectRows<{ amount: string | null; unconverted: string }>(
      db,
      sql`select sum(${converted.amount})::text as amount,
                 count(*) filter (where (${converted.amount}) is null)::text as unconverted
          from booking_targets t ${converted.join}
          where t.workspace_id = ${ws} and t.month >= ${period.startsOn}::date and t.month <= ${period.endsOn}::date
            and ${targetPeople}`,
    ),
    selectRows<{
      motion: "new_business" | "expansion_renewal";
      won: string | null;
      open: string | null;
      weighted: string | null;
    }>(
      db,
      sql`${inPeriod} select case when f.type = 'new_business' then 'new_business' else 'expansion_renewal' end as motion,
            sum(f.reporting_amount) filter (where f.status = 'won')::text as won,
            sum(f.reporting_amount) filter (where f.status = 'open')::text as open,
            sum(f.weighted) filter (where f.status = 'open')::text as weighted
          from facts f group by 1`,
    ),
    selectRows<{ won: string; lost: string }>(
      db,
      sql`${trailing} select count(*) filter (where f.status = 'won')::text as won,
            count(*) filter (where f.status = 'lost')::text as lost from facts f`,
    ),
  ]);
  if (target && Number(target.unconverted) > 0)
    throw new ApiError(
      422,
      "Missing exchange rate",
      `Some targets of ${period.label} are in a currency with no exchange rate to ${workspace.currency} for their month.`,
    );
  const won = Number(rate?.won ?? 0);
  const lost = Number(rate?.lost ?? 0);
  const winRate = won + lost === 0 ? null : divideAmount(String(won), String(won + lost), 4, "half_up");
  const sum = (pick: "won" | "open" | "weighted") =>
    sqlMoney(sumAmounts(byMotion.map((m) => m[pick] ?? "0")));
  const figures = {
    target: sqlMoney(target?.amount),
    closedWon: sum("won"),
    openPipeline: sum("open"),
    weightedPipeline: sum("weighted"),
  };
  const coverage = pipelineCoverage({ ...figures, winRate, currency: workspace.currency });
  const motions = query.motion ? [query.motion] : (["new_business", "expansion_renewal"] as const);
  return {
    currency: workspace.currency,
    period,
    ...figures,
    remaining: coverage.remaining,
    coverage: coverage.coverage,
    winRate,
    requiredCoverage: coverage.requiredCoverage,
    expectedFromPipeline: coverage.expectedFromPipeline,
    expectedShareOfRemaining: coverage.expectedShareOfRemaining,
    gap: coverage.gap,
    byMotion: motions.map((motion) => {
      const row = byMotion.find((m) => m.motion === motion);
      return { motion, closedWon: sqlMoney(row?.won), openPipeline: sqlMoney(row?.open) };
    }),
  };
}
