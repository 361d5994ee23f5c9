import { eq } from "drizzle-orm";
import { type AttainDatabase, pipelineSettings, pipelineStages } from "@attain/db";
import { checkPipelineSettings, type PipelineConfig } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { ApiError, problems } from "../http/problem";
import { getPipelineSettings } from "./get-pipeline-settings";
import type { PipelineSettingsInput } from "./schemas";

/**
 * Replaces the workspace's stages and thresholds in one transaction (admins only). Every rule is checked first and
 * all problems are reported at once (422, by path); positions are rewritten 0…n−1 in the order given. Deals are not
 * touched: a renamed stage leaves its deals flagged `unknown_stage` until they are re-staged.
 */
export async function savePipelineSettings(
  database: AttainDatabase,
  viewer: Viewer,
  clock: { today: string; now: Date },
  input: PipelineSettingsInput,
) {
  if (viewer.role !== "admin") throw problems.forbidden("Only an admin may change the pipeline settings.");
  const { updatedAt: _updatedAt, unknownStages: _unknownStages, ...settings } = input;
  const config: PipelineConfig = {
    ...settings,
    stages: settings.stages.map((stage, position) => ({ ...stage, position })),
  };
  const errors = checkPipelineSettings(config);
  if (errors.length > 0)
    throw new ApiError(422, "Invalid pipeline settings", "Nothing was saved; see `errors`.", errors);
  const workspaceId = viewer.workspaceId;
  await database.transaction(async ({ db }) => {
    await db.delete(pipelineStages).where(eq(pipelineStages.workspaceId, workspaceId));
    await db.insert(pipelineStages).values(
      config.stages.map((s) => ({
        workspaceId,
        name: s.name,
        position: s.position,
        outcome: s.outcome,
        probability: s.probability,
        forecastCategory: s.forecastCategory,
        entryCriteria: s.entryCriteria,
        exitCriteria: s.exitCriteria,
        maxDaysInStage: s.maxDaysInStage,
      })),
    );
    const values = {
      qualificationFramework: config.qualification.framework,
      qualificationItems: config.qualification.items,
      stalledAfterDays: config.stalledAfterDays,
      pushedAfter: config.pushedAfter,
      amountCutShare: config.amountCutShare,
      updatedAt: clock.now,
      updatedBy: viewer.userId,
    };
    await db
      .insert(pipelineSettings)
      .values({ workspaceId, ...values })
      .onConflictDoUpdate({ target: pipelineSettings.workspaceId, set: values });
  });
  return getPipelineSettings(database.db, viewer, clock.today);
}
