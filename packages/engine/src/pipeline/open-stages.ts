import type { PipelineStage } from "./types";

/** The configured open stages in position order. */
export function openStages(stages: readonly PipelineStage[]): PipelineStage[] {
  return stages.filter((s) => s.outcome === "open").sort((a, b) => a.position - b.position);
}
