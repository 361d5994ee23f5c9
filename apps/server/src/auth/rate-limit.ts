/**
 * Fixed-window attempt counter kept in memory: enough for one server process; a cluster would keep it in PostgreSQL.
 * Used to slow down password guessing on sign-in.
 */
export type RateLimiter = {
  hit(key: string, nowMs: number): { allowed: boolean; retryAfterSeconds: number };
};

export function createRateLimiter(options: { limit: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, nowMs) {
      const current = windows.get(key);
      if (!current || nowMs - current.start >= options.windowMs) {
        if (windows.size > 10_000) windows.clear();
        windows.set(key, { start: nowMs, count: 1 });
        return { allowed: true, retryAfterSeconds: 0 };
      }
      current.count += 1;
      const retryAfterSeconds = Math.ceil((current.start + options.windowMs - nowMs) / 1000);
      return { allowed: current.count <= options.limit, retryAfterSeconds };
    },
  };
}
