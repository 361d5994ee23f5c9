import { addDays } from "../../calendar/dates";
import { dayNumber } from "./day-number";
import type { CloseTiming, WinExample } from "./types";

const MAX_POINTS = 101;
const MIN_STAGE_SAMPLES = 5;

/**
 * The empirical distribution of days from entering a stage to closing, of won deals (the period forecast multiplies
 * it with the win probability, so it is the timing given a win), kept as at most 101 quantiles per stage.
 */
export function fitCloseTiming(examples: readonly WinExample[]): CloseTiming {
  const byStage = new Map<string, number[]>();
  const all: number[] = [];
  for (const example of examples) {
    if (example.won !== true || example.daysInStage !== 0 || example.daysToClose === null) continue;
    const list = byStage.get(example.stage) ?? [];
    list.push(example.daysToClose);
    byStage.set(example.stage, list);
    all.push(example.daysToClose);
  }
  const result: Record<string, number[]> = {};
  for (const [stage, list] of [...byStage].sort(([a], [b]) => (a < b ? -1 : 1)))
    result[stage] = quantilesOf(list);
  return { byStage: result, all: quantilesOf(all) };
}

/**
 * The chance an open deal closes within [startsOn, endsOn], and when it is expected to (asOf + the median remaining
 * days), from the won deals that had stayed at least as long in its stage: remaining = days to close − days in stage.
 * With no such history, the deal's own close date decides (a past one counts as today): probability 1 or 0.
 */
export function closeTimingOf(
  timing: CloseTiming,
  deal: { stage: string; daysInStage: number; closeDate: string | null },
  window: { asOf: string; startsOn: string; endsOn: string },
): { closeInPeriodProbability: number; expectedCloseDate: string | null } {
  const samples =
    (timing.byStage[deal.stage]?.length ?? 0) >= MIN_STAGE_SAMPLES
      ? (timing.byStage[deal.stage] as number[])
      : timing.all;
  const remaining = samples.filter((days) => days >= deal.daysInStage).map((days) => days - deal.daysInStage);
  if (remaining.length === 0) return closeDateTiming(deal.closeDate, window);
  // In whole days from asOf, so each sample is compared as a number (no date arithmetic per sample).
  const lower = Math.max(dayNumber(window.startsOn) - dayNumber(window.asOf), 0);
  const upper = dayNumber(window.endsOn) - dayNumber(window.asOf);
  let inside = 0;
  for (const days of remaining) if (days >= lower && days <= upper) inside += 1;
  return {
    closeInPeriodProbability: inside / remaining.length,
    expectedCloseDate: addDays(window.asOf, median(remaining)),
  };
}

/** Without a model: the deal closes on its close date (today when that is past or missing). */
export function closeDateTiming(
  closeDate: string | null,
  window: { asOf: string; startsOn: string; endsOn: string },
): { closeInPeriodProbability: number; expectedCloseDate: string | null } {
  const on = closeDate === null || closeDate < window.asOf ? window.asOf : closeDate;
  return {
    closeInPeriodProbability: on >= window.startsOn && on <= window.endsOn ? 1 : 0,
    expectedCloseDate: on,
  };
}

function quantilesOf(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length <= MAX_POINTS) return sorted;
  return Array.from(
    { length: MAX_POINTS },
    (_, i) => sorted[Math.round((i * (sorted.length - 1)) / (MAX_POINTS - 1))] as number,
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}
