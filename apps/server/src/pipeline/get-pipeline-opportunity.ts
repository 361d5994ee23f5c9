import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import { checkStageCriteria, type PipelineConfig } from "@attain/engine";
import type { Scope } from "../auth/resolve-scope";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { type ActivityRow, buildTimeline, type HistoryRow } from "./build-timeline";
import { criteriaFactsOf } from "./criteria-facts-of";
import { loadPipelineConfig } from "./load-pipeline-config";
import { type FactRow, factColumns, opportunityFacts } from "./opportunity-facts";
import { resolvePipelineRequest } from "./pipeline-access";
import { toPipelineOpportunity } from "./to-pipeline-opportunity";

/** One deal with what its stage's entry criteria still miss and its timeline; 403 outside the caller's scope. */
export async function getPipelineOpportunity(db: Db, viewer: Viewer, today: string, id: string) {
  const { scope } = await resolvePipelineRequest(db, viewer, { today });
  const { config } = await loadPipelineConfig(db, viewer.workspaceId);
  return loadOpportunityDetail(db, { workspaceId: viewer.workspaceId, id, today, config, scope });
}

/** The detail of one deal, given the configuration and scope already resolved (shared with the PATCH). */
export async function loadOpportunityDetail(
  db: Db,
  params: { workspaceId: string; id: string; today: string; config: PipelineConfig; scope: Scope },
) {
  const { workspaceId, id, today, config, scope } = params;
  const facts = opportunityFacts({
    workspaceId,
    today,
    config,
    personIds: null,
    status: "all",
    opportunityId: id,
  });
  const [row] = await selectRows<FactRow>(db, sql`${facts} select ${factColumns} from facts f`);
  if (!row) throw problems.notFound("The opportunity");
  if (scope.personIds && !(row.owner_id && scope.personIds.includes(row.owner_id)))
    throw problems.forbidden("That deal belongs to someone outside the people whose deals you may see.");
  const [history, activities] = await Promise.all([
    selectRows<{
      at: string;
      stage: string;
      amount: string | null;
      close_date: string | null;
      forecast_category: string | null;
    }>(
      db,
      sql`select to_char(h.entered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, h.stage,
                 h.amount::text as amount, h.close_date::text as close_date, h.forecast_category
          from opportunity_stage_history h
          where h.workspace_id = ${workspaceId} and h.opportunity_id = ${id}
          order by h.entered_at, h.id`,
    ),
    selectRows<{ at: string; kind: ActivityRow["kind"]; person_name: string | null; outcome: string | null }>(
      db,
      sql`select to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, a.kind,
                 p.full_name as person_name, a.outcome
          from activities a left join people p on p.id = a.person_id and p.workspace_id = a.workspace_id
          where a.workspace_id = ${workspaceId} and a.opportunity_id = ${id}
          order by a.occurred_at, a.id`,
    ),
  ]);
  const opportunity = toPipelineOpportunity(row, config, today);
  const stage = config.stages.find((s) => s.name === row.stage);
  const criteria = stage
    ? {
        stage: stage.name,
        ...checkStageCriteria(criteriaFactsOf(row), stage.entryCriteria, config.qualification),
      }
    : { stage: row.stage, met: false, missing: [] };
  const historyRows: HistoryRow[] = history.map((h) => ({
    at: h.at,
    stage: h.stage,
    amount: h.amount,
    closeDate: h.close_date,
    forecastCategory: h.forecast_category,
  }));
  const activityRows: ActivityRow[] = activities.map((a) => ({
    at: a.at,
    kind: a.kind,
    personName: a.person_name,
    outcome: a.outcome,
  }));
  return {
    opportunity,
    criteria,
    timeline: buildTimeline(
      { createdOn: row.created_on, stage: row.stage },
      historyRows,
      activityRows,
      config,
    ),
  };
}
