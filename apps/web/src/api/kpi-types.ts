// Mirrors the server's KPI shapes (apps/server/src/kpis/types.ts, docs/kpis-api.md). Values are decimal strings.

export type KpiUnit = "currency" | "percent" | "count" | "days" | "ratio" | "score";
export type KpiDirection = "up" | "down" | "neutral";
export type KpiCategory =
  | "sales"
  | "pipeline"
  | "customers"
  | "activity"
  | "marketing"
  | "quality"
  | "finance";
export type KpiDrillEntity =
  | "order_lines"
  | "opportunities"
  | "leads"
  | "activities"
  | "traffic"
  | "costs"
  | "feedback"
  | "evaluations"
  | "accounts"
  | "people"
  | "targets";
export type KpiNoValueReason = {
  code: "division_by_zero" | "no_data" | "not_applicable" | "missing_measure";
  message: string;
};
export type DashboardPreset = "executive" | "manager" | "rep" | "marketing" | "finance";
export type WidgetType = "tile" | "trend" | "bar" | "leaderboard" | "funnel" | "table" | "qualitative";
export type DashboardDimension = "person" | "team" | "region" | "segment" | "product" | "channel" | "month";
export type DashboardWidget = {
  id: string;
  type: WidgetType;
  kpis: string[];
  by?: DashboardDimension;
  funnel?: "sales" | "marketing" | "stages";
  title?: string;
  x: number;
  y: number;
  w: number;
  h: number;
};
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

/** Who and what a KPI request is about. `period` (fiscal `2026-Q3`, `2026`, or a month `2026-11`) or `from`/`to` months. */
export type KpiFilterQuery = DashboardFilters & { asOf?: string };

export type KpiValuesQuery = KpiFilterQuery & {
  keys: string[];
  /** Also compute the same KPIs for the period before (same length) or the same period a year earlier. */
  compare?: "previous_period" | "previous_year";
  /** Add a month-by-month series over the period (and, for periods shorter than 6 months, the 6 months before). */
  trend?: boolean;
};

export type KpiDefinitionDto = {
  key: string;
  name: string;
  description: string;
  formula: string;
  unit: KpiUnit;
  direction: KpiDirection;
  category: KpiCategory;
  timeAggregation: string;
  hierarchyAggregation: string;
  owner: string;
  target: string | null;
  drill: KpiDrillEntity;
  custom: boolean;
  /** The filters the KPI honours; any other filter is reported in `ignoredFilters` of a value. */
  filters: ("team" | "region" | "person" | "segment" | "product" | "channel")[];
  measures: string[];
};

export type KpiCatalogueResponse = {
  kpis: KpiDefinitionDto[];
  measures: { key: string; label: string; description: string; unit: string; kind: string }[];
};

/** Resolved request context echoed in every response. */
export type KpiContext = {
  currency: string;
  from: string;
  to: string;
  /** First day of `from` and last day of `to`. */
  fromDay: string;
  toDay: string;
  asOf: string;
  scope: {
    kind: "self" | "tree" | "workspace" | "person" | "team" | "region";
    personId: string | null;
    name: string;
  };
  filters: DashboardFilters;
  /** The facts version the figures were read at (changes after every refresh). */
  version: number;
};

export type KpiValueDto = {
  key: string;
  /** Exact decimal string rounded per unit (currency 2 places, percent/ratio 4 as a fraction, days/score 1, count 0 or 2), or null. */
  value: string | null;
  reason: KpiNoValueReason | null;
  target: string | null;
  /** value ÷ target (or, for a `down` KPI, target ÷ value), 4 places; null without both. */
  attainment: string | null;
  /** Against the target, or against the linear pace to it for an unfinished period. */
  status: "on_track" | "at_risk" | "off_track" | null;
  previous: { value: string | null; reason: KpiNoValueReason | null; from: string; to: string } | null;
  /** value − previous value, same rounding; null without both. */
  change: string | null;
  trend: { month: string; value: string | null }[];
  components: { measure: string; label: string; value: string }[];
  /** Filters of the request this KPI cannot apply (e.g. `product` for website visitors). */
  ignoredFilters: string[];
};

export type KpiValuesResponse = KpiContext & { values: KpiValueDto[] };

