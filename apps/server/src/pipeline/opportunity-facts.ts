import { type SQL, sql } from "drizzle-orm";
import { toUuidArray } from "@attain/db";
import type { PipelineConfig } from "@attain/engine";

export type FactsFilter = {
  workspaceId: string;
  today: string;
  config: PipelineConfig;
  /** null: the whole workspace. */
  personIds: string[] | null;
  status?: "open" | "won" | "lost" | "all";
  motion?: "new_business" | "expansion_renewal" | undefined;
  closeFrom?: string | undefined;
  closeTo?: string | undefined;
  stage?: string | undefined;
  q?: string | undefined;
  opportunityId?: string;
  /** Only these deals (a page already chosen from the light facts). */
  opportunityIds?: string[];
  /**
   * false: skip the history and activity facts (and so `flags`, days in stage, push count, which come out null):
   * enough to count, sum, sort by amount or date and pick a page, at a fraction of the cost on 100k deals.
   */
  withHistory?: boolean;
  /** Deals created in [createdFrom, createdTo] (the analytics cohort). */
  createdFrom?: string;
  createdTo?: string;
};

/** The stage configuration as a SQL relation `cfg`, so stored and inferred configurations are queried alike. */
function stagesRelation(config: PipelineConfig): SQL {
  const rows = config.stages.map((s) => ({
    name: s.name,
    position: s.position,
    outcome: s.outcome,
    probability: s.probability,
    max_days: s.maxDaysInStage,
    entry_fields: s.entryCriteria.requiredFields,
    entry_checklist: s.entryCriteria.checklist,
  }));
  return sql`select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as s(name text, position int,
    outcome text, probability numeric, max_days int, entry_fields jsonb, entry_checklist jsonb)`;
}

function whereOf(f: FactsFilter): SQL {
  const parts: SQL[] = [sql`o.workspace_id = ${f.workspaceId}`];
  if (f.personIds) parts.push(sql`o.owner_id = any(${toUuidArray(f.personIds)})`);
  if (f.status && f.status !== "all") parts.push(sql`o.status = ${f.status}`);
  if (f.motion === "new_business") parts.push(sql`o.type = 'new_business'`);
  if (f.motion === "expansion_renewal") parts.push(sql`o.type <> 'new_business'`);
  if (f.closeFrom) parts.push(sql`o.close_date >= ${f.closeFrom}::date`);
  if (f.closeTo) parts.push(sql`o.close_date <= ${f.closeTo}::date`);
  if (f.stage) parts.push(sql`o.stage = ${f.stage}`);
  if (f.createdFrom) parts.push(sql`o.created_on >= ${f.createdFrom}::date`);
  if (f.createdTo) parts.push(sql`o.created_on <= ${f.createdTo}::date`);
  if (f.opportunityId) parts.push(sql`o.id = ${f.opportunityId}`);
  if (f.opportunityIds) parts.push(sql`o.id = any(${toUuidArray(f.opportunityIds)})`);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(sql`(o.name ilike ${like} or a.name ilike ${like} or p.full_name ilike ${like})`);
  }
  return sql.join(parts, sql` and `);
}

/**
 * `with … facts as (…)`: one row per matching deal with everything the list, board and flags need, computed set-wise —
 * reporting amount (rate of the close date's month, the latest on or before it; today's month without a close
 * date), weighted amount, the history facts of engine `summariseStageHistory` (window functions), the last activity,
 * and `flags`: the kinds engine `flagOpportunityRisks` gives, evaluated in SQL so lists can filter and count by flag
 * without loading every deal. Callers add `select … from facts`.
 */
