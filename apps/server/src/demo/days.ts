/** Calendar arithmetic on day numbers (days since 1970-01-01, UTC): fast, exact, no time zones, no clock. */

const msPerDay = 86_400_000;

export function toDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  const [, y, m, d] = match;
  const day = Date.UTC(Number(y), Number(m) - 1, Number(d)) / msPerDay;
  if (fromDay(day) !== iso) throw new Error(`Not a calendar date: "${iso}"`);
  return day;
}

// Formatting a date is the hottest call of the generator (millions at scale 10); the same few thousand days recur.
const formatted = new Map<number, string>();

export function fromDay(day: number): string {
  let text = formatted.get(day);
  if (text === undefined) {
    text = new Date(day * msPerDay).toISOString().slice(0, 10);
    formatted.set(day, text);
  }
  return text;
}

export function dayOf(year: number, month: number, dayOfMonth = 1): number {
  return Date.UTC(year, month - 1, dayOfMonth) / msPerDay;
}

export function yearOf(day: number): number {
  return new Date(day * msPerDay).getUTCFullYear();
}

/** Month 1–12. */
export function monthOf(day: number): number {
  return new Date(day * msPerDay).getUTCMonth() + 1;
}

export function dayOfMonth(day: number): number {
  return new Date(day * msPerDay).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** Moves a weekend day to the Friday before or the Monday after. */
export function toWorkday(day: number, forward = false): number {
  const w = weekday(day);
  if (w === 6) return forward ? day + 2 : day - 1;
  if (w === 0) return forward ? day + 1 : day - 2;
  return day;
}

export function daysInMonth(year: number, month: number): number {
  return dayOf(year, month + 1) - dayOf(year, month);
}

/** Months since year 0, so months can be counted and compared as integers. */
export function monthIndex(day: number): number {
  return yearOf(day) * 12 + monthOf(day) - 1;
}

export function monthStart(index: number): number {
  return dayOf(Math.floor(index / 12), (index % 12) + 1);
}

/** A timestamp for COPY: `YYYY-MM-DD HH:MM:00+00`, from a day and minutes after midnight UTC. */
export function timestamp(day: number, minuteOfDay: number): string {
  const extraDays = Math.floor(minuteOfDay / 1440);
  const minutes = minuteOfDay - extraDays * 1440;
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${fromDay(day + extraDays)} ${hh}:${mm}:00+00`;
}

/** Adds calendar months, clamping the day to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const index = monthIndex(day) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayOf(year, month, Math.min(dayOfMonth(day), daysInMonth(year, month)));
}
