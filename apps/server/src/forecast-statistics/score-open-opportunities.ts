import {
  buildWinExamples,
  closeDateTiming,
  closeTimingOf,
  fitStageBaseline,
  openDealStates,
  predictWinProbability,
  stageBaselineProbability,
  type WinDeal,
  type WinModel,
} from "@attain/engine";
import type { Db } from "@attain/db";
import { type StageSettings, loadStageSettings } from "./load-stage-settings";
import { type LoadedDeal, loadWinDeals } from "./load-win-deals";
import { STEP_DAYS } from "./train-win-probability-model";

export type ScoredDeal = LoadedDeal & {
  winProbability: number;
  closeInPeriodProbability: number;
  expectedCloseDate: string | null;
};

type Window = { startsOn: string; endsOn: string };

/**
 * Every open deal's win probability on `asOf` and its chance of closing within the period (the whole future when
 * no period is given). With no model: the stage's configured default probability, else its historical win rate;
 * and the deal's own close date for timing.
 */
export async function scoreOpenOpportunities(
  db: Db,
  params: { workspaceId: string; asOf: string; model: WinModel | null; period?: Window },
): Promise<ScoredDeal[]> {
  const stages = await loadStageSettings(db, params.workspaceId);
  const [open, closed] = await Promise.all([
    loadWinDeals(db, { workspaceId: params.workspaceId, statuses: ["open"], asOf: params.asOf, stages }),
    loadWinDeals(db, {
      workspaceId: params.workspaceId,
      statuses: ["won", "lost"],
      asOf: params.asOf,
      stages,
      withHistory: params.model === null,
    }),
  ]);
  return scoreDeals(
    open,
    closed.map((deal) => deal.win),
    { ...params, stages },
  );
}

/** The scoring itself, on deals already loaded (the period forecast loads once and scores once). */
export function scoreDeals(
  open: readonly LoadedDeal[],
  closed: readonly WinDeal[],
  params: { asOf: string; model: WinModel | null; period?: Window; stages: StageSettings },
): ScoredDeal[] {
  const window = { asOf: params.asOf, ...(params.period ?? { startsOn: params.asOf, endsOn: "9999-12-31" }) };
  // Owner records only from deals closed before asOf (createOwnerHistory counts strictly earlier close dates).
  const states = openDealStates(
    open.map((deal) => deal.win),
    params.asOf,
    closed,
  );
  let baseline: ReturnType<typeof fitStageBaseline> | null = null;
  const fallbackProbability = (stage: string) => {
    const configured = params.stages.probability(stage);
    if (configured !== null) return configured;
    baseline ??= fitStageBaseline(buildWinExamples(closed, { stepDays: STEP_DAYS }));
    return stageBaselineProbability(baseline, stage);
  };
  return open.map((deal, index) => {
    const state = states[index]!;
    const model = params.model;
    const timing = model
      ? closeTimingOf(
          model.timing,
          { stage: state.stage, daysInStage: state.daysInStage, closeDate: deal.closeDate },
          window,
        )
      : closeDateTiming(deal.closeDate, window);
    return {
      ...deal,
      winProbability: model ? predictWinProbability(model, state) : fallbackProbability(deal.stage),
      ...timing,
    };
  });
}
