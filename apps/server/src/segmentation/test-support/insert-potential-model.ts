import type { AttainDatabase } from "@attain/db";

/**
 * Stores a potential model with the given estimates directly (what `fitPotentialModel` writes), so readers of
 * potential can be tested with hand-chosen figures. `createdAt` orders models: the latest is in force.
 */
export async function insertPotentialModel(
  database: AttainDatabase,
  params: { workspaceId: string; createdAt: string; potentials: Record<string, string> },
): Promise<string> {
  const [model] = await database.sql.query<{ id: string }>(
    `insert into potential_models (workspace_id, currency, config, model, accuracy, created_at)
     values ($1, 'EUR', $2, $3, $4, $5) returning id`,
    [
      params.workspaceId,
      JSON.stringify({
        year: "2025",
        holdoutShare: "0.2",
        seed: 1,
        headroomQuantile: "0.75",
        minIndustryCustomers: 5,
      }),
      JSON.stringify({
        features: ["industry"],
        coefficients: [{ name: "intercept", value: 1 }],
        residualQuantile: 0.5,
      }),
      JSON.stringify({
        trainedOn: 4,
        heldOut: 1,
        mape: 0.1,
        medianApe: 0.1,
        wape: 0.1,
        r2Log: 0.5,
        baseline: { mape: 0.2, medianApe: 0.2, wape: 0.2 },
      }),
      params.createdAt,
    ],
  );
  for (const [accountId, potential] of Object.entries(params.potentials)) {
    await database.sql.query(
      `insert into account_potentials (workspace_id, model_id, account_id, potential, basis, trace)
       values ($1, $2, $3, $4, 'model', '["hand-set"]'::jsonb)`,
      [params.workspaceId, model!.id, accountId, potential],
    );
  }
  return model!.id;
}
