CREATE TABLE "planning_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"detail" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "planning_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "planning_nodes" (
	"workspace_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"node_id" text NOT NULL,
	"parent_node_id" text,
	"kind" text NOT NULL,
	"person_id" uuid,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"annual" numeric NOT NULL,
	"children_total" numeric,
	"top_down" numeric NOT NULL,
	"bottom_up_capacity" numeric,
	"bottom_up_potential" numeric,
	"drivers" jsonb,
	"hire_date" date,
	"leave_date" date,
	"locked" boolean DEFAULT false NOT NULL,
	"edited" boolean DEFAULT false NOT NULL,
	"trace" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "planning_nodes_node" UNIQUE("scenario_id","node_id")
);
--> statement-breakpoint
CREATE TABLE "planning_quotas" (
	"workspace_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"node_id" text NOT NULL,
	"month" date NOT NULL,
	"amount" numeric NOT NULL,
	CONSTRAINT "planning_quotas_month" UNIQUE("scenario_id","node_id","month"),
	CONSTRAINT "planning_quotas_first_of_month" CHECK (extract(day from "planning_quotas"."month") = 1),
	CONSTRAINT "planning_quotas_non_negative" CHECK ("planning_quotas"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "planning_scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"measure" text DEFAULT 'bookings' NOT NULL,
	"currency" char(3) NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"plan_of_record" boolean DEFAULT false NOT NULL,
	"version" integer,
	"based_on_id" uuid,
	"assumptions" jsonb NOT NULL,
	"learned_seasonality" jsonb,
	"as_of" date NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "planning_scenarios_version" UNIQUE("workspace_id","fiscal_year","measure","version"),
	CONSTRAINT "planning_scenarios_status" CHECK ("planning_scenarios"."status" in ('draft', 'published', 'archived')),
	CONSTRAINT "planning_scenarios_por_published" CHECK (not "planning_scenarios"."plan_of_record" or "planning_scenarios"."status" = 'published')
);
--> statement-breakpoint
CREATE TABLE "planning_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"node_id" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"note" text,
	CONSTRAINT "planning_submissions_node" UNIQUE("scenario_id","node_id"),
	CONSTRAINT "planning_submissions_status" CHECK ("planning_submissions"."status" in ('draft', 'submitted', 'approved', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "booking_targets" ADD COLUMN "source" text DEFAULT 'import' NOT NULL;--> statement-breakpoint
ALTER TABLE "planning_events" ADD CONSTRAINT "planning_events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_scenarios" ADD CONSTRAINT "planning_scenarios_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_submissions" ADD CONSTRAINT "planning_submissions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_submissions" ADD CONSTRAINT "planning_submissions_scenario_id_planning_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."planning_scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planning_events_scenario" ON "planning_events" USING btree ("workspace_id","scenario_id","seq");--> statement-breakpoint
CREATE INDEX "planning_nodes_workspace" ON "planning_nodes" USING btree ("workspace_id","scenario_id","position");--> statement-breakpoint
CREATE INDEX "planning_scenarios_year" ON "planning_scenarios" USING btree ("workspace_id","fiscal_year","measure");--> statement-breakpoint
CREATE UNIQUE INDEX "planning_scenarios_plan_of_record" ON "planning_scenarios" USING btree ("workspace_id","fiscal_year","measure") WHERE "planning_scenarios"."plan_of_record";