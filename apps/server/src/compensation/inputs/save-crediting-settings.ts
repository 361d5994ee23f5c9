import { eq } from "drizzle-orm";
import { type AttainDatabase, compSettings } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import type { StoredCreditingSettings } from "../calculation/load-crediting-rules";
import { recordCompEvent } from "../audit/record-comp-event";
import { requireCompAdmin } from "../workflow/require-comp-admin";
import type { CreditingSettings } from "./crediting-schemas";
import { findCreditingReferenceProblems } from "./find-crediting-reference-problems";
import { unprocessable } from "./unprocessable";

/**
 * Replaces the workspace's crediting rules (comp admins) after checking that every person and account they name
 * exists (422); the previous and new rules go to comp_events in the same transaction. Calculations read them from
 * the next run.
 */
export async function saveCreditingSettings(
  database: AttainDatabase,
  viewer: Viewer,
  now: Date,
  settings: CreditingSettings,
): Promise<CreditingSettings> {
  requireCompAdmin(viewer);
  const { workspaceId } = viewer;
  // What the calculation reads (load-crediting-rules) must be what is written here.
  const crediting = settings satisfies StoredCreditingSettings;
  return database.transaction(async ({ db }) => {
    const problems = await findCreditingReferenceProblems(db, workspaceId, settings);
    if (problems.length > 0) throw unprocessable(problems);
    const [before] = await db
      .select({ crediting: compSettings.crediting })
      .from(compSettings)
      .where(eq(compSettings.workspaceId, workspaceId))
      .for("update");
    await db
      .insert(compSettings)
      .values({ workspaceId, crediting, updatedAt: now })
      .onConflictDoUpdate({ target: compSettings.workspaceId, set: { crediting, updatedAt: now } });
    await recordCompEvent(db, {
      workspaceId,
      actorId: viewer.userId,
      action: "crediting_settings.updated",
      entity: "comp_settings",
      entityId: workspaceId,
      before: before?.crediting ?? null,
      after: crediting,
    });
    return settings;
  });
}
