-- Decision 007: a result's lines become one text document (comp_result_line_sets), addressed by (result, line no).
-- Existing lines are converted into the legacy document format (a JSON array of line objects) that readers accept.
CREATE TABLE "comp_result_line_sets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"line_count" integer NOT NULL,
	"lines" text NOT NULL
);
--> statement-breakpoint
-- Out of line and uncompressed: pglz over every document was most of a run's write time on PGlite (WASM).
ALTER TABLE "comp_result_line_sets" ALTER COLUMN "lines" SET STORAGE EXTERNAL;--> statement-breakpoint
CREATE INDEX "comp_result_line_sets_run" ON "comp_result_line_sets" USING btree ("run_id");--> statement-breakpoint
ALTER TABLE "comp_disputes" ADD COLUMN "result_id" uuid;--> statement-breakpoint
ALTER TABLE "comp_disputes" ADD COLUMN "line_no" integer;--> statement-breakpoint
ALTER TABLE "comp_results" ADD COLUMN "line_set_id" uuid;--> statement-breakpoint
ALTER TABLE "comp_results" ADD COLUMN "line_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "comp_results" ADD COLUMN "line_totals" jsonb DEFAULT '{"byKind":{},"byComponent":{}}'::jsonb NOT NULL;--> statement-breakpoint
INSERT INTO "comp_result_line_sets" ("id", "workspace_id", "run_id", "line_count", "lines")
SELECT r."id", r."workspace_id", r."run_id", count(l."id")::int,
  coalesce(json_agg(json_build_object('component', l."component", 'kind', l."kind", 'creditId', l."credit_id",
    'transactionId', l."transaction_id", 'exact', l."exact"::text, 'amount', l."amount"::text, 'trace', l."trace")
    ORDER BY l."line_no") FILTER (WHERE l."id" IS NOT NULL), '[]'::json)::text
FROM "comp_results" r LEFT JOIN "comp_result_lines" l ON l."result_id" = r."id"
GROUP BY r."id", r."workspace_id", r."run_id";--> statement-breakpoint
UPDATE "comp_results" r SET "line_set_id" = r."id", "line_count" = s."line_count",
  "line_totals" = jsonb_build_object(
    'byKind', coalesce((SELECT jsonb_object_agg(k."kind", k."total") FROM (SELECT "kind", sum("amount")::text AS "total"
      FROM "comp_result_lines" WHERE "result_id" = r."id" GROUP BY "kind") k), '{}'::jsonb),
    'byComponent', coalesce((SELECT jsonb_object_agg(c."component", c."total") FROM (SELECT "component",
      sum("amount")::text AS "total" FROM "comp_result_lines" WHERE "result_id" = r."id" GROUP BY "component") c), '{}'::jsonb))
FROM "comp_result_line_sets" s WHERE s."id" = r."id";--> statement-breakpoint
UPDATE "comp_disputes" d SET "result_id" = l."result_id", "line_no" = l."line_no"
FROM "comp_result_lines" l WHERE l."id" = d."result_line_id";--> statement-breakpoint
ALTER TABLE "comp_results" ALTER COLUMN "line_set_id" SET NOT NULL;--> statement-breakpoint
DROP TABLE "comp_result_lines" CASCADE;--> statement-breakpoint
ALTER TABLE "comp_disputes" DROP COLUMN "result_line_id";
