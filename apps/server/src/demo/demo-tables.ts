import type { DemoCompany } from "./generate-demo-company";
import type {
  AccountRow,
  ActivityRow,
  BookingTargetRow,
  DemoChunk,
  ExchangeRateRow,
  ForecastPeriodRow,
  ForecastSnapshotLineRow,
  ForecastSnapshotRow,
  ForecastSubmissionRow,
  LeadRow,
  OpportunityRow,
  OrderLineRow,
  PersonRow,
  PipelineSettingsRow,
  PipelineStageRow,
  ProductRow,
  RegionRow,
  ReportingLineRow,
  StageHistoryRow,
  TeamMembershipRow,
  TeamRow,
  TrafficRow,
} from "./types";

/**
 * How each generated row maps onto its table: `[column, key]` pairs. The loader writes these columns (plus
 * workspace_id first) and the tests hash the same projection, so what is checked is what is stored.
 */
export type ColumnMap<Row> = readonly (readonly [string, keyof Row])[];

export const stageHistoryColumns: ColumnMap<StageHistoryRow> = [
  ["id", "id"],
  ["opportunity_id", "opportunityId"],
  ["stage", "stage"],
  ["entered_at", "enteredAt"],
  ["amount", "amount"],
  ["close_date", "closeDate"],
  ["forecast_category", "forecastCategory"],
];

export const orderLineColumns: ColumnMap<OrderLineRow> = [
  ["id", "id"],
  ["external_id", "externalId"],
  ["order_number", "orderNumber"],
  ["kind", "kind"],
  ["original_line_id", "originalLineId"],
  ["booking_date", "bookingDate"],
  ["account_id", "accountId"],
  ["opportunity_id", "opportunityId"],
  ["product_id", "productId"],
  ["owner_id", "ownerId"],
  ["quantity", "quantity"],
  ["unit_price", "unitPrice"],
  ["amount", "amount"],
  ["currency", "currency"],
  ["service_start", "serviceStart"],
  ["service_end", "serviceEnd"],
];

export const activityColumns: ColumnMap<ActivityRow> = [
  ["id", "id"],
  ["external_id", "externalId"],
  ["kind", "kind"],
  ["person_id", "personId"],
  ["account_id", "accountId"],
  ["opportunity_id", "opportunityId"],
  ["lead_id", "leadId"],
  ["occurred_at", "occurredAt"],
  ["duration_minutes", "durationMinutes"],
  ["email_opened", "emailOpened"],
  ["email_replied", "emailReplied"],
  ["outcome", "outcome"],
];

export const leadColumns: ColumnMap<LeadRow> = [
  ["id", "id"],
  ["external_id", "externalId"],
  ["company_name", "companyName"],
  ["source", "source"],
  ["campaign", "campaign"],
  ["landing_page", "landingPage"],
  ["status", "status"],
  ["business_segment", "businessSegment"],
  ["lead_type", "leadType"],
  ["country_code", "countryCode"],
  ["created_on", "createdOn"],
  ["mql_on", "mqlOn"],
  ["first_contact_at", "firstContactAt"],
  ["sql_on", "sqlOn"],
  ["converted_on", "convertedOn"],
  ["disqualified_on", "disqualifiedOn"],
  ["sdr_id", "sdrId"],
  ["owner_id", "ownerId"],
  ["account_id", "accountId"],
  ["opportunity_id", "opportunityId"],
];

export const regionColumns: ColumnMap<RegionRow> = [
  ["id", "id"],
  ["external_id", "externalId"],
  ["name", "name"],
  ["country_code", "countryCode"],
  ["currency", "currency"],
];

export const teamColumns: ColumnMap<TeamRow> = [
  ["id", "id"],
  ["external_id", "externalId"],
  ["name", "name"],
  ["region_id", "regionId"],
  ["parent_team_id", "parentTeamId"],
];

export const personColumns: ColumnMap<PersonRow> = [
  ["id", "id"],
  ["external_id", "externalId"],
  ["full_name", "fullName"],
  ["email", "email"],
  ["job_role", "jobRole"],
  ["title", "title"],
  ["hire_date", "hireDate"],
  ["leave_date", "leaveDate"],
  ["ramp_months", "rampMonths"],
  ["region_id", "regionId"],
  ["office", "office"],
  ["currency", "currency"],
];

export const reportingLineColumns: ColumnMap<ReportingLineRow> = [
  ["id", "id"],
  ["person_id", "personId"],
  ["manager_id", "managerId"],
  ["valid_from", "validFrom"],
  ["valid_to", "validTo"],
];

export const teamMembershipColumns: ColumnMap<TeamMembershipRow> = [
  ["id", "id"],
  ["person_id", "personId"],
  ["team_id", "teamId"],
  ["valid_from", "validFrom"],
  ["valid_to", "validTo"],
];

export const accountColumns: ColumnMap<AccountRow> = [
  ["id", "id"],
  ["external_id", "externalId"],
  ["name", "name"],
  ["industry", "industry"],
  ["employees", "employees"],
  ["annual_revenue", "annualRevenue"],
  ["revenue_currency", "revenueCurrency"],
  ["year_established", "yearEstablished"],
  ["country_code", "countryCode"],
  ["region_id", "regionId"],
  ["city", "city"],
  ["postal_code", "postalCode"],
  ["latitude", "latitude"],
  ["longitude", "longitude"],
  ["owner_id", "ownerId"],
];

export const productColumns: ColumnMap<ProductRow> = [
  ["id", "id"],
  ["external_id", "externalId"],
  ["name", "name"],
  ["family", "family"],
  ["list_price", "listPrice"],
  ["currency", "currency"],
  ["recurring", "recurring"],
];

