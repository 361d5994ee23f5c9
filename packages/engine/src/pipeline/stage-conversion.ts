import { openStages } from "./open-stages";
import { ratioText } from "./ratio-text";
import type { PipelineStage } from "./types";

/** A count of deals by the furthest open stage they reached (null: none configured) and their status. */
export type ReachedCount = { reached: string | null; status: "open" | "won" | "lost"; deals: number };

export type StageConversionRow = {
  stage: string;
  entered: number;
  advanced: number;
  won: number;
  lost: number;
  conversionToNext: string | null;
  conversionToWon: string | null;
};

/**
 * The funnel of a cohort of deals through the open stages. A deal entered a stage when it reached it or a later one
 * (skipping a stage still passes it); a won deal passed every open stage. So entered of stage i+1 = advanced of
 * stage i, and entered = advanced + lost + still open there. Ratios to 4 places.
 */
export function stageConversion(
  stages: readonly PipelineStage[],
  counts: readonly ReachedCount[],
): StageConversionRow[] {
  const open = openStages(stages);
  const indexOf = (name: string | null) => (name === null ? -1 : open.findIndex((s) => s.name === name));
  return open.map((stage, i) => {
    let entered = 0;
    let advanced = 0;
    let won = 0;
    let lost = 0;
    for (const row of counts) {
      const reached = row.status === "won" ? open.length : indexOf(row.reached);
      if (reached < i) continue;
      entered += row.deals;
      if (reached > i) advanced += row.deals;
      if (row.status === "won") won += row.deals;
      if (row.status === "lost") lost += row.deals;
    }
    return {
      stage: stage.name,
      entered,
      advanced,
      won,
      lost,
      conversionToNext: ratioText(advanced, entered),
      conversionToWon: ratioText(won, entered),
    };
  });
}
