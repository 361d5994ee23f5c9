import type { Db } from "@attain/db";
import { addDays, addMonths, type FairnessInput, type FiscalCalendar, fiscalYearRange } from "@attain/engine";
import { loadMonthlyActuals } from "../measures/load-monthly-actuals";
import { measureRatios } from "../measures/measure-ratios";
import { planningMeasureOf } from "../measures/planning-measure-of";
import type { Scenario } from "../schemas";
import { buildFairnessReps, type FairnessPerson } from "./build-fairness-reps";
import { loadOpenPipeline } from "./load-open-pipeline";
import { loadQuarterlyHistory } from "./load-quarterly-history";

/**
 * The fairness check's input for some of a scenario's person nodes (fetch, then the pure builder): their last 8
 * fiscal quarters of net actuals of the scenario's measure and their open pipeline closing in the scenario's fiscal
 * year, in the measure as the allocation's pipeline driver converts it (the last fiscal year's ratio to bookings).
 */
export async function loadFairnessInput(
  db: Db,
  params: {
    workspaceId: string;
    scenario: Pick<Scenario, "fiscalYear" | "measure" | "months" | "assumptions">;
    calendar: FiscalCalendar;
    people: readonly FairnessPerson[];
    draws?: number | undefined;
    seed?: number | undefined;
  },
): Promise<FairnessInput> {
  const { scenario } = params;
  const year = fiscalYearRange(scenario.fiscalYear, params.calendar);
  const personIds = params.people.map((p) => p.personId);
  const measure = planningMeasureOf(scenario.measure);
  const [history, deals, lastYear] = await Promise.all([
    loadQuarterlyHistory(db, {
      workspaceId: params.workspaceId,
      measure,
      personIds,
      yearStart: year.start,
      calendar: params.calendar,
    }),
    loadOpenPipeline(db, {
      workspaceId: params.workspaceId,
      personIds,
      from: year.start,
      toExclusive: addDays(year.end, 1),
    }),
    // Bookings need no ratio, so no read.
    measure === "bookings"
      ? []
      : loadMonthlyActuals(db, {
          workspaceId: params.workspaceId,
          measure,
          fromDay: addMonths(year.start, -12),
          toDayExclusive: year.start,
          personIds: null,
        }),
  ]);
  const toMeasure = measureRatios(measure, lastYear);
  const pipeline = new Map(
    [...deals].map(([personId, list]) => [
      personId,
      list.map((deal) => ({ ...deal, amount: toMeasure(personId, deal.amount) })),
    ]),
  );
  const { fairness } = scenario.assumptions;
  return {
    reps: buildFairnessReps({
      people: params.people,
      months: scenario.months,
      peopleRules: scenario.assumptions.people,
      history,
      pipeline,
    }),
    draws: params.draws ?? fairness.draws,
    seed: params.seed ?? fairness.seed,
    threshold: fairness.threshold,
  };
}
