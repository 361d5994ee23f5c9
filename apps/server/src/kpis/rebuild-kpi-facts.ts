import { sql } from "drizzle-orm";
import { measureSources } from "./measure-sources";
import { dbOf, type FactsDatabase } from "./refresh-kpi-facts";
import { writeSourceFacts } from "./facts/write-source-facts";

/**
 * Rebuilds every fact of the workspace from its rows (after a bulk load with triggers off, e.g. the demo), clears its
 * stale marks and bumps the facts version, in one transaction.
 */
export async function rebuildKpiFacts(database: FactsDatabase, workspaceId: string): Promise<void> {
  const db = dbOf(database);
  // A bulk load leaves the planner without statistics (it would take every table for one row and nest loops).
  await db.execute(
    sql`analyze order_lines, opportunities, opportunity_stage_history, booking_targets, leads, activities,
          marketing_traffic_daily, people, account_segments, segmentations, exchange_rates`,
  );
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('kpi_facts'), hashtext(${workspaceId}))`);
    for (const source of measureSources) {
      if (source.additive.length > 0) await writeSourceFacts(tx, workspaceId, source, null);
    }
    await tx.execute(sql`delete from kpi_dirty_months where workspace_id = ${workspaceId}`);
    await tx.execute(
      sql`insert into kpi_fact_state (workspace_id, version, built_at, refreshed_at) values (${workspaceId}, 1, now(), now())
          on conflict (workspace_id) do update
            set version = kpi_fact_state.version + 1, built_at = now(), refreshed_at = now()`,
    );
  });
}
