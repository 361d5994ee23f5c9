import type { PotentialAccuracy } from "../../api/segmentation-types";

export type AccuracyMeasure = "mape" | "medianApe" | "wape" | "r2Log";

/** One line of the accuracy table: the model's error, the baseline's, and whether the model does better. */
export type AccuracyRow = {
  measure: AccuracyMeasure;
  model: number;
  baseline: number | null;
  better: boolean | null;
};

/**
 * The model against the naive baseline (industry median) on held-out customers. Errors are better when lower;
 * R² has no baseline (the industry median explains nothing by construction).
 */
export function accuracyRows(accuracy: PotentialAccuracy): AccuracyRow[] {
  const error = (measure: "mape" | "medianApe" | "wape"): AccuracyRow => ({
    measure,
    model: accuracy[measure],
    baseline: accuracy.baseline[measure],
    better: accuracy[measure] < accuracy.baseline[measure],
  });
  return [
    error("mape"),
    error("medianApe"),
    error("wape"),
    { measure: "r2Log", model: accuracy.r2Log, baseline: null, better: null },
  ];
}
