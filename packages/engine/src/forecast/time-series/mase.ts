import { EngineInputError } from "../../errors";

/**
 * Mean absolute scaled error (Hyndman & Koehler 2006): the forecast's MAE divided by the in-sample MAE of the seasonal
 * naive method, mean over t > m of |y_t − y_{t−m}|. Null when that scale is 0 (a series repeating itself exactly)
 * or the history is too short to have one.
 */
export function mase(
  history: readonly number[],
  actual: readonly number[],
  forecast: readonly number[],
  period: number,
): number | null {
  if (actual.length !== forecast.length || actual.length === 0)
    throw new EngineInputError("Actuals and forecasts must be non-empty and of equal length", {
      actual: actual.length,
      forecast: forecast.length,
    });
  const m = history.length > period ? period : 1;
  let scale = 0;
  for (let t = m; t < history.length; t++) scale += Math.abs(history[t]! - history[t - m]!);
  if (history.length <= m || scale === 0) return null;
  scale /= history.length - m;
  let error = 0;
  for (let i = 0; i < actual.length; i++) error += Math.abs(actual[i]! - forecast[i]!);
  return error / actual.length / scale;
}
