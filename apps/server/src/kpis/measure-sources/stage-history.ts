import { selectRows } from "@attain/db";
import type { PipelineConfig } from "@attain/engine";
import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import { loadPipelineConfig } from "../../pipeline/load-pipeline-config";
import { stageKey } from "../stage-key";
import { drillPage } from "./drill-page";
import { periodDeals } from "./opportunities";
import type { MeasureRequest, MeasureSourceModule } from "./types";

const reachedFamily = "deals_reached_stage";
const passedFamily = "deals_passed_stage";

/**
 * Stage conversion of the deals closed (won or lost) in the period: a deal reached a stage when its furthest open
 * stage (history or current, the workspace's stage order) is that one or later; it went past it when that furthest
 * stage is later, or it was won. Computed per request: the stage order is configuration, not data.
 */
export const stageHistorySource: MeasureSourceModule = {
  source: "stage_history",
  additive: [],
  factsQuery: () => sql`select null::text as measure where false`,
  direct: [reachedFamily, passedFamily],
  async computeDirect(db, request, measures) {
    const { config } = await loadPipelineConfig(db, request.workspaceId);
    const rows = await selectRows<{ position: number | null; status: string; deals: string }>(
      db,
      sql`select r.position, r.status, count(*)::text as deals from (${furthest(request, config)}) r
          group by r.position, r.status`,
    );
    const out: Record<string, string> = {};
    for (const stage of openStages(config)) {
      let reached = 0;
      let passed = 0;
      for (const row of rows) {
        if (row.position === null || row.position < stage.position) continue;
        reached += Number(row.deals);
        if (row.position > stage.position || row.status === "won") passed += Number(row.deals);
      }
      out[`${reachedFamily}.${stage.key}`] = String(reached);
      out[`${passedFamily}.${stage.key}`] = String(passed);
    }
    // A stage the workspace no longer has: nothing reached it.
    for (const m of measures) out[m] ??= "0";
    return out;
  },
  async listRows(db, request, measure, page) {
    const [family, key] = measure.split(".");
    const { config } = await loadPipelineConfig(db, request.workspaceId);
    const stage = openStages(config).find((s) => s.key === key);
    if ((family !== reachedFamily && family !== passedFamily) || !stage)
      throw new ApiError(422, "Unknown measure", `No stage measure ${measure}.`);
    const which =
      family === reachedFamily
        ? sql`r.position >= ${stage.position}`
        : sql`(r.position > ${stage.position} or (r.position >= ${stage.position} and r.status = 'won'))`;
    const rows = sql`select r.name, r.stage, r.status, r.close_date::text as "closeDate", r.furthest_stage as "furthestStage",
        1 as measure_value, r.close_date as sort_key, r.id as sort_id
      from (${furthest(request, config)}) r where ${which}`;
    return drillPage(
      db,
      rows,
      [
        { key: "name", label: "Deal", type: "text" },
        { key: "stage", label: "Stage", type: "text" },
        { key: "status", label: "Status", type: "text" },
        { key: "closeDate", label: "Close date", type: "date" },
        { key: "furthestStage", label: "Furthest stage", type: "text" },
      ],
      page,
    );
  },
};

/** The workspace's open stages in order, with their keys. */
export function openStages(config: PipelineConfig) {
  return config.stages
    .filter((s) => s.outcome === "open")
    .map((s) => ({ name: s.name, position: s.position, key: stageKey(s.name) }))
    .sort((a, b) => a.position - b.position);
}

/** Per deal closed in the period: its status and the position and name of the furthest open stage it reached. */
function furthest(request: MeasureRequest, config: PipelineConfig): SQL {
  const stages = JSON.stringify(openStages(config).map((s) => ({ name: s.name, position: s.position })));
  return sql`with cfg as (select * from jsonb_to_recordset(${stages}::jsonb) as s(name text, position int)),
      closed as (select * from (${periodDeals(request, "close_date")}) d where d.status in ('won', 'lost')),
      seen as (
        select c.id, c.stage as seen_stage from closed c
        union all
        select h.opportunity_id, h.stage from opportunity_stage_history h join closed c on c.id = h.opportunity_id
        where h.workspace_id = ${request.workspaceId}
      ),
      reach as (select s.id, max(cfg.position) as position from seen s join cfg on cfg.name = s.seen_stage group by s.id)
    select c.id, c.name, c.stage, c.status, c.close_date, r.position,
      (select cfg.name from cfg where cfg.position = r.position) as furthest_stage
    from closed c left join reach r on r.id = c.id`;
}
