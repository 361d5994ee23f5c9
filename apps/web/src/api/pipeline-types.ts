// Mirrors the "Pipeline" section of docs/forecasting-api.md (server: apps/server/src/pipeline/schemas.ts).
// Amounts and ratios are decimal strings.

export const forecastCategories = ["pipeline", "best_case", "commit", "closed", "omitted"] as const;
export type ForecastCategory = (typeof forecastCategories)[number];
export type ForecastMotion = "new_business" | "expansion_renewal";
export type StageOutcome = "open" | "won" | "lost";
export type OpportunityStatus = "open" | "won" | "lost";
export type OpportunityType = "new_business" | "expansion" | "renewal";

export const criteriaFields = [
  "amount",
  "close_date",
  "account",
  "product",
  "next_step",
  "source",
  "contact_count",
] as const;
export type CriteriaField = (typeof criteriaFields)[number];

export type StageCriteria = { requiredFields: CriteriaField[]; checklist: string[] };

export type PipelineStage = {
  name: string;
  position: number;
  outcome: StageOutcome;
  probability: string;
  forecastCategory: ForecastCategory;
  entryCriteria: StageCriteria;
  exitCriteria: StageCriteria;
  maxDaysInStage: number | null;
};

export type QualificationItem = { key: string; label: string };

export type PipelineSettings = {
  stages: PipelineStage[];
  qualification: { framework: string; items: QualificationItem[] };
  stalledAfterDays: number;
  pushedAfter: number;
  amountCutShare: string;
  updatedAt: string | null;
  /** Stage names found on opportunities but not configured, with how many deals carry each. */
  unknownStages: { stage: string; opportunities: number }[];
};

/** What PUT /api/pipeline/settings takes. */
export type PipelineSettingsInput = Omit<PipelineSettings, "updatedAt" | "unknownStages">;

export const riskFlagKinds = [
  "stalled",
  "pushed",
  "amount_cut",
  "no_next_step",
  "single_contact",
  "past_close_date",
  "unknown_stage",
  "negative_amount",
  "missing_criteria",
  "no_rate",
] as const;
export type RiskFlagKind = (typeof riskFlagKinds)[number];

export type RiskFlag = { kind: RiskFlagKind; message: string };

export type PipelineOpportunity = {
  id: string;
  externalId: string;
  name: string;
  accountId: string | null;
  accountName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  stage: string;
  stageKnown: boolean;
  status: OpportunityStatus;
  type: OpportunityType;
  motion: ForecastMotion;
  source: string | null;
  forecastCategory: ForecastCategory;
  amount: string | null;
  currency: string;
  reportingAmount: string | null;
  probability: string | null;
  weighted: string | null;
  closeDate: string | null;
  createdOn: string | null;
  ageDays: number | null;
  daysInStage: number | null;
  lastActivityOn: string | null;
  pushCount: number;
  nextStep: string | null;
  nextStepDue: string | null;
  contactCount: number | null;
  qualification: Record<string, boolean>;
  flags: RiskFlag[];
};

export type OpportunitySort = "amount" | "closeDate" | "ageDays" | "daysInStage" | "name";
export type SortOrder = "asc" | "desc";

export type OpportunityQuery = {
  status?: OpportunityStatus | "all";
  personId?: string;
  stage?: string;
  flag?: RiskFlagKind;
  motion?: ForecastMotion;
  closeFrom?: string;
  closeTo?: string;
  q?: string;
  sort?: OpportunitySort;
  order?: SortOrder;
  limit: number;
  offset: number;
};

export type OpportunitiesPage = {
  total: number;
  currency: string;
  opportunities: PipelineOpportunity[];
  totals: { amount: string; weighted: string };
};

export type BoardColumn = {
  stage: string;
  probability: string | null;
  count: number;
  amount: string;
  weighted: string;
  flagged: number;
  opportunities: PipelineOpportunity[];
};

export type PipelineBoard = { currency: string; columns: BoardColumn[]; unknownStage: BoardColumn | null };

export type BoardQuery = { personId?: string; motion?: ForecastMotion; closeFrom?: string; closeTo?: string };

export type MissingCriterion = { kind: "field" | "checklist"; key: string; label: string };

export type TimelineEventKind =
  | "created"
  | "stage"
  | "amount"
  | "close_date"
  | "category"
  | "activity"
  | "closed";

export type TimelineEvent = {
  at: string;
  kind: TimelineEventKind;
  stage: string | null;
  amount: string | null;
  closeDate: string | null;
  forecastCategory: string | null;
  previous: string | null;
  activity: { kind: "call" | "email" | "meeting"; personName: string | null; outcome: string | null } | null;
  message: string;
};

export type OpportunityDetail = {
  opportunity: PipelineOpportunity;
  criteria: { stage: string; met: boolean; missing: MissingCriterion[] };
  timeline: TimelineEvent[];
};

export type OpportunityPatch = {
  stage?: string;
  amount?: string;
  closeDate?: string;
  forecastCategory?: ForecastCategory;
  nextStep?: string;
  nextStepDue?: string;
  qualification?: Record<string, boolean>;
  contactCount?: number;
};

export type AnalyticsGroupBy = "segment" | "source" | "owner" | "type";

export type AgeingBucket = "0-30" | "31-60" | "61-90" | "91-180" | "181+";

export type PipelineAnalytics = {
  currency: string;
  from: string;
  to: string;
  conversion: {
    stage: string;
    entered: number;
    advanced: number;
    won: number;
    lost: number;
    conversionToNext: string | null;
    conversionToWon: string | null;
  }[];
  velocity: { stage: string; deals: number; medianDays: number | null; meanDays: string | null }[];
  ageing: { bucket: AgeingBucket; count: number; amount: string }[];
  summary: {
    won: number;
    lost: number;
    winRate: string | null;
    averageDeal: string | null;
    cycleMedianDays: number | null;
  };
  groups: {
    key: string;
    label: string;
    won: number;
    lost: number;
    open: number;
    winRate: string | null;
    averageDeal: string | null;
    cycleMedianDays: number | null;
    openAmount: string;
  }[];
};

export type AnalyticsQuery = { personId?: string; from?: string; to?: string; by: AnalyticsGroupBy };

export type PipelineCoverage = {
  currency: string;
  period: { id: string; label: string; startsOn: string; endsOn: string };
  target: string;
  closedWon: string;
  remaining: string;
  openPipeline: string;
  weightedPipeline: string;
  coverage: string | null;
  winRate: string | null;
  requiredCoverage: string | null;
  expectedFromPipeline: string | null;
  expectedShareOfRemaining: string | null;
  gap: string | null;
  byMotion: { motion: ForecastMotion; closedWon: string; openPipeline: string }[];
};

export type CoverageQuery = { period?: string; personId?: string; motion?: ForecastMotion };
