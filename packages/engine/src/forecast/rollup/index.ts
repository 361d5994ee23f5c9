export { fromCents, toCents } from "./cents";
export { combineMotions } from "./combine-motions";
export { forecastAccuracy, type AccuracyPointInput, type AccuracyResult } from "./forecast-accuracy";
export { mondayOf, mondaysBetween } from "./monday-of";
export { motionOf } from "./motion-of";
export { rollUpForecast } from "./roll-up-forecast";
export * from "./types";
