// Win probability of open deals from history, close timing, and the period's expected value with an interval.
export { buildWinExamples, openDealState, openDealStates } from "./build-win-examples";
export { closeDateTiming, closeTimingOf, fitCloseTiming } from "./close-timing";
export { encodeRow, featureNamesOf, fitFeatureEncoder } from "./encode-features";
export { evaluateWinModel } from "./evaluate-win-model";
export {
  dealExpectedValue,
  expectedPeriodValue,
  type PeriodDeal,
  roundProbability,
} from "./expected-period-value";
export { fitLogisticRegression } from "./fit-logistic-regression";
export { applyPlattScaling, fitPlattScaling } from "./fit-platt-scaling";
export { dealMoments, normalPeriodInterval } from "./normal-period-interval";
export { createOwnerHistory, type OwnerClosedDeal, type OwnerRecord } from "./owner-history";
export { predictWinProbability } from "./predict-win-probability";
export { type PeriodSimulation, type SimulatedDeal, simulatePeriodOutcome } from "./simulate-period-outcome";
export { fitStageBaseline, stageBaselineProbability } from "./stage-baseline";
export { type TrainWinModelOptions, trainWinModel } from "./train-win-model";
export type * from "./types";
export { areaUnderRocCurve, brierScore, calibrationTable, winMetricsOf } from "./win-metrics";
