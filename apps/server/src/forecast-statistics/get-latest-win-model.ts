import { desc, eq } from "drizzle-orm";
import type { WinModel } from "@attain/engine";
import { type Db, winProbabilityModels } from "@attain/db";
import type { WinModelSummary } from "./schemas";
import { toWinModelSummary } from "./to-win-model-summary";

/** The workspace's most recently trained model, or null when none has been trained. */
export async function getLatestWinModel(
  db: Db,
  workspaceId: string,
): Promise<{ id: string; model: WinModel; summary: WinModelSummary } | null> {
  const [row] = await db
    .select()
    .from(winProbabilityModels)
    .where(eq(winProbabilityModels.workspaceId, workspaceId))
    .orderBy(desc(winProbabilityModels.createdAt), desc(winProbabilityModels.id))
    .limit(1);
  if (!row) return null;
  return { id: row.id, model: row.model as unknown as WinModel, summary: toWinModelSummary(row) };
}
