import type { Db } from "@attain/db";
import type { RollUpResult } from "@attain/engine";
import { statisticalForecastByMotion } from "../forecast-statistics/statistical-forecast";
import type { MotionView } from "./compute-forecast-roll-up";
import { treeOf } from "./pick-forecast-person";

export type StatisticalFigures = { expected: string; low: string; high: string };

/**
 * The statistical forecast (closed + expected value of the open deals, with a p10–p90 interval) of each named
 * person's tree on the roll-up's day, per motion asked (one load of the deals for all of them). The statistical side
 * may have nothing to say (no deals, no model, an error in it): the forecast calls then simply show no statistical
 * figures rather than fail.
 */
export async function loadStatisticalFigures(
  db: Db,
  params: { workspaceId: string; periodId: string; asOf: string; result: RollUpResult },
  motions: readonly MotionView[],
  personIds: readonly string[],
): Promise<Map<string, StatisticalFigures>[]> {
  try {
    const trees = personIds.map((personId) => ({ personId, personIds: treeOf(params.result, personId) }));
    const { workspaceId, periodId, asOf } = params;
    const figures = await statisticalForecastByMotion(db, { workspaceId, periodId, asOf, motions, trees });
    return figures.map(
      (byPerson) =>
        new Map([...byPerson].map(([id, f]) => [id, { expected: f.expected, low: f.low, high: f.high }])),
    );
  } catch (error) {
    console.warn("forecast calls: no statistical figures:", error instanceof Error ? error.message : error);
    return motions.map(() => new Map());
  }
}
