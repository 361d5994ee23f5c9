import { EngineInputError } from "../../errors";
import type { ForecastOptions } from "./types";

/** Refuses what no method here can forecast: empty or non-finite series, a horizon or period that is not a positive integer. */
export function checkSeries(y: readonly number[], options: ForecastOptions, minimum = 1): void {
  if (y.length < minimum)
    throw new EngineInputError(`A series needs at least ${minimum} observations`, y.length);
  const bad = y.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) throw new EngineInputError(`Observation ${bad} is not a finite number`, y[bad]);
  if (!Number.isInteger(options.horizon) || options.horizon < 1)
    throw new EngineInputError("The horizon must be a positive integer", options.horizon);
  if (!Number.isInteger(options.period) || options.period < 1)
    throw new EngineInputError("The period must be a positive integer", options.period);
  const level = options.level ?? 0.8;
  if (!(level > 0 && level < 1))
    throw new EngineInputError("The interval level must be between 0 and 1", level);
}
