-- KPI change triggers (docs/decisions/012-kpi-pre-aggregation.md). Statement-level, with transition tables: every
-- write to a KPI source table marks the (workspace, source, month)s it touched as stale in kpi_dirty_months, old and
-- new rows alike, and notifies `attain_data_changed` once per workspace and source. A KPI read refreshes the marked
-- months first. Month 0001-01-01 means "every month" (people, segments, templates).

-- TG_ARGV[0] = the source to mark; TG_ARGV[1] = an expression over the row `r` giving an array of days (each marks
-- its month; nulls are skipped). Transition tables are visible to dynamic SQL run by the trigger function.
CREATE OR REPLACE FUNCTION kpi_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rows_of text;
  statement text;
BEGIN
  FOREACH rows_of IN ARRAY (CASE TG_OP
      WHEN 'INSERT' THEN ARRAY['new_rows']
      WHEN 'DELETE' THEN ARRAY['old_rows']
      ELSE ARRAY['new_rows', 'old_rows'] END) LOOP
    statement := format(
      'insert into kpi_dirty_months (workspace_id, source, month)
       select distinct r.workspace_id, %L, date_trunc(''month'', d)::date
       from %I r cross join lateral unnest(%s) as d where d is not null
       on conflict do nothing', TG_ARGV[0], rows_of, TG_ARGV[1]);
    EXECUTE statement;
    EXECUTE format(
      'select pg_notify(''attain_data_changed'', json_build_object(''w'', w, ''s'', %L)::text)
       from (select distinct r.workspace_id as w from %I r) ws', TG_ARGV[0], rows_of);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- New customers count an account in the month of its first booking line: a write can move that month for lines it
-- did not touch (a line booked before an account's first one), so the first month of the untouched lines of every
-- touched account is marked too.
CREATE OR REPLACE FUNCTION kpi_mark_first_bookings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rows_of text;
  touched text;
BEGIN
  -- The lines the statement wrote (as they are now): left out, their own months are marked already.
  touched := CASE WHEN TG_OP = 'DELETE' THEN '(select null::uuid as id where false)' ELSE 'new_rows' END;
  FOREACH rows_of IN ARRAY (CASE TG_OP
      WHEN 'INSERT' THEN ARRAY['new_rows']
      WHEN 'DELETE' THEN ARRAY['old_rows']
      ELSE ARRAY['new_rows', 'old_rows'] END) LOOP
    EXECUTE format(
      'insert into kpi_dirty_months (workspace_id, source, month)
       select a.workspace_id, ''order_lines'', date_trunc(''month'', min(o.booking_date))::date
       from (select distinct workspace_id, account_id from %I where account_id is not null) a
       join order_lines o on o.workspace_id = a.workspace_id and o.account_id = a.account_id and o.kind = ''booking''
       where not exists (select 1 from %s t where t.id = o.id)
       group by a.workspace_id, a.account_id
       on conflict do nothing', rows_of, touched);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kpi_create_mark_triggers(tbl text, name text, source text, days text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_dirty(%L, %L)', name || '_ins', tbl, source, days);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_dirty(%L, %L)', name || '_upd', tbl, source, days);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_dirty(%L, %L)', name || '_del', tbl, source, days);
END $$;
--> statement-breakpoint
SELECT kpi_create_mark_triggers('order_lines', 'kpi_order_lines', 'order_lines', 'array[r.booking_date]');
--> statement-breakpoint
CREATE TRIGGER kpi_order_lines_first_ins AFTER INSERT ON order_lines REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_first_bookings();
--> statement-breakpoint
CREATE TRIGGER kpi_order_lines_first_upd AFTER UPDATE ON order_lines REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_first_bookings();
--> statement-breakpoint
CREATE TRIGGER kpi_order_lines_first_del AFTER DELETE ON order_lines REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_first_bookings();
--> statement-breakpoint
SELECT kpi_create_mark_triggers('booking_targets', 'kpi_booking_targets', 'booking_targets', 'array[r.month]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('opportunities', 'kpi_opportunities', 'opportunities', 'array[r.created_on, r.close_date]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('opportunities', 'kpi_opportunities_stages', 'stage_history', 'array[r.close_date]');
--> statement-breakpoint
-- A deal's change also moves figures of other sources: a lead's cohort counts it as won once its deal is won (the
-- creation month of the deal's leads), and new- vs existing-customer bookings read the deal's type (the booking
-- months of its lines, when the type changed or the deal went). Set-based joins, one per statement.
CREATE OR REPLACE FUNCTION kpi_mark_deal_dependents() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rows_of text;
BEGIN
  FOREACH rows_of IN ARRAY (CASE TG_OP
      WHEN 'INSERT' THEN ARRAY['new_rows']
      WHEN 'DELETE' THEN ARRAY['old_rows']
      ELSE ARRAY['new_rows', 'old_rows'] END) LOOP
    EXECUTE format(
      'insert into kpi_dirty_months (workspace_id, source, month)
       select distinct l.workspace_id, ''leads'', date_trunc(''month'', l.created_on)::date
       from %I r join leads l on l.workspace_id = r.workspace_id and l.opportunity_id = r.id
       union
       select distinct l.workspace_id, ''leads'', date_trunc(''month'', l.created_on)::date
       from %I r join leads l on l.id = r.lead_id and l.workspace_id = r.workspace_id
       on conflict do nothing', rows_of, rows_of);
  END LOOP;
  IF TG_OP = 'DELETE' THEN
    insert into kpi_dirty_months (workspace_id, source, month)
    select distinct ol.workspace_id, 'order_lines', date_trunc('month', ol.booking_date)::date
    from old_rows r join order_lines ol on ol.workspace_id = r.workspace_id and ol.opportunity_id = r.id
    on conflict do nothing;
  ELSIF TG_OP = 'UPDATE' THEN
    insert into kpi_dirty_months (workspace_id, source, month)
    select distinct ol.workspace_id, 'order_lines', date_trunc('month', ol.booking_date)::date
    from new_rows n join old_rows o on o.id = n.id and o.type is distinct from n.type
    join order_lines ol on ol.workspace_id = n.workspace_id and ol.opportunity_id = n.id
    on conflict do nothing;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER kpi_deal_dependents_ins AFTER INSERT ON opportunities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_deal_dependents();
--> statement-breakpoint
CREATE TRIGGER kpi_deal_dependents_upd AFTER UPDATE ON opportunities REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_deal_dependents();
--> statement-breakpoint
CREATE TRIGGER kpi_deal_dependents_del AFTER DELETE ON opportunities REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_deal_dependents();
--> statement-breakpoint
SELECT kpi_create_mark_triggers('opportunity_stage_history', 'kpi_stage_history', 'stage_history',
  'array(select o.close_date from opportunities o where o.workspace_id = r.workspace_id and o.id = r.opportunity_id)');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('leads', 'kpi_leads', 'leads', 'array[r.created_on, r.mql_on, r.sql_on, r.converted_on]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('marketing_traffic_daily', 'kpi_traffic', 'marketing_traffic_daily', 'array[r.day]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('activities', 'kpi_activities', 'activities', 'array[(r.occurred_at at time zone ''UTC'')::date]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('people', 'kpi_people', 'people', 'array[''0001-01-01''::date]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('sales_marketing_costs', 'kpi_costs', 'sales_marketing_costs', 'array[r.month]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('feedback_entries', 'kpi_feedback', 'feedback_entries', 'array[r.received_on]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('evaluations', 'kpi_evaluations', 'evaluations', 'array[r.period_start]');
--> statement-breakpoint
-- A template's weights and scale normalise every evaluation made with it.
SELECT kpi_create_mark_triggers('evaluation_templates', 'kpi_evaluation_templates', 'evaluations', 'array[''0001-01-01''::date]');
--> statement-breakpoint
-- Facts carry the account's segment of the latest segmentation: a new run or a changed segment moves every month.
SELECT kpi_create_mark_triggers('segmentations', 'kpi_segmentations_lines', 'order_lines', 'array[''0001-01-01''::date]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('segmentations', 'kpi_segmentations_deals', 'opportunities', 'array[''0001-01-01''::date]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('segmentations', 'kpi_segmentations_stages', 'stage_history', 'array[''0001-01-01''::date]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('account_segments', 'kpi_account_segments_lines', 'order_lines', 'array[''0001-01-01''::date]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('account_segments', 'kpi_account_segments_deals', 'opportunities', 'array[''0001-01-01''::date]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('account_segments', 'kpi_account_segments_stages', 'stage_history', 'array[''0001-01-01''::date]');
--> statement-breakpoint
-- Amounts are converted at the month's rate: a rate's change marks that month of every source with amounts.
SELECT kpi_create_mark_triggers('exchange_rates', 'kpi_rates_lines', 'order_lines', 'array[r.month]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('exchange_rates', 'kpi_rates_targets', 'booking_targets', 'array[r.month]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('exchange_rates', 'kpi_rates_deals', 'opportunities', 'array[r.month]');
--> statement-breakpoint
SELECT kpi_create_mark_triggers('exchange_rates', 'kpi_rates_costs', 'sales_marketing_costs', 'array[r.month]');
--> statement-breakpoint
DROP FUNCTION kpi_create_mark_triggers(text, text, text, text);
