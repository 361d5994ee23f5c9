import { EngineInputError } from "../errors";
import { roundAmount } from "../money/round-amount";
import { multiplyAmount } from "../money/multiply-amount";
import { sumAmounts } from "../money/sum-amounts";
import { compareAmounts } from "../money/compare-amounts";

export type WeightedDeal = { amount: string; probability: string };

/**
 * Σ amount × probability: each deal's expected value rounded half up to the currency's minor unit, then summed
 * exactly, so the total always equals the deals listed under it. $10,000 × 50 % = $5,000 (worked examples §11).
 */
export function weightedPipeline(
  deals: readonly WeightedDeal[],
  currency: string,
): { open: string; weighted: string; deals: string[] } {
  const weightedDeals = deals.map((deal) => {
    if (compareAmounts(deal.probability, "0") < 0 || compareAmounts(deal.probability, "1") > 0) {
      throw new EngineInputError(`A probability is 0–1, got ${deal.probability}`, deal.probability);
    }
    return roundAmount(multiplyAmount(deal.amount, deal.probability), currency, "half_up");
  });
  return {
    open: roundAmount(sumAmounts(deals.map((d) => d.amount)), currency, "half_up"),
    weighted: roundAmount(sumAmounts(weightedDeals), currency, "half_up"),
    deals: weightedDeals,
  };
}
