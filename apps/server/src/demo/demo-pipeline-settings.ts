import { lostStage, stages, wonStage } from "./catalog";
import type { DemoOpportunity } from "./generate-opportunities";
import type { Random } from "./random";
import type { PipelineSettingsRow, PipelineStageRow } from "./types";

/** MEDDICC, the checklist every demo deal is qualified against (keys of `opportunities.qualification`). */
export const meddiccItems = [
  { key: "metrics", label: "Metrics" },
  { key: "economic_buyer", label: "Economic buyer" },
  { key: "decision_criteria", label: "Decision criteria" },
  { key: "decision_process", label: "Decision process" },
  { key: "identify_pain", label: "Identify pain" },
  { key: "champion", label: "Champion" },
  { key: "competition", label: "Competition" },
] as const;
export type QualificationKey = (typeof meddiccItems)[number]["key"];

const none = { requiredFields: [], checklist: [] };

/**
 * The demo's sales process: the catalog's stages with their default win probability = the share of closed deals that
 * reached the stage and were won (rounded to 0.05), the forecast category a deal there defaults to, MEDDICC entry
 * criteria from Propose on, and how long a deal may sit in a stage before it is stalled.
 */
export function demoPipelineSettings(
  ids: Random,
  opportunities: readonly DemoOpportunity[],
  today: string,
): { settings: PipelineSettingsRow; stages: PipelineStageRow[] } {
  const reached = [0, 0, 0, 0];
  const won = [0, 0, 0, 0];
  for (const opp of opportunities) {
    if (opp.status === "open") continue;
    for (let k = 0; k < opp.stagesReached; k++) {
      reached[k]!++;
      if (opp.status === "won") won[k]!++;
    }
  }
  const probability = (k: number) =>
    (Math.round((reached[k]! > 0 ? won[k]! / reached[k]! : 0) * 20) / 20).toFixed(2);
  const open = (
    k: number,
    forecastCategory: PipelineStageRow["forecastCategory"],
    entryCriteria: PipelineStageRow["entryCriteria"],
    maxDaysInStage: number,
  ): PipelineStageRow => ({
    id: ids.uuid(),
    name: stages[k]!,
    position: k,
    outcome: "open",
    probability: probability(k),
    forecastCategory,
    entryCriteria,
    exitCriteria: none,
    maxDaysInStage,
  });
  return {
    settings: {
      qualificationFramework: "MEDDICC",
      qualificationItems: meddiccItems.map((item) => ({ ...item })),
      stalledAfterDays: 30,
      pushedAfter: 2,
      amountCutShare: "0.2",
      // A fixed instant (the data's "today"), never the clock: the same seed gives the same rows.
      updatedAt: `${today} 08:00:00+00`,
    },
    stages: [
      open(0, "pipeline", none, 30),
      open(1, "pipeline", { requiredFields: ["amount"], checklist: ["identify_pain"] }, 45),
      open(
        2,
        "best_case",
        { requiredFields: ["amount", "close_date"], checklist: ["metrics", "economic_buyer"] },
        45,
      ),
      open(3, "commit", { requiredFields: [], checklist: ["decision_process", "champion"] }, 30),
      {
        id: ids.uuid(),
        name: wonStage,
        position: 4,
        outcome: "won",
        probability: "1.00",
        forecastCategory: "closed",
        entryCriteria: { requiredFields: ["contact_count"], checklist: [] },
        exitCriteria: none,
        maxDaysInStage: null,
      },
      {
        id: ids.uuid(),
        name: lostStage,
        position: 5,
        outcome: "lost",
        probability: "0.00",
        forecastCategory: "omitted",
        entryCriteria: none,
        exitCriteria: none,
        maxDaysInStage: null,
      },
    ],
  };
}
