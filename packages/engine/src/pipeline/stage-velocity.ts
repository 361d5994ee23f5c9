import { daysBetween } from "../calendar/dates";
import { divideAmount } from "../money/divide-amount";
import { openStages } from "./open-stages";
import type { PipelineStage, StageHistoryEntry } from "./types";

/** Completed stays in a stage, counted by length in days. */
export type StageVisitCount = { stage: string; days: number; count: number };

export type StageVelocityRow = {
  stage: string;
  deals: number;
  medianDays: number | null;
  meanDays: string | null;
};

/**
 * A deal's completed stays from its history (oldest first): each run of rows in one stage lasts from its first row to
 * the first row of the next stage. The stay in the current stage is still running, so it is not counted.
 */
export function stageVisits(history: readonly StageHistoryEntry[]): StageVisitCount[] {
  const visits: StageVisitCount[] = [];
  let run: StageHistoryEntry | undefined;
  for (const row of history) {
    if (run && run.stage !== row.stage) {
      visits.push({ stage: run.stage, days: daysBetween(run.on, row.on), count: 1 });
      run = row;
    } else if (!run) run = row;
  }
  return visits;
}

/** The median of a histogram of whole days (mean of the two middle values when the count is even). */
export function medianOfCounts(values: readonly { days: number; count: number }[]): number | null {
  const sorted = values.filter((v) => v.count > 0).sort((a, b) => a.days - b.days);
  const n = sorted.reduce((sum, v) => sum + v.count, 0);
  if (n === 0) return null;
  const at = (k: number) => {
    let seen = 0;
    for (const v of sorted) {
      seen += v.count;
      if (seen >= k) return v.days;
    }
    return sorted[sorted.length - 1]?.days ?? 0;
  };
  return n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2;
}

/** Days per open stage: how many completed stays, their median and mean (1 place, half up). */
export function stageVelocity(
  stages: readonly PipelineStage[],
  visits: readonly StageVisitCount[],
): StageVelocityRow[] {
  return openStages(stages).map((stage) => {
    const mine = visits.filter((v) => v.stage === stage.name);
    const deals = mine.reduce((sum, v) => sum + v.count, 0);
    const total = mine.reduce((sum, v) => sum + v.days * v.count, 0);
    return {
      stage: stage.name,
      deals,
      medianDays: medianOfCounts(mine),
      // Never Dec.div: at the engine's precision 10 ÷ 3 would write a billion digits.
      meanDays: deals === 0 ? null : divideAmount(String(total), String(deals), 1, "half_up"),
    };
  });
}
