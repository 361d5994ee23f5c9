CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"industry" text,
	"employees" integer,
	"annual_revenue" numeric,
	"revenue_currency" char(3),
	"year_established" integer,
	"country_code" char(2),
	"region_id" uuid,
	"city" text,
	"postal_code" text,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"owner_id" uuid,
	"parent_account_id" uuid,
	"parent_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_external" UNIQUE("workspace_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"family" text,
	"list_price" numeric,
	"currency" char(3),
	"recurring" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_external" UNIQUE("workspace_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid,
	"account_id" uuid,
	"opportunity_id" uuid,
	"lead_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer,
	"email_opened" boolean,
	"email_replied" boolean,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_external" UNIQUE("workspace_id","external_id"),
	CONSTRAINT "activities_kind" CHECK ("activities"."kind" in ('call', 'email', 'meeting'))
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"company_name" text,
	"source" text NOT NULL,
	"campaign" text,
	"landing_page" text,
	"status" text DEFAULT 'new' NOT NULL,
	"business_segment" text,
	"lead_type" text,
	"country_code" text,
	"created_on" date NOT NULL,
	"mql_on" date,
	"first_contact_at" timestamp with time zone,
	"sql_on" date,
	"converted_on" date,
	"disqualified_on" date,
	"sdr_id" uuid,
	"owner_id" uuid,
	"account_id" uuid,
	"opportunity_id" uuid,
	"declared_monthly_revenue" numeric,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leads_external" UNIQUE("workspace_id","external_id"),
	CONSTRAINT "leads_status" CHECK ("leads"."status" in ('new', 'working', 'nurturing', 'mql', 'sql', 'converted', 'disqualified'))
);
--> statement-breakpoint
CREATE TABLE "marketing_traffic_daily" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"visitors" integer NOT NULL,
	"sessions" integer NOT NULL,
	"contacts" integer NOT NULL,
	CONSTRAINT "marketing_traffic_daily_workspace_id_day_channel_pk" PRIMARY KEY("workspace_id","day","channel"),
	CONSTRAINT "traffic_non_negative" CHECK ("marketing_traffic_daily"."visitors" >= 0 and "marketing_traffic_daily"."sessions" >= 0 and "marketing_traffic_daily"."contacts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"file_name" text NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_inserted" integer DEFAULT 0 NOT NULL,
	"rows_updated" integer DEFAULT 0 NOT NULL,
	"rows_unchanged" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"full_name" text NOT NULL,
	"email" text,
	"job_role" text NOT NULL,
	"title" text,
	"hire_date" date,
	"leave_date" date,
	"ramp_months" integer DEFAULT 0 NOT NULL,
	"region_id" uuid,
	"office" text,
	"currency" char(3),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_external" UNIQUE("workspace_id","external_id"),
	CONSTRAINT "people_job_role" CHECK ("people"."job_role" in ('ae', 'sdr', 'se', 'csm', 'account_manager', 'manager', 'director', 'executive', 'sales_ops', 'marketing', 'finance', 'hr')),
	CONSTRAINT "people_leave_after_hire" CHECK ("people"."leave_date" is null or "people"."hire_date" is null or "people"."leave_date" >= "people"."hire_date")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"country_code" char(2),
	"currency" char(3),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_external" UNIQUE("workspace_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "reporting_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"manager_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "reporting_lines_dates" CHECK ("reporting_lines"."valid_to" is null or "reporting_lines"."valid_to" > "reporting_lines"."valid_from"),
	CONSTRAINT "reporting_lines_not_self" CHECK ("reporting_lines"."person_id" <> "reporting_lines"."manager_id")
);
--> statement-breakpoint
CREATE TABLE "team_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "team_memberships_dates" CHECK ("team_memberships"."valid_to" is null or "team_memberships"."valid_to" > "team_memberships"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"region_id" uuid,
	"parent_team_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_external" UNIQUE("workspace_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "booking_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid,
	"month" date NOT NULL,
	"amount" numeric NOT NULL,
	"currency" char(3) NOT NULL,
	CONSTRAINT "booking_targets_person_month" UNIQUE NULLS NOT DISTINCT("workspace_id","person_id","month"),
	CONSTRAINT "booking_targets_first_of_month" CHECK (extract(day from "booking_targets"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"account_id" uuid,
	"owner_id" uuid,
	"product_id" uuid,
	"type" text DEFAULT 'new_business' NOT NULL,
	"source" text,
	"stage" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"forecast_category" text DEFAULT 'pipeline' NOT NULL,
	"amount" numeric,
	"currency" char(3) NOT NULL,
	"created_on" date,
	"close_date" date,
	"lead_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunities_external" UNIQUE("workspace_id","external_id"),
	CONSTRAINT "opportunities_type" CHECK ("opportunities"."type" in ('new_business', 'expansion', 'renewal')),
	CONSTRAINT "opportunities_status" CHECK ("opportunities"."status" in ('open', 'won', 'lost')),
	CONSTRAINT "opportunities_forecast_category" CHECK ("opportunities"."forecast_category" in ('pipeline', 'best_case', 'commit', 'closed', 'omitted'))
);
--> statement-breakpoint
CREATE TABLE "opportunity_stage_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"amount" numeric,
	"close_date" date,
	"forecast_category" text
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"order_number" text NOT NULL,
	"kind" text DEFAULT 'booking' NOT NULL,
	"original_line_id" uuid,
	"booking_date" date NOT NULL,
	"account_id" uuid,
	"opportunity_id" uuid,
	"product_id" uuid,
	"owner_id" uuid,
	"quantity" numeric DEFAULT '1' NOT NULL,
	"unit_price" numeric,
	"service_start" date,
	"service_end" date,
	"amount" numeric NOT NULL,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_lines_external" UNIQUE("workspace_id","external_id"),
	CONSTRAINT "order_lines_kind" CHECK ("order_lines"."kind" in ('booking', 'cancellation', 'return')),
	CONSTRAINT "order_lines_reversal_has_original" CHECK ("order_lines"."kind" = 'booking' or "order_lines"."original_line_id" is not null),
	CONSTRAINT "order_lines_service_period" CHECK ("order_lines"."service_start" is null or "order_lines"."service_end" is null or "order_lines"."service_end" >= "order_lines"."service_start")
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"workspace_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"month" date NOT NULL,
	"rate" numeric NOT NULL,
	CONSTRAINT "exchange_rates_workspace_id_currency_month_pk" PRIMARY KEY("workspace_id","currency","month")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"person_id" uuid,
	"locale" text DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "users_email" UNIQUE("email"),
	CONSTRAINT "users_role" CHECK ("users"."role" in ('admin', 'comp_admin', 'hr', 'manager', 'rep', 'marketing', 'viewer'))
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"reporting_currency" char(3) DEFAULT 'EUR' NOT NULL,
	"fiscal_year_start_month" integer DEFAULT 1 NOT NULL,
	"fiscal_year_naming" text DEFAULT 'end' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspaces_slug_unique" UNIQUE("slug"),
	CONSTRAINT "workspaces_fiscal_start_month" CHECK ("workspaces"."fiscal_year_start_month" between 1 and 12),
	CONSTRAINT "workspaces_fiscal_naming" CHECK ("workspaces"."fiscal_year_naming" in ('start', 'end'))
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_sdr_id_people_id_fk" FOREIGN KEY ("sdr_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_traffic_daily" ADD CONSTRAINT "marketing_traffic_daily_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_lines" ADD CONSTRAINT "reporting_lines_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_lines" ADD CONSTRAINT "reporting_lines_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_lines" ADD CONSTRAINT "reporting_lines_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_targets" ADD CONSTRAINT "booking_targets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_targets" ADD CONSTRAINT "booking_targets_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_stage_history" ADD CONSTRAINT "opportunity_stage_history_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_stage_history" ADD CONSTRAINT "opportunity_stage_history_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_owner" ON "accounts" USING btree ("workspace_id","owner_id");--> statement-breakpoint
CREATE INDEX "accounts_region" ON "accounts" USING btree ("workspace_id","region_id");--> statement-breakpoint
CREATE INDEX "activities_person_time" ON "activities" USING btree ("workspace_id","person_id","occurred_at");--> statement-breakpoint
CREATE INDEX "leads_created" ON "leads" USING btree ("workspace_id","created_on");--> statement-breakpoint
CREATE INDEX "leads_source" ON "leads" USING btree ("workspace_id","source");--> statement-breakpoint
CREATE INDEX "import_runs_workspace" ON "import_runs" USING btree ("workspace_id","started_at");--> statement-breakpoint
CREATE INDEX "people_workspace_role" ON "people" USING btree ("workspace_id","job_role");--> statement-breakpoint
CREATE INDEX "reporting_lines_person" ON "reporting_lines" USING btree ("workspace_id","person_id","valid_from");--> statement-breakpoint
CREATE INDEX "reporting_lines_manager" ON "reporting_lines" USING btree ("workspace_id","manager_id","valid_from");--> statement-breakpoint
CREATE INDEX "team_memberships_team" ON "team_memberships" USING btree ("workspace_id","team_id","valid_from");--> statement-breakpoint
CREATE INDEX "team_memberships_person" ON "team_memberships" USING btree ("workspace_id","person_id","valid_from");--> statement-breakpoint
CREATE INDEX "opportunities_owner_close" ON "opportunities" USING btree ("workspace_id","owner_id","close_date");--> statement-breakpoint
CREATE INDEX "opportunities_account" ON "opportunities" USING btree ("workspace_id","account_id");--> statement-breakpoint
CREATE INDEX "stage_history_opportunity" ON "opportunity_stage_history" USING btree ("workspace_id","opportunity_id","entered_at");--> statement-breakpoint
CREATE INDEX "order_lines_owner_date" ON "order_lines" USING btree ("workspace_id","owner_id","booking_date");--> statement-breakpoint
CREATE INDEX "order_lines_date" ON "order_lines" USING btree ("workspace_id","booking_date");--> statement-breakpoint
CREATE INDEX "order_lines_original" ON "order_lines" USING btree ("workspace_id","original_line_id") WHERE "order_lines"."original_line_id" is not null;--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_workspace" ON "users" USING btree ("workspace_id");