// Public entry points of the run-rate time-series forecasts (docs/calculations/run-rate-forecast.md).
export { combineForecasts } from "./combine-forecasts";
export { dampedTrendForecast } from "./damped-trend-forecast";
export { isSeasonal } from "./is-seasonal";
export { mase } from "./mase";
export { naive2Forecast } from "./naive2-forecast";
export { seasonalAdjustment } from "./seasonal-adjustment";
export { seasonalNaiveForecast } from "./seasonal-naive-forecast";
export { sesForecast } from "./ses-forecast";
export { fitSes } from "./simple-exponential-smoothing";
export { smape } from "./smape";
export { linearSlope, thetaForecast } from "./theta-forecast";
export { optimisedThetaForecast, THETA_GRID } from "./optimised-theta-forecast";
export type { ForecastOptions, SeriesForecast } from "./types";
