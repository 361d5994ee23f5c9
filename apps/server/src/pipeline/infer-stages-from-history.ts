import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import { inferPipelineStages, type PipelineConfig } from "@attain/engine";
import { statusOfStage } from "../import/entities/opportunities";

/**
 * Stage statistics from the workspace's deals, aggregated in SQL: for each stage name on a deal or in its history,
 * the mean rank of its first entry in each deal's history (the order deals go through stages; a stage seen only as a
 * current stage goes last), how many deals reached
 * it and how many of those are won. The engine turns them into a configuration.
 */
export async function inferStagesFromHistory(db: Db, workspaceId: string): Promise<PipelineConfig> {
  const rows = await selectRows<{ stage: string; rank: string; reached: string; won: string }>(
    db,
    sql`with visits as (
          select h.opportunity_id, h.stage, min(h.entered_at) as first_at
          from opportunity_stage_history h where h.workspace_id = ${workspaceId}
          group by h.opportunity_id, h.stage
        ), ranked as (
          select opportunity_id, stage,
                 (rank() over (partition by opportunity_id order by first_at) - 1)::numeric as r
          from visits
        ), reached as (
          select opportunity_id, stage, r from ranked
          union all
          -- a deal's current stage counts as reached even when its history does not show it
          select o.id, o.stage, null::numeric from opportunities o
          where o.workspace_id = ${workspaceId}
            and not exists (select 1 from ranked x where x.opportunity_id = o.id and x.stage = o.stage)
        )
        select x.stage, coalesce(avg(x.r), 1000000)::text as rank, count(*)::text as reached,
               count(*) filter (where o.status = 'won')::text as won
        from reached x join opportunities o on o.id = x.opportunity_id and o.workspace_id = ${workspaceId}
        group by x.stage`,
  );
  return inferPipelineStages(
    rows.map((r) => ({
      stage: r.stage,
      order: Number(r.rank),
      outcome: statusOfStage(r.stage),
      reached: Number(r.reached),
      won: Number(r.won),
    })),
  );
}
