import { type Db, selectRows } from "@attain/db";
import { sql } from "drizzle-orm";
import { measureSources } from "./measure-sources";
import { dirtyMonthRuns } from "./facts/dirty-month-runs";
import { writeSourceFacts } from "./facts/write-source-facts";

/** A handle with a Drizzle `db`: an `AttainDatabase`, a `{ db, sql }` pair, or a bare `Db`. */
export type FactsDatabase = Db | { db: Db };

export const dbOf = (database: FactsDatabase): Db => ("db" in database ? database.db : database) as Db;

/**
 * Brings the workspace's KPI facts up to date with its rows and returns the facts version. Cheap when nothing is
 * stale (one indexed read). Otherwise, in one transaction under a per-workspace advisory lock (several processes may
 * refresh at once; the second waits, then finds nothing left): takes the marks, recomputes the facts of the marked
 * (source, month)s, deletes the marks and bumps the version. A mark written meanwhile by a concurrent writer is not
 * visible yet and stays for the next refresh.
 */
export async function refreshKpiFacts(database: FactsDatabase, workspaceId: string): Promise<number> {
  const db = dbOf(database);
  const [state] = await selectRows<{ version: string | null; dirty: boolean }>(
    db,
    sql`select (select version::text from kpi_fact_state where workspace_id = ${workspaceId}) as version,
               exists (select 1 from kpi_dirty_months where workspace_id = ${workspaceId}) as dirty`,
  );
  if (state && !state.dirty && state.version !== null) return Number(state.version);
  // Concurrent reads of this process share one refresh (20 clients after a change wait for one transaction).
  const running = inFlight.get(workspaceId);
  // Then look again: marks committed after the running refresh read them are not in it.
  if (running) return running.then(() => refreshKpiFacts(db, workspaceId));
  const refresh = recompute(db, workspaceId).finally(() => inFlight.delete(workspaceId));
  inFlight.set(workspaceId, refresh);
  return refresh;
}

const inFlight = new Map<string, Promise<number>>();

function recompute(db: Db, workspaceId: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('kpi_facts'), hashtext(${workspaceId}))`);
    const marks = await selectRows<{ source: string; month: string }>(
      tx,
      sql`select source, month::text as month from kpi_dirty_months where workspace_id = ${workspaceId} for update`,
    );
    const bySource = new Map<string, string[]>();
    for (const mark of marks) bySource.set(mark.source, [...(bySource.get(mark.source) ?? []), mark.month]);
    for (const source of measureSources) {
      const months = bySource.get(source.source);
      if (!months || source.additive.length === 0) continue;
      const runs = dirtyMonthRuns(months);
      if (runs === null) await writeSourceFacts(tx, workspaceId, source, null);
      else for (const run of runs) await writeSourceFacts(tx, workspaceId, source, run);
    }
    if (marks.length > 0) {
      await tx.execute(
        sql`delete from kpi_dirty_months d using jsonb_to_recordset(${JSON.stringify(marks)}::jsonb)
              as m(source text, month date)
            where d.workspace_id = ${workspaceId} and d.source = m.source and d.month = m.month`,
      );
    }
    const [bumped] = await selectRows<{ version: string }>(
      tx,
      sql`insert into kpi_fact_state (workspace_id, version, refreshed_at) values (${workspaceId}, 1, now())
          on conflict (workspace_id) do update
            set version = kpi_fact_state.version + ${marks.length > 0 ? 1 : 0}, refreshed_at = now()
          returning version::text as version`,
    );
    return Number(bumped?.version ?? 0);
  });
}
