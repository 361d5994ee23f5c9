import { sql } from "drizzle-orm";
import { type Db, type ForecastCategory, reportingConversion, selectRows } from "@attain/db";
import { winProbabilityOf } from "./win-probability";

export type OpenDeal = { amount: string; probability: string };

/**
 * Each person's open opportunities expected to close in [from, toExclusive), amounts in the reporting currency
 * (the month's rate, rounded per deal as every report does), with the win probability of their forecast category.
 * Deals without an amount or a rate, and omitted ones, are left out.
 */
export async function loadOpenPipeline(
  db: Db,
  params: { workspaceId: string; personIds: readonly string[]; from: string; toExclusive: string },
): Promise<Map<string, OpenDeal[]>> {
  const pipeline = new Map<string, OpenDeal[]>();
  if (params.personIds.length === 0) return pipeline;
  const converted = reportingConversion(
    { amount: sql`o.amount`, currency: sql`o.currency`, day: sql`o.close_date` },
    params.workspaceId,
  );
  const rows = await selectRows<{
    person_id: string;
    amount: string | null;
    forecast_category: ForecastCategory;
  }>(
    db,
    sql`select o.owner_id as person_id, (${converted.amount})::text as amount, o.forecast_category
        from opportunities o ${converted.join}
        where o.workspace_id = ${params.workspaceId} and o.status = 'open' and o.amount is not null
          and o.owner_id = any(${`{${params.personIds.join(",")}}`}::uuid[])
          and o.close_date >= ${params.from}::date and o.close_date < ${params.toExclusive}::date
        order by o.owner_id, o.close_date, o.id`,
  );
  for (const row of rows) {
    const probability = winProbabilityOf[row.forecast_category] ?? "0";
    if (row.amount === null || probability === "0" || row.amount.startsWith("-")) continue;
    pipeline.set(row.person_id, [
      ...(pipeline.get(row.person_id) ?? []),
      { amount: row.amount, probability },
    ]);
  }
  return pipeline;
}
