import { type AttainDatabase, potentialModels } from "@attain/db";
import { estimatePotential, type PotentialConfig } from "@attain/engine";
import { getPotentialModel } from "./get-potential-model";
import { readSegmentationAccounts } from "./load-segmentation-accounts";
import type { PotentialModelSummary } from "./schemas";
import { withSegmentationProblems } from "./segmentation-problem";
import { storeAccountPotentials } from "./store-account-potentials";

/**
 * Fits the account-potential model on the workspace's accounts with their history up to the end of `config.year`,
 * and stores it with every account's estimate (bulk) in one transaction. The new model is in force at once: planning's
 * potential driver, segmentation's `potential` field and territory balancing read the latest one. Used by the API and
 * the demo.
 */
export async function fitPotentialModel(
  database: AttainDatabase,
  params: { workspaceId: string; actorId: string | null; config: PotentialConfig },
): Promise<PotentialModelSummary> {
  const { workspaceId, config } = params;
  const input = await readSegmentationAccounts(database, { workspaceId, asOf: `${config.year}-12-31` });
  const result = withSegmentationProblems(() => estimatePotential(input.accounts, config), "potential");
  const modelId = await database.transaction(async (tx) => {
    const [row] = await tx.db
      .insert(potentialModels)
      .values({
        workspaceId,
        currency: input.currency,
        config,
        model: result.model,
        accuracy: result.accuracy,
        warnings: result.warnings,
        createdBy: params.actorId,
      })
      .returning({ id: potentialModels.id });
    await storeAccountPotentials(tx.sql, { workspaceId, modelId: row!.id, estimates: result.estimates });
    return row!.id;
  });
  const summary = await getPotentialModel(database.db, { workspaceId, modelId });
  if (!summary) throw new Error(`Potential model ${modelId} vanished after it was stored`);
  return summary;
}
