import type { AttainDatabase, Unlisten } from "@attain/db";
import type { Clock } from "../clock";
import { DATA_CHANGED_CHANNEL, type DataChangeEvent, parseDataChangePayload } from "./data-change";
import { readFactsVersion } from "./read-facts-version";
import { createStreamQuota, type StreamQuota } from "./stream-quota";

export type LiveHubOptions = {
  database: AttainDatabase;
  clock: Clock;
  /** Brings the workspace's KPI facts up to date (the KPI module's `refreshKpiFacts`); none = nothing to refresh. */
  refresh?: ((workspaceId: string) => Promise<void>) | undefined;
  /** How long to gather a burst of notifications (an import's statements, a deal and its history) into one event. */
  coalesceMs?: number;
  /** Concurrent streams per user (default 10). */
  streamsPerUser?: number;
  log?: (line: string) => void;
};

type Subscriber = { onChange: (event: DataChangeEvent) => void; onEnd?: (() => void) | undefined };

export type LiveHub = {
  /** Starts listening (idempotent; the first subscription starts it too). */
  start(): Promise<void>;
  /**
   * Calls `onChange` with every data change of the workspace until the returned function is called; `onEnd` when the
   * hub closes (the server shuts down), so that streams finish instead of holding the server open.
   */
  subscribe(
    workspaceId: string,
    onChange: (event: DataChangeEvent) => void,
    onEnd?: () => void,
  ): Promise<() => void>;
  /** Announces a change that wrote no source table (or whose NOTIFY is not wanted), as if a trigger had sent it. */
  publishDataChange(workspaceId: string, sources: string[]): void;
  /** The workspace's facts version, as a `ready` event reports it. */
  currentVersion(workspaceId: string): Promise<number>;
  streams: StreamQuota;
  close(): Promise<void>;
};

/**
 * One listener per process on `attain_data_changed`, fanned out to the subscribers of each workspace. A burst of
 * notifications is coalesced for `coalesceMs`, then the facts are refreshed (so the clients' refetch finds them fresh
 * and the response cache computes each figure once) and one `data-changed` event is sent. Refreshes of a workspace
 * never overlap in this process; across processes the KPI module locks them per workspace.
 */
export function createLiveHub(options: LiveHubOptions): LiveHub {
  const { database, clock } = options;
  const coalesceMs = options.coalesceMs ?? 150;
  const log = options.log ?? ((line: string) => console.warn(line));
  const subscribers = new Map<string, Set<Subscriber>>();
  /** Sources changed since the last event, per workspace. */
  const pending = new Map<string, Set<string>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const flushing = new Set<string>();
  let listening: Promise<Unlisten> | undefined;
  let closed = false;

  function noteChange(workspaceId: string, sources: Iterable<string>) {
    // Only workspaces watched from this process: the KPI reads refresh stale facts themselves anyway.
    if (closed || !subscribers.has(workspaceId)) return;
    let changed = pending.get(workspaceId);
    if (!changed) {
      changed = new Set();
      pending.set(workspaceId, changed);
    }
    for (const source of sources) changed.add(source);
    schedule(workspaceId);
  }

  function schedule(workspaceId: string) {
    if (timers.has(workspaceId) || flushing.has(workspaceId)) return;
    const timer = setTimeout(() => {
      timers.delete(workspaceId);
      void flush(workspaceId);
    }, coalesceMs);
    timer.unref?.();
    timers.set(workspaceId, timer);
  }

  async function flush(workspaceId: string) {
    const changed = pending.get(workspaceId);
    pending.delete(workspaceId);
    if (!changed || closed) return;
    flushing.add(workspaceId);
    try {
      if (options.refresh) {
        try {
          await options.refresh(workspaceId);
        } catch (error) {
          // The clients still refetch: their reads refresh (or fail) on their own.
          log(`Live updates: refreshing the KPI facts of ${workspaceId} failed: ${describe(error)}`);
        }
      }
      const event: DataChangeEvent = {
        sources: [...changed].sort(),
        version: await readFactsVersion(database.sql, workspaceId).catch(() => 0),
        at: clock.now().toISOString(),
      };
      for (const subscriber of subscribers.get(workspaceId) ?? []) subscriber.onChange(event);
    } finally {
      flushing.delete(workspaceId);
      // Changes that arrived during the refresh get an event of their own.
      if (pending.has(workspaceId)) schedule(workspaceId);
    }
  }

  function onPayload(payload: string) {
    const change = parseDataChangePayload(payload);
    if (change) noteChange(change.workspaceId, [change.source]);
  }

  function start(): Promise<void> {
    if (!database.listen) return Promise.reject(new Error("This database handle cannot listen."));
    listening ??= database.listen(DATA_CHANGED_CHANNEL, onPayload, {
      // Notifications sent while the listener was away are lost: every watched workspace may have changed.
      onResume: () => {
        for (const workspaceId of subscribers.keys()) noteChange(workspaceId, []);
      },
    });
    return listening.then(
      () => undefined,
      (error: unknown) => {
        listening = undefined;
        throw error;
      },
    );
  }

  return {
    start,
    async subscribe(workspaceId, onChange, onEnd) {
      if (closed) throw new Error("Live updates are closed.");
      await start();
      const subscriber: Subscriber = { onChange, onEnd };
      let set = subscribers.get(workspaceId);
      if (!set) {
        set = new Set();
        subscribers.set(workspaceId, set);
      }
      set.add(subscriber);
      return () => {
        const current = subscribers.get(workspaceId);
        if (!current?.delete(subscriber) || current.size > 0) return;
        subscribers.delete(workspaceId);
      };
    },
    publishDataChange: (workspaceId, sources) => noteChange(workspaceId, sources),
    currentVersion: (workspaceId) => readFactsVersion(database.sql, workspaceId),
    streams: createStreamQuota(options.streamsPerUser ?? 10),
    async close() {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      for (const set of subscribers.values()) for (const subscriber of set) subscriber.onEnd?.();
      subscribers.clear();
      const stop = await listening?.catch(() => undefined);
      listening = undefined;
      await stop?.().catch(() => {});
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
