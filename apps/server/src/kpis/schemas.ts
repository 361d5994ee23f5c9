import { z } from "@hono/zod-openapi";
import { dashboardDimensions, kpiDirections, kpiUnits } from "@attain/db";
import { isoDate, isoMonth } from "../http/schemas";

/** The zod shapes of the KPI routes (docs/kpis-api.md): queries validated at the edge, responses for OpenAPI. */

const uuid = z.string().uuid();

export const KpiFilterQuerySchema = z.object({
  period: z
    .string()
    .regex(
      /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/,
      "A period is 2026-Q3 (fiscal quarter), 2026 (fiscal year) or 2026-11",
    )
    .optional()
    .openapi({ description: "Fiscal quarter, fiscal year or month; default: the current fiscal quarter" }),
  from: isoMonth.optional().openapi({ description: "First month (with `to`, instead of `period`)" }),
  to: isoMonth.optional().openapi({ description: "Last month, inclusive" }),
  asOf: isoDate
    .optional()
    .openapi({ description: "Day of the reporting tree and team memberships; default today" }),
  personId: uuid.optional().openapi({ description: "A person and whoever reports to them" }),
  teamId: uuid.optional().openapi({ description: "The team's members on `asOf` (nested teams included)" }),
  regionId: uuid.optional().openapi({ description: "The people of the region" }),
  segment: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "A segment of the latest segmentation" }),
  productId: uuid.optional(),
  channel: z.string().min(1).max(100).optional().openapi({ description: "A lead / traffic channel" }),
});

const keyList = z
  .string()
  .max(4000)
  .transform((s) =>
    s
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().min(1).max(200)).max(60));

export const KpiValuesQuerySchema = KpiFilterQuerySchema.extend({
  keys: keyList.openapi({
    type: "string",
    description: "Comma-separated KPI keys",
    example: "bookings,win_rate",
  }),
  compare: z.enum(["previous_period", "previous_year"]).optional(),
  trend: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});

export const KpiBreakdownQuerySchema = KpiFilterQuerySchema.extend({
  key: z.string().min(1).max(200),
  by: z.enum(dashboardDimensions),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const KpiFunnelQuerySchema = KpiFilterQuerySchema.extend({
  funnel: z.enum(["sales", "marketing", "stages"]),
});

export const KpiRowsQuerySchema = KpiFilterQuerySchema.extend({
  key: z.string().min(1).max(200),
  measure: z.string().min(1).max(200).optional(),
  month: isoMonth.optional(),
  dimension: z.enum(dashboardDimensions).optional(),
  dimensionValue: z.string().min(1).max(200).optional(),
  page: z.coerce.number().int().min(1).max(100000).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
});

const reason = z
  .object({
    code: z.enum(["division_by_zero", "no_data", "not_applicable", "missing_measure"]),
    message: z.string(),
  })
  .nullable();
const components = z.array(z.object({ measure: z.string(), label: z.string(), value: z.string() }));

const contextShape = {
  currency: z.string(),
  from: isoMonth,
  to: isoMonth,
  fromDay: isoDate,
  toDay: isoDate,
  asOf: isoDate,
  scope: z.object({
    kind: z.enum(["self", "tree", "workspace", "person", "team", "region"]),
    personId: uuid.nullable(),
    name: z.string(),
  }),
  filters: z.record(z.string(), z.string()),
  version: z.number().int(),
};

export const KpiDefinitionSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    description: z.string(),
    formula: z.string(),
    unit: z.enum(kpiUnits),
    direction: z.enum(kpiDirections),
    category: z.string(),
    timeAggregation: z.string(),
    hierarchyAggregation: z.string(),
    owner: z.string(),
    target: z.string().nullable(),
    drill: z.string(),
    custom: z.boolean(),
    filters: z.array(z.enum(["team", "region", "person", "segment", "product", "channel"])),
    measures: z.array(z.string()),
  })
  .openapi("KpiDefinition");

export const KpiCatalogueSchema = z
  .object({
    kpis: z.array(KpiDefinitionSchema),
    measures: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        description: z.string(),
        unit: z.string(),
        kind: z.string(),
      }),
    ),
  })
  .openapi("KpiCatalogue");

export const KpiValuesSchema = z
  .object({
    ...contextShape,
    values: z.array(
      z.object({
        key: z.string(),
        value: z.string().nullable(),
        reason,
        target: z.string().nullable(),
        attainment: z.string().nullable(),
        status: z.enum(["on_track", "at_risk", "off_track"]).nullable(),
        previous: z.object({ value: z.string().nullable(), reason, from: isoMonth, to: isoMonth }).nullable(),
        change: z.string().nullable(),
        trend: z.array(z.object({ month: isoMonth, value: z.string().nullable() })),
        components,
        ignoredFilters: z.array(z.string()),
      }),
    ),
  })
  .openapi("KpiValues");

export const KpiBreakdownSchema = z
  .object({
    ...contextShape,
    key: z.string(),
    by: z.enum(dashboardDimensions),
    rows: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        value: z.string().nullable(),
        reason,
        target: z.string().nullable(),
        components,
      }),
    ),
    total: z.object({ value: z.string().nullable(), reason }),
  })
  .openapi("KpiBreakdown");

export const KpiFunnelSchema = z
  .object({
    ...contextShape,
    funnel: z.enum(["sales", "marketing", "stages"]),
    steps: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        count: z.number().int(),
        conversion: z.string().nullable(),
        medianDays: z.string().nullable(),
        drillKey: z.string(),
      }),
    ),
  })
  .openapi("KpiFunnel");

export const KpiRowsSchema = z
  .object({
    ...contextShape,
    key: z.string(),
    measure: z.string(),
    entity: z.string(),
    columns: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        type: z.enum(["text", "date", "currency", "number", "link"]),
      }),
    ),
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
    page: z.number().int(),
    pageSize: z.number().int(),
    totalRows: z.number().int(),
    measureTotal: z.string(),
  })
  .openapi("KpiRowsPage");

export const CustomKpiInputSchema = z.object({
  key: z.string().min(1).max(120).optional(),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(""),
  formula: z.string().min(1).max(2000),
  unit: z.enum(kpiUnits),
  direction: z.enum(kpiDirections).default("up"),
  owner: z.string().max(200).default(""),
});

export const FormulaCheckSchema = z
  .union([
    z.object({ ok: z.literal(true), measures: z.array(z.string()) }),
    z.object({
      ok: z.literal(false),
      errors: z.array(z.object({ message: z.string(), start: z.number().int(), end: z.number().int() })),
    }),
  ])
  .openapi("KpiFormulaCheck");
