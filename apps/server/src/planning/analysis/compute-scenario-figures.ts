import { divideAmount, type FiscalCalendar, isZero, sumAmounts } from "@attain/engine";
import type { CalcDb } from "../../compensation/calculation/calc-db";
import type { GridRow, Scenario } from "../schemas";
import { estimateCostOfSales } from "./estimate-cost-of-sales";
import { loadScenarioPeople } from "./load-scenario-people";
import { planScenarioCapacity } from "./plan-scenario-capacity";
import type { Figures } from "./schemas";
import { simulateScenarioFairness } from "./simulate-scenario-fairness";

/**
 * One column of the scenario comparison, over the whole scenario: target and quotas, the fairness check at the
 * scenario's own seed (so a comparison is reproducible), the capacity plan, and the cost of sales computed by the
 * compensation engine with each rep's median simulated attainment (p50, 4 places) as the expected attainment.
 */
export async function computeScenarioFigures(
  database: CalcDb,
  params: { workspaceId: string; scenario: Scenario; calendar: FiscalCalendar; today: string },
): Promise<{ figures: Figures; rows: GridRow[] }> {
  const { scenario, workspaceId, calendar } = params;
  const people = await loadScenarioPeople(database.db, null, workspaceId, scenario);
  const fairness = await simulateScenarioFairness(database.db, { workspaceId, scenario, calendar, people });
  const capacity = planScenarioCapacity(scenario, people.people, params.today);
  const medianOf = new Map(fairness.reps.map((rep) => [rep.personId, rep.p50.toFixed(4)]));
  const cost = await estimateCostOfSales(database, {
    workspaceId,
    fiscalYear: scenario.fiscalYear,
    measure: scenario.measure,
    calendar,
    currency: scenario.currency,
    months: scenario.months,
    people: people.people,
    expectedAttainment: (personId) => medianOf.get(personId) ?? "1",
    compPlans: scenario.assumptions.compPlans,
  });
  const target = scenario.assumptions.target.annual;
  const totalQuota = sumAmounts(people.people.map((p) => p.annual));
  const { assumptions: _assumptions, months: _months, ...summary } = scenario;
  return {
    rows: people.rows,
    figures: {
      scenario: summary,
      target,
      totalQuota,
      overAssignment: isZero(target) ? null : divideAmount(totalQuota, target, 4, "half_even"),
      expectedShareAtThreshold: fairness.reps.length === 0 ? null : fairness.company.expectedShare,
      fairness: fairness.reps.length === 0 ? null : fairness.company,
      heads: capacity.months.at(-1)?.heads ?? null,
      startHeads: people.people.length,
      hires: capacity.hires.reduce((n, hire) => n + hire.count, 0),
      capacity: capacity.totalCapacity,
      expectedBookings: cost.expectedBookings,
      costOfSales: cost.costOfSales,
      costOfSalesRatio: cost.ratio,
      costOfSalesPeople: cost.people.length,
      problems: cost.problems.map((p) => `${p.name}: ${p.message}`),
      compPlans: cost.compPlans,
    },
  };
}
