import type { Currency, RegionKey, Segment } from "./catalog";
import type { CountryCode } from "./cities";

/** Rows of the demo company, one type per table; ids are UUIDs, dates `YYYY-MM-DD`, amounts decimal strings. */

export type RegionRow = {
  id: string;
  externalId: string;
  name: string;
  countryCode: CountryCode;
  currency: Currency;
};

export type TeamRow = {
  id: string;
  externalId: string;
  name: string;
  regionId: string | null;
  parentTeamId: string | null;
};

export type JobRole =
  | "ae"
  | "sdr"
  | "se"
  | "csm"
  | "account_manager"
  | "manager"
  | "director"
  | "executive"
  | "sales_ops"
  | "marketing"
  | "finance"
  | "hr";

export type PersonRow = {
  id: string;
  externalId: string;
  fullName: string;
  email: string;
  jobRole: JobRole;
  title: string;
  hireDate: string;
  leaveDate: string | null;
  rampMonths: number;
  regionId: string | null;
  office: string;
  currency: Currency;
};

export type ReportingLineRow = {
  id: string;
  personId: string;
  managerId: string;
  validFrom: string;
  validTo: string | null;
};

export type TeamMembershipRow = {
  id: string;
  personId: string;
  teamId: string;
  validFrom: string;
  validTo: string | null;
};

export type AccountRow = {
  id: string;
  externalId: string;
  name: string;
  industry: string;
  employees: number;
  annualRevenue: string;
  revenueCurrency: Currency;
  yearEstablished: number;
  countryCode: CountryCode;
  regionId: string;
  city: string;
  postalCode: string;
  latitude: string;
  longitude: string;
  ownerId: string;
};

export type ProductRow = {
  id: string;
  externalId: string;
  name: string;
  family: string;
  listPrice: string;
  currency: Currency;
  recurring: boolean;
};

export type OpportunityRow = {
  id: string;
  externalId: string;
  name: string;
  accountId: string;
  ownerId: string;
  productId: string;
  type: "new_business" | "expansion" | "renewal";
  source: string;
  stage: string;
  status: "open" | "won" | "lost";
  forecastCategory: "pipeline" | "best_case" | "commit" | "closed" | "omitted";
  amount: string;
  currency: Currency;
  createdOn: string;
  closeDate: string;
  leadId: string | null;
  /** What the seller does next and by when (open deals; null when there is none: the deal is flagged). */
  nextStep: string | null;
  nextStepDue: string | null;
  /** MEDDICC item key → checked (demo-pipeline-settings.ts). */
  qualification: Record<string, boolean>;
  /** Buyer contacts engaged (1 = single-threaded). */
  contactCount: number | null;
};

export type StageHistoryRow = {
  id: string;
  opportunityId: string;
  stage: string;
  enteredAt: string;
  amount: string;
  closeDate: string;
  forecastCategory: OpportunityRow["forecastCategory"];
};

export type OrderLineRow = {
  id: string;
  externalId: string;
  orderNumber: string;
  kind: "booking" | "cancellation" | "return";
  originalLineId: string | null;
  bookingDate: string;
  accountId: string;
  opportunityId: string;
  productId: string;
  ownerId: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  currency: Currency;
  /** The service period a subscription line pays for (or the month a services milestone is delivered). */
  serviceStart: string;
  serviceEnd: string;
};

export type BookingTargetRow = {
  id: string;
  personId: string | null;
  month: string;
  amount: string;
  currency: Currency;
};

export type ExchangeRateRow = { currency: Currency; month: string; rate: string };

export type ActivityRow = {
  id: string;
  externalId: string;
  kind: "call" | "email" | "meeting";
  personId: string;
  accountId: string | null;
  opportunityId: string | null;
  leadId: string | null;
  occurredAt: string;
  durationMinutes: number | null;
  emailOpened: boolean | null;
  emailReplied: boolean | null;
  outcome: string | null;
};

