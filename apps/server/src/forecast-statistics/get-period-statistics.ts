import Decimal from "decimal.js";
import { simulatePeriodOutcome } from "@attain/engine";
import { type Db, workspaces } from "@attain/db";
import { eq } from "drizzle-orm";
import { resolveScope } from "../auth/resolve-scope";
import type { Viewer } from "../auth/viewer";
import { dealContribution, type Exclusion } from "./deal-contribution";
import { requireForecastReader } from "./forecast-statistics-access";
import { loadForecastPeriod } from "./load-forecast-period";
import { loadPeriodForecastInputs } from "./load-period-forecast-inputs";
import type { StatisticalForecast } from "./schemas";
import { seedOf } from "./seed-of";

export const DRAWS = 5000;
const LISTED_DEALS = 500;

const money = (cents: number) => new Decimal(cents).dividedBy(100).toFixed(2);

/**
 * The statistical forecast of one scope (the caller's, or `personId`'s tree): closed + the expected value of the
 * open deals, and a p10–p90 interval and histogram from 5,000 Monte Carlo draws seeded by the period id.
 */
export async function getPeriodStatistics(
  db: Db,
  viewer: Viewer,
  params: {
    periodId: string;
    personId?: string;
    motion: "all" | "new_business" | "expansion_renewal";
    today: string;
  },
): Promise<StatisticalForecast> {
  requireForecastReader(viewer);
  const period = await loadForecastPeriod(db, viewer.workspaceId, params.periodId);
  const asOf = params.today > period.endsOn ? period.endsOn : params.today;
  const [workspace] = await db
    .select({ name: workspaces.name })
    .from(workspaces)
    .where(eq(workspaces.id, viewer.workspaceId));
  const scope = await resolveScope(db, viewer, {
    personId: params.personId,
    asOf,
    workspaceName: workspace?.name ?? "",
  });
  const inputs = await loadPeriodForecastInputs(db, {
    workspaceId: viewer.workspaceId,
    periodId: period.id,
    asOf,
  });
  const people = scope.personIds === null ? null : new Set(scope.personIds);
  const inScope = (deal: { ownerId: string | null; motion: string }) =>
    (people === null || (deal.ownerId !== null && people.has(deal.ownerId))) &&
    (params.motion === "all" || deal.motion === params.motion);

  const closed = inputs.won
    .filter((deal) => inScope(deal) && deal.reportingAmount !== null)
    .reduce((sum, deal) => sum.plus(deal.reportingAmount as string), new Decimal(0));
  const excluded: Record<Exclusion, number> = { noAmount: 0, negativeAmount: 0, noRate: 0 };
  const deals: StatisticalForecast["deals"] = [];
  const simulated: { amountCents: number; probability: number }[] = [];
  let expected = closed;
  for (const deal of inputs.open) {
    if (!inScope(deal)) continue;
    const contribution = dealContribution(deal);
    if (!contribution.included) {
      excluded[contribution.reason] += 1;
      continue;
    }
    expected = expected.plus(contribution.expectedValue);
    simulated.push({ amountCents: contribution.amountCents, probability: contribution.probability });
    deals.push({
      opportunityId: deal.opportunityId,
      name: deal.name,
      ownerName: deal.ownerName,
      stage: deal.stage,
      reportingAmount: deal.reportingAmount as string,
      winProbability: contribution.winProbability,
      closeInPeriodProbability: contribution.closeInPeriodProbability,
      expectedCloseDate: deal.expectedCloseDate,
      expectedValue: contribution.expectedValue.toFixed(2),
    });
  }
  deals.sort(
    (a, b) =>
      new Decimal(b.expectedValue).comparedTo(a.expectedValue) ||
      (a.opportunityId < b.opportunityId ? -1 : 1),
  );
  const simulation = simulatePeriodOutcome(simulated, { draws: DRAWS, seed: seedOf(period.id) });
  const closedCents = closed.times(100).toNumber();
  return {
    model: inputs.model?.summary ?? null,
    currency: inputs.currency,
    closed: closed.toFixed(2),
    expected: expected.toFixed(2),
    low: money(closedCents + simulation.p10Cents),
    high: money(closedCents + simulation.p90Cents),
    interval: "p10-p90",
    draws: simulation.draws,
    histogram: simulation.histogram.map((bin) => ({
      from: money(closedCents + bin.fromCents),
      to: money(closedCents + bin.toCents),
      share: bin.share.toFixed(4),
    })),
    deals: deals.slice(0, LISTED_DEALS),
    excluded,
  };
}
