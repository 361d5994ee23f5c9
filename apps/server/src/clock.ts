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

/**
 * A clock whose date is pinned to `today`: it starts at noon UTC that day and runs on from there (so time-based
 * limits such as the sign-in rate window still expire), but `today()` keeps answering the pinned date.
 */
export function fixedClock(today: string, elapsedMs: () => number = stopwatch()): Clock {
  const start = new Date(`${today}T12:00:00.000Z`);
  if (Number.isNaN(start.getTime()) || !start.toISOString().startsWith(today)) {
    throw new Error(`Invalid date for the clock: ${today} (expected YYYY-MM-DD)`);
  }
  return { now: () => new Date(start.getTime() + elapsedMs()), today: () => today };
}

function stopwatch(): () => number {
  const origin = performance.now();
  return () => performance.now() - origin;
}
