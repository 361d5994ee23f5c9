import type { AttainmentDistribution, FairnessRepResult } from "../types";

/**
 * When a quota is flagged. too_high: less than a 30% chance of reaching the threshold — the rep will most likely
 * miss even the rule of thumb's floor. too_low: the 10th percentile of attainment is at or above 100% — the rep
 * beats quota in at least nine draws out of ten, so the quota asks for nothing the pipeline and history do not
 * already promise.
 */
export const OUTLIER_RULE = { tooHighBelowPThreshold: 0.3, tooLowP10AtLeast: 1 } as const;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function classifyOutlier(
  distribution: AttainmentDistribution,
  threshold: number,
): FairnessRepResult["outlier"] {
  if (distribution.pThreshold < OUTLIER_RULE.tooHighBelowPThreshold) {
    return {
      kind: "too_high",
      reason: `${percent(distribution.pThreshold)} chance of reaching ${percent(threshold)} of quota (flagged below ${percent(OUTLIER_RULE.tooHighBelowPThreshold)})`,
    };
  }
  if (distribution.p10 >= OUTLIER_RULE.tooLowP10AtLeast) {
    return {
      kind: "too_low",
      reason: `attainment is at least ${percent(distribution.p10)} in 90% of draws (flagged when the 10th percentile reaches ${percent(OUTLIER_RULE.tooLowP10AtLeast)})`,
    };
  }
  return null;
}
