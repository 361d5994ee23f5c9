import { sql } from "drizzle-orm";
import {
  bigint,
  char,
  check,
  date,
  index,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, workspaceId } from "./columns";
import { workspaces } from "./workspace";

/**
 * KPIs, dashboards and report snapshots (docs/kpis.md, docs/dashboards.md).
 *
 * The built-in KPI catalogue is code (`@attain/engine` kpi/catalogue); a workspace adds its own KPIs as formulas over
 * the same measures (`kpi_custom_definitions`). Additive measures are pre-aggregated per month in `kpi_monthly_facts`;
 * triggers on the source tables record which (source, month) changed in `kpi_dirty_months`, and a KPI read refreshes
 * those before it answers, so a figure never lags the rows behind it.
 */

export const kpiUnits = ["currency", "percent", "count", "days", "ratio", "score"] as const;
export type KpiUnit = (typeof kpiUnits)[number];

export const kpiDirections = ["up", "down", "neutral"] as const;
export type KpiDirection = (typeof kpiDirections)[number];

/** A workspace's own KPI: a formula over the catalogue's measures, checked when saved. */
export const kpiCustomDefinitions = pgTable(
  "kpi_custom_definitions",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    /** `custom.` followed by lower-case letters, digits and underscores; unique in the workspace. */
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    formula: text("formula").notNull(),
    unit: text("unit").$type<KpiUnit>().notNull(),
    direction: text("direction").$type<KpiDirection>().notNull().default("up"),
    /** Who answers for the figure (free text: a role or a person's name). */
    owner: text("owner").notNull().default(""),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [
    unique("kpi_custom_definitions_key").on(t.workspaceId, t.key),
    check("kpi_custom_unit", sql`${t.unit} in ('currency', 'percent', 'count', 'days', 'ratio', 'score')`),
    check("kpi_custom_direction", sql`${t.direction} in ('up', 'down', 'neutral')`),
  ],
);

/**
 * Additive measures summed per month and dimension (decision 012). No foreign keys: refreshed in bulk by
 * (workspace, source, month). A null dimension means the rows are not split by it (the measure has no such dimension).
 */
export const kpiMonthlyFacts = pgTable(
  "kpi_monthly_facts",
  {
    workspaceId: uuid("workspace_id").notNull(),
    /** The source table the measure is computed from (the unit of refresh): order_lines, opportunities, … */
    source: text("source").notNull(),
    measure: text("measure").notNull(),
    month: date("month").notNull(),
    personId: uuid("person_id"),
    segment: text("segment"),
    productId: uuid("product_id"),
    channel: text("channel"),
    value: numeric("value").notNull(),
    /** Source rows summed into `value` (for drill-down totals and sanity checks). */
    rowCount: bigint("row_count", { mode: "number" }).notNull(),
  },
  (t) => [
    index("kpi_monthly_facts_read").on(t.workspaceId, t.measure, t.month),
    index("kpi_monthly_facts_refresh").on(t.workspaceId, t.source, t.month),
  ],
);

/** (source, month) pairs whose facts are stale, written by triggers on the source tables; `month` null = every month. */
export const kpiDirtyMonths = pgTable(
  "kpi_dirty_months",
  {
    workspaceId: uuid("workspace_id").notNull(),
    source: text("source").notNull(),
    month: date("month").notNull(),
    markedAt: timestamp("marked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.source, t.month] })],
);

/** Per workspace: the facts' version (bumped by every refresh; part of response cache keys) and when built. */
export const kpiFactState = pgTable("kpi_fact_state", {
  workspaceId: uuid("workspace_id").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
  builtAt: timestamp("built_at", { withTimezone: true }),
  refreshedAt: timestamp("refreshed_at", { withTimezone: true }),
});

export const costCategories = ["sales", "marketing"] as const;
export type CostCategory = (typeof costCategories)[number];

/** Monthly cost of sales and marketing (for CAC): salaries, commissions, programmes, tools; optional channel. */
export const salesMarketingCosts = pgTable(
  "sales_marketing_costs",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    month: date("month").notNull(),
    category: text("category").$type<CostCategory>().notNull(),
    /** Marketing channel the spend went to (paid_search, events, …), or null for the whole category. */
    channel: text("channel"),
    amount: numeric("amount").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("sales_marketing_costs_line").on(t.workspaceId, t.month, t.category, t.channel).nullsNotDistinct(),
    check("sales_marketing_costs_category", sql`${t.category} in ('sales', 'marketing')`),
    check("sales_marketing_costs_month", sql`extract(day from ${t.month}) = 1`),
    check("sales_marketing_costs_amount", sql`${t.amount} >= 0`),
  ],
);

export const dashboardPresets = ["executive", "manager", "rep", "marketing", "finance"] as const;
export type DashboardPreset = (typeof dashboardPresets)[number];

export const widgetTypes = ["tile", "trend", "bar", "leaderboard", "funnel", "table", "qualitative"] as const;
export type WidgetType = (typeof widgetTypes)[number];

export const dashboardDimensions = [
  "person",
  "team",
  "region",
  "segment",
  "product",
  "channel",
  "month",
] as const;
export type DashboardDimension = (typeof dashboardDimensions)[number];

/** One widget of a dashboard, placed on a 12-column grid. */
export type DashboardWidget = {
  id: string;
  type: WidgetType;
  /** KPI keys shown (a tile or trend shows the first; a table several). */
  kpis: string[];
  /** For bar, leaderboard and table widgets: the dimension rows are split by. */
  by?: DashboardDimension;
  /** For funnel widgets: which funnel. */
  funnel?: "sales" | "marketing" | "stages";
  title?: string;
  x: number;
  y: number;
  w: number;
  h: number;
};

/** The filters a dashboard is viewed with; absent = not filtered. Period is fiscal (`2026-Q3`, `2026`) or months. */
export type DashboardFilters = {
  period?: string;
  from?: string;
  to?: string;
  personId?: string;
  teamId?: string;
  regionId?: string;
  segment?: string;
  productId?: string;
};

/** A user's own dashboard (a copy of a preset, edited), or a workspace-shared one (`ownerUserId` null). */
export const dashboards = pgTable(
  "dashboards",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    ownerUserId: uuid("owner_user_id"),
    name: text("name").notNull(),
    /** The preset it started from, if any. */
    preset: text("preset").$type<DashboardPreset>(),
    widgets: jsonb("widgets").$type<DashboardWidget[]>().notNull(),
    filters: jsonb("filters").$type<DashboardFilters>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dashboards_owner").on(t.workspaceId, t.ownerUserId)],
);

/**
 * A dashboard's figures as they were when taken: the widgets, filters and every value, kept without a time limit;
 * its PDF and XLSX are rendered from `data`, so a snapshot's files never change.
 */
export const reportSnapshots = pgTable(
  "report_snapshots",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    dashboardId: uuid("dashboard_id"),
    preset: text("preset").$type<DashboardPreset>(),
    name: text("name").notNull(),
    filters: jsonb("filters").$type<DashboardFilters>().notNull(),
    /** The rendered dashboard data (`DashboardData` in docs/dashboards.md). */
    data: jsonb("data").notNull(),
    takenBy: uuid("taken_by"),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("report_snapshots_taken").on(t.workspaceId, t.takenAt)],
);
