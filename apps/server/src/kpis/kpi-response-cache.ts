/**
 * The KPI responses computed recently, in process: keyed by workspace, facts version, the resolved request (scope
 * included) and the query, so a data change (a new version) never serves an old figure. Bounded, least recently used
 * first out; identical concurrent misses share one promise (20 clients opening one dashboard cost one computation).
 * A failed computation is not kept.
 */
export class KpiResponseCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly maxEntries: number) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return pending;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The one cache of the process's KPI reads. */
export const kpiResponseCache = new KpiResponseCache(500);
