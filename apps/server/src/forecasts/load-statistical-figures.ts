import type { Db } from "@attain/db";
import type { RollUpResult } from "@attain/engine";
import { statisticalForecast } from "../forecast-statistics/statistical-forecast";
import type { MotionView } from "./compute-forecast-roll-up";
import { treeOf } from "./pick-forecast-person";

export type StatisticalFigures = { expected: string; low: string; high: string };

/**
 * The statistical forecast (closed + expected value of the open deals, with a p10–p90 interval) of each named
 * person's tree on the roll-up's day. The statistical side may have nothing to say (no deals, no model, an error in
 * it): the forecast calls then simply show no statistical figures rather than fail.
 */
export async function loadStatisticalFigures(
  db: Db,
  params: { workspaceId: string; periodId: string; asOf: string; motion: MotionView; result: RollUpResult },
  personIds: readonly string[],
): Promise<Map<string, StatisticalFigures>> {
  try {
    const trees = personIds.map((personId) => ({ personId, personIds: treeOf(params.result, personId) }));
    const { workspaceId, periodId, asOf, motion } = params;
    const figures = await statisticalForecast(db, { workspaceId, periodId, asOf, motion, trees });
    return new Map([...figures].map(([id, f]) => [id, { expected: f.expected, low: f.low, high: f.high }]));
  } catch (error) {
    console.warn("forecast calls: no statistical figures:", error instanceof Error ? error.message : error);
    return new Map();
  }
}
