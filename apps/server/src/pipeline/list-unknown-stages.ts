import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import type { PipelineConfig } from "@attain/engine";

/** Stage names on the workspace's deals that the configuration does not have, with how many deals carry each. */
export async function listUnknownStages(db: Db, workspaceId: string, config: PipelineConfig) {
  const names = config.stages.map((s) => s.name);
  const rows = await selectRows<{ stage: string; n: string }>(
    db,
    sql`select o.stage, count(*)::text as n from opportunities o
        where o.workspace_id = ${workspaceId}
          and not exists (select 1 from jsonb_array_elements_text(${JSON.stringify(names)}::jsonb) n(v) where n.v = o.stage)
        group by o.stage order by count(*) desc, o.stage`,
  );
  return rows.map((r) => ({ stage: r.stage, opportunities: Number(r.n) }));
}
