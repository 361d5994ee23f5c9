import { compareAmounts } from "../money/compare-amounts";
import type { StageHistoryEntry } from "./types";

export type StageHistorySummary = {
  /** The day the deal last changed stage (the first history row counts as entering its stage); null without history. */
  stageEnteredOn: string | null;
  /** How many times the close date moved later than the row before's. */
  pushCount: number;
  /** The highest amount the deal has carried (history rows and `currentAmount`), null when none was ever set. */
  peakAmount: string | null;
};

/**
 * The facts the risk flags need from a deal's history, rows oldest first. The server computes the same three facts
 * in SQL (window functions over opportunity_stage_history); this is their definition and its reference.
 */
export function summariseStageHistory(
  history: readonly StageHistoryEntry[],
  currentAmount: string | null,
): StageHistorySummary {
  let stageEnteredOn: string | null = null;
  let pushCount = 0;
  let peakAmount: string | null = currentAmount;
  let previous: StageHistoryEntry | undefined;
  for (const row of history) {
    if (!previous || previous.stage !== row.stage) stageEnteredOn = row.on;
    if (previous?.closeDate && row.closeDate && row.closeDate > previous.closeDate) pushCount++;
    if (row.amount !== null && (peakAmount === null || compareAmounts(row.amount, peakAmount) > 0))
      peakAmount = row.amount;
    previous = row;
  }
  return { stageEnteredOn, pushCount, peakAmount };
}
