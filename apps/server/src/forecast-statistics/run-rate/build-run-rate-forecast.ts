import {
  mase,
  optimisedThetaForecast,
  roundAmount,
  roundTo,
  type SeriesForecast,
  seasonalNaiveForecast,
  shiftMonth,
  smape,
} from "@attain/engine";
import { arimaForecast } from "./arima-forecast";
import type { ArimaConstructor } from "./load-arima";
import type { RunRateForecast } from "./schemas";

export const PERIOD = 12;
export const HOLDOUT_MONTHS = 6;
/** θ is chosen on the last year whatever `months` asks, so 6 months ahead are the start of 12 months ahead. */
const THETA_HOLDOUT = 12;
/** The holdout needs something to fit on first: at least a year before the 6 months held out. */
const MIN_MONTHS_FOR_HOLDOUT = HOLDOUT_MONTHS + 12;

type Input = {
  currency: string;
  history: { month: string; amount: string }[];
  months: number;
  ARIMA: ArimaConstructor | null;
};

/**
 * Fits on the complete months (floats inside the models), forecasts `months` ahead with Theta (θ chosen on a
 * holdout; 80 % interval = p10–p90), seasonal naive and, when the package is there, SARIMA; then re-fits each on all
 * but the last 6 months to measure sMAPE and MASE on them. Amounts are rounded half-up to the currency's minor unit.
 */
export function buildRunRateForecast(
  input: Input,
): Omit<RunRateForecast, "currency" | "history" | "currentMonth"> {
  const y = input.history.map((point) => Number(point.amount));
  const notes: string[] = [];
  const money = (value: number) => roundAmount(value.toFixed(6), input.currency, "half_up");
  const last = input.history.at(-1)?.month;
  if (!last || y.length < 2) {
    notes.push(
      y.length === 0
        ? "No complete month of bookings yet: nothing to forecast."
        : "Only one complete month of bookings: too little to fit a model.",
    );
    return { forecast: [], method: "none", holdout: null, notes };
  }
  const options = { horizon: input.months, period: PERIOD };
  const theta = optimisedThetaForecast(y, { ...options, holdout: THETA_HOLDOUT });
  const naive = seasonalNaiveForecast(y, options);
  const arima = input.ARIMA ? arimaForecast(input.ARIMA, y, input.months, PERIOD) : null;
  if (!input.ARIMA) notes.push("SARIMA not shown: the `arima` package is not installed.");
  else if (!arima) notes.push("SARIMA not shown: the `arima` package could not fit this series.");
  if (y.length < 2 * PERIOD + 1)
    notes.push(
      `Seasonality not tested: it needs more than ${2 * PERIOD} complete months (there are ${y.length}).`,
    );

  const forecast = theta.mean.map((value, h) => ({
    month: shiftMonth(last, h + 1),
    theta: money(value),
    low: money(theta.lower[h]!),
    high: money(theta.upper[h]!),
    arima: arima ? money(arima[h]!) : null,
    seasonalNaive: money(naive.mean[h]!),
  }));

  let holdout: RunRateForecast["holdout"] = null;
  if (y.length >= MIN_MONTHS_FOR_HOLDOUT) {
    const fit = y.slice(0, -HOLDOUT_MONTHS);
    const actual = y.slice(-HOLDOUT_MONTHS);
    const holdoutOptions = { horizon: HOLDOUT_MONTHS, period: PERIOD };
    const score = (predicted: number[]) => {
      const scaled = mase(fit, actual, predicted, PERIOD);
      return {
        smape: roundTo(smape(actual, predicted).toFixed(6), 2, "half_up"),
        mase: scaled === null ? null : roundTo(scaled.toFixed(6), 3, "half_up"),
      };
    };
    const arimaHoldout = input.ARIMA ? arimaForecast(input.ARIMA, fit, HOLDOUT_MONTHS, PERIOD) : null;
    holdout = {
      months: HOLDOUT_MONTHS,
      theta: score(optimisedThetaForecast(fit, { ...holdoutOptions, holdout: THETA_HOLDOUT }).mean),
      seasonalNaive: score(seasonalNaiveForecast(fit, holdoutOptions).mean),
      arima: arimaHoldout ? score(arimaHoldout) : null,
    };
  } else {
    notes.push(
      `No holdout accuracy: it needs ${MIN_MONTHS_FOR_HOLDOUT} complete months (the last ${HOLDOUT_MONTHS} held out), there are ${y.length}.`,
    );
  }
  return { forecast, method: describe(theta, y.length, input.history[0]!.month, last), holdout, notes };
}

function describe(
  theta: SeriesForecast & { theta: number; chosen: boolean },
  months: number,
  from: string,
  to: string,
): string {
  const how = theta.chosen
    ? `θ = ${theta.theta}, chosen on the last months of the fit`
    : "θ = 2, the classical method: too few months to choose θ";
  return `Theta (${how}; 80 % interval) on ${months} complete months ${from}…${to}`;
}
