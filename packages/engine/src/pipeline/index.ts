// Pipeline analytics and risk flags (docs/calculations/pipeline.md).
export { checkPipelineSettings, type SettingsProblem } from "./check-pipeline-settings";
export { checkStageCriteria, criteriaFieldLabels } from "./check-stage-criteria";
export { checkStageMove, type StageMoveCheck } from "./check-stage-move";
export { defaultRiskThresholds, meddiccChecklist } from "./default-pipeline-config";
export { flagOpportunityRisks, type OpportunityRiskFacts } from "./flag-opportunity-risks";
export { inferPipelineStages, type ObservedStage } from "./infer-pipeline-stages";
export {
  type AgeCount,
  type AgeingBucket,
  ageingBucketOf,
  ageingBuckets,
  pipelineAgeing,
} from "./pipeline-ageing";
export { type CoverageInput, type PipelineCoverage, pipelineCoverage } from "./pipeline-coverage";
export { type ReachedCount, type StageConversionRow, stageConversion } from "./stage-conversion";
export {
  medianOfCounts,
  type StageVelocityRow,
  type StageVisitCount,
  stageVelocity,
  stageVisits,
} from "./stage-velocity";
export { type StageHistorySummary, summariseStageHistory } from "./summarise-stage-history";
export type * from "./types";
export { weightedPipeline, type WeightedDeal } from "./weighted-pipeline";
export { type OutcomeCount, type WinRateFigures, type WinRateGroup, winRates } from "./win-rates";
