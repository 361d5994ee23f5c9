import { sql } from "drizzle-orm";
import { type Db, reportingConversion, selectRows } from "@attain/db";
import { addDays, addMonths, sumAmounts } from "@attain/engine";
import { loadMonthlyActuals } from "./measures/load-monthly-actuals";
import { measureRatios } from "./measures/measure-ratios";
import type { PlanningMeasure } from "./schemas";

export type PlanningDrivers = {
  /** Person → last fiscal year's net actuals of the measure in the reporting currency. */
  history: Map<string, string>;
  /**
   * Person → open pipeline expected to close in the fiscal year (unweighted), in the reporting currency, in the
   * measure (the deal amounts × the person's ratio of the measure to bookings, measures/measure-ratios.ts).
   */
  pipeline: Map<string, string>;
  /**
   * Person → the latest potential model's estimates summed over the accounts they own (`accounts.owner_id`), in the
   * measure like pipeline; empty until a model exists (POST /api/segmentation/potential), so potential is then 0.
   */
  potential: Map<string, string>;
  /** The company's net actuals of the measure per month (every line, owner or not) before the fiscal year: seasonality's input. */
  companyMonthly: { month: string; amount: string }[];
  /** The company's net actuals of the measure in the last fiscal year. */
  lastYearTotal: string;
};

/** How far back seasonality looks: three fiscal years are the usual basis, and bound the query. */
const HISTORY_YEARS = 3;

/**
 * The drivers of the allocation in the scenario's measure read from the database, every line converted to the reporting currency at its
 * month's rate and rounded per line (packages/db/src/queries/reporting-amount.ts), as the Revenue vs target report
 * does. Lines without a rate are left out, like there. Potential is the latest account-potential model's, in the
 * workspace currency (the reporting one); the default allocation weight of potential is 0, so it only moves quotas
 * when a planner weights it.
 */
export async function loadPlanningDrivers(
  db: Db,
  params: { workspaceId: string; measure: PlanningMeasure; yearStart: string; yearEnd: string },
): Promise<PlanningDrivers> {
  const { workspaceId, measure, yearStart, yearEnd } = params;
  const lastYearStart = addMonths(yearStart, -12);
  const monthly = await loadMonthlyActuals(db, {
    workspaceId,
    measure,
    fromDay: addMonths(yearStart, -12 * HISTORY_YEARS),
    toDayExclusive: yearStart,
    personIds: null,
  });
  const toMeasure = measureRatios(
    measure,
    monthly.filter((row) => `${row.month}-01` >= lastYearStart),
  );
  const history = new Map<string, string>();
  const byMonth = new Map<string, string[]>();
  const lastYear: string[] = [];
  for (const row of monthly) {
    byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), row.amount]);
    if (`${row.month}-01` < lastYearStart) continue;
    lastYear.push(row.amount);
    if (row.personId !== null)
      history.set(row.personId, sumAmounts([history.get(row.personId) ?? "0", row.amount]));
  }
  const converted = reportingConversion(
    { amount: sql`coalesce(o.amount, 0)`, currency: sql`o.currency`, day: sql`o.close_date` },
    workspaceId,
  );
  const pipelineRows = await selectRows<{ person_id: string; amount: string }>(
    db,
    sql`select o.owner_id as person_id, coalesce(sum(${converted.amount}), 0)::text as amount
        from opportunities o ${converted.join}
        where o.workspace_id = ${workspaceId} and o.status = 'open' and o.owner_id is not null
          and o.close_date >= ${yearStart}::date and o.close_date < ${addDays(yearEnd, 1)}::date
        group by o.owner_id`,
  );
  // Summed exactly in SQL over the owned accounts' estimates of the model in force (the latest).
  const potentialRows = await selectRows<{ person_id: string; amount: string }>(
    db,
    sql`select a.owner_id as person_id, sum(p.potential)::text as amount
        from accounts a
        join account_potentials p on p.account_id = a.id and p.workspace_id = a.workspace_id
        where a.workspace_id = ${workspaceId} and a.owner_id is not null
          and p.model_id = (select m.id from potential_models m where m.workspace_id = ${workspaceId}
                            order by m.created_at desc, m.id desc limit 1)
        group by a.owner_id`,
  );
  return {
    history,
    pipeline: new Map(pipelineRows.map((r) => [r.person_id, toMeasure(r.person_id, r.amount)])),
    potential: new Map(potentialRows.map((r) => [r.person_id, toMeasure(r.person_id, r.amount)])),
    companyMonthly: [...byMonth.entries()]
      .map(([month, amounts]) => ({ month, amount: sumAmounts(amounts) }))
      .sort((a, b) => (a.month < b.month ? -1 : 1)),
    lastYearTotal: sumAmounts(lastYear),
  };
}
