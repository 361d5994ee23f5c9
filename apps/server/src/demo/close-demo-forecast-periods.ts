import type { AttainDatabase, Db, SqlSession } from "@attain/db";
import { closeForecastPeriod } from "../forecasts/close-forecast-period";

/**
 * Closes the `latest` demo quarters that ended before today (older ones stay open for a user to close), with the function the API uses (inside the demo load's
 * transaction), as the admin would have the morning after each quarter: a final snapshot, then the accuracy of each
 * week's calls (the backfilled weekly snapshots) against the quarter's won deals. Later calls to them are refused.
 */
export async function closeDemoForecastPeriods(
  tx: { db: Db; sql: SqlSession },
  params: {
    kind: AttainDatabase["kind"];
    workspaceId: string;
    adminEmail: string;
    today: string;
    latest: number;
  },
): Promise<{ closed: number }> {
  // Already in the load's transaction: the forecasts module's own transactions run inside it.
  const database: AttainDatabase = {
    kind: params.kind,
    db: tx.db,
    sql: tx.sql,
    transaction: (work) => work(tx),
    close: async () => {},
  };
  const [admin] = await tx.sql.query<{ id: string }>(
    "select id from users where workspace_id = $1 and email = $2",
    [params.workspaceId, params.adminEmail],
  );
  if (!admin) throw new Error("closeDemoForecastPeriods: the demo admin user is missing");
  const periods = await tx.sql.query<{ id: string; ends_on: string }>(
    "select id, ends_on::text from forecast_periods where workspace_id = $1 and ends_on < $2 order by starts_on",
    [params.workspaceId, params.today],
  );
  for (const period of periods.slice(Math.max(0, periods.length - params.latest))) {
    const next = new Date(`${period.ends_on}T07:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    await closeForecastPeriod(database, {
      workspaceId: params.workspaceId,
      periodId: period.id,
      actorId: admin.id,
      now: next,
      today: params.today,
    });
  }
  return { closed: Math.min(periods.length, params.latest) };
}
