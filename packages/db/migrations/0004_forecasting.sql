CREATE TABLE "forecast_accuracy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"motion" text NOT NULL,
	"source" text NOT NULL,
	"category" text NOT NULL,
	"taken_on" date NOT NULL,
	"forecast" numeric NOT NULL,
	"actual" numeric NOT NULL,
	"error" numeric NOT NULL,
	"absolute_percentage_error" numeric,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forecast_accuracy_point" UNIQUE("workspace_id","period_id","person_id","motion","source","category","taken_on"),
	CONSTRAINT "forecast_accuracy_source" CHECK ("forecast_accuracy"."source" in ('call', 'rollup', 'statistical'))
);
--> statement-breakpoint
CREATE TABLE "forecast_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"label" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forecast_periods_start" UNIQUE("workspace_id","starts_on"),
	CONSTRAINT "forecast_periods_dates" CHECK ("forecast_periods"."ends_on" >= "forecast_periods"."starts_on"),
	CONSTRAINT "forecast_periods_status" CHECK ("forecast_periods"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "forecast_snapshot_lines" (
	"workspace_id" uuid NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"manager_id" uuid,
	"motion" text NOT NULL,
	"category" text NOT NULL,
	"own_call" numeric,
	"rolled_up" numeric NOT NULL,
	"adjusted" numeric,
	"deals" numeric NOT NULL,
	"statistical_expected" numeric,
	"statistical_low" numeric,
	"statistical_high" numeric,
	CONSTRAINT "forecast_snapshot_lines_snapshot_id_person_id_motion_category_pk" PRIMARY KEY("snapshot_id","person_id","motion","category")
);
--> statement-breakpoint
CREATE TABLE "forecast_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"taken_on" date NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"kind" text DEFAULT 'weekly' NOT NULL,
	"model_id" uuid,
	"currency" char(3) NOT NULL,
	CONSTRAINT "forecast_snapshots_day" UNIQUE("workspace_id","period_id","taken_on"),
	CONSTRAINT "forecast_snapshots_kind" CHECK ("forecast_snapshots"."kind" in ('weekly', 'manual', 'close'))
);
--> statement-breakpoint
CREATE TABLE "forecast_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"motion" text NOT NULL,
	"category" text NOT NULL,
	"amount" numeric NOT NULL,
	"currency" char(3) NOT NULL,
	"note" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"user_id" uuid,
	CONSTRAINT "forecast_submissions_motion" CHECK ("forecast_submissions"."motion" in ('new_business', 'expansion_renewal')),
	CONSTRAINT "forecast_submissions_category" CHECK ("forecast_submissions"."category" in ('commit', 'best_case', 'pipeline', 'omitted')),
	CONSTRAINT "forecast_submissions_amount" CHECK ("forecast_submissions"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "pipeline_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"qualification_framework" text DEFAULT 'MEDDICC' NOT NULL,
	"qualification_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"stalled_after_days" integer DEFAULT 30 NOT NULL,
	"pushed_after" integer DEFAULT 2 NOT NULL,
	"amount_cut_share" numeric DEFAULT '0.2' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "pipeline_settings_stalled" CHECK ("pipeline_settings"."stalled_after_days" > 0),
	CONSTRAINT "pipeline_settings_pushed" CHECK ("pipeline_settings"."pushed_after" > 0),
	CONSTRAINT "pipeline_settings_cut" CHECK ("pipeline_settings"."amount_cut_share" > 0 and "pipeline_settings"."amount_cut_share" <= 1)
);
--> statement-breakpoint
CREATE TABLE "pipeline_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"outcome" text DEFAULT 'open' NOT NULL,
	"probability" numeric NOT NULL,
	"forecast_category" text DEFAULT 'pipeline' NOT NULL,
	"entry_criteria" jsonb DEFAULT '{"requiredFields":[],"checklist":[]}'::jsonb NOT NULL,
	"exit_criteria" jsonb DEFAULT '{"requiredFields":[],"checklist":[]}'::jsonb NOT NULL,
	"max_days_in_stage" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pipeline_stages_name" UNIQUE("workspace_id","name"),
	CONSTRAINT "pipeline_stages_position" UNIQUE("workspace_id","position"),
	CONSTRAINT "pipeline_stages_outcome" CHECK ("pipeline_stages"."outcome" in ('open', 'won', 'lost')),
	CONSTRAINT "pipeline_stages_probability" CHECK ("pipeline_stages"."probability" >= 0 and "pipeline_stages"."probability" <= 1),
	CONSTRAINT "pipeline_stages_category" CHECK ("pipeline_stages"."forecast_category" in ('pipeline', 'best_case', 'commit', 'closed', 'omitted'))
);
--> statement-breakpoint
CREATE TABLE "win_probability_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"cutoff" date NOT NULL,
	"config" jsonb NOT NULL,
	"model" jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "next_step" text;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "next_step_due" date;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "qualification" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "contact_count" integer;--> statement-breakpoint
ALTER TABLE "forecast_accuracy" ADD CONSTRAINT "forecast_accuracy_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_accuracy" ADD CONSTRAINT "forecast_accuracy_period_id_forecast_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."forecast_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_periods" ADD CONSTRAINT "forecast_periods_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_snapshot_lines" ADD CONSTRAINT "forecast_snapshot_lines_snapshot_id_forecast_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."forecast_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_snapshots" ADD CONSTRAINT "forecast_snapshots_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_snapshots" ADD CONSTRAINT "forecast_snapshots_period_id_forecast_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."forecast_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_submissions" ADD CONSTRAINT "forecast_submissions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_submissions" ADD CONSTRAINT "forecast_submissions_period_id_forecast_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."forecast_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_settings" ADD CONSTRAINT "pipeline_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_stages" ADD CONSTRAINT "pipeline_stages_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "win_probability_models" ADD CONSTRAINT "win_probability_models_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forecast_snapshot_lines_person" ON "forecast_snapshot_lines" USING btree ("workspace_id","person_id");--> statement-breakpoint
CREATE INDEX "forecast_submissions_subject" ON "forecast_submissions" USING btree ("workspace_id","period_id","subject_id","submitted_at");--> statement-breakpoint
CREATE INDEX "forecast_submissions_author" ON "forecast_submissions" USING btree ("workspace_id","period_id","author_id");--> statement-breakpoint
CREATE INDEX "win_probability_models_latest" ON "win_probability_models" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "activities_opportunity" ON "activities" USING btree ("opportunity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "stage_history_by_opportunity" ON "opportunity_stage_history" USING btree ("opportunity_id");