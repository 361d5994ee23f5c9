import Decimal from "decimal.js";
import { dealMoments, normalPeriodInterval } from "@attain/engine";
import type { Db } from "@attain/db";
import { dealContribution } from "./deal-contribution";
import { loadPeriodForecastInputs, type PeriodForecastInputs } from "./load-period-forecast-inputs";

type Totals = { expected: Decimal; closed: Decimal; mean: number; variance: number; ceiling: number };

type Motion = "new_business" | "expansion_renewal" | "all";
type Tree = { personId: string; personIds: string[] };
export type TreeStatistics = { expected: string; low: string; high: string; closed: string };

/**
 * The statistical forecast of many trees at once (snapshots call it for every person): deals are loaded and
 * scored once, summed per owner, then per tree. expected = closed + Σ deal expected values (exact, cents); the
 * p10–p90 interval is the normal approximation of the open deals' sum (moments add across people, so no draws are
 * shared or repeated), plus closed. The route's single-scope view uses Monte Carlo instead (getPeriodStatistics).
 */
export async function statisticalForecast(
  db: Db,
  params: { workspaceId: string; periodId: string; asOf: string; motion: Motion; trees: Tree[] },
): Promise<Map<string, TreeStatistics>> {
  const [figures] = await statisticalForecastByMotion(db, { ...params, motions: [params.motion] });
  return figures as Map<string, TreeStatistics>;
}

/** The same for several motions from one load and scoring of the deals (a snapshot needs both). */
export async function statisticalForecastByMotion(
  db: Db,
  params: { workspaceId: string; periodId: string; asOf: string; motions: readonly Motion[]; trees: Tree[] },
): Promise<Map<string, TreeStatistics>[]> {
  const inputs = await loadPeriodForecastInputs(db, params);
  return params.motions.map((motion) => statisticsOfTrees(inputs, motion, params.trees));
}

function statisticsOfTrees(
  inputs: PeriodForecastInputs,
  motion: Motion,
  trees: readonly Tree[],
): Map<string, TreeStatistics> {
  const byOwner = new Map<string, Totals>();
  const totalsOf = (ownerId: string) => {
    let totals = byOwner.get(ownerId);
    if (!totals) {
      totals = { expected: new Decimal(0), closed: new Decimal(0), mean: 0, variance: 0, ceiling: 0 };
      byOwner.set(ownerId, totals);
    }
    return totals;
  };
  const inMotion = (dealMotion: string) => motion === "all" || dealMotion === motion;
  for (const deal of inputs.open) {
    if (deal.ownerId === null || !inMotion(deal.motion)) continue;
    const contribution = dealContribution(deal);
    if (!contribution.included) continue;
    const totals = totalsOf(deal.ownerId);
    totals.expected = totals.expected.plus(contribution.expectedValue);
    const moments = dealMoments(contribution.amountCents / 100, contribution.probability);
    totals.mean += moments.mean;
    totals.variance += moments.variance;
    totals.ceiling += moments.ceiling;
  }
  for (const deal of inputs.won) {
    if (deal.ownerId === null || deal.reportingAmount === null || !inMotion(deal.motion)) continue;
    const totals = totalsOf(deal.ownerId);
    totals.closed = totals.closed.plus(deal.reportingAmount);
  }
  const result = new Map<string, TreeStatistics>();
  for (const tree of trees) {
    const sum: Totals = {
      expected: new Decimal(0),
      closed: new Decimal(0),
      mean: 0,
      variance: 0,
      ceiling: 0,
    };
    for (const personId of new Set([tree.personId, ...tree.personIds])) {
      const totals = byOwner.get(personId);
      if (!totals) continue;
      sum.expected = sum.expected.plus(totals.expected);
      sum.closed = sum.closed.plus(totals.closed);
      sum.mean += totals.mean;
      sum.variance += totals.variance;
      sum.ceiling += totals.ceiling;
    }
    const interval = normalPeriodInterval(sum);
    result.set(tree.personId, {
      expected: sum.closed.plus(sum.expected).toFixed(2),
      low: sum.closed.plus(new Decimal(interval.low).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)).toFixed(2),
      high: sum.closed.plus(new Decimal(interval.high).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)).toFixed(2),
      closed: sum.closed.toFixed(2),
    });
  }
  return result;
}
