import { EngineInputError } from "../../errors";
import { fitCloseTiming } from "./close-timing";
import { encodeRow, featureNamesOf, fitFeatureEncoder } from "./encode-features";
import { dot, fitLogisticRegression, sigmoid } from "./fit-logistic-regression";
import { fitPlattScaling } from "./fit-platt-scaling";
import { fitStageBaseline } from "./stage-baseline";
import type { WinExample, WinModel } from "./types";

export type TrainWinModelOptions = {
  /** L2 penalty on standardised features (default 1). */
  lambda?: number;
  /** Share of the training states, the latest by date, held out to fit the Platt calibration (default 0.2). */
  calibrationShare?: number;
  /** The step the examples were built with, kept so scoring can explain itself. */
  stepDays: number;
  minLevelCount?: number;
};

/**
 * Fits the model on the earlier states and calibrates it on the later ones (an out-of-time slice, as the model
 * will be used), then fits the stage baseline and the close-timing distribution on all training states.
 */
export function trainWinModel(examples: readonly WinExample[], options: TrainWinModelOptions): WinModel {
  const labelled = examples.filter((example) => example.won !== null);
  if (labelled.length === 0)
    throw new EngineInputError("No closed deals to train the win-probability model on", 0);
  // Split by date, not by position, so states of the same day fall on the same side whatever the input order.
  const days = labelled.map((example) => example.on).sort();
  const share = options.calibrationShare ?? 0.2;
  const splitDay = days[Math.min(days.length - 1, Math.round(days.length * (1 - share)))] as string;
  let fitRows = labelled.filter((example) => example.on < splitDay);
  let calibrationRows = labelled.filter((example) => example.on >= splitDay);
  if (fitRows.length === 0) {
    fitRows = [...labelled];
    calibrationRows = [];
  }

  const encoder = fitFeatureEncoder(fitRows, { minLevelCount: options.minLevelCount });
  const lambda = options.lambda ?? 1;
  const fit = fitLogisticRegression(
    fitRows.map((row) => encodeRow(encoder, row)),
    fitRows.map((row) => row.won === true),
    { lambda },
  );
  const raw = calibrationRows.map((row) => sigmoid(dot(encodeRow(encoder, row), fit.coefficients)));
  const calibration = fitPlattScaling(
    raw,
    calibrationRows.map((row) => row.won === true),
  );
  return {
    kind: "logistic-l2-platt",
    encoder,
    featureNames: featureNamesOf(encoder),
    coefficients: fit.coefficients,
    lambda,
    calibration,
    baseline: fitStageBaseline(labelled),
    timing: fitCloseTiming(labelled),
    stepDays: options.stepDays,
  };
}
