import type { WinMetrics } from "@attain/engine";
import type { WinModelSummary } from "./schemas";

/** What win_probability_models.metrics holds. */
export type StoredWinMetrics = {
  trainedOn: number;
  testedOn: number;
  trainStates: number;
  testStates: number;
  model: WinMetrics;
  baseline: WinMetrics;
};

const ratio = (value: number | null) => (value === null ? "0.0000" : value.toFixed(4));

export function toWinModelSummary(row: {
  id: string;
  createdAt: Date;
  cutoff: string;
  config: Record<string, unknown>;
  metrics: Record<string, unknown>;
}): WinModelSummary {
  const metrics = row.metrics as unknown as StoredWinMetrics;
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    cutoff: row.cutoff,
    trainedOn: metrics.trainedOn,
    testedOn: metrics.testedOn,
    features: (row.config.features as string[] | undefined) ?? [],
    metrics: {
      auc: ratio(metrics.model.auc),
      brier: ratio(metrics.model.brier),
      baseline: { auc: ratio(metrics.baseline.auc), brier: ratio(metrics.baseline.brier) },
      calibration: metrics.model.calibration.map((bin) => ({
        bin: bin.bin,
        predicted: bin.predicted === null ? null : bin.predicted.toFixed(4),
        observed: bin.observed === null ? null : bin.observed.toFixed(4),
        count: bin.count,
      })),
    },
  };
}
