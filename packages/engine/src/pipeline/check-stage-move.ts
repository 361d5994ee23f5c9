import { checkStageCriteria } from "./check-stage-criteria";
import type { CriteriaFacts, MissingCriterion, PipelineConfig } from "./types";

export type StageMoveCheck =
  | { allowed: true; missing: [] }
  | { allowed: false; reason: "unknown_stage"; missing: [] }
  | { allowed: false; reason: "criteria"; missing: MissingCriterion[] };

/**
 * Whether a deal may move from `from` to `to`. Moving forward (to a later position, or to a won stage) needs the
 * current stage's exit criteria and the target's entry criteria; moving back or to a lost stage needs nothing, so a
 * seller can always record a loss. A deal in a stage that is no longer configured only needs the target's entry.
 */
export function checkStageMove(
  facts: CriteriaFacts,
  from: string,
  to: string,
  config: PipelineConfig,
): StageMoveCheck {
  const target = config.stages.find((stage) => stage.name === to);
  if (!target) return { allowed: false, reason: "unknown_stage", missing: [] };
  const current = config.stages.find((stage) => stage.name === from);
  if (current && current.name === target.name) return { allowed: true, missing: [] };
  if (target.outcome === "lost") return { allowed: true, missing: [] };
  const forward = !current || target.outcome === "won" || target.position > current.position;
  if (!forward) return { allowed: true, missing: [] };
  const missing: MissingCriterion[] = [];
  const add = (items: MissingCriterion[]) => {
    for (const item of items) {
      if (!missing.some((m) => m.kind === item.kind && m.key === item.key)) missing.push(item);
    }
  };
  if (current && current.outcome === "open")
    add(checkStageCriteria(facts, current.exitCriteria, config.qualification).missing);
  add(checkStageCriteria(facts, target.entryCriteria, config.qualification).missing);
  return missing.length === 0
    ? { allowed: true, missing: [] }
    : { allowed: false, reason: "criteria", missing };
}
