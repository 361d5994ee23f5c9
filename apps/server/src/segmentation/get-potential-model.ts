import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import type { PotentialModelSummary } from "./schemas";

type Row = {
  id: string;
  created_at: string;
  currency: string;
  config: PotentialModelSummary["config"];
  model: PotentialModelSummary["model"];
  accuracy: PotentialModelSummary["accuracy"];
  warnings: PotentialModelSummary["warnings"];
  accounts: number;
  total_potential: string;
};

/** A potential model with its account count and total potential (summed exactly in SQL); the latest without `modelId`. */
export async function getPotentialModel(
  db: Db,
  params: { workspaceId: string; modelId?: string },
): Promise<PotentialModelSummary | null> {
  const { workspaceId, modelId } = params;
  const which =
    modelId === undefined
      ? sql`(select id from potential_models where workspace_id = ${workspaceId} order by created_at desc, id desc limit 1)`
      : sql`${modelId}::uuid`;
  const [row] = await selectRows<Row>(
    db,
    sql`select m.id, m.created_at, m.currency, m.config, m.model, m.accuracy, m.warnings,
          (select count(*)::int from account_potentials p where p.model_id = m.id) as accounts,
          (select coalesce(sum(p.potential), 0)::text from account_potentials p where p.model_id = m.id) as total_potential
        from potential_models m where m.workspace_id = ${workspaceId} and m.id = ${which}`,
  );
  if (!row) return null;
  return {
    id: row.id,
    createdAt: new Date(row.created_at).toISOString(),
    currency: row.currency.trim(),
    config: row.config,
    model: row.model,
    accuracy: row.accuracy,
    warnings: row.warnings,
    accounts: row.accounts,
    totalPotential: row.total_potential,
  };
}
