import { asc, eq } from "drizzle-orm";
import { type Db, pipelineSettings, pipelineStages } from "@attain/db";
import { defaultRiskThresholds, meddiccChecklist, type PipelineConfig } from "@attain/engine";
import { inferStagesFromHistory } from "./infer-stages-from-history";

export type LoadedPipelineConfig = { config: PipelineConfig; updatedAt: string | null };

/**
 * The workspace's stages and thresholds; with no stages stored, a configuration inferred from its deals (not
 * stored until an admin saves it), `updatedAt` null.
 */
export async function loadPipelineConfig(db: Db, workspaceId: string): Promise<LoadedPipelineConfig> {
  const [stages, [settings]] = await Promise.all([
    db
      .select()
      .from(pipelineStages)
      .where(eq(pipelineStages.workspaceId, workspaceId))
      .orderBy(asc(pipelineStages.position)),
    db.select().from(pipelineSettings).where(eq(pipelineSettings.workspaceId, workspaceId)),
  ]);
  if (stages.length === 0) {
    const inferred = await inferStagesFromHistory(db, workspaceId);
    if (!settings) return { config: inferred, updatedAt: null };
    return { config: { ...inferred, ...thresholdsOf(settings) }, updatedAt: null };
  }
  return {
    config: {
      stages: stages.map((s) => ({
        name: s.name,
        position: s.position,
        outcome: s.outcome,
        probability: s.probability,
        forecastCategory: s.forecastCategory as PipelineConfig["stages"][number]["forecastCategory"],
        entryCriteria: s.entryCriteria,
        exitCriteria: s.exitCriteria,
        maxDaysInStage: s.maxDaysInStage,
      })),
      ...(settings ? thresholdsOf(settings) : { qualification: meddiccChecklist, ...defaultRiskThresholds }),
    },
    updatedAt: settings ? settings.updatedAt.toISOString() : null,
  };
}

function thresholdsOf(settings: typeof pipelineSettings.$inferSelect) {
  return {
    qualification: { framework: settings.qualificationFramework, items: settings.qualificationItems },
    stalledAfterDays: settings.stalledAfterDays,
    pushedAfter: settings.pushedAfter,
    amountCutShare: settings.amountCutShare,
  };
}
