import { compareAmounts } from "../money/compare-amounts";
import { defaultRiskThresholds, meddiccChecklist } from "./default-pipeline-config";
import { ratioText } from "./ratio-text";
import type { PipelineConfig, PipelineForecastCategory, PipelineStage, StageOutcome } from "./types";

/** A stage name seen on deals: where it sits in deals' histories, and how many deals reaching it were then won. */
export type ObservedStage = {
  stage: string;
  /** Sort key: smaller comes first (the server uses the mean rank of the stage's first entry in each history). */
  order: number;
  outcome: StageOutcome;
  /** Deals whose history (or current stage) includes this stage. */
  reached: number;
  /** Of those, deals now won. */
  won: number;
};

function categoryOf(outcome: StageOutcome, probability: string): PipelineForecastCategory {
  if (outcome === "won") return "closed";
  if (outcome === "lost") return "omitted";
  if (compareAmounts(probability, "0.7") >= 0) return "commit";
  if (compareAmounts(probability, "0.4") >= 0) return "best_case";
  return "pipeline";
}

/**
 * A stage configuration for a workspace that has none: open stages in the order deals go through them, then won,
 * then lost stages; an open stage's probability is the share of deals reaching it that were won (4 places). A
 * "Closed Won" / "Closed Lost" stage is added when the data has none, so the result always passes
 * `checkPipelineSettings`. No criteria; MEDDICC checklist and the default thresholds.
 */
export function inferPipelineStages(observed: readonly ObservedStage[]): PipelineConfig {
  const rank: Record<StageOutcome, number> = { open: 0, won: 1, lost: 2 };
  const sorted = [...observed].sort(
    (a, b) => rank[a.outcome] - rank[b.outcome] || a.order - b.order || a.stage.localeCompare(b.stage),
  );
  const withEnds = [...sorted];
  if (!sorted.some((s) => s.outcome === "won"))
    withEnds.push({ stage: "Closed Won", order: 0, outcome: "won", reached: 0, won: 0 });
  if (!sorted.some((s) => s.outcome === "lost"))
    withEnds.push({ stage: "Closed Lost", order: 0, outcome: "lost", reached: 0, won: 0 });
  withEnds.sort((a, b) => rank[a.outcome] - rank[b.outcome]);
  const stages: PipelineStage[] = withEnds.map((s, position) => {
    const probability =
      s.outcome === "won" ? "1" : s.outcome === "lost" ? "0" : (ratioText(s.won, s.reached) ?? "0");
    return {
      name: s.stage,
      position,
      outcome: s.outcome,
      probability,
      forecastCategory: categoryOf(s.outcome, probability),
      entryCriteria: { requiredFields: [], checklist: [] },
      exitCriteria: { requiredFields: [], checklist: [] },
      maxDaysInStage: null,
    };
  });
  return { stages, qualification: meddiccChecklist, ...defaultRiskThresholds };
}
