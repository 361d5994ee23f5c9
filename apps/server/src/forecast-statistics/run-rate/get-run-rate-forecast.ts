import { type Db, workspaces } from "@attain/db";
import { eq } from "drizzle-orm";
import { resolveScope } from "../../auth/resolve-scope";
import type { Viewer } from "../../auth/viewer";
import { assertMayReadForecasts } from "../../forecasts/forecast-access";
import { problems } from "../../http/problem";
import { buildRunRateForecast } from "./build-run-rate-forecast";
import { loadArima } from "./load-arima";
import { loadRunRateHistory } from "./load-run-rate-history";
import type { RunRateForecast } from "./schemas";

/** Fetch → compute → shape: the scope's monthly net bookings and their forecast for the next `months`. */
export async function getRunRateForecast(
  db: Db,
  viewer: Viewer,
  today: string,
  query: { personId?: string | undefined; months: number },
): Promise<RunRateForecast> {
  assertMayReadForecasts(viewer);
  const [workspace] = await db
    .select({ name: workspaces.name, currency: workspaces.reportingCurrency })
    .from(workspaces)
    .where(eq(workspaces.id, viewer.workspaceId));
  if (!workspace) throw problems.notFound("The workspace");
  const scope = await resolveScope(db, viewer, {
    personId: query.personId,
    asOf: today,
    workspaceName: workspace.name,
  });
  const [history, ARIMA] = await Promise.all([
    loadRunRateHistory(db, {
      workspaceId: viewer.workspaceId,
      currency: workspace.currency,
      today,
      personIds: scope.personIds,
    }),
    loadArima(),
  ]);
  const result = buildRunRateForecast({
    currency: workspace.currency,
    history: history.months,
    months: query.months,
    ARIMA,
  });
  const notes = [
    `${history.current.month} is not over yet (${history.current.amount} ${workspace.currency} so far), so it is not used to fit.`,
    ...result.notes,
  ];
  if (history.unconvertedLines > 0)
    notes.push(
      history.unconvertedLines === 1
        ? "1 line in a currency without an exchange rate for its month is left out."
        : `${history.unconvertedLines} lines in a currency without an exchange rate for their month are left out.`,
    );
  return {
    currency: workspace.currency,
    history: history.months,
    currentMonth: history.current,
    ...result,
    notes,
  };
}
