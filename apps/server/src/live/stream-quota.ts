/**
 * Concurrent event streams per user: a storm of tabs (or a client reconnecting in a loop without closing) must not
 * hold the server's sockets. `acquire` returns a release function, or null when the user is at the limit.
 */
export function createStreamQuota(limit: number) {
  const open = new Map<string, number>();
  return {
    limit,
    acquire(userId: string): (() => void) | null {
      const count = open.get(userId) ?? 0;
      if (count >= limit) return null;
      open.set(userId, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(userId) ?? 1) - 1;
        if (left > 0) open.set(userId, left);
        else open.delete(userId);
      };
    },
    openStreams: (userId: string) => open.get(userId) ?? 0,
  };
}

export type StreamQuota = ReturnType<typeof createStreamQuota>;
