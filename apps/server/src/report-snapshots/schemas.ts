import { z } from "@hono/zod-openapi";
import { dashboardPresets } from "@attain/db";
import { DashboardDataSchema, DashboardFiltersSchema } from "../dashboards/schemas";

export const SnapshotCreateBody = z
  .object({
    dashboardId: z.string().min(1).max(64).openapi({ example: "preset:executive" }),
    name: z.string().trim().min(1).max(160).optional(),
    filters: DashboardFiltersSchema.optional(),
  })
  .strict();

export const SnapshotParams = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: "id", in: "path" } }),
});

export const SnapshotListQuery = z.object({ dashboardId: z.string().min(1).max(64).optional() });

export const SnapshotExportQuery = z.object({ locale: z.enum(["en", "fr"]).optional() });

export const ReportSnapshotSummarySchema = z
  .object({
    id: z.string(),
    dashboardId: z.string().nullable(),
    preset: z.enum(dashboardPresets).nullable(),
    name: z.string(),
    filters: DashboardFiltersSchema,
    takenBy: z.object({ userId: z.string().nullable(), name: z.string().nullable() }),
    takenAt: z.string(),
  })
  .openapi("ReportSnapshotSummary");

export const ReportSnapshotSchema = ReportSnapshotSummarySchema.extend({ data: DashboardDataSchema }).openapi(
  "ReportSnapshot",
);

export const ReportSnapshotListSchema = z.object({ snapshots: z.array(ReportSnapshotSummarySchema) });
