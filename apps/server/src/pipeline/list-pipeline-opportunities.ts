import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { loadPipelineConfig } from "./load-pipeline-config";
import { type FactRow, factColumns, opportunityFacts } from "./opportunity-facts";
import { resolvePipelineRequest } from "./pipeline-access";
import type { OpportunityListQuery } from "./schemas";
import { sqlMoney as money } from "./sql-money";
import { toPipelineOpportunity } from "./to-pipeline-opportunity";

const sortColumn = {
  amount: sql`f.reporting_amount`,
  closeDate: sql`f.close_date`,
  ageDays: sql`f.age_days`,
  daysInStage: sql`f.days_in_stage`,
  name: sql`f.name`,
} as const;

/** A page of the caller's deals, filtered and sorted in SQL, with the count and sums of every matching deal. */
export async function listPipelineOpportunities(
  db: Db,
  viewer: Viewer,
  today: string,
  query: OpportunityListQuery,
) {
  const { workspace, scope } = await resolvePipelineRequest(db, viewer, { personId: query.personId, today });
  const { config } = await loadPipelineConfig(db, viewer.workspaceId);
  const filter = { ...query, workspaceId: viewer.workspaceId, today, config, personIds: scope.personIds };
  // History facts (flags, days in stage) cost the most; they are computed for every matching deal only when the
  // filter or sort needs them, else for the page alone.
  const everyDealNeedsHistory = query.flag !== undefined || query.sort === "daysInStage";
  const chooser = opportunityFacts({ ...filter, withHistory: everyDealNeedsHistory });
  const flagFilter = query.flag ? sql`where ${query.flag} = any(f.flags)` : sql``;
  const direction = query.order === "desc" ? sql`desc` : sql`asc`;
  const order = sql`order by ${sortColumn[query.sort]} ${direction} nulls last, f.name, f.id`;
  type Totals = { total: string; amount: string | null; weighted: string | null };
  const totalsQuery = () =>
    selectRows<Totals>(
      db,
      sql`${chooser} select count(*)::text as total, sum(f.reporting_amount)::text as amount,
            sum(f.weighted)::text as weighted from facts f ${flagFilter}`,
    ).then(([row]) => row);
  let totals: Totals | undefined;
  let rows: FactRow[];
  if (everyDealNeedsHistory) {
    // One pass over the expensive facts: the page and, as window sums, the totals of every matching deal.
    const page = await selectRows<
      FactRow & { window_total: string; window_amount: string | null; window_weighted: string | null }
    >(
      db,
      sql`${chooser} select ${factColumns}, count(*) over ()::text as window_total,
            (sum(f.reporting_amount) over ())::text as window_amount, (sum(f.weighted) over ())::text as window_weighted
          from facts f ${flagFilter} ${order} limit ${query.limit} offset ${query.offset}`,
    );
    const first = page[0];
    totals = first
      ? { total: first.window_total, amount: first.window_amount, weighted: first.window_weighted }
      : query.offset > 0
        ? await totalsQuery()
        : undefined;
    rows = page;
  } else {
    const [counted, chosen] = await Promise.all([
      totalsQuery(),
      selectRows<{ id: string }>(
        db,
        sql`${chooser} select f.id from facts f ${order} limit ${query.limit} offset ${query.offset}`,
      ),
    ]);
    totals = counted;
    const ids = chosen.map((r) => r.id);
    const page =
      ids.length === 0
        ? []
        : await selectRows<FactRow>(
            db,
            sql`${opportunityFacts({ ...filter, opportunityIds: ids })} select ${factColumns} from facts f`,
          );
    const byId = new Map(page.map((r) => [r.id, r]));
    rows = ids.flatMap((id) => byId.get(id) ?? []);
  }
  return {
    total: Number(totals?.total ?? 0),
    currency: workspace.currency,
    opportunities: rows.map((row) => toPipelineOpportunity(row, config, today)),
    totals: { amount: money(totals?.amount), weighted: money(totals?.weighted) },
  };
}
