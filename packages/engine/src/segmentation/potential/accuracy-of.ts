import { median } from "./quantile";

export type Errors = { mape: number; medianApe: number; wape: number };

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

/** MAPE, median APE and WAPE (Σ|error| ÷ Σ actual) of predictions against positive actuals, 4 decimals. */
export function errorsOf(predictions: readonly number[], actuals: readonly number[]): Errors {
  const apes = actuals.map((actual, i) => Math.abs((predictions[i] ?? 0) - actual) / actual);
  const absolute = actuals.reduce((sum, actual, i) => sum + Math.abs((predictions[i] ?? 0) - actual), 0);
  const total = actuals.reduce((sum, actual) => sum + actual, 0);
  return {
    mape: round4(apes.reduce((sum, ape) => sum + ape, 0) / apes.length),
    medianApe: round4(median(apes)),
    wape: round4(absolute / total),
  };
}

/** R² of logs: 1 − Σ(y − ŷ)² ÷ Σ(y − ȳ)², ȳ the held-out mean; 0 when the held-out logs do not vary. */
export function r2OfLogs(predictedLogs: readonly number[], actualLogs: readonly number[]): number {
  const mean = actualLogs.reduce((sum, y) => sum + y, 0) / actualLogs.length;
  const residual = actualLogs.reduce((sum, y, i) => sum + (y - (predictedLogs[i] ?? 0)) ** 2, 0);
  const spread = actualLogs.reduce((sum, y) => sum + (y - mean) ** 2, 0);
  return spread === 0 ? 0 : round4(1 - residual / spread);
}
