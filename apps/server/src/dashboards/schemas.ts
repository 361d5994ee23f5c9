import { z } from "@hono/zod-openapi";
import { dashboardDimensions, dashboardPresets, widgetTypes } from "@attain/db";
import { isoDate, isoMonth } from "../http/schemas";

// The dashboards API's shapes (docs/dashboards.md). zod checks the shape; the rules across widgets (known KPIs,
// grid placement, overlaps) are checked after, so each broken one is a 422 naming the widget (check-dashboard-widgets.ts).

const uuid = z.string().uuid();

export const DashboardWidgetSchema = z
  .object({
    id: z.string().trim().min(1).max(64),
    type: z.enum(widgetTypes),
    kpis: z.array(z.string().min(1).max(120)).max(12),
    by: z.enum(dashboardDimensions).optional(),
    funnel: z.enum(["sales", "marketing", "stages"]).optional(),
    title: z.string().trim().max(120).optional(),
    x: z.number().int().min(-100).max(100),
    y: z.number().int().min(-100).max(1000),
    w: z.number().int().min(-100).max(100),
    h: z.number().int().min(-100).max(100),
  })
  .strict()
  .openapi("DashboardWidget");

const period = z
  .string()
  .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "Expected a fiscal period: 2026, 2026-Q3 or 2026-11");

/** The filters a dashboard is saved or viewed with; absent = not filtered. */
export const DashboardFiltersSchema = z
  .object({
    period: period.optional(),
    from: isoMonth.optional(),
    to: isoMonth.optional(),
    personId: uuid.optional(),
    teamId: uuid.optional(),
    regionId: uuid.optional(),
    segment: z.string().trim().min(1).max(100).optional(),
    productId: uuid.optional(),
  })
  .strict()
  .openapi("DashboardFilters");

/** Filters of a data or export request (they override the dashboard's saved ones) and `asOf`. */
export const DashboardFilterQuery = DashboardFiltersSchema.omit({})
  .extend({ asOf: isoDate.optional() })
  .strip();

export const DashboardExportQuery = DashboardFilterQuery.extend({
  locale: z
    .enum(["en", "fr"])
    .optional()
    .openapi({ description: "Labels and number formats; default the user's" }),
});

export const DashboardParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "id", in: "path" }, example: "preset:executive" }),
});

export const DashboardDtoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    preset: z.enum(dashboardPresets).nullable(),
    widgets: z.array(DashboardWidgetSchema),
    filters: DashboardFiltersSchema,
    editable: z.boolean(),
    ownerUserId: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi("Dashboard");

export const DashboardListSchema = z
  .object({ presets: z.array(DashboardDtoSchema), dashboards: z.array(DashboardDtoSchema) })
  .openapi("DashboardList");

export const DashboardCreateBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    preset: z
      .enum(dashboardPresets)
      .optional()
      .openapi({ description: "Copy this preset's widgets and name" }),
    widgets: z
      .array(DashboardWidgetSchema)
      .max(100)
      .optional()
      .openapi({ description: "Absent: the preset's widgets, or none" }),
    filters: DashboardFiltersSchema.optional(),
    shared: z
      .boolean()
      .optional()
      .openapi({ description: "Admins only: a dashboard for the whole workspace (no owner)" }),
  })
  .strict();

export const DashboardUpdateBody = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    widgets: z.array(DashboardWidgetSchema).max(100).optional(),
    filters: DashboardFiltersSchema.optional(),
  })
  .strict();

const Loose = z.record(z.string(), z.unknown());

export const DashboardDataSchema = z
  .object({
    dashboard: DashboardDtoSchema,
    context: Loose.openapi({ description: "KpiContext: currency, period, scope, filters, facts version" }),
    definitions: z.array(Loose).openapi({ description: "KpiDefinitionDto of every KPI the dashboard shows" }),
    widgets: z.array(
      z.object({
        id: z.string(),
        type: z.enum(widgetTypes),
        values: z.array(Loose).optional(),
        breakdown: Loose.optional(),
        breakdowns: z.array(Loose).optional(),
        funnel: Loose.optional(),
        missingKpis: z.array(z.string()),
      }),
    ),
  })
  .openapi("DashboardData");
