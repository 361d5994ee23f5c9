import { z } from "@hono/zod-openapi";

/** The channel the KPI source tables' triggers notify (migration of the KPI module; docs/kpis-api.md). */
export const DATA_CHANGED_CHANNEL = "attain_data_changed";

/** What a `data-changed` event tells the clients: which sources changed, the facts version to refetch at, when. */
export type DataChangeEvent = { sources: string[]; version: number; at: string };

// Any 8-4-4-4-12 hex id (the demo's ids are derived from its slug, not RFC version 4).
const workspaceIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NotificationPayload = z.object({
  w: z.string().regex(workspaceIdPattern),
  s: z.string().min(1).max(100),
});

/**
 * The workspace and source of a trigger's payload `{"w": "<workspace uuid>", "s": "<source>"}`, or null for anything
 * else (another writer on the channel must not break the hub).
 */
export function parseDataChangePayload(payload: string): { workspaceId: string; source: string } | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = NotificationPayload.safeParse(json);
  return parsed.success ? { workspaceId: parsed.data.w, source: parsed.data.s } : null;
}
