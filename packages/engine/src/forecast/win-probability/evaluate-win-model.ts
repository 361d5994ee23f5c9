import { predictWinProbability } from "./predict-win-probability";
import { stageBaselineProbability } from "./stage-baseline";
import type { WinExample, WinMetrics, WinModel } from "./types";
import { winMetricsOf } from "./win-metrics";

/** The model and the stage-only baseline scored on the same held-out states. */
export function evaluateWinModel(
  model: WinModel,
  examples: readonly WinExample[],
): { model: WinMetrics; baseline: WinMetrics; tested: number } {
  const labelled = examples.filter((example) => example.won !== null);
  const labels = labelled.map((example) => example.won === true);
  const predicted = labelled.map((example) => predictWinProbability(model, example));
  const baseline = labelled.map((example) => stageBaselineProbability(model.baseline, example.stage));
  return {
    model: winMetricsOf(predicted, labels),
    baseline: winMetricsOf(baseline, labels),
    tested: labelled.length,
  };
}
