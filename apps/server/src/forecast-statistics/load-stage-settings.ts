import { eq } from "drizzle-orm";
import { type Db, pipelineStages } from "@attain/db";
import { statusOfStage } from "../import/entities/opportunities";

export type StageSettings = {
  /** Whether deals in this stage are still open (configured outcome, else inferred from the name as imports do). */
  isOpen(stage: string): boolean;
  /** The configured default win probability, null for an unconfigured stage. */
  probability(stage: string): number | null;
};

export async function loadStageSettings(db: Db, workspaceId: string): Promise<StageSettings> {
  const rows = await db
    .select({
      name: pipelineStages.name,
      outcome: pipelineStages.outcome,
      probability: pipelineStages.probability,
    })
    .from(pipelineStages)
    .where(eq(pipelineStages.workspaceId, workspaceId));
  const byName = new Map(rows.map((row) => [row.name, row]));
  // Memoised: inferring from the name normalises text, and a workspace has few stage names but many deals.
  const open = new Map<string, boolean>();
  return {
    isOpen: (stage) => {
      let result = open.get(stage);
      if (result === undefined) {
        result = (byName.get(stage)?.outcome ?? statusOfStage(stage)) === "open";
        open.set(stage, result);
      }
      return result;
    },
    probability: (stage) => {
      const row = byName.get(stage);
      return row ? Number(row.probability) : null;
    },
  };
}
