import { EngineInputError } from "../../errors";
import type { SeriesForecast } from "./types";

/** The equal-weight mean of several forecasts of the same horizon, point by point (bounds averaged the same way). */
export function combineForecasts(method: string, forecasts: readonly SeriesForecast[]): SeriesForecast {
  const first = forecasts[0];
  if (!first) throw new EngineInputError("Nothing to combine", forecasts);
  const horizon = first.mean.length;
  if (forecasts.some((f) => f.mean.length !== horizon))
    throw new EngineInputError(
      "Forecasts to combine must share a horizon",
      forecasts.map((f) => f.mean.length),
    );
  const average = (pick: (f: SeriesForecast) => number[]) =>
    Array.from(
      { length: horizon },
      (_, h) => forecasts.reduce((sum, f) => sum + pick(f)[h]!, 0) / forecasts.length,
    );
  return {
    method,
    mean: average((f) => f.mean),
    lower: average((f) => f.lower),
    upper: average((f) => f.upper),
  };
}
