/** Pipeline types shared by the engine's pipeline functions (docs/calculations/pipeline.md). */

export type StageOutcome = "open" | "won" | "lost";
export type PipelineForecastCategory = "pipeline" | "best_case" | "commit" | "closed" | "omitted";
export type CriteriaField =
  | "amount"
  | "close_date"
  | "account"
  | "product"
  | "next_step"
  | "source"
  | "contact_count";

export type StageCriteriaRule = { requiredFields: CriteriaField[]; checklist: string[] };

export type PipelineStage = {
  name: string;
  position: number;
  outcome: StageOutcome;
  /** Default win probability, a decimal string 0–1. */
  probability: string;
  forecastCategory: PipelineForecastCategory;
  entryCriteria: StageCriteriaRule;
  exitCriteria: StageCriteriaRule;
  maxDaysInStage: number | null;
};

export type QualificationChecklist = { framework: string; items: { key: string; label: string }[] };

/** The workspace's pipeline configuration, as the engine needs it. */
export type PipelineConfig = {
  stages: PipelineStage[];
  qualification: QualificationChecklist;
  stalledAfterDays: number;
  pushedAfter: number;
  /** Share 0–1 (decimal string) the amount must fall below its peak to be flagged. */
  amountCutShare: string;
};

/** What the criteria look at on a deal: which fields are filled and which checklist items are ticked. */
export type CriteriaFacts = {
  amount: string | null;
  closeDate: string | null;
  accountId: string | null;
  productId: string | null;
  nextStep: string | null;
  source: string | null;
  contactCount: number | null;
  qualification: Record<string, boolean>;
};

export type MissingCriterion = { kind: "field" | "checklist"; key: string; label: string };

export type RiskFlagKind =
  | "stalled"
  | "pushed"
  | "amount_cut"
  | "no_next_step"
  | "single_contact"
  | "past_close_date"
  | "unknown_stage"
  | "negative_amount"
  | "missing_criteria"
  | "no_rate";

export type RiskFlag = { kind: RiskFlagKind; message: string };

/** One row of a deal's history: the deal's values after a change (stage, amount, close date or category). */
export type StageHistoryEntry = {
  /** Day of the change, YYYY-MM-DD. */
  on: string;
  stage: string;
  amount: string | null;
  closeDate: string | null;
};
