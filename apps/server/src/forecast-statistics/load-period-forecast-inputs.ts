import { eq } from "drizzle-orm";
import type { WinModel } from "@attain/engine";
import { type Db, workspaces } from "@attain/db";
import { getLatestWinModel } from "./get-latest-win-model";
import { loadForecastPeriod } from "./load-forecast-period";
import { loadStageSettings } from "./load-stage-settings";
import { type LoadedDeal, loadWinDeals } from "./load-win-deals";
import type { WinModelSummary } from "./schemas";
import { type ScoredDeal, scoreDeals } from "./score-open-opportunities";

export type PeriodForecastInputs = {
  period: { id: string; label: string; startsOn: string; endsOn: string };
  currency: string;
  model: { id: string; model: WinModel; summary: WinModelSummary } | null;
  /** Open deals, each scored once. */
  open: ScoredDeal[];
  /** Won deals closing in the period. */
  won: LoadedDeal[];
};

/** Loads a period, the latest model, every open deal (scored on `asOf`) and the period's won deals: one pass. */
export async function loadPeriodForecastInputs(
  db: Db,
  params: { workspaceId: string; periodId: string; asOf: string },
): Promise<PeriodForecastInputs> {
  const period = await loadForecastPeriod(db, params.workspaceId, params.periodId);
  const [workspace] = await db
    .select({ currency: workspaces.reportingCurrency })
    .from(workspaces)
    .where(eq(workspaces.id, params.workspaceId));
  const stages = await loadStageSettings(db, params.workspaceId);
  const model = await getLatestWinModel(db, params.workspaceId);
  const [open, closed] = await Promise.all([
    loadWinDeals(db, { workspaceId: params.workspaceId, statuses: ["open"], asOf: params.asOf, stages }),
    // With a model, closed deals only feed the owners' records: their stage history is not needed.
    loadWinDeals(db, {
      workspaceId: params.workspaceId,
      statuses: ["won", "lost"],
      asOf: params.asOf,
      stages,
      withHistory: model === null,
    }),
  ]);
  const scored = scoreDeals(
    open,
    closed.map((deal) => deal.win),
    { asOf: params.asOf, model: model?.model ?? null, period, stages },
  );
  const won = closed.filter(
    (deal) =>
      deal.status === "won" &&
      deal.closeDate !== null &&
      deal.closeDate >= period.startsOn &&
      deal.closeDate <= period.endsOn,
  );
  return { period, currency: workspace?.currency ?? "EUR", model, open: scored, won };
}