export type KpiBreakdownQuery = KpiFilterQuery & { key: string; by: DashboardDimension; limit?: number };

export type KpiBreakdownResponse = KpiContext & {
  key: string;
  by: DashboardDimension;
  /** Sorted best first for the KPI's direction (by month: chronological). */
  rows: {
    id: string;
    label: string;
    value: string | null;
    reason: KpiNoValueReason | null;
    target: string | null;
    components: { measure: string; label: string; value: string }[];
  }[];
  total: { value: string | null; reason: KpiNoValueReason | null };
};

export type KpiFunnelQuery = KpiFilterQuery & { funnel: "sales" | "marketing" | "stages" };

export type KpiFunnelResponse = KpiContext & {
  funnel: "sales" | "marketing" | "stages";
  /** In order; `conversion` = this step's count ÷ the previous step's (null for the first, or when it is zero). */
  steps: {
    key: string;
    label: string;
    count: number;
    conversion: string | null;
    /** Median days from the previous step (null where the data has no dates for it). */
    medianDays: string | null;
    /** The measure or KPI to drill into for this step's rows. */
    drillKey: string;
  }[];
};

export type KpiRowsQuery = KpiFilterQuery & {
  key: string;
  /** Narrow to one measure of the KPI (default: its first) and/or to one breakdown row. */
  measure?: string;
  month?: string;
  dimension?: DashboardDimension;
  dimensionValue?: string;
  page?: number;
  pageSize?: number;
};

export type KpiRowsPage = KpiContext & {
  key: string;
  measure: string;
  entity: KpiDrillEntity;
  columns: { key: string; label: string; type: "text" | "date" | "currency" | "number" | "link" }[];
  rows: Record<string, string | number | null>[];
  page: number;
  pageSize: number;
  totalRows: number;
  /** The measure's value over all pages: equals the figure drilled into. */
  measureTotal: string;
};

/** `POST /api/kpis/custom/check`: the measures a valid formula reads, or each error with its character range. */
export type KpiFormulaCheck =
  | { ok: true; measures: string[] }
  | { ok: false; errors: { message: string; start: number; end: number }[] };

/** Body of `POST /api/kpis/custom` and `PUT /api/kpis/custom/{key}`. */
export type CustomKpiInput = {
  key?: string;
  name: string;
  description: string;
  formula: string;
  unit: KpiUnit;
  direction: KpiDirection;
  owner: string;
};

/** A dashboard (docs/kpis-api.md): a preset (`preset:<name>`, read-only) or a user's own. */
export type DashboardDto = {
  id: string;
  name: string;
  preset: DashboardPreset | null;
  widgets: DashboardWidget[];
  filters: DashboardFilters;
  editable: boolean;
  ownerUserId: string | null;
  updatedAt: string | null;
};

/** `GET /api/dashboards`: the five presets (the caller's role's first) and the caller's own and shared dashboards. */
export type DashboardsResponse = { presets: DashboardDto[]; dashboards: DashboardDto[] };

/** Body of `POST /api/dashboards` (a copy of a preset names it) and of `PUT /api/dashboards/{id}` (no preset). */
export type DashboardInput = {
  name: string;
  preset?: DashboardPreset;
  widgets: DashboardWidget[];
  filters: DashboardFilters;
};

/** `GET /api/dashboards/{id}/data`: every widget's figures, as the KPI routes give them. */
export type DashboardData = {
  dashboard: DashboardDto;
  context: KpiContext;
  definitions: KpiDefinitionDto[];
  widgets: {
    id: string;
    type: WidgetType;
    values?: KpiValueDto[];
    breakdown?: KpiBreakdownResponse;
    breakdowns?: KpiBreakdownResponse[];
    funnel?: KpiFunnelResponse;
    missingKpis: string[];
  }[];
};

/** A stored report snapshot as listed in its dashboard's history (`GET /api/report-snapshots?dashboardId=`). */
export type ReportSnapshotSummary = {
  id: string;
  dashboardId: string | null;
  preset: DashboardPreset | null;
  name: string;
  filters: DashboardFilters;
  takenBy: { userId: string | null; name: string | null };
  takenAt: string;
};
