import type { Db } from "@attain/db";
import { sql } from "drizzle-orm";
import { factColumns, type MeasureSourceModule } from "../measure-sources";

const columns = sql.raw(factColumns.join(", "));

/**
 * Replaces a source's facts for some months (a range [from, toExclusive), or every month when `months` is null)
 * with what its `factsQuery` selects now; zero-valued groups of no rows are not stored.
 */
export async function writeSourceFacts(
  db: Db,
  workspaceId: string,
  source: MeasureSourceModule,
  months: { from: string; toExclusive: string } | null,
): Promise<void> {
  const window = months
    ? sql`and month >= ${months.from}::date and month < ${months.toExclusive}::date`
    : sql``;
  await db.execute(
    sql`delete from kpi_monthly_facts where workspace_id = ${workspaceId} and source = ${source.source} ${window}`,
  );
  await db.execute(
    sql`insert into kpi_monthly_facts (workspace_id, source, ${columns})
        select ${workspaceId}::uuid, ${source.source}, ${columns} from (${source.factsQuery(workspaceId, months)}) f
        where f.row_count > 0`,
  );
}
