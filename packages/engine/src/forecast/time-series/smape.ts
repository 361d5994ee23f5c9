import { EngineInputError } from "../../errors";

/**
 * Symmetric MAPE as in the M3 competition, in percent: mean over points of 200·|y − f| / (|y| + |f|); a point where
 * both are 0 counts as 0 error.
 */
export function smape(actual: readonly number[], forecast: readonly number[]): number {
  if (actual.length !== forecast.length || actual.length === 0)
    throw new EngineInputError("Actuals and forecasts must be non-empty and of equal length", {
      actual: actual.length,
      forecast: forecast.length,
    });
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const y = actual[i]!;
    const f = forecast[i]!;
    const denominator = Math.abs(y) + Math.abs(f);
    sum += denominator === 0 ? 0 : (200 * Math.abs(y - f)) / denominator;
  }
  return sum / actual.length;
}
