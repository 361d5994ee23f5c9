CREATE TABLE "account_potentials" (
	"workspace_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"potential" numeric NOT NULL,
	"predicted" numeric,
	"actual" numeric,
	"basis" text NOT NULL,
	"trace" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "account_potentials_model_id_account_id_pk" PRIMARY KEY("model_id","account_id"),
	CONSTRAINT "account_potentials_non_negative" CHECK ("account_potentials"."potential" >= 0)
);
--> statement-breakpoint
CREATE TABLE "account_segments" (
	"workspace_id" uuid NOT NULL,
	"segmentation_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"segment" text,
	"trace" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "account_segments_segmentation_id_account_id_pk" PRIMARY KEY("segmentation_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "account_territory_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"territory_key" text NOT NULL,
	"territory_name" text NOT NULL,
	"owner_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "account_territory_history_dates" CHECK ("account_territory_history"."valid_to" is null or "account_territory_history"."valid_to" > "account_territory_history"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "potential_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"config" jsonb NOT NULL,
	"model" jsonb NOT NULL,
	"accuracy" jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segmentations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"config" jsonb NOT NULL,
	"valid_from" date NOT NULL,
	"as_of" date NOT NULL,
	"currency" char(3) NOT NULL,
	"summary" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "segmentations_name_from" UNIQUE("workspace_id","name","valid_from"),
	CONSTRAINT "segmentations_kind" CHECK ("segmentations"."kind" in ('rules', 'tiers', 'rfm', 'clusters'))
);
--> statement-breakpoint
CREATE TABLE "territories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"kind" text DEFAULT 'primary' NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"base_latitude" numeric(9, 6),
	"base_longitude" numeric(9, 6),
	"target_share" numeric,
	"max_accounts" integer,
	"max_workload" numeric,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "territories_key" UNIQUE("plan_id","key"),
	CONSTRAINT "territories_level" CHECK ("territories"."level" in ('region', 'area', 'territory')),
	CONSTRAINT "territories_kind" CHECK ("territories"."kind" in ('primary', 'overlay'))
);
--> statement-breakpoint
CREATE TABLE "territory_accounts" (
	"workspace_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"source" text NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	CONSTRAINT "territory_accounts_plan_id_account_id_pk" PRIMARY KEY("plan_id","account_id"),
	CONSTRAINT "territory_accounts_source" CHECK ("territory_accounts"."source" in ('rule', 'named', 'optimiser', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "territory_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"detail" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "territory_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "territory_optimisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"options" jsonb NOT NULL,
	"result" jsonb,
	"error" jsonb,
	"seconds" double precision,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone,
	CONSTRAINT "territory_optimisations_status" CHECK ("territory_optimisations"."status" in ('queued', 'running', 'done', 'failed', 'applied'))
);
--> statement-breakpoint
CREATE TABLE "territory_owners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT 'primary' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "territory_owners_role" CHECK ("territory_owners"."role" in ('primary', 'overlay')),
	CONSTRAINT "territory_owners_dates" CHECK ("territory_owners"."valid_to" is null or "territory_owners"."valid_to" > "territory_owners"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "territory_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"plan_of_record" boolean DEFAULT false NOT NULL,
	"version" integer,
	"based_on_id" uuid,
	"effective_from" date NOT NULL,
	"currency" char(3) NOT NULL,
	"planning_scenario_id" uuid,
	"settings" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "territory_plans_version" UNIQUE("workspace_id","version"),
	CONSTRAINT "territory_plans_status" CHECK ("territory_plans"."status" in ('draft', 'published', 'archived')),
	CONSTRAINT "territory_plans_por_published" CHECK (not "territory_plans"."plan_of_record" or "territory_plans"."status" = 'published')
);
--> statement-breakpoint
ALTER TABLE "account_potentials" ADD CONSTRAINT "account_potentials_model_id_potential_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."potential_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_segments" ADD CONSTRAINT "account_segments_segmentation_id_segmentations_id_fk" FOREIGN KEY ("segmentation_id") REFERENCES "public"."segmentations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "potential_models" ADD CONSTRAINT "potential_models_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segmentations" ADD CONSTRAINT "segmentations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territories" ADD CONSTRAINT "territories_plan_id_territory_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."territory_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_accounts" ADD CONSTRAINT "territory_accounts_plan_id_territory_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."territory_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_optimisations" ADD CONSTRAINT "territory_optimisations_plan_id_territory_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."territory_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_owners" ADD CONSTRAINT "territory_owners_plan_id_territory_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."territory_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_plans" ADD CONSTRAINT "territory_plans_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_potentials_account" ON "account_potentials" USING btree ("workspace_id","account_id");--> statement-breakpoint
CREATE INDEX "account_segments_account" ON "account_segments" USING btree ("workspace_id","account_id");--> statement-breakpoint
CREATE INDEX "account_territory_history_account" ON "account_territory_history" USING btree ("workspace_id","account_id","valid_from");--> statement-breakpoint
CREATE INDEX "territories_plan" ON "territories" USING btree ("workspace_id","plan_id","position");--> statement-breakpoint
CREATE INDEX "territory_accounts_territory" ON "territory_accounts" USING btree ("plan_id","territory_id");--> statement-breakpoint
CREATE INDEX "territory_events_plan" ON "territory_events" USING btree ("workspace_id","plan_id","seq");--> statement-breakpoint
CREATE INDEX "territory_optimisations_plan" ON "territory_optimisations" USING btree ("workspace_id","plan_id","created_at");--> statement-breakpoint
CREATE INDEX "territory_owners_plan" ON "territory_owners" USING btree ("plan_id","territory_id");--> statement-breakpoint
CREATE UNIQUE INDEX "territory_plans_plan_of_record" ON "territory_plans" USING btree ("workspace_id") WHERE "territory_plans"."plan_of_record";