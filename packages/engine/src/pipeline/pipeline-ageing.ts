import { roundAmount } from "../money/round-amount";
import { sumAmounts } from "../money/sum-amounts";

export const ageingBuckets = ["0-30", "31-60", "61-90", "91-180", "181+"] as const;
export type AgeingBucket = (typeof ageingBuckets)[number];

/** Open deals of one age in days (today − created on), with their summed reporting amount. */
export type AgeCount = { ageDays: number; deals: number; amount: string };

export function ageingBucketOf(ageDays: number): AgeingBucket {
  if (ageDays <= 30) return "0-30";
  if (ageDays <= 60) return "31-60";
  if (ageDays <= 90) return "61-90";
  if (ageDays <= 180) return "91-180";
  return "181+";
}

/** Open deals by age bucket (a deal created "in the future" counts as 0–30), amounts to the cent. */
export function pipelineAgeing(
  ages: readonly AgeCount[],
  currency: string,
): { bucket: AgeingBucket; count: number; amount: string }[] {
  return ageingBuckets.map((bucket) => {
    const mine = ages.filter((a) => ageingBucketOf(a.ageDays) === bucket);
    return {
      bucket,
      count: mine.reduce((sum, a) => sum + a.deals, 0),
      amount: roundAmount(sumAmounts(mine.map((a) => a.amount)), currency, "half_up"),
    };
  });
}
