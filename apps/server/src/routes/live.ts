import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { getCookie } from "hono/cookie";
import { streamSSE } from "hono/streaming";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import { findViewerBySessionToken } from "../auth/sessions";
import { SESSION_COOKIE } from "../auth/session-token";
import type { AppEnv } from "../auth/viewer";
import { ApiError } from "../http/problem";
import { problemResponses } from "../http/schemas";
import type { DataChangeEvent } from "../live";

/** A comment line this often keeps proxies and load balancers from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;

const events = createRoute({
  method: "get",
  path: "/api/live/events",
  tags: ["Live"],
  summary:
    "Server-sent events of the caller's workspace: `ready`, then `data-changed` after every committed change",
  description:
    'On connect `event: ready` with `{"version": n}` (the KPI facts version). After a committed change to a KPI source ' +
    'table, once the facts are refreshed: `event: data-changed` with `{"sources": ["opportunities"], "version": n, ' +
    '"at": "<ISO instant>"}` (bursts coalesced; an empty `sources` means anything may have changed). A comment line ' +
    "every 15 s. At most 10 streams per user at once.",
  responses: {
    200: {
      description: "The event stream (text/event-stream)",
      content: { "text/event-stream": { schema: z.string() } },
    },
    ...problemResponses(401, 429),
  },
});

/** `GET /api/live/events` (docs/kpis-api.md, "Live updates"; docs/live.md). */
export function registerLiveRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { live, database, clock } = deps;
  app.openapi(events, async (c) => {
    const viewer = requireViewer(c.get("viewer"));
    const release = live.streams.acquire(viewer.userId);
    if (!release) {
      throw new ApiError(
        429,
        "Too many live streams",
        `At most ${live.streams.limit} live update streams per user at once; close another tab.`,
      );
    }
    const token = getCookie(c, SESSION_COOKIE);
    return streamSSE(c, async (stream) => {
      const queue: DataChangeEvent[] = [];
      let wake: (() => void) | undefined;
      let stopped = false;
      const stop = () => {
        stopped = true;
        wake?.();
      };
      stream.onAbort(stop);
      c.req.raw.signal.addEventListener("abort", stop);
      let unsubscribe: (() => void) | undefined;
      const heartbeat = setInterval(() => {
        if (queue.length === 0) wake?.();
      }, HEARTBEAT_MS);
      try {
        unsubscribe = await live.subscribe(
          viewer.workspaceId,
          (event) => {
            queue.push(event);
            wake?.();
          },
          stop,
        );
        await stream.writeSSE({
          event: "ready",
          data: JSON.stringify({ version: await live.currentVersion(viewer.workspaceId) }),
        });
        while (!stopped) {
          const woken = await new Promise<"event" | "heartbeat">((resolve) => {
            if (queue.length > 0 || stopped) return resolve("event");
            wake = () => resolve(queue.length > 0 ? "event" : "heartbeat");
          });
          wake = undefined;
          if (stopped) break;
          if (woken === "heartbeat") {
            // A signed-out (or expired) session ends its streams at the next heartbeat.
            const still = token ? await findViewerBySessionToken(database.db, clock, token) : null;
            if (!still) break;
            await stream.write(": heartbeat\n\n");
            continue;
          }
          for (const event of queue.splice(0)) {
            await stream.writeSSE({ event: "data-changed", data: JSON.stringify(event) });
          }
        }
      } finally {
        clearInterval(heartbeat);
        unsubscribe?.();
        release();
        c.req.raw.signal.removeEventListener("abort", stop);
      }
    });
  });
}
