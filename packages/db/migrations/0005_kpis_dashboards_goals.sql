CREATE TABLE "dashboards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"owner_user_id" uuid,
	"name" text NOT NULL,
	"preset" text,
	"widgets" jsonb NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_custom_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"formula" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text DEFAULT 'up' NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "kpi_custom_definitions_key" UNIQUE("workspace_id","key"),
	CONSTRAINT "kpi_custom_unit" CHECK ("kpi_custom_definitions"."unit" in ('currency', 'percent', 'count', 'days', 'ratio', 'score')),
	CONSTRAINT "kpi_custom_direction" CHECK ("kpi_custom_definitions"."direction" in ('up', 'down', 'neutral'))
);
--> statement-breakpoint
CREATE TABLE "kpi_dirty_months" (
	"workspace_id" uuid NOT NULL,
	"source" text NOT NULL,
	"month" date NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_dirty_months_workspace_id_source_month_pk" PRIMARY KEY("workspace_id","source","month")
);
--> statement-breakpoint
CREATE TABLE "kpi_fact_state" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"built_at" timestamp with time zone,
	"refreshed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "kpi_monthly_facts" (
	"workspace_id" uuid NOT NULL,
	"source" text NOT NULL,
	"measure" text NOT NULL,
	"month" date NOT NULL,
	"person_id" uuid,
	"segment" text,
	"product_id" uuid,
	"channel" text,
	"value" numeric NOT NULL,
	"row_count" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"dashboard_id" uuid,
	"preset" text,
	"name" text NOT NULL,
	"filters" jsonb NOT NULL,
	"data" jsonb NOT NULL,
	"taken_by" uuid,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_marketing_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"month" date NOT NULL,
	"category" text NOT NULL,
	"channel" text,
	"amount" numeric NOT NULL,
	"currency" char(3) NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sales_marketing_costs_line" UNIQUE NULLS NOT DISTINCT("workspace_id","month","category","channel"),
	CONSTRAINT "sales_marketing_costs_category" CHECK ("sales_marketing_costs"."category" in ('sales', 'marketing')),
	CONSTRAINT "sales_marketing_costs_month" CHECK (extract(day from "sales_marketing_costs"."month") = 1),
	CONSTRAINT "sales_marketing_costs_amount" CHECK ("sales_marketing_costs"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "goal_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"label" text NOT NULL,
	"due_on" date NOT NULL,
	"target" numeric NOT NULL,
	CONSTRAINT "goal_milestones_due" UNIQUE("goal_id","due_on")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_kind" text NOT NULL,
	"person_id" uuid,
	"team_id" uuid,
	"kpi_key" text NOT NULL,
	"target" numeric NOT NULL,
	"baseline" numeric,
	"starts_on" date NOT NULL,
	"deadline" date NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"relevance" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_owner_kind" CHECK ("goals"."owner_kind" in ('person', 'team', 'workspace')),
	CONSTRAINT "goals_owner_matches" CHECK (("goals"."owner_kind" = 'person' and "goals"."person_id" is not null and "goals"."team_id" is null)
       or ("goals"."owner_kind" = 'team' and "goals"."team_id" is not null and "goals"."person_id" is null)
       or ("goals"."owner_kind" = 'workspace' and "goals"."person_id" is null and "goals"."team_id" is null)),
	CONSTRAINT "goals_status" CHECK ("goals"."status" in ('active', 'achieved', 'missed', 'cancelled')),
	CONSTRAINT "goals_dates" CHECK ("goals"."starts_on" <= "goals"."deadline")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_dedupe" UNIQUE("workspace_id","user_id","dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "evaluation_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"cadence" text DEFAULT 'quarterly' NOT NULL,
	"criteria" jsonb NOT NULL,
	"scale" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_templates_name" UNIQUE("workspace_id","name"),
	CONSTRAINT "evaluation_templates_cadence" CHECK ("evaluation_templates"."cadence" in ('monthly', 'quarterly', 'half_year', 'year'))
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"evaluator_person_id" uuid,
	"evaluator_user_id" uuid,
	"period_key" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"scores" jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"overall_comment" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_period" UNIQUE("workspace_id","template_id","person_id","period_key"),
	CONSTRAINT "evaluations_status" CHECK ("evaluations"."status" in ('draft', 'submitted'))
);
--> statement-breakpoint
CREATE TABLE "feedback_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text,
	"kind" text NOT NULL,
	"person_id" uuid,
	"lead_id" uuid,
	"account_id" uuid,
	"opportunity_id" uuid,
	"received_on" date NOT NULL,
	"channel" text,
	"category" text,
	"sentiment" text,
	"rating" integer,
	"severity" text,
	"subject" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolved_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_entries_external" UNIQUE("workspace_id","external_id"),
	CONSTRAINT "feedback_entries_kind" CHECK ("feedback_entries"."kind" in ('lead_feedback', 'process_feedback', 'customer_feedback', 'complaint')),
	CONSTRAINT "feedback_entries_sentiment" CHECK ("feedback_entries"."sentiment" is null or "feedback_entries"."sentiment" in ('positive', 'neutral', 'negative')),
	CONSTRAINT "feedback_entries_rating" CHECK ("feedback_entries"."rating" is null or "feedback_entries"."rating" between 1 and 5),
	CONSTRAINT "feedback_entries_status" CHECK ("feedback_entries"."status" in ('open', 'resolved'))
);
--> statement-breakpoint
ALTER TABLE "dashboards" ADD CONSTRAINT "dashboards_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_custom_definitions" ADD CONSTRAINT "kpi_custom_definitions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_snapshots" ADD CONSTRAINT "report_snapshots_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_marketing_costs" ADD CONSTRAINT "sales_marketing_costs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_milestones" ADD CONSTRAINT "goal_milestones_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_milestones" ADD CONSTRAINT "goal_milestones_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_templates" ADD CONSTRAINT "evaluation_templates_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_template_id_evaluation_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."evaluation_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_evaluator_person_id_people_id_fk" FOREIGN KEY ("evaluator_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_entries" ADD CONSTRAINT "feedback_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_entries" ADD CONSTRAINT "feedback_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_entries" ADD CONSTRAINT "feedback_entries_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_entries" ADD CONSTRAINT "feedback_entries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_entries" ADD CONSTRAINT "feedback_entries_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dashboards_owner" ON "dashboards" USING btree ("workspace_id","owner_user_id");--> statement-breakpoint
CREATE INDEX "kpi_monthly_facts_read" ON "kpi_monthly_facts" USING btree ("workspace_id","measure","month");--> statement-breakpoint
CREATE INDEX "kpi_monthly_facts_refresh" ON "kpi_monthly_facts" USING btree ("workspace_id","source","month");--> statement-breakpoint
CREATE INDEX "report_snapshots_taken" ON "report_snapshots" USING btree ("workspace_id","taken_at");--> statement-breakpoint
CREATE INDEX "goals_owner" ON "goals" USING btree ("workspace_id","person_id");--> statement-breakpoint
CREATE INDEX "notifications_inbox" ON "notifications" USING btree ("workspace_id","user_id","created_at");--> statement-breakpoint
CREATE INDEX "evaluations_person" ON "evaluations" USING btree ("workspace_id","person_id","period_start");--> statement-breakpoint
CREATE INDEX "feedback_entries_received" ON "feedback_entries" USING btree ("workspace_id","kind","received_on");--> statement-breakpoint
CREATE INDEX "leads_opportunity" ON "leads" USING btree ("workspace_id","opportunity_id") WHERE "leads"."opportunity_id" is not null;--> statement-breakpoint
CREATE INDEX "opportunities_close" ON "opportunities" USING btree ("workspace_id","close_date");--> statement-breakpoint
CREATE INDEX "opportunities_created" ON "opportunities" USING btree ("workspace_id","created_on");--> statement-breakpoint
CREATE INDEX "order_lines_account_date" ON "order_lines" USING btree ("workspace_id","account_id","booking_date");--> statement-breakpoint
CREATE INDEX "order_lines_in_service" ON "order_lines" USING btree ("workspace_id","service_end","service_start") WHERE "order_lines"."service_start" is not null;