export const opportunityColumns: ColumnMap<OpportunityRow> = [
  ["id", "id"],
  ["external_id", "externalId"],
  ["name", "name"],
  ["account_id", "accountId"],
  ["owner_id", "ownerId"],
  ["product_id", "productId"],
  ["type", "type"],
  ["source", "source"],
  ["stage", "stage"],
  ["status", "status"],
  ["forecast_category", "forecastCategory"],
  ["amount", "amount"],
  ["currency", "currency"],
  ["created_on", "createdOn"],
  ["close_date", "closeDate"],
  ["lead_id", "leadId"],
  ["next_step", "nextStep"],
  ["next_step_due", "nextStepDue"],
  ["qualification", "qualification"],
  ["contact_count", "contactCount"],
];

export const exchangeRateColumns: ColumnMap<ExchangeRateRow> = [
  ["currency", "currency"],
  ["month", "month"],
  ["rate", "rate"],
];

export const bookingTargetColumns: ColumnMap<BookingTargetRow> = [
  ["id", "id"],
  ["person_id", "personId"],
  ["month", "month"],
  ["amount", "amount"],
  ["currency", "currency"],
];

export const trafficColumns: ColumnMap<TrafficRow> = [
  ["day", "day"],
  ["channel", "channel"],
  ["visitors", "visitors"],
  ["sessions", "sessions"],
  ["contacts", "contacts"],
];

export const pipelineSettingsColumns: ColumnMap<PipelineSettingsRow> = [
  ["qualification_framework", "qualificationFramework"],
  ["qualification_items", "qualificationItems"],
  ["stalled_after_days", "stalledAfterDays"],
  ["pushed_after", "pushedAfter"],
  ["amount_cut_share", "amountCutShare"],
  ["updated_at", "updatedAt"],
];

export const pipelineStageColumns: ColumnMap<PipelineStageRow> = [
  ["id", "id"],
  ["name", "name"],
  ["position", "position"],
  ["outcome", "outcome"],
  ["probability", "probability"],
  ["forecast_category", "forecastCategory"],
  ["entry_criteria", "entryCriteria"],
  ["exit_criteria", "exitCriteria"],
  ["max_days_in_stage", "maxDaysInStage"],
];

export const forecastPeriodColumns: ColumnMap<ForecastPeriodRow> = [
  ["id", "id"],
  ["label", "label"],
  ["starts_on", "startsOn"],
  ["ends_on", "endsOn"],
  ["status", "status"],
];

export const forecastSubmissionColumns: ColumnMap<ForecastSubmissionRow> = [
  ["id", "id"],
  ["period_id", "periodId"],
  ["author_id", "authorId"],
  ["subject_id", "subjectId"],
  ["motion", "motion"],
  ["category", "category"],
  ["amount", "amount"],
  ["currency", "currency"],
  ["note", "note"],
  ["submitted_at", "submittedAt"],
];

export const forecastSnapshotColumns: ColumnMap<ForecastSnapshotRow> = [
  ["id", "id"],
  ["period_id", "periodId"],
  ["taken_on", "takenOn"],
  ["taken_at", "takenAt"],
  ["kind", "kind"],
  ["currency", "currency"],
];

export const forecastSnapshotLineColumns: ColumnMap<ForecastSnapshotLineRow> = [
  ["snapshot_id", "snapshotId"],
  ["person_id", "personId"],
  ["manager_id", "managerId"],
  ["motion", "motion"],
  ["category", "category"],
  ["own_call", "ownCall"],
  ["rolled_up", "rolledUp"],
  ["adjusted", "adjusted"],
  ["deals", "deals"],
];

/** The tables held in memory, in an order that satisfies their foreign keys. */
export function inMemoryTables(company: DemoCompany) {
  return [
    table("regions", company.regions, regionColumns),
    table("teams", company.teams, teamColumns),
    table("people", company.people, personColumns),
    table("reporting_lines", company.reportingLines, reportingLineColumns),
    table("team_memberships", company.teamMemberships, teamMembershipColumns),
    table("accounts", company.accounts, accountColumns),
    table("products", company.products, productColumns),
    table("opportunities", company.opportunities, opportunityColumns),
    table("exchange_rates", company.exchangeRates, exchangeRateColumns),
    table("booking_targets", company.bookingTargets, bookingTargetColumns),
    table("marketing_traffic_daily", company.marketingTrafficDaily, trafficColumns),
    table("pipeline_settings", [company.pipelineSettings], pipelineSettingsColumns),
    table("pipeline_stages", company.pipelineStages, pipelineStageColumns),
    table("forecast_periods", company.forecastPeriods, forecastPeriodColumns),
    table("forecast_submissions", company.forecastSubmissions, forecastSubmissionColumns),
    table("forecast_snapshots", company.forecastSnapshots, forecastSnapshotColumns),
    table("forecast_snapshot_lines", company.forecastSnapshotLines, forecastSnapshotLineColumns),
  ];
}

export type TableData = {
  name: string;
  rows: readonly unknown[];
  columns: readonly string[];
  keys: readonly PropertyKey[];
};

function table<Row>(name: string, rows: readonly Row[], columns: ColumnMap<Row>): TableData {
  return { name, rows, columns: columns.map(([c]) => c), keys: columns.map(([, k]) => k) };
}

/** Column map of a streamed chunk's table. */
export function chunkColumns(chunk: DemoChunk): { columns: readonly string[]; keys: readonly PropertyKey[] } {
  const map: ColumnMap<never> = (chunk.table === "opportunity_stage_history"
    ? stageHistoryColumns
    : chunk.table === "order_lines"
      ? orderLineColumns
      : chunk.table === "activities"
        ? activityColumns
        : leadColumns) as unknown as ColumnMap<never>;
  return { columns: map.map(([c]) => c), keys: map.map(([, k]) => k) };
}
