import { type SQL, sql } from "drizzle-orm";
import { type Db, selectRows, toUuidArray } from "@attain/db";
import {
  addDays,
  addMonths,
  type PipelineConfig,
  pipelineAgeing,
  stageConversion,
  stageVelocity,
  winRates,
} from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { loadPipelineConfig } from "./load-pipeline-config";
import { opportunityFacts } from "./opportunity-facts";
import { resolvePipelineRequest } from "./pipeline-access";
import type { AnalyticsQuery } from "./schemas";

const typeLabels: Record<string, string> = {
  new_business: "New business",
  expansion: "Expansion",
  renewal: "Renewal",
};

/**
 * Conversion, velocity, win rates, average deal and cycle of the deals created in [from, to] (default: the 12 months
 * up to today), and the ageing of every open deal in scope. SQL aggregates (counts by furthest stage reached, stays
 * by length, deals by group, status and cycle); the engine turns the aggregates into the figures.
 */
export async function getPipelineAnalytics(db: Db, viewer: Viewer, today: string, query: AnalyticsQuery) {
  const { workspace, scope } = await resolvePipelineRequest(db, viewer, { personId: query.personId, today });
  const to = query.to ?? today;
  const from = query.from ?? addDays(addMonths(to, -12), 1);
  if (from > to) throw problems.invalid([{ path: "to", message: "`to` must not be before `from`" }]);
  const { config } = await loadPipelineConfig(db, viewer.workspaceId);
  const ws = viewer.workspaceId;
  const cohortWhere = sql`o.workspace_id = ${ws} and o.created_on >= ${from}::date and o.created_on <= ${to}::date
    ${scope.personIds ? sql`and o.owner_id = any(${toUuidArray(scope.personIds)})` : sql``}`;
  const cohortFacts = opportunityFacts({
    workspaceId: ws,
    today,
    config,
    personIds: scope.personIds,
    status: "all",
    createdFrom: from,
    createdTo: to,
    withHistory: false,
  });
  // Amounts and ages only: neither needs the history facts (flags).
  const openFacts = opportunityFacts({
    workspaceId: ws,
    today,
    config,
    personIds: scope.personIds,
    status: "open",
    withHistory: false,
  });
  const group = await groupExpression(db, ws, query);

  const [reached, visits, ages, outcomes] = await Promise.all([
    selectRows<{ reached: string | null; status: "open" | "won" | "lost"; deals: string }>(
      db,
      sql`with cfg as (${stagesOf(config)}),
          cohort as (select o.id, o.status, o.stage from opportunities o where ${cohortWhere}),
          seen as (
            select c.id, c.status, c.stage from cohort c
            union all
            select c.id, c.status, h.stage from opportunity_stage_history h join cohort c on c.id = h.opportunity_id
            where h.workspace_id = ${ws}
          ),
          reach as (
            select s.id, s.status, max(cfg.position) as position
            from seen s left join cfg on cfg.name = s.stage and cfg.outcome = 'open'
            group by s.id, s.status
          )
          select cfg.name as reached, r.status, count(*)::text as deals
          from reach r left join cfg on cfg.position = r.position and cfg.outcome = 'open'
          group by cfg.name, r.status`,
    ),
    selectRows<{ stage: string; days: number; count: string }>(
      db,
      sql`with cohort as (select o.id from opportunities o where ${cohortWhere}),
          rows as (
            select h.opportunity_id, h.stage, h.entered_at, h.id,
                   lag(h.stage) over (partition by h.opportunity_id order by h.entered_at) as prev
            from opportunity_stage_history h join cohort c on c.id = h.opportunity_id
            where h.workspace_id = ${ws}
          ),
          starts as (
            select stage, (entered_at at time zone 'UTC')::date as on_day,
                   (lead(entered_at) over (partition by opportunity_id order by entered_at) at time zone 'UTC')::date as next_day
            from rows where prev is distinct from stage
          )
          select stage, (next_day - on_day) as days, count(*)::text as count
          from starts where next_day is not null group by stage, days`,
    ),
    selectRows<{ age_days: number; deals: string; amount: string | null }>(
      db,
      sql`${openFacts} select f.age_days, count(*)::text as deals, coalesce(sum(f.reporting_amount), 0)::text as amount
          from facts f where f.age_days is not null group by f.age_days`,
    ),
    selectRows<{
      key: string;
      label: string;
      status: "open" | "won" | "lost";
      cycle_days: number | null;
      deals: string;
      amount_deals: string;
      amount: string | null;
    }>(
      db,
      sql`${cohortFacts}, grouped as (
            select f.*, ${group.key} as group_key, ${group.label} as group_label from facts f ${group.join}
          )
          select group_key as key, group_label as label, status,
                 case when status = 'won' then close_date - created_on end as cycle_days,
                 count(*)::text as deals, count(reporting_amount)::text as amount_deals,
                 coalesce(sum(reporting_amount), 0)::text as amount
          from grouped group by 1, 2, 3, 4`,
    ),
  ]);

  const rates = winRates(
    outcomes.map((o) => ({
      key: o.key,
      label: o.label,
      status: o.status,
      deals: Number(o.deals),
      amountDeals: Number(o.amount_deals),
      amount: o.amount ?? "0",
      cycleDays: o.cycle_days === null ? null : Number(o.cycle_days),
    })),
    workspace.currency,
  );
  return {
    currency: workspace.currency,
    from,
    to,
    conversion: stageConversion(
      config.stages,
      reached.map((r) => ({ reached: r.reached, status: r.status, deals: Number(r.deals) })),
    ),
    velocity: stageVelocity(
      config.stages,
      visits.map((v) => ({ stage: v.stage, days: Number(v.days), count: Number(v.count) })),
    ),
    ageing: pipelineAgeing(
      ages.map((a) => ({ ageDays: Number(a.age_days), deals: Number(a.deals), amount: a.amount ?? "0" })),
      workspace.currency,
    ),
    summary: rates.summary,
    groups: rates.groups,
  };
}

function stagesOf(config: PipelineConfig): SQL {
  const rows = config.stages.map((s) => ({ name: s.name, position: s.position, outcome: s.outcome }));
  return sql`select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as s(name text, position int, outcome text)`;
}

/** How `by` groups deals: a key, a label and, for segments, the join to the latest segmentation of that name. */
async function groupExpression(db: Db, workspaceId: string, query: AnalyticsQuery) {
  const none = sql``;
  if (query.by === "source")
    return { key: sql`coalesce(f.source, '—')`, label: sql`coalesce(f.source, '—')`, join: none };
  if (query.by === "owner")
    return { key: sql`coalesce(f.owner_id::text, '—')`, label: sql`coalesce(f.owner_name, '—')`, join: none };
  if (query.by === "type") {
    const label = sql`case f.type when 'new_business' then ${typeLabels.new_business} when 'expansion' then ${typeLabels.expansion} else ${typeLabels.renewal} end`;
    return { key: sql`f.type`, label, join: none };
  }
  const [latest] = await selectRows<{ id: string }>(
    db,
    sql`select id from segmentations where workspace_id = ${workspaceId} and name = ${query.segmentation}
        order by valid_from desc, created_at desc limit 1`,
  );
  if (!latest) return { key: sql`'—'`, label: sql`'—'`, join: none };
  return {
    key: sql`coalesce(seg.segment, '—')`,
    label: sql`coalesce(seg.segment, '—')`,
    join: sql`left join account_segments seg on seg.workspace_id = ${workspaceId}
      and seg.segmentation_id = ${latest.id} and seg.account_id = f.account_id`,
  };
}