export function opportunityFacts(f: FactsFilter): SQL {
  const { config, today, workspaceId } = f;
  const num = (value: number) => sql.raw(String(Math.trunc(value)));
  const withHistory = f.withHistory !== false;
  const history = withHistory
    ? sql`    hist_rows as (
      select h.opportunity_id, h.stage, h.amount, h.close_date, (h.entered_at at time zone 'UTC')::date as on_day,
             lag(h.stage) over w as prev_stage, lag(h.close_date) over w as prev_close
      from opportunity_stage_history h
      where h.workspace_id = ${workspaceId} and h.opportunity_id in (select id from ids)
      window w as (partition by h.opportunity_id order by h.entered_at)
    ),
    hist as (
      select opportunity_id,
             max(on_day) filter (where prev_stage is distinct from stage) as stage_entered_on,
             count(*) filter (where close_date > prev_close)::int as push_count,
             max(amount) as peak_amount
      from hist_rows group by opportunity_id
    ),
    act as (
      select x.opportunity_id, max((x.occurred_at at time zone 'UTC')::date) as last_activity_on
      from activities x
      where x.workspace_id = ${workspaceId} and x.opportunity_id in (select id from ids)
      group by x.opportunity_id
    ),
`
    : sql`hist as (select null::uuid as opportunity_id, null::date as stage_entered_on, 0 as push_count,
             null::numeric as peak_amount where false),
           act as (select null::uuid as opportunity_id, null::date as last_activity_on where false),
    `;
  return sql`with cfg as (${stagesRelation(config)}),
    rc as (select reporting_currency from workspaces where id = ${workspaceId}),
    base as (
      select o.*, a.name as account_name, p.full_name as owner_name
      from opportunities o
      left join accounts a on a.id = o.account_id and a.workspace_id = o.workspace_id
      left join people p on p.id = o.owner_id and p.workspace_id = o.workspace_id
      where ${whereOf(f)}
    ),
    -- The same deals' ids alone: the history and activity scans semi-join this narrow list, so the wide \`base\`
    -- rows are read once (inlined) instead of being materialised, on 100k deals the difference of seconds.
    ids as (
      select o.id from opportunities o
      left join accounts a on a.id = o.account_id and a.workspace_id = o.workspace_id
      left join people p on p.id = o.owner_id and p.workspace_id = o.workspace_id
      where ${whereOf(f)}
    ),
${history}    enriched as (
      select b.*, cfg.name as cfg_name, cfg.position as cfg_position, cfg.outcome as cfg_outcome,
             cfg.probability as cfg_probability, cfg.max_days, cfg.entry_fields, cfg.entry_checklist,
             hist.stage_entered_on, coalesce(hist.push_count, 0) as push_count,
             greatest(hist.peak_amount, b.amount) as peak_amount, act.last_activity_on,
             rc.reporting_currency, fx.rate as fx_rate,
             case when b.amount is null then null
                  when b.currency = rc.reporting_currency then round(b.amount, 2)
                  when fx.rate is null then null
                  else round(b.amount * fx.rate, 2) end as reporting_amount,
             coalesce(hist.stage_entered_on, b.created_on) as in_stage_since
      from base b
      cross join rc
      left join cfg on cfg.name = b.stage
      left join hist on hist.opportunity_id = b.id
      left join act on act.opportunity_id = b.id
      left join lateral (
        select r.rate from exchange_rates r
        where b.currency <> rc.reporting_currency and r.workspace_id = ${workspaceId} and r.currency = b.currency
          and r.month <= date_trunc('month', coalesce(b.close_date, ${today}::date))::date
        order by r.month desc limit 1
      ) fx on true
    ),
    facts as (
      select e.*,
             round(e.reporting_amount * e.cfg_probability, 2) as weighted,
             (${today}::date - e.created_on) as age_days,
             (${today}::date - e.in_stage_since) as days_in_stage,
             ${
               withHistory
                 ? sql`array_remove(array[
               case when e.cfg_name is null then 'unknown_stage' end,
               case when e.amount < 0 then 'negative_amount' end,
               case when e.amount is not null and e.currency <> e.reporting_currency and e.fx_rate is null
                    then 'no_rate' end,
               case when e.status = 'open' and e.close_date < ${today}::date then 'past_close_date' end,
               case when e.status = 'open' and (
                      ${today}::date - greatest(e.in_stage_since, e.last_activity_on) >= ${num(config.stalledAfterDays)}
                      or (e.max_days is not null and ${today}::date - e.in_stage_since > e.max_days))
                    then 'stalled' end,
               case when e.status = 'open' and e.push_count >= ${num(config.pushedAfter)} then 'pushed' end,
               case when e.status = 'open' and e.amount is not null and e.peak_amount > 0
                      and e.peak_amount - e.amount >= e.peak_amount * ${config.amountCutShare}::numeric
                    then 'amount_cut' end,
               case when e.status = 'open' and (coalesce(trim(e.next_step), '') = '' or e.next_step_due < ${today}::date)
                    then 'no_next_step' end,
               case when e.status = 'open' and e.contact_count = 1 then 'single_contact' end,
               case when e.status = 'open' and e.cfg_outcome = 'open' and (
                      exists (select 1 from jsonb_array_elements_text(e.entry_fields) f(v) where case f.v
                        when 'amount' then e.amount is null
                        when 'close_date' then e.close_date is null
                        when 'account' then e.account_id is null
                        when 'product' then e.product_id is null
                        when 'next_step' then coalesce(trim(e.next_step), '') = ''
                        when 'source' then coalesce(trim(e.source), '') = ''
                        when 'contact_count' then coalesce(e.contact_count, 0) <= 0
                        else false end)
                      or exists (select 1 from jsonb_array_elements_text(e.entry_checklist) k(v)
                        where (e.qualification -> k.v) is distinct from 'true'::jsonb))
                    then 'missing_criteria' end
             ], null)`
                 : sql`null::text[]`
             } as flags
      from enriched e
    )`;
}

/** The columns a page of deals reads from `facts` (see to-pipeline-opportunity.ts). */
export const factColumns = sql`f.id, f.external_id, f.name, f.account_id, f.account_name, f.owner_id, f.owner_name,
  f.product_id, f.stage, f.cfg_name is not null as stage_known, f.status, f.type, f.source, f.forecast_category,
  f.amount::text as amount, f.currency, f.reporting_currency, f.reporting_amount::text as reporting_amount,
  f.cfg_probability::text as probability, f.weighted::text as weighted, f.close_date::text as close_date,
  f.created_on::text as created_on, f.age_days, f.days_in_stage, f.last_activity_on::text as last_activity_on,
  f.stage_entered_on::text as stage_entered_on, f.push_count, f.peak_amount::text as peak_amount, f.next_step,
  f.next_step_due::text as next_step_due, f.contact_count, f.qualification, f.flags`;

export type FactRow = {
  id: string;
  external_id: string;
  name: string;
  account_id: string | null;
  account_name: string | null;
  owner_id: string | null;
  owner_name: string | null;
  product_id: string | null;
  stage: string;
  stage_known: boolean;
  status: "open" | "won" | "lost";
  type: "new_business" | "expansion" | "renewal";
  source: string | null;
  forecast_category: "pipeline" | "best_case" | "commit" | "closed" | "omitted";
  amount: string | null;
  currency: string;
  reporting_currency: string;
  reporting_amount: string | null;
  probability: string | null;
  weighted: string | null;
  close_date: string | null;
  created_on: string | null;
  age_days: number | null;
  days_in_stage: number | null;
  last_activity_on: string | null;
  stage_entered_on: string | null;
  push_count: number;
  peak_amount: string | null;
  next_step: string | null;
  next_step_due: string | null;
  contact_count: number | null;
  qualification: Record<string, boolean> | string;
  flags: string[] | string;
};
