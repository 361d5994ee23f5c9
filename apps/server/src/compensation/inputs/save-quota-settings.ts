import { eq } from "drizzle-orm";
import { type AttainDatabase, compSettings } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { recordCompEvent } from "../audit/record-comp-event";
import type { QuotaPolicy } from "../calculation/load-quota-policy";
import { requireCompAdmin } from "../workflow/require-comp-admin";
import type { QuotaSettings } from "./quota-schemas";

/**
 * Replaces the workspace's quota policy (comp admins); the previous and new policy go to comp_events in the same
 * transaction. A workspace with no settings row gets one with no crediting rules saved (`{}`, the defaults).
 * Calculations read it from the next run.
 */
export async function saveQuotaSettings(
  database: AttainDatabase,
  viewer: Viewer,
  now: Date,
  settings: QuotaSettings,
): Promise<QuotaSettings> {
  requireCompAdmin(viewer);
  const { workspaceId } = viewer;
  const quota = settings satisfies QuotaPolicy;
  return database.transaction(async ({ db }) => {
    const [before] = await db
      .select({ quota: compSettings.quota })
      .from(compSettings)
      .where(eq(compSettings.workspaceId, workspaceId))
      .for("update");
    await db
      .insert(compSettings)
      .values({ workspaceId, crediting: {}, quota, updatedAt: now })
      .onConflictDoUpdate({ target: compSettings.workspaceId, set: { quota, updatedAt: now } });
    await recordCompEvent(db, {
      workspaceId,
      actorId: viewer.userId,
      action: "quota_settings.updated",
      entity: "comp_settings",
      entityId: workspaceId,
      before: before?.quota ?? null,
      after: quota,
    });
    return settings;
  });
}
