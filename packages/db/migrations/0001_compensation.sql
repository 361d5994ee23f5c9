CREATE TABLE "comp_adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"amount" numeric NOT NULL,
	"currency" char(3) NOT NULL,
	"reason" text NOT NULL,
	"kind" text DEFAULT 'manual' NOT NULL,
	"source_period_key" text,
	"dispute_id" uuid,
	"idempotency_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comp_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"run_id" uuid NOT NULL,
	"person_id" uuid,
	"step" text NOT NULL,
	"decision" text NOT NULL,
	"note" text,
	"decided_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comp_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"target_incentive" numeric DEFAULT '0' NOT NULL,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_assignments_dates" CHECK ("comp_assignments"."valid_to" is null or "comp_assignments"."valid_to" >= "comp_assignments"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "comp_credit_splits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"share" numeric NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "comp_credit_splits_person" UNIQUE("workspace_id","opportunity_id","person_id","role"),
	CONSTRAINT "comp_credit_splits_role" CHECK ("comp_credit_splits"."role" in ('split', 'overlay')),
	CONSTRAINT "comp_credit_splits_share" CHECK ("comp_credit_splits"."share" > 0)
);
--> statement-breakpoint
CREATE TABLE "comp_dispute_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"dispute_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comp_disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"result_id" uuid,
	"line_no" integer,
	"subject" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"adjustment_id" uuid,
	CONSTRAINT "comp_disputes_status" CHECK ("comp_disputes"."status" in ('open', 'answered', 'resolved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "comp_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "comp_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "comp_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid,
	"transaction_id" uuid,
	"reason" text NOT NULL,
	"placed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"released_by" uuid,
	"released_at" timestamp with time zone,
	CONSTRAINT "comp_holds_target" CHECK ("comp_holds"."person_id" is not null or "comp_holds"."transaction_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "comp_mbo_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"component" text NOT NULL,
	"objective" text NOT NULL,
	"score" numeric NOT NULL,
	"comment" text,
	"scored_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_mbo_scores_objective" UNIQUE("workspace_id","person_id","period_key","component","objective")
);
--> statement-breakpoint
CREATE TABLE "comp_payout_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"preset" text NOT NULL,
	"run_id" uuid NOT NULL,
	"content" text NOT NULL,
	"content_sha256" text NOT NULL,
	"control_total" numeric NOT NULL,
	"row_count" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_payout_exports_preset" UNIQUE("workspace_id","period_key","preset","run_id")
);
--> statement-breakpoint
CREATE TABLE "comp_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"current_run_id" uuid,
	"published_run_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_periods_key" UNIQUE("workspace_id","period_key"),
	CONSTRAINT "comp_periods_status" CHECK ("comp_periods"."status" in ('open', 'calculated', 'in_review', 'manager_approved', 'approved', 'published', 'paid'))
);
--> statement-breakpoint
CREATE TABLE "comp_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"definition" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "comp_plan_versions_version" UNIQUE("plan_id","version"),
	CONSTRAINT "comp_plan_versions_status" CHECK ("comp_plan_versions"."status" in ('draft', 'published', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "comp_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_plans_key" UNIQUE("workspace_id","key")
);
--> statement-breakpoint
CREATE TABLE "comp_quotas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"measure" text DEFAULT 'bookings' NOT NULL,
	"period_key" text NOT NULL,
	"amount" numeric NOT NULL,
	"currency" char(3) NOT NULL,
	"source" text DEFAULT 'import' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_quotas_person_period" UNIQUE("workspace_id","person_id","measure","period_key")
);
--> statement-breakpoint
CREATE TABLE "comp_result_line_sets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"line_count" integer NOT NULL,
	"lines" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comp_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"person_id" uuid NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"earned" numeric NOT NULL,
	"payable" numeric NOT NULL,
	"totals" jsonb NOT NULL,
	"attainment" jsonb NOT NULL,
	"carry" jsonb NOT NULL,
	"next_tier" jsonb,
	"input_fingerprint" text NOT NULL,
	"line_set_id" uuid NOT NULL,
	"line_count" integer DEFAULT 0 NOT NULL,
	"line_totals" jsonb DEFAULT '{"byKind":{},"byComponent":{}}'::jsonb NOT NULL,
	CONSTRAINT "comp_results_run_person" UNIQUE("run_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "comp_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"job_id" uuid,
	"kind" text DEFAULT 'calculation' NOT NULL,
	"period_key" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"scope" jsonb,
	"status" text DEFAULT 'queued' NOT NULL,
	"plan_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"data_fingerprint" text,
	"payee_count" integer DEFAULT 0 NOT NULL,
	"line_count" integer DEFAULT 0 NOT NULL,
	"recalculated_count" integer DEFAULT 0 NOT NULL,
	"unassigned" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"duplicates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"is_current" boolean DEFAULT false NOT NULL,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "comp_runs_status" CHECK ("comp_runs"."status" in ('queued', 'running', 'succeeded', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "comp_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"crediting" jsonb NOT NULL,
	"quota" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_by" text,
	"heartbeat_at" timestamp with time zone,
	"error" text,
	"result" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "jobs_status" CHECK ("jobs"."status" in ('queued', 'running', 'succeeded', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "order_lines" ADD COLUMN "cost" numeric;--> statement-breakpoint
ALTER TABLE "order_lines" ADD COLUMN "paid_amount" numeric;--> statement-breakpoint
ALTER TABLE "order_lines" ADD COLUMN "paid_on" date;--> statement-breakpoint
ALTER TABLE "order_lines" ADD COLUMN "measures" jsonb;--> statement-breakpoint
ALTER TABLE "comp_adjustments" ADD CONSTRAINT "comp_adjustments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_adjustments" ADD CONSTRAINT "comp_adjustments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_approvals" ADD CONSTRAINT "comp_approvals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_assignments" ADD CONSTRAINT "comp_assignments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_assignments" ADD CONSTRAINT "comp_assignments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_assignments" ADD CONSTRAINT "comp_assignments_plan_id_comp_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."comp_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_credit_splits" ADD CONSTRAINT "comp_credit_splits_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_credit_splits" ADD CONSTRAINT "comp_credit_splits_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_dispute_messages" ADD CONSTRAINT "comp_dispute_messages_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_dispute_messages" ADD CONSTRAINT "comp_dispute_messages_dispute_id_comp_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."comp_disputes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_disputes" ADD CONSTRAINT "comp_disputes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_disputes" ADD CONSTRAINT "comp_disputes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_events" ADD CONSTRAINT "comp_events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_holds" ADD CONSTRAINT "comp_holds_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_mbo_scores" ADD CONSTRAINT "comp_mbo_scores_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_mbo_scores" ADD CONSTRAINT "comp_mbo_scores_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_payout_exports" ADD CONSTRAINT "comp_payout_exports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_periods" ADD CONSTRAINT "comp_periods_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_plan_versions" ADD CONSTRAINT "comp_plan_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_plan_versions" ADD CONSTRAINT "comp_plan_versions_plan_id_comp_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."comp_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_plans" ADD CONSTRAINT "comp_plans_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_quotas" ADD CONSTRAINT "comp_quotas_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_quotas" ADD CONSTRAINT "comp_quotas_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_runs" ADD CONSTRAINT "comp_runs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_settings" ADD CONSTRAINT "comp_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comp_adjustments_period" ON "comp_adjustments" USING btree ("workspace_id","period_key","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "comp_adjustments_idempotency" ON "comp_adjustments" USING btree ("workspace_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "comp_approvals_period" ON "comp_approvals" USING btree ("workspace_id","period_key");--> statement-breakpoint
CREATE INDEX "comp_assignments_person" ON "comp_assignments" USING btree ("workspace_id","person_id","valid_from");--> statement-breakpoint
CREATE INDEX "comp_dispute_messages_dispute" ON "comp_dispute_messages" USING btree ("dispute_id","created_at");--> statement-breakpoint
CREATE INDEX "comp_disputes_person" ON "comp_disputes" USING btree ("workspace_id","person_id","period_key");--> statement-breakpoint
CREATE INDEX "comp_events_entity" ON "comp_events" USING btree ("workspace_id","entity","entity_id","seq");--> statement-breakpoint
CREATE INDEX "comp_holds_workspace" ON "comp_holds" USING btree ("workspace_id","released_at");--> statement-breakpoint
CREATE INDEX "comp_plan_versions_workspace" ON "comp_plan_versions" USING btree ("workspace_id","plan_id");--> statement-breakpoint
CREATE INDEX "comp_result_line_sets_run" ON "comp_result_line_sets" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "comp_results_period_person" ON "comp_results" USING btree ("workspace_id","period_key","person_id");--> statement-breakpoint
CREATE INDEX "comp_runs_period" ON "comp_runs" USING btree ("workspace_id","period_key","created_at");--> statement-breakpoint
CREATE INDEX "jobs_queue" ON "jobs" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "jobs_workspace" ON "jobs" USING btree ("workspace_id","created_at");--> statement-breakpoint
-- Decision 007: result line documents are stored out of line and uncompressed by PostgreSQL (large ones are compressed by Attain itself).
ALTER TABLE "comp_result_line_sets" ALTER COLUMN "lines" SET STORAGE EXTERNAL;
