import { daysBetween } from "../calendar/dates";
import { Dec, toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";

/** A point of a goal's path: `value` is due by the end of day `day` (days counted from the start, 0 = before it). */
type PathPoint = { day: number; value: Dec };

/**
 * What a goal's pace requires by the end of `today` (docs/goals.md, "Progress"): a line from `start` at the
 * beginning of `startsOn` through each milestone's target at the end of its due day to the target at the end of
 * the deadline, read at the end of `today` (clamped to the goal's days), rounded to `places` (ties away from zero)
 * in one division. Milestones are taken in due-date order; one due on the deadline gives way to the goal's target.
 */
export function expectedByDay(params: {
  start: string;
  target: string;
  startsOn: string;
  deadline: string;
  milestones: readonly { dueOn: string; target: string }[];
  today: string;
  places: number;
}): string {
  const { startsOn } = params;
  const end = daysBetween(startsOn, params.deadline) + 1;
  const path: PathPoint[] = [{ day: 0, value: toDec(params.start) }];
  const ordered = [...params.milestones].sort((a, b) => daysBetween(b.dueOn, a.dueOn));
  for (const milestone of ordered) {
    const day = daysBetween(startsOn, milestone.dueOn) + 1;
    if (day < end) path.push({ day, value: toDec(milestone.target) });
  }
  path.push({ day: end, value: toDec(params.target) });
  const now = Math.min(Math.max(daysBetween(startsOn, params.today) + 1, 0), end);
  const index = path.findIndex((point) => point.day >= now);
  const to = path[index] ?? path[path.length - 1];
  const from = path[Math.max(index - 1, 0)];
  if (to === undefined || from === undefined || to.day === from.day) {
    return divideDec(to?.value ?? new Dec(0), new Dec(1), params.places, "half_up");
  }
  // from + (to − from) × (now − from.day) ÷ (to.day − from.day), as one exact numerator over one divisor.
  const span = to.day - from.day;
  const numerator = from.value.times(span).plus(to.value.minus(from.value).times(now - from.day));
  return divideDec(numerator, new Dec(span), params.places, "half_up");
}
