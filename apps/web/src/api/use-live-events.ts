import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { kpisKey } from "./use-kpis";

export type LiveState = {
  status: "connecting" | "live" | "reconnecting";
  /** When the server last said the data changed (ISO instant), or null. */
  changedAt: string | null;
  version: number | null;
};

/**
 * One `EventSource("/api/live/events")` for the whole app session, opened by the first page that asks for it and
 * kept open (pages come and go; the stream should not). On `data-changed` every KPI query is refetched, so whatever
 * is on screen follows the data within the server's ~0.5 s plus one request. Errors reconnect with back-off
 * (1 s, 2 s, 4 s … 30 s), reset once a connection is ready.
 */
const maxDelayMs = 30_000;
let state: LiveState = { status: "connecting", changedAt: null, version: null };
const listeners = new Set<() => void>();
const clients = new Set<QueryClient>();
let source: EventSource | null = null;
let retryDelay = 1_000;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

function setState(next: Partial<LiveState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function refetchKpis() {
  for (const client of clients) {
    // The catalogue only changes through its own forms; the figures are what the data changes.
    void client.invalidateQueries({ queryKey: kpisKey, predicate: (q) => q.queryKey[1] !== "catalogue" });
  }
}

function readJson(data: unknown): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(String(data));
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function connect() {
  if (typeof EventSource === "undefined") return;
  source = new EventSource("/api/live/events", { withCredentials: true });
  source.addEventListener("ready", (event) => {
    retryDelay = 1_000;
    const data = readJson((event as MessageEvent).data);
    const version = typeof data.version === "number" ? data.version : null;
    // A reconnect may have missed changes: refetch if the version moved while away.
    if (state.version !== null && version !== state.version) refetchKpis();
    setState({ status: "live", version });
  });
  source.addEventListener("data-changed", (event) => {
    const data = readJson((event as MessageEvent).data);
    setState({
      status: "live",
      changedAt: typeof data.at === "string" ? data.at : new Date().toISOString(),
      version: typeof data.version === "number" ? data.version : state.version,
    });
    refetchKpis();
  });
  source.onerror = () => {
    source?.close();
    source = null;
    setState({ status: "reconnecting" });
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect();
    }, retryDelay);
    retryDelay = Math.min(maxDelayMs, retryDelay * 2);
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Joins the session's live stream (opening it on first use) and returns its state for an indicator. */
export function useLiveEvents(): LiveState {
  const client = useQueryClient();
  useEffect(() => {
    clients.add(client);
    if (!source && !retryTimer) connect();
  }, [client]);
  return useSyncExternalStore(subscribe, () => state);
}
