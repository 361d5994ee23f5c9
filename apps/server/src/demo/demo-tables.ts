import type { DemoCompany } from "./generate-demo-company";
import type {
  AccountRow,
  ActivityRow,
  BookingTargetRow,
  DemoChunk,
  ExchangeRateRow,
  LeadRow,
  OpportunityRow,
  OrderLineRow,
  PersonRow,
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