export type LeadRow = {
  id: string;
  externalId: string;
  companyName: string;
  source: string;
  campaign: string | null;
  landingPage: string | null;
  status: "new" | "working" | "nurturing" | "mql" | "sql" | "converted" | "disqualified";
  businessSegment: Segment;
  leadType: "inbound" | "outbound";
  countryCode: CountryCode;
  createdOn: string;
  mqlOn: string | null;
  firstContactAt: string | null;
  sqlOn: string | null;
  convertedOn: string | null;
  disqualifiedOn: string | null;
  sdrId: string | null;
  ownerId: string | null;
  accountId: string | null;
  opportunityId: string | null;
};

export type TrafficRow = {
  day: string;
  channel: string;
  visitors: number;
  sessions: number;
  contacts: number;
};

/** Tables whose rows are produced as a stream of chunks rather than held in memory. */
export type StreamedTable = "opportunity_stage_history" | "order_lines" | "activities" | "leads";

/** comp_quotas: a quarterly quota on a measure, in `currency`. */
export type CompQuotaRow = {
  personId: string;
  measure: string;
  periodKey: string;
  amount: string;
  currency: string;
  /** booking_targets (AEs), sourced_bookings (SDRs) or team (the sum of the team's quotas, for its manager). */
  source: string;
};

/** comp_credit_splits: extra credit on an opportunity's order lines (here: SDR-sourced deals, role overlay). */
export type CreditSplitRow = {
  opportunityId: string;
  personId: string;
  share: string;
  role: "split" | "overlay";
};

/** comp_mbo_scores: a manager's score of one objective of an MBO component for a quarter. */
export type MboScoreRow = {
  personId: string;
  periodKey: string;
  component: string;
  objective: string;
  score: string;
  comment: string | null;
  /** A user id; null here (the scoring managers have no sign-in; the comment names them). */
  scoredBy: string | null;
  scoredAt: string;
};

/** pipeline_settings: the workspace's qualification checklist and risk thresholds (one row). */
export type PipelineSettingsRow = {
  qualificationFramework: string;
  qualificationItems: { key: string; label: string }[];
  stalledAfterDays: number;
  pushedAfter: number;
  amountCutShare: string;
  updatedAt: string;
};

export type StageCriteriaValue = {
  requiredFields: (
    | "amount"
    | "close_date"
    | "account"
    | "product"
    | "next_step"
    | "source"
    | "contact_count"
  )[];
  checklist: string[];
};

/** pipeline_stages: one step of the sales process. */
export type PipelineStageRow = {
  id: string;
  name: string;
  position: number;
  outcome: "open" | "won" | "lost";
  probability: string;
  forecastCategory: OpportunityRow["forecastCategory"];
  entryCriteria: StageCriteriaValue;
  exitCriteria: StageCriteriaValue;
  maxDaysInStage: number | null;
};

/** forecast_periods: a fiscal quarter. */
export type ForecastPeriodRow = {
  id: string;
  label: string;
  startsOn: string;
  endsOn: string;
  status: "open" | "closed";
};

/** forecast_submissions: a call (author = subject) or an override (author above the subject), in EUR. */
export type ForecastSubmissionRow = {
  id: string;
  periodId: string;
  authorId: string;
  subjectId: string;
  motion: "new_business" | "expansion_renewal";
  category: "commit" | "best_case" | "pipeline" | "omitted";
  amount: string;
  currency: string;
  note: string | null;
  submittedAt: string;
};

/** forecast_snapshots: the whole forecast of a period as it stood on a Monday (backfilled: kind weekly). */
export type ForecastSnapshotRow = {
  id: string;
  periodId: string;
  takenOn: string;
  takenAt: string;
  kind: "weekly";
  currency: string;
};

/** forecast_snapshot_lines: one person's figures in a snapshot, per motion and category. */
export type ForecastSnapshotLineRow = {
  snapshotId: string;
  personId: string;
  managerId: string | null;
  motion: "new_business" | "expansion_renewal";
  category: string;
  ownCall: string | null;
  rolledUp: string;
  adjusted: string | null;
  deals: string;
};

export type DemoChunk =
  | { table: "opportunity_stage_history"; rows: StageHistoryRow[] }
  | { table: "order_lines"; rows: OrderLineRow[] }
  | { table: "activities"; rows: ActivityRow[] }
  | { table: "leads"; rows: LeadRow[] };

export type { RegionKey, Segment };
