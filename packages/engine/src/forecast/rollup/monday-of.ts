import { addDays, daysBetween } from "../../calendar/dates";

// 1970-01-05 was a Monday: the distance from it, modulo 7, is the weekday (0 = Monday).
const A_MONDAY = "1970-01-05";

/** The Monday of the ISO week containing `date` (weeks start on Monday): 2026-03-15 (a Sunday) → 2026-03-09. */
export function mondayOf(date: string): string {
  const weekday = (((daysBetween(A_MONDAY, date) % 7) + 7) % 7) as number;
  return addDays(date, -weekday);
}

/** Every Monday from the week of `from` to the week of `to`, oldest first (the weekly snapshot days of a period). */
export function mondaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = mondayOf(from); d <= to; d = addDays(d, 7)) days.push(d);
  return days;
}
