import type { PotentialAccuracy } from "../types";
import { errorsOf, r2OfLogs } from "./accuracy-of";
import type { Customer, PotentialModel } from "./fit-potential-model";
import { median } from "./quantile";

/**
 * The model's errors on customers it never saw (median prediction, no headroom), and the naive baseline's: each
 * industry's median bookings among the training customers (all training customers' median for an unseen industry).
 */
export function heldOutAccuracy(
  model: PotentialModel,
  training: readonly Customer[],
  testing: readonly Customer[],
): PotentialAccuracy {
  const byIndustry = new Map<string | null, number[]>();
  for (const c of training) {
    const list = byIndustry.get(c.account.industry) ?? [];
    list.push(c.bookings);
    byIndustry.set(c.account.industry, list);
  }
  const industryMedian = new Map([...byIndustry].map(([industry, list]) => [industry, median(list)]));
  const overall = median(training.map((c) => c.bookings));
  const actuals = testing.map((c) => c.bookings);
  const predictedLogs = testing.map((c) => model.predictLog(c.account, c.logs));
  const baseline = testing.map((c) => industryMedian.get(c.account.industry) ?? overall);
  return {
    trainedOn: training.length,
    heldOut: testing.length,
    ...errorsOf(predictedLogs.map(Math.exp), actuals),
    r2Log: r2OfLogs(predictedLogs, actuals.map(Math.log)),
    baseline: errorsOf(baseline, actuals),
  };
}
