import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { loadPipelineConfig } from "./load-pipeline-config";
import { type FactRow, factColumns, opportunityFacts } from "./opportunity-facts";
import { resolvePipelineRequest } from "./pipeline-access";
import type { BoardQuery, PipelineOpportunity } from "./schemas";
import { sqlMoney } from "./sql-money";
import { toPipelineOpportunity } from "./to-pipeline-opportunity";

const CARDS_PER_COLUMN = 50;

type ColumnTotals = {
  stage: string;
  known: boolean;
  count: string;
  amount: string | null;
  weighted: string | null;
  flagged: string;
};

/**
 * Open deals per configured open stage, in order, each column's totals over all its deals and its 50 largest deals;
 * deals in stages that are not configured gather in `unknownStage` (flagged, never dropped).
 */
export async function getPipelineBoard(db: Db, viewer: Viewer, today: string, query: BoardQuery) {
  const { workspace, scope } = await resolvePipelineRequest(db, viewer, { personId: query.personId, today });
  const { config } = await loadPipelineConfig(db, viewer.workspaceId);
  const filter = {
    ...query,
    status: "open" as const,
    workspaceId: viewer.workspaceId,
    today,
    config,
    personIds: scope.personIds,
  };
  const facts = opportunityFacts(filter);
  // Cards are chosen without the history facts, which are then computed for the chosen cards only.
  const light = opportunityFacts({ ...filter, withHistory: false });
  // Deals of unknown stages share one column, keyed '' (a stage name is never empty).
  const column = sql`case when f.cfg_name is null then '' else f.stage end`;
  const [totals, chosen] = await Promise.all([
    selectRows<ColumnTotals>(
      db,
      sql`${facts} select ${column} as stage, count(*)::text as count, sum(f.reporting_amount)::text as amount,
            sum(f.weighted)::text as weighted, count(*) filter (where cardinality(f.flags) > 0)::text as flagged
          from facts f group by 1`,
    ),
    selectRows<{ id: string; column_key: string }>(
      db,
      sql`${light} select * from (
            select f.id, ${column} as column_key,
                   row_number() over (partition by ${column} order by f.reporting_amount desc nulls last, f.name, f.id) as n
            from facts f) ranked
          where n <= ${CARDS_PER_COLUMN}
          order by column_key, n`,
    ),
  ]);
  const chosenRows =
    chosen.length === 0
      ? []
      : await selectRows<FactRow>(
          db,
          sql`${opportunityFacts({ ...filter, opportunityIds: chosen.map((c) => c.id) })} select ${factColumns} from facts f`,
        );
  const byId = new Map(chosenRows.map((r) => [r.id, r]));
  const cards = chosen.flatMap((c) => {
    const row = byId.get(c.id);
    return row ? [{ ...row, column_key: c.column_key }] : [];
  });
  const build = (key: string, stage: string, probability: string | null) => {
    const t = totals.find((row) => row.stage === key);
    const opportunities: PipelineOpportunity[] = cards
      .filter((row) => row.column_key === key)
      .map((row) => toPipelineOpportunity(row, config, today));
    return {
      stage,
      probability,
      count: Number(t?.count ?? 0),
      amount: sqlMoney(t?.amount),
      weighted: sqlMoney(t?.weighted),
      flagged: Number(t?.flagged ?? 0),
      opportunities,
    };
  };
  const open = config.stages.filter((s) => s.outcome === "open").sort((a, b) => a.position - b.position);
  // Open deals sitting in a won or lost stage (status not yet updated) still show, under that stage.
  const closedStagesWithOpenDeals = config.stages.filter(
    (s) => s.outcome !== "open" && totals.some((t) => t.stage === s.name),
  );
  return {
    currency: workspace.currency,
    columns: [...open, ...closedStagesWithOpenDeals].map((s) => build(s.name, s.name, s.probability)),
    unknownStage: totals.some((t) => t.stage === "") ? build("", "Unknown stage", null) : null,
  };
}
