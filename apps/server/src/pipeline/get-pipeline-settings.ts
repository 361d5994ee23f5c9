import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { listUnknownStages } from "./list-unknown-stages";
import { loadPipelineConfig } from "./load-pipeline-config";
import { resolvePipelineRequest } from "./pipeline-access";

/** The stages, checklist and thresholds in force (stored, or inferred from the deals), and the stages nobody configured. */
export async function getPipelineSettings(db: Db, viewer: Viewer, today: string) {
  await resolvePipelineRequest(db, viewer, { today });
  const { config, updatedAt } = await loadPipelineConfig(db, viewer.workspaceId);
  return { ...config, updatedAt, unknownStages: await listUnknownStages(db, viewer.workspaceId, config) };
}
