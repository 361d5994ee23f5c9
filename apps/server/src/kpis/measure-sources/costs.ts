import { reportingConversion } from "@attain/db";
import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import { channelIs, type FactMonths, inMonths, inPeriod, sumFacts } from "./source-query";
import { drillPage } from "./drill-page";
import type { DrillColumn, MeasureSourceModule } from "./types";

/**
 * Cost measures (sales_marketing_costs): the monthly cost of sales and of marketing, each line converted to the
 * reporting currency at its month's rate and rounded to the cent, then summed. Marketing costs keep their channel
 * (null = the whole category); sales costs have none. A foreign line without a rate for its month is left out of the
 * facts (its drill-down row shows no reporting amount).
 */

const categories: Record<string, string> = { sales_cost: "sales", marketing_cost: "marketing" };

/** The cost lines with their amount in the reporting currency (`reporting_amount`, null without a rate). */
function convertedLines(workspaceId: string, where: SQL): SQL {
  const converted = reportingConversion(
    { amount: sql`c.amount`, currency: sql`c.currency`, day: sql`c.month` },
    workspaceId,
  );
  return sql`select c.id, c.month, c.category, c.channel, c.amount, c.currency, c.note,
                    ${converted.amount} as reporting_amount
             from sales_marketing_costs c ${converted.join}
             where c.workspace_id = ${workspaceId} and ${where}`;
}

function factsQuery(workspaceId: string, months: FactMonths): SQL {
  return sql`select case c.category when 'sales' then 'sales_cost' else 'marketing_cost' end as measure, c.month,
                    null::uuid as person_id, null::text as segment, null::uuid as product_id,
                    case when c.category = 'marketing' then c.channel end as channel,
                    sum(c.reporting_amount) as value, count(*)::bigint as row_count
             from (${convertedLines(workspaceId, inMonths(sql`c.month`, months))}) c
             where c.reporting_amount is not null
             group by c.category, c.month, case when c.category = 'marketing' then c.channel end`;
}

const columns: DrillColumn[] = [
  { key: "month", label: "Month", type: "date" },
  { key: "category", label: "Category", type: "text" },
  { key: "channel", label: "Channel", type: "text" },
  { key: "amount", label: "Amount", type: "number" },
  { key: "currency", label: "Currency", type: "text" },
  { key: "reporting_amount", label: "Amount in the reporting currency", type: "currency" },
  { key: "note", label: "Note", type: "text" },
];

export const costsSource: MeasureSourceModule = {
  source: "sales_marketing_costs",
  additive: Object.keys(categories),
  factsQuery,
  direct: [],
  computeDirect: (db, request, measures) =>
    sumFacts(
      db,
      request,
      measures.filter((m) => m in categories),
      factsQuery,
    ),
  listRows(db, request, measure, page) {
    const category = categories[measure];
    if (!category)
      throw new ApiError(404, "Unknown measure", `The costs source has no measure "${measure}".`);
    const channel = category === "marketing" ? channelIs(sql`c.channel`, request.channel) : sql`true`;
    return drillPage(
      db,
      sql`select l.id as sort_id, l.month as sort_key, l.reporting_amount as measure_value,
                       to_char(l.month, 'YYYY-MM-DD') as month, l.category, l.channel, l.amount::text as amount,
                       l.currency::text as currency, l.reporting_amount::text as reporting_amount, l.note
                from (${convertedLines(request.workspaceId, sql`${inPeriod(sql`c.month`, request)} and c.category = ${category} and ${channel}`)}) l`,
      columns,
      page,
    );
  },
};
