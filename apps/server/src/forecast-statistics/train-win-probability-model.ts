import { buildWinExamples, evaluateWinModel, trainWinModel } from "@attain/engine";
import { type Db, winProbabilityModels } from "@attain/db";
import { ApiError } from "../http/problem";
import { defaultCutoffOf } from "./default-cutoff-of";
import { loadStageSettings } from "./load-stage-settings";
import { loadWinDeals } from "./load-win-deals";
import type { WinModelSummary } from "./schemas";
import { type StoredWinMetrics, toWinModelSummary } from "./to-win-model-summary";

/** Training states: at each stage entry and every 14 days in the stage. */
export const STEP_DAYS = 14;
const LAMBDA = 1;
const MIN_TRAIN_DEALS = 20;
const MIN_TEST_DEALS = 5;

/**
 * Trains the win-probability model on deals closed before the cut-off, tests it (and the stage-only baseline) on
 * those closed on or after, and stores it with its metrics. 422 `cutoff` when either side is too small or lacks a
 * won or a lost deal (AUC needs both).
 */
export async function trainWinProbabilityModel(
  db: Db,
  params: { workspaceId: string; actorId: string | null; cutoff?: string; now: Date },
): Promise<WinModelSummary> {
  const today = params.now.toISOString().slice(0, 10);
  const stages = await loadStageSettings(db, params.workspaceId);
  const closed = (
    await loadWinDeals(db, {
      workspaceId: params.workspaceId,
      statuses: ["won", "lost"],
      asOf: today,
      stages,
    })
  ).map((deal) => deal.win);
  const cutoff = params.cutoff ?? defaultCutoffOf(closed.map((deal) => deal.closeDate as string));
  const train = cutoff === null ? [] : closed.filter((deal) => (deal.closeDate as string) < cutoff);
  const test = cutoff === null ? [] : closed.filter((deal) => (deal.closeDate as string) >= cutoff);
  const bothOutcomes = (list: typeof closed) =>
    list.some((deal) => deal.won) && list.some((deal) => !deal.won);
  if (
    cutoff === null ||
    train.length < MIN_TRAIN_DEALS ||
    test.length < MIN_TEST_DEALS ||
    !bothOutcomes(train) ||
    !bothOutcomes(test)
  ) {
    throw new ApiError(422, "Too few closed deals", "Nothing was trained; see `errors`.", [
      {
        path: "cutoff",
        message: `${train.length} deals closed before ${cutoff ?? "the cut-off"} and ${test.length} on or after it: at least ${MIN_TRAIN_DEALS} before and ${MIN_TEST_DEALS} after are needed, each side with a won and a lost deal`,
      },
    ]);
  }
  const trainExamples = buildWinExamples(train, { stepDays: STEP_DAYS, history: closed });
  const testExamples = buildWinExamples(test, { stepDays: STEP_DAYS, history: closed });
  const model = trainWinModel(trainExamples, { stepDays: STEP_DAYS, lambda: LAMBDA });
  const evaluation = evaluateWinModel(model, testExamples);
  const metrics: StoredWinMetrics = {
    trainedOn: train.length,
    testedOn: test.length,
    trainStates: trainExamples.length,
    testStates: evaluation.tested,
    model: evaluation.model,
    baseline: evaluation.baseline,
  };
  const [row] = await db
    .insert(winProbabilityModels)
    .values({
      workspaceId: params.workspaceId,
      cutoff,
      config: {
        stepDays: STEP_DAYS,
        lambda: LAMBDA,
        calibration: "platt",
        features: model.featureNames.slice(1),
      },
      model: model as unknown as Record<string, unknown>,
      metrics: metrics as unknown as Record<string, unknown>,
      createdBy: params.actorId,
      createdAt: params.now,
    })
    .returning();
  return toWinModelSummary(row!);
}
