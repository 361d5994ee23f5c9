/** A point forecast with its prediction interval, all as plain floats (money is rounded by the caller). */
export type SeriesForecast = {
  method: string;
  mean: number[];
  lower: number[];
  upper: number[];
};

export type ForecastOptions = {
  /** Steps ahead to forecast (≥ 1). */
  horizon: number;
  /** Observations per seasonal cycle (12 for monthly data, 1 for none). */
  period: number;
  /** Two-sided coverage of the prediction interval; default 0.8 (the p10–p90 band). */
  level?: number;
};
