/** The server's notion of "now": injected so that tests and demos can pin the date. */
export type Clock = {
  now(): Date;
  /** Today's calendar date in UTC, `YYYY-MM-DD`. */
  today(): string;
};

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => new Date().toISOString().slice(0, 10),
};

/** A clock stopped at noon UTC on `today` (noon keeps "today" the same in every time zone near UTC). */
export function fixedClock(today: string): Clock {
  const instant = new Date(`${today}T12:00:00.000Z`);
  if (Number.isNaN(instant.getTime()))
    throw new Error(`Invalid date for the clock: ${today} (expected YYYY-MM-DD)`);
  return { now: () => new Date(instant), today: () => today };
}
