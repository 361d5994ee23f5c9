import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import { problems } from "../http/problem";
import type { EstimatesQuery, PotentialEstimateRow } from "./schemas";

type Row = {
  account_id: string;
  name: string;
  external_id: string;
  potential: string;
  predicted: string | null;
  actual: string | null;
  basis: PotentialEstimateRow["basis"];
  trace: string[];
  total: number;
};

/** A page of the latest model's estimates, highest potential first (then by name); 404 when no model exists. */
export async function listPotentialEstimates(db: Db, params: { workspaceId: string } & EstimatesQuery) {
  const { workspaceId, q, limit, offset } = params;
  const [model] = await selectRows<{ id: string }>(
    db,
    sql`select id from potential_models where workspace_id = ${workspaceId} order by created_at desc, id desc limit 1`,
  );
  if (!model) throw problems.notFound("A potential model");
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const byText =
    pattern === null ? sql`true` : sql`(a.name ilike ${pattern} or a.external_id ilike ${pattern})`;
  const where = sql`p.workspace_id = ${workspaceId} and p.model_id = ${model.id} and ${byText}`;
  const rows = await selectRows<Row>(
    db,
    sql`select p.account_id, a.name, a.external_id, p.potential::text, p.predicted::text, p.actual::text, p.basis,
          p.trace, count(*) over ()::int as total
        from account_potentials p join accounts a on a.id = p.account_id
        where ${where}
        order by p.potential desc, a.name, a.id limit ${limit} offset ${offset}`,
  );
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && offset > 0) {
    const [count] = await selectRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from account_potentials p join accounts a on a.id = p.account_id where ${where}`,
    );
    total = count?.n ?? 0;
  }
  return {
    total,
    estimates: rows.map((r) => ({
      accountId: r.account_id,
      name: r.name,
      externalId: r.external_id,
      potential: r.potential,
      predicted: r.predicted,
      actual: r.actual,
      basis: r.basis,
      trace: r.trace,
    })),
  };
}
