/**
 * The KPI catalogue's vocabulary (docs/kpis.md). A KPI is a formula, in the plan formula language, over *measures*:
 * named base figures that the server computes from the data model for a period, a scope (who) and filters. The
 * engine knows what each measure means and how KPIs combine them; the server knows how to compute a measure.
 */

export type KpiUnit = "currency" | "percent" | "count" | "days" | "ratio" | "score";
/** Which way is good: up (more is better), down (less is better), neutral. */
export type KpiDirection = "up" | "down" | "neutral";
export type KpiCategory =
  | "sales"
  | "pipeline"
  | "customers"
  | "activity"
  | "marketing"
  | "quality"
  | "finance";

/** The rows a figure is made of: where drill-down leads. */
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

/** The filters a measure can honour; a KPI honours a filter when all its measures do. */
export type KpiFilterDimension = "person" | "segment" | "product" | "channel";

/** The source table whose rows a measure is computed from (the unit of pre-aggregation and refresh). */
export type MeasureSource =
  | "order_lines"
  | "booking_targets"
  | "opportunities"
  | "stage_history"
  | "leads"
  | "marketing_traffic_daily"
  | "activities"
  | "people"
  | "sales_marketing_costs"
  | "feedback_entries"
  | "evaluations"
  | "calendar";

/**
 * How a measure adds up. `additive`: the period's value is the sum of its months' values (pre-aggregated per month).
 * `distinct`: a count of distinct things over the whole period (customers served), not a sum of months.
 * `point_in_time`: a value on a day (ARR at the period's end), not a sum over time.
 */
export type MeasureKind = "additive" | "distinct" | "point_in_time";

export type MeasureDefinition = {
  /** A formula name: lower-case letters, digits, `_`; a family member adds `.` and a parameter (`deals_reached_stage.propose`). */
  key: string;
  label: string;
  description: string;
  unit: "currency" | "count" | "days" | "fte_months" | "score" | "months";
  kind: MeasureKind;
  source: MeasureSource;
  dimensions: readonly KpiFilterDimension[];
  drill: KpiDrillEntity;
  /** What a zero value means in words, for a division by it ("no customers were served in the period"). */
  whenZero: string;
};

export type KpiDefinition = {
  key: string;
  name: string;
  description: string;
  /** The formula over measure keys, e.g. `deals_won / (deals_won + deals_lost)`. */
  formula: string;
  unit: KpiUnit;
  direction: KpiDirection;
  category: KpiCategory;
  /** How the figure behaves over time, in words (docs/kpis.md shows them). */
  timeAggregation: "sum" | "ratio_of_sums" | "end_of_period" | "average_per_month";
  /** How a manager's figure relates to their reports': `sum` adds up; the others are recomputed from summed measures. */
  hierarchyAggregation: "sum" | "ratio_of_sums" | "end_of_period";
  /** Who answers for the figure. */
  owner: string;
  /** Formula of the default target over the same measures (e.g. `booking_target`), or a constant; absent = none. */
  target?: string;
  drill: KpiDrillEntity;
  /**
   * What a zero divisor means when it is not simply a zero measure (pipeline coverage: "The target is already met
   * (or there is no target)"). Absent: the reason is worded from the divisor's measures' `whenZero`.
   */
  divisorZero?: string;
  /**
   * Whether the figure grows through an unfinished period (see kpiAccrues). Absent: it does when it is a sum. Set for
   * a ratio of an accruing measure to a whole-period one (quota attainment: bookings so far ÷ the period's target).
   */
  accrues?: boolean;
  /** The built-in catalogue's KPIs are `custom: false`; a workspace's own are `custom: true`. */
  custom: boolean;
};

/** A measure's value for a period: exact decimal string. */
export type MeasureValues = Readonly<Record<string, string>>;

/** Why a KPI has no value: shown as "—" with `message`, never NaN or Infinity. */
export type KpiNoValueReason = {
  code: "division_by_zero" | "no_data" | "not_applicable" | "missing_measure";
  message: string;
};

export type KpiEvaluation = {
  /** Exact decimal string rounded per unit (docs/kpis.md, "Rounding"), or null with `reason`. */
  value: string | null;
  reason: KpiNoValueReason | null;
  /** Each measure read, with its value: the explanation beside the figure. */
  components: { measure: string; label: string; value: string }[];
};
